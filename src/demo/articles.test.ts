import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { addDays, formatDate, parseVnDate, vnDateKey } from '../shared/dates.js';
import { slugify } from '../shared/text.js';
import { CATEGORY_SLUGS, COVER_MOTIFS, DEMO_ARTICLES, TOPIC_CODES, buildDemoArticles, type DemoArticle } from './articles.js';
import { renderCover } from './cover-images.js';

const nfc = (s: string) => s.normalize('NFC');
const plain = (html: string) => html.replace(/<[^>]*>/g, ' ');
const words = (html: string) => plain(html).split(/\s+/).filter((w) => w !== '').length;
const containing = (phrase: string, text: (a: DemoArticle) => string) =>
  DEMO_ARTICLES.filter((a) => nfc(text(a)).toLowerCase().includes(nfc(phrase).toLowerCase()));

test('there are enough articles, with unique ASCII slugs derived from their titles', () => {
  assert.ok(DEMO_ARTICLES.length >= 30, `${DEMO_ARTICLES.length} articles`);
  const slugs = DEMO_ARTICLES.map((a) => a.slug);
  assert.equal(new Set(slugs).size, slugs.length, 'slugs are unique');
  for (const a of DEMO_ARTICLES) {
    assert.match(a.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, a.slug);
    assert.equal(a.slug, slugify(a.title, 100), a.title);
    assert.ok(a.slug.length <= 100, a.slug);
  }
});

test('every category has at least two articles and every topic at least three', () => {
  for (const a of DEMO_ARTICLES) {
    assert.ok(a.categories.length >= 1 && a.categories.length <= 2, a.slug);
    assert.equal(new Set(a.categories).size, a.categories.length, a.slug);
    for (const c of a.categories) assert.ok((CATEGORY_SLUGS as readonly string[]).includes(c), c);
    assert.ok((TOPIC_CODES as readonly string[]).includes(a.topic), a.topic);
  }
  for (const category of CATEGORY_SLUGS) {
    const count = DEMO_ARTICLES.filter((a) => a.categories.includes(category)).length;
    assert.ok(count >= 2, `${category}: ${count}`);
  }
  for (const topic of TOPIC_CODES) {
    const count = DEMO_ARTICLES.filter((a) => a.topic === topic).length;
    assert.ok(count >= 3, `${topic}: ${count}`);
  }
});

test('the phrases the search tests rely on are present', () => {
  const titleOrBody = (a: DemoArticle) => `${a.title} ${plain(a.bodyHtml)}`;
  assert.ok(containing('thanh toán điện tử', titleOrBody).length >= 3);
  assert.ok(containing('chính quyền điện tử', titleOrBody).length >= 3);
  assert.ok(containing('dịch vụ công trực tuyến', (a) => a.title).length >= 2);
});

test('bodies are NFC, 250–600 words, and free of scripts, styles, classes and handlers', () => {
  for (const a of DEMO_ARTICLES) {
    for (const text of [a.title, a.sapo, a.bodyHtml, ...a.tags, a.cover?.caption ?? '']) {
      assert.equal(text, nfc(text), `${a.slug} is NFC`);
    }
    const count = words(a.bodyHtml);
    assert.ok(count >= 250 && count <= 600, `${a.slug}: ${count} words`);
    assert.doesNotMatch(a.bodyHtml, /<script/i, a.slug);
    assert.doesNotMatch(a.bodyHtml, /style=/i, a.slug);
    assert.doesNotMatch(a.bodyHtml, /class=/i, a.slug);
    assert.doesNotMatch(a.bodyHtml, /\son[a-z]+\s*=/i, a.slug);
  }
});

test('bodies use only the editor tags, nest them properly and link only to the national portal', () => {
  const allowed = new Set(['p', 'h2', 'ul', 'ol', 'li', 'strong', 'em', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
  for (const a of DEMO_ARTICLES) {
    const open: string[] = [];
    for (const [, closing, name, attributes] of a.bodyHtml.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/g)) {
      assert.ok(allowed.has(name!), `${a.slug}: <${name}>`);
      if (closing) assert.equal(open.pop(), name, `${a.slug}: </${name}> closes what was opened`);
      else open.push(name!);
      if (name === 'a' && !closing) assert.match(attributes!, /^ href="https:\/\/dichvucong\.gov\.vn\/?"$/, a.slug);
      else if (!closing) assert.equal(attributes, '', `${a.slug}: <${name}> has no attributes`);
    }
    assert.deepEqual(open, [], `${a.slug}: every tag is closed`);
    assert.doesNotMatch(plain(a.bodyHtml), /[<>]|&(?!amp;|lt;|gt;|quot;)/, `${a.slug}: text is escaped`);
  }
});

test('tables, covers, featured articles, tags, ages and authors are as the portal expects', () => {
  assert.ok(DEMO_ARTICLES.filter((a) => a.bodyHtml.includes('<table>')).length >= 3);
  assert.ok(DEMO_ARTICLES.filter((a) => a.cover).length >= 20);
  assert.equal(DEMO_ARTICLES.filter((a) => a.featured).length, 3);
  for (const a of DEMO_ARTICLES) {
    assert.ok(a.tags.length >= 2 && a.tags.length <= 5, a.slug);
    for (const tag of a.tags) assert.doesNotMatch(tag, /,|^\s|\s$/, `${a.slug}: tag "${tag}" fits a comma-separated field`);
    assert.ok(a.sapo.length > 0 && a.sapo.length <= 600, a.slug);
    assert.ok(a.title.length >= 5 && a.title.length <= 250, a.slug);
    assert.ok(Number.isInteger(a.daysAgo) && a.daysAgo >= 0 && a.daysAgo <= 300, a.slug);
    assert.ok(['bientap@demo.cchc.vn', 'chanhvanphong@demo.cchc.vn'].includes(a.author), a.slug);
    if (a.cover) {
      assert.ok((COVER_MOTIFS as readonly string[]).includes(a.cover.motif), a.slug);
      assert.ok(a.cover.caption.length > 0, a.slug);
    }
  }
  assert.equal(new Set(DEMO_ARTICLES.map((a) => a.daysAgo)).size, DEMO_ARTICLES.length, 'publication days are distinct');
});

test('dates in the text never lie after the publication day, whenever the demo is loaded', () => {
  for (const today of ['2026-01-03', '2026-11-27', '2027-07-01', '2028-03-01']) {
    const at = new Date(`${today}T03:00:00Z`);
    const articles = buildDemoArticles(at);
    assert.equal(articles.length, DEMO_ARTICLES.length);
    for (const a of articles) {
      const published = addDays(vnDateKey(at), -a.daysAgo);
      for (const text of [a.title, a.sapo, a.bodyHtml]) {
        for (const [date] of text.matchAll(/\b\d{2}\/\d{2}\/\d{4}\b/g)) {
          const key = parseVnDate(date);
          assert.ok(key !== null, `${a.slug}: ${date} is a date`);
          assert.ok(key <= published, `${a.slug} (${formatDate(published)}): ${date}`);
        }
      }
    }
  }
});

test('renderCover makes a 1600×900 JPEG, the same bytes for the same input', async () => {
  for (const [i, motif] of COVER_MOTIFS.entries()) {
    const cover = { caption: 'Chú thích', palette: (i % 6) as 0 | 1 | 2 | 3 | 4 | 5, motif };
    const jpeg = await renderCover(cover, 'Tiêu đề bài viết');
    assert.deepEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff], motif);
    const meta = await sharp(jpeg).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, 1600);
    assert.equal(meta.height, 900);
    assert.ok(jpeg.equals(await renderCover(cover, 'Tiêu đề bài viết')), `${motif} is deterministic`);
  }
});

test('every demo cover renders, each in well under a second', async () => {
  const withCover = DEMO_ARTICLES.filter((a) => a.cover);
  const started = performance.now();
  const sizes = new Set<number>();
  for (const a of withCover) sizes.add((await renderCover(a.cover!, a.title)).length);
  const each = (performance.now() - started) / withCover.length;
  // < 100 ms on a developer machine; the bound leaves room for a loaded CI runner.
  assert.ok(each < 500, `${each.toFixed(0)} ms per cover`);
  assert.ok(sizes.size > withCover.length / 2, 'covers differ from one another');
});
