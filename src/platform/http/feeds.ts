/** XML text and attribute escaping; feeds are built as strings, so every value passes through here. */
export const xml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * Feed readers decode the XML and then render <description> as HTML: plain text must be escaped
 * for HTML first and for XML second, or a "<img onerror>" in a sapo becomes live in the reader.
 */
const textAsHtml = (text: string) => xml(text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!));

export type FeedItem = { title: string; link: string; description: string; publishedAt: string; categories?: string[] };

/** RSS 2.0 with absolute links and RFC 822 dates, as feed readers expect. */
export function rss(channel: { title: string; link: string; description: string; selfLink: string; items: FeedItem[] }) {
  const items = channel.items
    .map(
      (item) => `    <item>
      <title>${xml(item.title)}</title>
      <link>${xml(item.link)}</link>
      <guid isPermaLink="true">${xml(item.link)}</guid>
      <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
${(item.categories ?? []).map((c) => `      <category>${xml(c)}</category>\n`).join('')}      <description>${textAsHtml(item.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(channel.title)}</title>
    <link>${xml(channel.link)}</link>
    <description>${textAsHtml(channel.description)}</description>
    <language>vi</language>
    <atom:link href="${xml(channel.selfLink)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function sitemap(urls: { loc: string; lastmod?: string }[]) {
  const body = urls.map((u) => `  <url><loc>${xml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
