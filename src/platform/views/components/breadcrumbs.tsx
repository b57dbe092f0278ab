export type Crumb = { href: string; label: string };

/** Where a page stands: links to the pages above it, then the page itself (`aria-current`). */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav class="breadcrumbs" aria-label="Vị trí">
      <ol>
        {trail.map((t) => (
          <li key={t.href}>
            <a href={t.href}>{t.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
