// Hostile input through every field a person can type into the portal's content, and every page
// that shows it again: nothing may come back in a form a browser (or a feed reader) would run,
// while the text itself is still shown, escaped. Also the size limits of the article form.
// Run: node --import tsx --test src/modules/content/xss.test.ts   (PostgreSQL too with TEST_DATABASE_URL)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';
import { renamed } from '../../platform/storage/uploads.js';

const EDITOR = 'bientap@demo.cchc.vn';
const APPROVER = 'chanhvanphong@demo.cchc.vn';

/** Classic vectors, as a person could type or paste them. None holds a comma (tags are split on commas). */
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg onload=alert(1)>`,
  `<svg/onload=alert(1)>`,
  `javascript:alert(1)`,
  `<a href="jav&#x09;ascript:alert(1)">bấm vào đây</a>`,
  `<a href="&#106;avascript&colon;alert(1)">bấm</a>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `</title><script>alert(1)</script>`,
  `</textarea><script>alert(1)</script>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\${alert(1)} <%= 7*7 %> #{7*7}`,
  `\\u003cscript\\u003ealert(1)\\u003c/script\\u003e`,
  `\\x3cimg src=x onerror=alert(1)\\x3e`,
  `&lt;script&gt;alert(1)&lt;/script&gt;`,
  `＜script＞alert(1)＜/script＞`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<details open ontoggle=alert(1)>mở</details>`,
  `<body onload=alert(1)>`,
  `<input autofocus onfocus=alert(1)>`,
  `<form action="javascript:alert(1)"><button>Gửi</button></form>`,
  `<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`,
  `<base href="javascript:/a/-alert(1)///">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">rê chuột</div>`,
  `<img src="x:alert(alt)" onerror="eval(src)" alt="0">`,
  `<svg><script>alert&#40;1&#41;</script></svg>`,
  `--><script>alert(1)</script><!--`,
  `]]><script>alert(1)</script><![CDATA[`,
  `<a href=" javascript:alert(1)" target=_blank>khoảng trắng</a>`,
];

// ---------------------------------------------------------------------------------------------
// What a browser would run: a small HTML tokenizer (quote-aware, as the HTML parser is), so that
// text such as `&quot;>&lt;img onerror=…>` inside an attribute is not mistaken for a tag, while a
// real `<img onerror=…>` anywhere is found.
// ---------------------------------------------------------------------------------------------

type Tag = { name: string; attrs: [string, string][]; at: number; raw: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', lpar: '(', rpar: ')' };

/** Character references as the HTML parser decodes them in attribute values and text (the common ones). */
function decodeEntities(s: string) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref.toLowerCase()] ?? all;
  });
}

const SPACE = /[\t\n\f\r ]/;
/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

function tokenize(html: string): { tags: Tag[]; rawText: Map<Tag, string> } {
  const tags: Tag[] = [];
  const rawText = new Map<Tag, string>();
  const lower = html.toLowerCase();
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const isEnd = next === '/';
    let k = lt + (isEnd ? 2 : 1);
    if (!/[A-Za-z]/.test(html[k] ?? '')) {
      i = lt + 1;
      continue;
    }
    const nameStart = k;
    while (k < n && !SPACE.test(html[k]!) && html[k] !== '/' && html[k] !== '>') k++;
    const name = lower.slice(nameStart, k);
    const attrs: [string, string][] = [];
    while (k < n) {
      while (k < n && (SPACE.test(html[k]!) || html[k] === '/')) k++;
      if (k >= n || html[k] === '>') break;
      const attrStart = k++;
      while (k < n && !SPACE.test(html[k]!) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
      const attrName = lower.slice(attrStart, k);
      while (k < n && SPACE.test(html[k]!)) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < n && SPACE.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, end < 0 ? n : end);
          k = end < 0 ? n : end + 1;
        } else {
          const valueStart = k;
          while (k < n && !SPACE.test(html[k]!) && html[k] !== '>') k++;
          value = html.slice(valueStart, k);
        }
      }
      attrs.push([attrName, decodeEntities(value)]);
    }
    const end = k < n ? k + 1 : n;
    i = end;
    if (isEnd) continue;
    const tag: Tag = { name, attrs, at: lt, raw: html.slice(lt, Math.min(end, lt + 200)) };
    tags.push(tag);
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      rawText.set(tag, html.slice(end, close < 0 ? n : close));
      i = close < 0 ? n : close;
    }
  }
  return { tags, rawText };
}

/** Attributes whose value a browser fetches, navigates to or runs as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'srcset', 'lowsrc', 'dynsrc', 'ping', 'to', 'from', 'values']);
const ACTIVE_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base']);

/** The URL as the browser reads it: tab and newline removed anywhere, controls and spaces trimmed. */
const browserUrl = (value: string) => value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').toLowerCase();
const scriptingUrl = (url: string) => /^(javascript|vbscript|livescript):/.test(url) || /^data:(?!image\/(png|jpe?g|gif|webp)[;,])/.test(url);

/** Every executable construct in a document, described for the failure message; [] when safe. */
function executable(document: string): string[] {
  const problems: string[] = [];
  const { tags, rawText } = tokenize(document);
  for (const tag of tags) {
    if (tag.name === 'script') {
      const src = tag.attrs.find(([name]) => name === 'src')?.[1] ?? '';
      // Our own scripts: self-hosted files, nothing inline (the CSP forbids inline scripts anyway).
      if (!src.startsWith('/assets/') || (rawText.get(tag) ?? '').trim() !== '') problems.push(`script element: ${tag.raw}`);
    }
    if (ACTIVE_ELEMENTS.has(tag.name)) problems.push(`<${tag.name}> element: ${tag.raw}`);
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]/.test(name)) problems.push(`event handler ${name}= on <${tag.name}>: ${tag.raw}`);
      if (name === 'srcdoc') problems.push(`srcdoc on <${tag.name}>: ${tag.raw}`);
      if (name === 'style' && /javascript:|expression\s*\(|url\s*\(/i.test(value)) problems.push(`style with a URL or expression on <${tag.name}>: ${tag.raw}`);
      if (URL_ATTRIBUTES.has(name)) {
        const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) if (scriptingUrl(browserUrl(url))) problems.push(`${name}="${value}" on <${tag.name}>: ${tag.raw}`);
      }
      if (tag.name === 'meta' && name === 'http-equiv' && value.trim().toLowerCase() === 'refresh') problems.push(`meta refresh: ${tag.raw}`);
    }
  }
  return problems;
}

/**
 * Whether `text` appears in `document` as escaped text. Escapers differ on `>`, `"` and `'`
 * (preact writes `&lt;script>`, the feeds `&lt;script&gt;`), so those are compared decoded;
 * `&` and `<` must be escaped.
 */
function shownEscaped(document: string, text: string) {
  const canonical = document.replace(/&gt;/g, '>').replace(/&quot;|&#34;/g, '"').replace(/&apos;|&#39;|&#x27;/g, "'");
  return canonical.includes(text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
}

function assertSafe(label: string, document: string) {
  const problems = executable(document);
  assert.deepEqual(problems, [], `${label}: ${problems.length} dạng có thể thực thi trong phản hồi`);
}

function assertShown(label: string, document: string, text: string) {
  assert.ok(shownEscaped(document, text), `${label}: không thấy văn bản đã thoát ${JSON.stringify(text)}`);
}

/** The text of each element `name` of an XML document, entities decoded once (what a feed reader gets). */
const xmlTexts = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => decodeEntities(m[1]!));

/** A small real PDF, as the attachment upload sniffs content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** What a browser puts in a multipart file name: Chromium writes `"` as %22 and line breaks as %0D%0A. */
const browserFileName = (name: string) => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

type Made = { index: number; payload: string; id: number; slug: string; token: string; categorySlug: string; fileName: string; title: string; sapo: string; caption: string; tags: string[]; categoryName: string; categoryDescription: string };

const tagsOf = (payload: string, token: string) =>
  `${payload}, ${token}`
    .split(',')
    .map((t) => t.trim().normalize('NFC'))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));

for (const engine of engines()) {
  describe(`nội dung độc hại không thực thi được ở đâu cả (${engine})`, () => {
    let t: TestApp;
    let editor: ReturnType<typeof agent>;
    let approver: ReturnType<typeof agent>;
    let organizationId: number;
    const made: Made[] = [];

    before(async () => {
      t = await testApp(engine, { demo: 'accounts' });
      editor = agent(t.app);
      approver = agent(t.app);
      assert.equal((await editor.login(EDITOR, DEMO_PASSWORD)).statusCode, 303);
      assert.equal((await approver.login(APPROVER, DEMO_PASSWORD)).statusCode, 303);
      organizationId = (await t.services.organizations.portalOrganizationId())!;
      const cover = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#1d4f91' } }).png().toBuffer();

      for (const [index, payload] of PAYLOADS.entries()) {
        const token = `xssbai${String(index).padStart(2, '0')}`;
        const categorySlug = `xss-${index}`;
        const categoryName = `Mục ${payload}`;
        const categoryDescription = `Mô tả ${payload}`;
        await approver.get('/admin/categories');
        const category = await approver.post('/admin/categories', { name: categoryName, slug: categorySlug, description: categoryDescription, visible: '1' });
        assert.equal(category.statusCode, 303, `danh mục #${index}: ${category.statusCode} ${category.body.match(/error-summary[\s\S]{0,400}/)?.[0] ?? ''}`);
        const categoryId = (await t.services.categories.bySlug(organizationId, categorySlug))!.id;

        const title = `Bài ${token} ${payload}`;
        const sapo = `Tóm tắt ${token} ${payload}`;
        const caption = `Ảnh ${payload}`;
        // The body: the vector as markup, inside a link and an image address, and as text beside the token.
        const body = `<p>Nội dung ${token} kiểm thử.</p>${payload}<p><a href="${payload}">liên kết</a> <img src="${payload}" alt="ảnh"> ${payload}</p>`;
        await editor.get('/admin/articles/new');
        const created = await editor.post('/admin/articles/new', {
          title,
          sapo,
          bodyHtml: body,
          categoryIds: String(categoryId),
          tags: `${payload}, ${token}`,
          coverCaption: caption,
        });
        assert.equal(created.statusCode, 303, `bài #${index}: ${created.statusCode} ${created.body.match(/error-summary[\s\S]{0,400}/)?.[0] ?? ''}`);
        const id = Number(String(created.headers.location).split('/').pop());

        await editor.get(`/admin/articles/${id}`);
        const coverUpload = await editor.upload(`/admin/articles/${id}/cover`, 'cover', { name: 'anh.png', type: 'image/png', data: cover });
        assert.equal(coverUpload.statusCode, 303, `ảnh bài #${index}`);
        const sentName = browserFileName(`${payload}.pdf`);
        const attachment = await editor.upload(`/admin/articles/${id}/attachments`, 'attachment', { name: sentName, type: 'application/pdf', data: PDF });
        assert.equal(attachment.statusCode, 303, `tệp bài #${index}: ${attachment.body.slice(0, 300)}`);
        assert.equal((await editor.post(`/admin/articles/${id}/submit`)).statusCode, 303);
        await approver.get(`/admin/articles/${id}`);
        assert.equal((await approver.post(`/admin/articles/${id}/publish`)).statusCode, 303);

        const slug = (await t.services.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
        const fileName = renamed(sentName, 'tep-dinh-kem', 'pdf');
        made.push({ index, payload, id, slug, token, categorySlug, fileName, title, sapo, caption, tags: tagsOf(payload, token), categoryName, categoryDescription });
      }
    });
    after(() => t?.close());

    test('the stored body keeps no tag, attribute or address outside the allow-list', async () => {
      for (const m of made) {
        const row = await t.services.db.selectFrom('articles').select('body_html').where('id', '=', m.id).executeTakeFirstOrThrow();
        assert.deepEqual(executable(row.body_html), [], `#${m.index} ${m.payload}`);
        assert.ok(row.body_html.includes(`Nội dung ${m.token} kiểm thử.`), `#${m.index}: the article's own text is kept`);
      }
    });

    test('article page: nothing executable; title, sapo, caption, tags, file name and category shown as text', async () => {
      const visitor = agent(t.app);
      for (const m of made) {
        const page = await visitor.get(`/tin-tuc/${m.slug}`);
        const label = `/tin-tuc/${m.slug} (#${m.index} ${m.payload})`;
        assert.equal(page.statusCode, 200, label);
        assertSafe(label, page.body);
        for (const text of [m.title, m.sapo, m.caption, m.categoryName, m.fileName, ...m.tags]) assertShown(label, page.body, text);
        // The print version renders the same article through the same view.
        assertSafe(`${label} /in`, (await visitor.get(`/tin-tuc/${m.slug}/in`)).body);
      }
    });

    test('home page: nothing executable; titles, excerpts and category names shown as text', async () => {
      const home = await agent(t.app).get('/');
      assert.equal(home.statusCode, 200);
      assertSafe('/', home.body);
      for (const m of made) {
        assert.ok(home.body.includes(`href="/tin-tuc/${m.slug}"`), `/ liệt kê bài #${m.index}`);
        for (const text of [m.title, m.sapo, m.categoryName]) assertShown(`/ (#${m.index})`, home.body, text);
      }
    });

    test('category pages: nothing executable; name, description, titles and excerpts shown as text', async () => {
      const visitor = agent(t.app);
      for (const m of made) {
        const page = await visitor.get(`/danh-muc/${m.categorySlug}`);
        const label = `/danh-muc/${m.categorySlug} (#${m.index} ${m.payload})`;
        assert.equal(page.statusCode, 200, label);
        assertSafe(label, page.body);
        for (const text of [m.categoryName, m.categoryDescription, m.title, m.sapo]) assertShown(label, page.body, text);
      }
    });

    test('RSS feeds and sitemap: no markup, links only to the site, text escaped', async () => {
      const visitor = agent(t.app);
      const feed = await visitor.get('/rss.xml');
      assert.equal(feed.statusCode, 200);
      assertSafe('/rss.xml', feed.body);
      assert.doesNotMatch(feed.body, /<!\[CDATA\[/, 'the feed escapes text instead of wrapping it in CDATA');
      const inFeed = made.filter((m) => feed.body.includes(`/tin-tuc/${m.slug}</link>`));
      assert.equal(inFeed.length, Math.min(20, made.length), 'the feed lists the 20 latest articles');
      // Titles are XML text; descriptions are HTML inside XML, so they are checked as a feed reader decodes them.
      const descriptions = xmlTexts(feed.body, 'description').join('\n');
      for (const m of inFeed) {
        assertShown(`/rss.xml (#${m.index})`, feed.body, m.title);
        assertShown(`/rss.xml (#${m.index}) description`, descriptions, m.sapo);
      }
      const categoryFeeds = await Promise.all(made.map((m) => visitor.get(`/danh-muc/${m.categorySlug}/rss.xml`)));
      for (const [i, m] of made.entries()) {
        const body = categoryFeeds[i]!.body;
        assert.equal(categoryFeeds[i]!.statusCode, 200);
        assertSafe(`/danh-muc/${m.categorySlug}/rss.xml`, body);
        for (const text of [m.categoryName, m.title]) assertShown(`/danh-muc/${m.categorySlug}/rss.xml`, body, text);
        assertShown(`/danh-muc/${m.categorySlug}/rss.xml description`, xmlTexts(body, 'description').join('\n'), m.categoryDescription);
      }
      const sitemap = await visitor.get('/sitemap.xml');
      assert.equal(sitemap.statusCode, 200);
      assertSafe('/sitemap.xml', sitemap.body);
      for (const xml of [feed.body, sitemap.body, ...categoryFeeds.map((r) => r.body)]) {
        for (const link of [...xmlTexts(xml, 'link'), ...xmlTexts(xml, 'guid'), ...xmlTexts(xml, 'loc')]) {
          assert.match(link, /^http:\/\/cchc\.test\/[a-z0-9/.-]*$/, `liên kết trong nguồn tin: ${link}`);
        }
      }
      for (const m of made) assert.ok(sitemap.body.includes(`<loc>http://cchc.test/tin-tuc/${m.slug}</loc>`), `sitemap #${m.index}`);
    });

    test('RSS: a feed reader renders <description> as HTML, so the plain text in it must not become markup', async () => {
      // RSS 2.0 readers take <description> as entity-encoded HTML: after the one XML decoding, what
      // is left is HTML. A sapo "<img src=x onerror=…>" escaped only once becomes that element.
      const visitor = agent(t.app);
      const feeds = [await visitor.get('/rss.xml'), ...(await Promise.all(made.map((m) => visitor.get(`/danh-muc/${m.categorySlug}/rss.xml`))))];
      const problems = feeds.flatMap((feed) => xmlTexts(feed.body, 'description').flatMap((html) => executable(html).map((p) => `${html.slice(0, 80)} → ${p}`)));
      assert.deepEqual([...new Set(problems)], [], 'nội dung <description> của RSS, đọc như HTML, có phần tử/thuộc tính thực thi được');
    });

    test('search results: nothing executable; the hit, its title and its highlighted snippet shown as text', async () => {
      const visitor = agent(t.app);
      for (const m of made) {
        const page = await visitor.get(`/tim-kiem?q=${m.token}`);
        const label = `/tim-kiem?q=${m.token} (#${m.index} ${m.payload})`;
        assert.equal(page.statusCode, 200, label);
        assertSafe(label, page.body);
        assert.ok(page.body.includes(`href="/tin-tuc/${m.slug}"`), `${label}: không thấy bài trong kết quả`);
        assert.match(page.body, new RegExp(`<mark>${m.token}</mark>`, 'i'), label);
        assertShown(label, page.body, m.title);
      }
    });

    test('search: the query itself is echoed as text (title, box, status line)', async () => {
      const visitor = agent(t.app);
      for (const m of made) {
        const page = await visitor.get(`/tim-kiem?q=${encodeURIComponent(m.payload)}`);
        const label = `/tim-kiem?q=${m.payload}`;
        assert.equal(page.statusCode, 200, label);
        assertSafe(label, page.body);
        assertShown(label, page.body, m.payload);
      }
    });

    test('back office: the article list and each article page show the payloads as text', async () => {
      for (const m of made) {
        const list = await approver.get(`/admin/articles?q=${m.token}`);
        const label = `/admin/articles?q=${m.token} (#${m.index} ${m.payload})`;
        assert.equal(list.statusCode, 200, label);
        assertSafe(label, list.body);
        assert.ok(list.body.includes(`href="/admin/articles/${m.id}"`), `${label}: không thấy bài`);
        for (const text of [m.title, m.categoryName]) assertShown(label, list.body, text);

        const edit = await approver.get(`/admin/articles/${m.id}`);
        assert.equal(edit.statusCode, 200);
        assertSafe(`/admin/articles/${m.id}`, edit.body);
        for (const text of [m.title, m.sapo, m.caption, m.fileName]) assertShown(`/admin/articles/${m.id}`, edit.body, text);
        assertSafe(`/admin/articles/${m.id}/revisions`, (await approver.get(`/admin/articles/${m.id}/revisions`)).body);
      }
      const categories = await approver.get('/admin/categories');
      assertSafe('/admin/categories', categories.body);
      for (const m of made) assertShown('/admin/categories', categories.body, m.categoryName);
    });

    test('the checker itself finds what it must find', () => {
      assert.notDeepEqual(executable('<p>a</p><img src=x onerror=alert(1)>'), []);
      assert.notDeepEqual(executable('<a href="jav&#x09;ascript:alert(1)">x</a>'), []);
      assert.notDeepEqual(executable('<title>&lt;/title></title><script>alert(1)</script>'), []);
      assert.notDeepEqual(executable('<script src="/assets/a.js">alert(1)</script>'), []);
      assert.notDeepEqual(executable('<iframe srcdoc="x"></iframe>'), []);
      assert.deepEqual(executable('<meta content="&quot;>&lt;img src=x onerror=alert(1)>"><p>&lt;script>alert(1)&lt;/script></p>'), []);
      assert.deepEqual(executable('<a href="/tim-kiem?q=javascript%3Aalert(1)">x</a><script src="/assets/js/x.js" defer></script>'), []);
      assert.ok(shownEscaped('<p>&lt;script>alert(1)&lt;/script></p>', '<script>alert(1)</script>'));
      assert.ok(shownEscaped('<t>&lt;script&gt;&quot;&apos;</t>', `<script>"'`));
      assert.ok(!shownEscaped('<p><script>alert(1)</script></p>', '<script>alert(1)</script>'));
    });
  });

  describe(`giới hạn độ dài của biểu mẫu bài viết (${engine})`, () => {
    let t: TestApp;
    let editor: ReturnType<typeof agent>;
    let categoryId: string;

    const count = async () => ({
      articles: Number((await t.services.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      revisions: Number((await t.services.db.selectFrom('article_revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    });

    before(async () => {
      t = await testApp(engine, { demo: 'accounts' });
      editor = agent(t.app);
      assert.equal((await editor.login(EDITOR, DEMO_PASSWORD)).statusCode, 303);
      const organizationId = (await t.services.organizations.portalOrganizationId())!;
      categoryId = String((await t.services.categories.bySlug(organizationId, 'tin-tuc-cchc'))!.id);
    });
    after(() => t?.close());

    test('a title over 250 characters: 422, the title kept in its box, nothing saved', async () => {
      // 251 characters that stay 251 after the server trims and normalises them.
      const title = `${'Hướng dẫn thanh toán điện tử phí hồ sơ đất đai '.repeat(6).slice(0, 250)}x`;
      assert.equal(title.normalize('NFC').trim().length, 251);
      const before = await count();
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', { title, sapo: 'Sapo giữ lại', bodyHtml: '<p>Nội dung hợp lệ.</p>', categoryIds: categoryId });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Tiêu đề không được dài quá 250 ký tự/);
      assert.ok(response.body.includes(`value="${title}"`), 'tiêu đề người dùng đã gõ phải còn trong ô');
      assert.match(response.body, /Sapo giữ lại/);
      assert.match(response.body, new RegExp(`id="f-categoryIds" name="categoryIds" value="${categoryId}" checked`));
      assert.deepEqual(await count(), before);
    });

    test('a body over 500,000 characters: 422, the body kept in the editor, nothing saved', async () => {
      const bodyHtml = `<p>${'a'.repeat(500_001 - 7)}</p>`;
      assert.equal(bodyHtml.length, 500_001);
      const before = await count();
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', { title: 'Bài có nội dung quá dài', bodyHtml, categoryIds: categoryId });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Nội dung không được dài quá 500000 ký tự/);
      assert.ok(response.body.includes(`&lt;p>${'a'.repeat(500_001 - 7)}&lt;/p></textarea>`), 'nội dung người dùng đã nhập phải còn trong ô soạn thảo');
      assert.ok(response.body.includes('value="Bài có nội dung quá dài"'));
      assert.deepEqual(await count(), before);
    });

    // Vietnamese text is 2–3 bytes a letter in UTF-8, and a form posts it percent-encoded (9 bytes
    // for "ệ"): a body under the 500,000-character limit can exceed the server's 1 MiB request limit.
    const vietnamese = (length: number) => {
      const text = 'Nghị định về thủ tục hành chính, cải cách hành chính điện tử. '.repeat(Math.ceil(length / 60));
      return `<p>${text.slice(0, length - 7)}</p>`;
    };

    test('a Vietnamese body over 500,000 characters: also 422 with the input kept (not a 413 error page)', async () => {
      const bodyHtml = vietnamese(500_001);
      assert.equal(bodyHtml.length, 500_001);
      const before = await count();
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', { title: 'Bài tiếng Việt quá dài', bodyHtml, categoryIds: categoryId });
      assert.deepEqual(await count(), before);
      assert.equal(response.statusCode, 422, `trả về ${response.statusCode} (${response.body.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? ''}) thay vì 422 có giữ nội dung`);
      assert.match(response.body, /Nội dung không được dài quá 500000 ký tự/);
      assert.ok(response.body.includes('value="Bài tiếng Việt quá dài"'));
    });

    test('a Vietnamese body of 400,000 characters, within the limit, is saved', async () => {
      const bodyHtml = vietnamese(400_000);
      const before = await count();
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', { title: 'Bài tiếng Việt dài nhưng hợp lệ', bodyHtml, categoryIds: categoryId });
      assert.equal(response.statusCode, 303, `trả về ${response.statusCode} (${response.body.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? ''}) cho một bài trong giới hạn 500.000 ký tự`);
      assert.deepEqual(await count(), { articles: before.articles + 1, revisions: before.revisions + 1 });
    });
  });
}
