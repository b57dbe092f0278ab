/** Page links that keep the current filters; `page` is 1-based. */
export function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 && (
          <li class="pagination__prev">
            <a href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        )}
        {shown.map((p) => (
          <li key={p}>
            <a href={href(p)} aria-current={p === page ? 'page' : undefined} aria-label={`Trang ${p}`}>
              {p}
            </a>
          </li>
        ))}
        {page < pages && (
          <li class="pagination__next">
            <a href={href(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Builds "path?query" from the current filters, dropping empty values. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
