/**
 * Article HTML: the server-side allow-list that every stored body passes
 * through, and the plain text derived from it for search and excerpts.
 *
 * This is the only defence that counts. The back-office editor cleans pastes
 * too, but anything can be POSTed, so nothing here trusts the client. The
 * output is rendered raw on the public portal (`article__body`), so a tag or
 * attribute that is not listed below must never come out.
 *
 * How it works: sanitize-html parses with htmlparser2 and re-serialises, so
 * text is always escaped and attribute values are always double-quoted and
 * escaped; in the output a `<` can only start one of the allowed tags. On top
 * of its allow-list we validate every URL and number ourselves, unwrap the
 * wrappers Word and web pages put around text, and repeat the pass until the
 * result stops changing (see `sanitizeArticleHtml`).
 */
import { createRequire } from 'node:module';
import type SanitizeHtml from 'sanitize-html';

/** sanitize-html (with its CSS parser) is loaded when first needed, by saving an article: starting the app does not pay for it. */
let loaded: typeof SanitizeHtml | undefined;
const sanitizeHtml = (html: string, options: SanitizeHtml.IOptions) => (loaded ??= createRequire(import.meta.url)('sanitize-html') as typeof SanitizeHtml)(html, options);

/** Tags that may appear in a stored article. Everything else is unwrapped (text kept) or dropped. */
const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li',
  'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'img', 'figure', 'figcaption', 'hr',
];

/**
 * No global attributes at all: `style` (CSS expressions, `url(javascript:)`, overlays that imitate the
 * portal), `class` (Word's `MsoNormal`, and our own CSS classes that could make a paste look like an
 * official notice), `id`/`name` (DOM clobbering of `window.x` / `form.x`) and every `on*` handler.
 */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan', 'scope'],
};

/**
 * Dropped together with everything inside them, instead of unwrapped.
 * - script, style, template, noscript, xmp, iframe, noembed, noframes, plaintext, title, textarea: their
 *   content is raw text or a second document; unwrapped it would become markup or visible code.
 * - object, embed, applet, frame(set), canvas, audio, video: plug-ins and media whose fallback text is junk.
 * - form and its controls: a form inside the portal could post what a visitor types elsewhere
 *   (`action`, `formaction`) or clobber DOM names; the labels and button text inside it mean nothing
 *   once the controls are gone, so they go too.
 * - svg, math: foreign content is parsed by different rules in browsers (the source of most mutation-XSS:
 *   `<svg><style>`, `<math><mi xlink:href>`), so nothing inside them is kept.
 * - head, meta, link, base, xml: Word's clipboard carries a whole document (`<meta>`, `<link rel=File-List>`,
 *   `<xml><w:WordDocument>`); `base`/`meta refresh` would redirect every relative URL or the page itself.
 */
const DROP_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'title',
  'textarea', 'object', 'embed', 'applet', 'param', 'frame', 'frameset', 'canvas', 'audio', 'video',
  'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist', 'svg', 'math', 'head', 'meta',
  'link', 'base', 'xml',
];

/**
 * Block containers that are not allowed become paragraphs rather than being unwrapped, so that
 * `<div>Dòng 1</div><div>Dòng 2</div>` keeps two lines instead of gluing "Dòng 1Dòng 2". A container
 * that held paragraphs (Word's `<div class=WordSection1>`) yields `<p><p>…</p></p>`; the next pass
 * re-parses that and the empty outer paragraph disappears.
 */
const BLOCK_TO_P = [
  'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'center', 'pre',
  'dd', 'dt', 'details', 'summary', 'legend', 'fieldset',
];

/** Renames that keep meaning: one top-level heading per page is the article title, so h1 → h2. */
const RENAME: Record<string, string> = {
  h1: 'h2', h5: 'h4', h6: 'h4', i: 'em', strike: 's', del: 's', ins: 'u',
  ...Object.fromEntries(BLOCK_TO_P.map((t) => [t, 'p'])),
};

type Attributes = Record<string, string>;

/** The declarations of a style attribute, by lower-case property name. */
function styleOf(attribs: Attributes): Map<string, string> {
  const map = new Map<string, string>();
  for (const decl of (attribs.style ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0) map.set(decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).trim().toLowerCase());
  }
  return map;
}

/**
 * Google Docs wraps a whole paste in `<b style="font-weight:normal" id="docs-internal-guid-…">`, and
 * some editors un-italicise with `<i style="font-style:normal">`; honouring the tag would make the
 * whole article bold. Only the exact properties count: Word's `<b style='mso-bidi-font-weight:normal'>`
 * is real bold (the mso- property concerns right-to-left scripts).
 */
function cancelsItself(tag: 'b' | 'i', attribs: Attributes): boolean {
  const style = styleOf(attribs);
  if (tag === 'b') {
    const weight = style.get('font-weight');
    return weight !== undefined && /^(normal|lighter|[1-5]00)$/.test(weight);
  }
  return style.get('font-style') === 'normal';
}

/**
 * Strips C0 controls and spaces (U+0000–U+0020) from both ends. Written as a loop because the
 * obvious /^[…]+|[…]+$/g is quadratic on "x" + 50 000 spaces + "x" (0.8 s; a 1 MB body would hold
 * a core for minutes).
 */
function trimControls(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

/**
 * What a browser would actually fetch or run: the WHATWG URL parser removes ASCII tab and newline
 * anywhere and C0 controls or spaces at both ends, so `jav&#x09;ascript:` and `"  javascript:"` are
 * both script URLs. We compare against the same string the browser will see.
 */
function browserUrl(raw: string): string | null {
  const url = trimControls(raw.replace(/[\t\n\r]/g, ''));
  // Any other control character left inside is never legitimate and may confuse other URL parsers.
  if (url === '' || /[\u0000-\u001f\u007f]/.test(url)) return null;
  return url;
}

/**
 * Site-relative: one leading slash only. `//evil.example` is protocol-relative, and browsers read a
 * backslash as a slash in http(s) URLs, so `/\evil.example` is too; backslashes are refused anywhere.
 */
function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');
}

/** An absolute URL of one of the given schemes that the URL parser accepts (no `http:evil`). */
function isAbsolute(url: string, schemes: string[]): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !schemes.includes(scheme)) return false;
  if (scheme === 'mailto') return true;
  if (!/^https?:\/\/[^/\\]/i.test(url)) return false;
  try {
    return new URL(url).protocol === `${scheme}:`;
  } catch {
    return false;
  }
}

/**
 * Links may go to the web (http, https), to a mailbox, or to a page of this site. Everything else —
 * `javascript:`, `vbscript:`, `data:` (an HTML document in a new origin-less tab), `file:` (Word's links
 * to the author's disk), bare relative paths that change meaning with the page — loses its href.
 */
function safeHref(raw: string): string | null {
  const url = browserUrl(raw);
  if (url === null) return null;
  return isSiteRelative(url) || isAbsolute(url, ['http', 'https', 'mailto']) ? url : null;
}

/**
 * Images: files we serve (`/assets/…`, uploads under `/tep/…`) or https. No http (mixed content), no
 * `data:` (an SVG data URL is a script vector in old browsers and bloats the article), no `file:`
 * (Word's `file:///C:/Users/…/clip_image001.png` points at the author's disk). Dot segments are refused
 * so that `/assets/../admin/…` cannot turn an <img> into a GET request on a back-office route.
 */
function safeImageSrc(raw: string): string | null {
  const url = browserUrl(raw);
  if (url === null) return null;
  if (isSiteRelative(url) && /^\/(assets|tep)\//.test(url)) {
    const path = url.split(/[?#]/)[0]!;
    const segments = path.split('/').map((s) => s.replace(/%2e/gi, '.'));
    return segments.some((s) => s === '.' || s === '..') ? null : url;
  }
  return isAbsolute(url, ['https']) ? url : null;
}

/** A positive integer in range, written canonically ("02" → "2"), or null. */
function integer(raw: string | undefined, max: number): string | null {
  if (raw === undefined || !/^\s*\d{1,6}\s*$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= max ? String(n) : null;
}

/**
 * Each allowed tag gets a fresh attribute object holding only validated values; sanitize-html's own
 * attribute and scheme checks run afterwards as a second gate.
 */
function transform(name: string, raw: Attributes): { tagName: string; attribs: Attributes } {
  const attribs: Attributes = Object.create(null);
  for (const [key, value] of Object.entries(raw)) attribs[key] = value.normalize('NFC');
  if (name === 'b' || name === 'strong') {
    return { tagName: name === 'b' && cancelsItself('b', attribs) ? 'span' : 'strong', attribs: {} };
  }
  if (name === 'i' && cancelsItself('i', attribs)) return { tagName: 'span', attribs: {} };
  const tagName = Object.hasOwn(RENAME, name) ? RENAME[name]! : name;
  const out: Attributes = {};
  if (tagName === 'a') {
    const href = attribs.href === undefined ? null : safeHref(attribs.href);
    if (href !== null) {
      out.href = href;
      // The opened page gets no handle on window.opener (reverse tabnabbing) and no Referer; any rel
      // the author gave ("opener", "stylesheet"…) is replaced, not merged.
      out.rel = 'noopener noreferrer';
      if (attribs.target?.trim().toLowerCase() === '_blank') out.target = '_blank';
    }
  } else if (tagName === 'img') {
    const src = attribs.src === undefined ? null : safeImageSrc(attribs.src);
    if (src !== null) out.src = src;
    // Always present: alt="" marks a decorative image for screen readers (sanitize-html keeps empty
    // alt by default), a missing alt makes them read the file name.
    out.alt = attribs.alt ?? '';
    const width = integer(attribs.width, 10000);
    const height = integer(attribs.height, 10000);
    if (width) out.width = width;
    if (height) out.height = height;
  } else if (tagName === 'td' || tagName === 'th') {
    // Word writes merged cells as colspan/rowspan; the limits are the HTML parser's own maxima.
    const colspan = integer(attribs.colspan, 1000);
    const rowspan = integer(attribs.rowspan, 65534);
    const scope = attribs.scope?.trim().toLowerCase();
    if (colspan) out.colspan = colspan;
    if (rowspan) out.rowspan = rowspan;
    if (scope === 'row' || scope === 'col' || scope === 'rowgroup' || scope === 'colgroup') out.scope = scope;
  }
  return { tagName, attribs: out };
}

const TRANSFORMED = [...new Set(['b', 'i', ...Object.keys(RENAME), ...ALLOWED_TAGS])];

const ARTICLE_OPTIONS: SanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  // Second gate behind safeHref/safeImageSrc.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  // Unknown tags (span, font, o:p, w:sdt, v:shape…) lose the tag and keep their text.
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_WITH_CONTENT,
  // Comments are never emitted, which also removes Word's conditional comments
  // `<!--[if gte mso 9]>…<![endif]-->`; the "downlevel-revealed" form `<![if !supportLists]>` is a
  // declaration to htmlparser2 and is dropped as well, keeping the text between the two markers.
  transformTags: Object.fromEntries(TRANSFORMED.map((t) => [t, (name: string, attribs: Attributes) => transform(name, attribs)])),
  exclusiveFilter(frame) {
    // A link whose href was refused keeps its text (Word's `<a name=_Toc…>` bookmarks too); an image
    // without an acceptable source goes entirely.
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    if (frame.tag === 'img' && !frame.attribs.src) return true;
    return false;
  },
};

/**
 * Paragraphs and headings holding nothing but spaces, no-break spaces and line breaks (Word's
 * `<p class=MsoNormal><o:p>&nbsp;</o:p></p>` spacers), and inline formatting with nothing inside.
 * A regular expression is exact here because it runs on sanitize-html's output, where every `<` is
 * one of our own attribute-free tags and text `<` is escaped.
 */
const EMPTY_BLOCK = /<(p|h2|h3|h4)>(?:[\s\u00a0]|&nbsp;|<br \/>)*<\/\1>/g;
const EMPTY_INLINE = /<(strong|em|u|s|sub|sup)><\/\1>/g;

function removeEmpties(html: string): string {
  let previous;
  do {
    previous = html;
    html = html.replace(EMPTY_BLOCK, '').replace(EMPTY_INLINE, '');
  } while (html !== previous);
  return html;
}

/**
 * NFC on the output text. A combining mark right after a tag's `>` would be fused with it by NFC
 * (`>` + U+0338 is `≯`), breaking the tag; such an orphan mark is written as a character reference,
 * which shows the same and is immune to normalisation.
 */
function nfcOutput(html: string): string {
  return html
    .replace(/>(\p{M}+)/gu, (_, marks: string) => '>' + Array.from(marks, (m) => `&#x${m.codePointAt(0)!.toString(16)};`).join(''))
    .normalize('NFC');
}

/**
 * The input is not normalised before parsing: NFC can fuse a combining mark with the `>` before it
 * and change what the parser sees. Attribute values are normalised as they are validated
 * (`transform`), text on the way out (`nfcOutput`).
 */
function sanitizeOnce(html: string): string {
  return nfcOutput(removeEmpties(sanitizeHtml(html, ARTICLE_OPTIONS)).trim());
}

/**
 * Stored article HTML from whatever the editor (or anyone) posted.
 *
 * One pass is not always stable: unwrapping and renaming can put markup next to markup that the
 * parser then reads differently (`<div><p>` became `<p><p>`, an unwrapped span leaves an empty
 * paragraph). So the pass is repeated until the output is a fixed point, which also makes the
 * function idempotent — saving an article again without edits never changes it. In practice the
 * second pass confirms the first; four is a bound, not an expectation. Every pass alone is safe.
 */
export function sanitizeArticleHtml(html: string): string {
  let out = sanitizeOnce(html);
  for (let i = 0; i < 4; i++) {
    const next = sanitizeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Elements after which the text continues on a new line. */
const LINE_BREAKING = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'blockquote', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'figure', 'figcaption', ...BLOCK_TO_P,
]);
/** Elements that separate words without ending the line: cells of one row, images between words. */
const WORD_BREAKING = new Set(['td', 'th', 'img']);

/**
 * Plain text for search indexing and excerpts: one line per block (paragraph, heading, list item,
 * table row), cells of a row separated by a space, entities decoded, runs of white space (no-break
 * spaces included) collapsed, zero-width spaces and soft hyphens removed so that they do not split
 * words for the search index, NFC. Script, style and the other dropped elements contribute nothing.
 */
export function htmlToText(html: string): string {
  let text = '';
  let pending = '';
  const breakAt = (name: string) => {
    if (LINE_BREAKING.has(name)) pending = '\n';
    else if (WORD_BREAKING.has(name) && pending === '') pending = ' ';
  };
  // sanitize-html only drives the parser here: every tag is disallowed, so only text reaches
  // textFilter, and the open/close hooks tell where the blocks begin and end (the technique its
  // README shows for "adding spaces around removed tags").
  sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    onOpenTag: (name) => breakAt(name),
    onCloseTag: (name) => breakAt(name),
    textFilter(escaped) {
      // textFilter receives the text escaped for HTML (&, <, > only); undo exactly that.
      // Line breaks in the source are white space like any other; only block boundaries end lines.
      text += pending + escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/[\r\n]+/g, ' ');
      pending = '';
      return '';
    },
  });
  return text
    .replace(/[\u200b\ufeff\u00ad]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}

/**
 * At most `max` characters (code points, the ellipsis included) of `text` on one line, cut after a
 * whole word and ended with "…". A single word longer than the limit is cut where it must be.
 * Code points rather than UTF-16 units, so an emoji is never split; text is NFC so a Vietnamese
 * letter is one code point and never loses its tone mark.
 */
export function excerpt(text: string, max = 200): string {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  if (max < 2) return '…'.slice(0, Math.max(0, max));
  let head = chars.slice(0, max - 1);
  // Cut at the last space unless the word ends exactly at the limit.
  if (chars[max - 1] !== ' ') {
    const lastSpace = head.lastIndexOf(' ');
    if (lastSpace > 0) head = head.slice(0, lastSpace);
  }
  // No "đã,…" or "xong.…": trailing separators go before the ellipsis.
  return head.join('').replace(/[\s,;:.\-–—]+$/u, '') + '…';
}
