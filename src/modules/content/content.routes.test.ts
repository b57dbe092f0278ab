import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

const EDITOR = 'bientap@demo.cchc.vn';
const APPROVER = 'chanhvanphong@demo.cchc.vn';

const WORD_PASTE = `<p class=MsoNormal style='mso-bidi-font-weight:bold'><b>Thanh toán điện tử</b> giúp người dân nộp phí ngay trên <i>Cổng Dịch vụ công</i>.<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td colspan=2 style='mso-yfti-irow:0'>Kết quả quý III</td></tr><tr><td>Hồ sơ trực tuyến</td><td>1.234</td></tr></table>
<script>alert('xss')</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">bấm</a>`;

for (const engine of engines()) {
  describe(`portal content (${engine})`, () => {
    const clock = fixedClock('2026-06-15T02:00:00Z');
    let t: TestApp;
    let editor: ReturnType<typeof agent>;
    let approver: ReturnType<typeof agent>;
    let categoryIds: Map<string, number>;

    async function createArticle(fields: Record<string, string | string[]>) {
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', fields);
      assert.equal(response.statusCode, 303, response.body.slice(0, 300));
      return Number(String(response.headers.location).split('/').pop());
    }

    async function publish(id: number) {
      await approver.get(`/admin/articles/${id}`);
      const response = await approver.post(`/admin/articles/${id}/publish`);
      assert.equal(response.statusCode, 303);
    }

    before(async () => {
      t = await testApp(engine, { clock });
      editor = agent(t.app);
      approver = agent(t.app);
      await editor.login(EDITOR, DEMO_PASSWORD);
      await approver.login(APPROVER, DEMO_PASSWORD);
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      categoryIds = new Map((await t.services.categories.tree(agency.id)).map((c) => [c.slug, c.id]));
    });
    after(() => t.close());

    test('a new agency starts with the ten CCHC categories, each linked from the home page', async () => {
      assert.equal(categoryIds.size, 10);
      const home = await agent(t.app).get('/');
      assert.equal(home.statusCode, 200);
      for (const slug of categoryIds.keys()) assert.ok(home.body.includes(`href="/danh-muc/${slug}"`), slug);
      assert.match(home.body, /href="https:\/\/dichvucong\.gov\.vn\/"|href="https:\/\/dichvucong\.gov\.vn"/);
    });

    test('an article with errors comes back 422 with the input kept', async () => {
      await editor.get('/admin/articles/new');
      const response = await editor.post('/admin/articles/new', { title: 'Ngắn', bodyHtml: '', tags: 'cải cách' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Tiêu đề phải có ít nhất 5 ký tự/);
      assert.match(response.body, /Vui lòng nhập nội dung bài viết/);
      assert.match(response.body, /Vui lòng nhập danh mục|Vui lòng chọn/);
      assert.match(response.body, /value="cải cách"/);
    });

    test('editor writes and submits; only an approver publishes; then citizens read, find and subscribe to it', async () => {
      const id = await createArticle({
        title: 'Thanh toán điện tử phí, lệ phí thủ tục hành chính <script>x</script>',
        sapo: 'Người dân có thể nộp phí trực tuyến.',
        bodyHtml: WORD_PASTE,
        categoryIds: [String(categoryIds.get('tin-tuc-cchc')), String(categoryIds.get('huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen'))],
        tags: 'thanh toán điện tử, dịch vụ công trực tuyến',
        topic: 'II.1',
      });
      const article = await t.services.articles.get({ actor: null, ip: '', requestId: '' }, id).catch(() => null);
      assert.equal(article, null, 'reading needs a signed-in writer');
      const stored = (await t.services.db.selectFrom('articles').select(['body_html', 'slug', 'status']).where('id', '=', id).executeTakeFirstOrThrow());
      assert.equal(stored.status, 'draft');
      assert.doesNotMatch(stored.body_html, /<script|onerror|javascript:|mso-|class=/i);
      assert.match(stored.body_html, /<table>/);
      assert.match(stored.body_html, /colspan="2"/);
      assert.match(stored.body_html, /<strong>Thanh toán điện tử<\/strong>/);

      assert.equal((await agent(t.app).get(`/tin-tuc/${stored.slug}`)).statusCode, 404);
      assert.doesNotMatch((await agent(t.app).get('/tin-tuc')).body, new RegExp(`href="/tin-tuc/${stored.slug}"`), 'a draft is in no list');
      await editor.get(`/admin/articles/${id}`);
      assert.equal((await editor.post(`/admin/articles/${id}/publish`)).statusCode, 403);
      assert.equal((await editor.post(`/admin/articles/${id}/submit`)).statusCode, 303);

      await approver.get(`/admin/articles/${id}`);
      const noReason = await approver.post(`/admin/articles/${id}/return`, { reason: '' });
      assert.equal(noReason.statusCode, 422);
      assert.match(noReason.body, /Vui lòng nhập lý do trả lại/);
      await approver.post(`/admin/articles/${id}/return`, { reason: 'Bổ sung số liệu quý III.' });
      const returned = await editor.get(`/admin/articles/${id}`);
      assert.match(returned.body, /Bài bị trả lại: <\/strong>Bổ sung số liệu quý III\./);
      await editor.post(`/admin/articles/${id}/submit`);
      await publish(id);

      const visitor = agent(t.app);
      const page = await visitor.get(`/tin-tuc/${stored.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<meta property="og:title" content="Thanh toán điện tử phí, lệ phí thủ tục hành chính &lt;script>x&lt;\/script>"\/>/);
      assert.match(page.body, /<link rel="canonical" href="http:\/\/cchc\.test\/tin-tuc\//);
      assert.match(page.body, /<meta property="og:description" content="Người dân có thể nộp phí trực tuyến\."\/>/);
      assert.match(page.body, /15\/06\/2026 09:00/);
      assert.doesNotMatch(page.body, /<script>x/);
      const etag = String(page.headers.etag);
      assert.ok(etag.length > 4);
      assert.equal((await visitor.get(`/tin-tuc/${stored.slug}`, { 'if-none-match': etag })).statusCode, 304);

      const found = await visitor.get(`/tim-kiem?q=${encodeURIComponent('thanh toan dien tu')}`);
      assert.match(found.body, new RegExp(`href="/tin-tuc/${stored.slug}"`));
      assert.match(found.body, /<mark>/);
      const feed = await visitor.get('/rss.xml');
      assert.equal(feed.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.match(feed.body, new RegExp(`<link>http://cchc.test/tin-tuc/${stored.slug}</link>`));
      const category = await visitor.get('/danh-muc/tin-tuc-cchc');
      assert.match(category.body, new RegExp(`href="/tin-tuc/${stored.slug}"`));
      assert.match((await visitor.get('/danh-muc/tin-tuc-cchc/rss.xml')).body, /<rss version="2.0"/);
      const news = await visitor.get('/tin-tuc');
      assert.equal(news.statusCode, 200);
      assert.match(news.body, /<h1>Tin bài<\/h1>/);
      assert.match(news.body, new RegExp(`href="/tin-tuc/${stored.slug}"`), 'every published article is listed at /tin-tuc');
      assert.match(news.body, /href="\/danh-muc\/tin-tuc-cchc"/);
      const map = (await visitor.get('/sitemap.xml')).body;
      assert.ok(map.includes('http://cchc.test/tin-tuc</loc>'));
      assert.match(map, new RegExp(`/tin-tuc/${stored.slug}</loc>`));
      for (const section of ['/van-ban', '/thu-tuc-hanh-chinh', '/ket-qua-giai-quyet-tthc']) assert.ok(map.includes(`http://cchc.test${section}</loc>`), section);
      await t.services.search.upsert(t.services.db, { type: 'procedure', refId: 'sitemap-check', title: 'Cấp giấy phép hoạt động in', body: 'Thủ tục', url: '/thu-tuc-hanh-chinh/cap-giay-phep-hoat-dong-in', publishedAt: '2026-06-01T00:00:00.000Z' });
      t.services.pageCache.invalidate();
      assert.match((await visitor.get('/sitemap.xml')).body, /\/thu-tuc-hanh-chinh\/cap-giay-phep-hoat-dong-in<\/loc><lastmod>2026-06-01<\/lastmod>/);
      assert.match((await visitor.get('/')).body, new RegExp(`href="/tin-tuc/${stored.slug}"`));

      const audit = await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'article').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['create', 'submit', 'return', 'submit', 'publish']);
    });

    test('an edit of a published article is a new revision and reaches the public page at once', async () => {
      const id = await createArticle({ title: 'Chính quyền điện tử tỉnh năm 2026', bodyHtml: '<p>Bản đầu tiên.</p>', categoryIds: String(categoryIds.get('chuyen-doi-so-chinh-quyen-dien-tu')) });
      await editor.post(`/admin/articles/${id}/submit`);
      await publish(id);
      const slug = (await t.services.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
      assert.match((await agent(t.app).get(`/tin-tuc/${slug}`)).body, /Bản đầu tiên/);
      await editor.get(`/admin/articles/${id}`);
      assert.equal((await editor.post(`/admin/articles/${id}`, { title: 'Sửa khi đã đăng', bodyHtml: '<p>x</p>', categoryIds: '1' })).statusCode, 403);
      await approver.get(`/admin/articles/${id}`);
      const saved = await approver.post(`/admin/articles/${id}`, {
        title: 'Chính quyền điện tử tỉnh năm 2026',
        bodyHtml: '<p>Bản thứ hai, đã cập nhật số liệu.</p>',
        categoryIds: String(categoryIds.get('chuyen-doi-so-chinh-quyen-dien-tu')),
        note: 'Cập nhật số liệu',
      });
      assert.equal(saved.statusCode, 303);
      assert.match((await agent(t.app).get(`/tin-tuc/${slug}`)).body, /Bản thứ hai/);
      const revisions = await approver.get(`/admin/articles/${id}/revisions`);
      assert.match(revisions.body, /Phiên bản 2 — Vi Thị Hồng, [\d/]+ [\d:]+ — Cập nhật số liệu/);
      assert.match(revisions.body, /Phiên bản 1 — Đinh Thu Trang/);
      assert.match(revisions.body, /Bản đầu tiên/);
    });

    test('unpublishing takes the article off the page, the search and the feed', async () => {
      const id = await createArticle({ title: 'Bài sẽ được gỡ xuống khỏi cổng', bodyHtml: '<p>Nội dung tạm thời về kỷ cương hành chính.</p>', categoryIds: String(categoryIds.get('tin-tuc-cchc')) });
      await editor.post(`/admin/articles/${id}/submit`);
      await publish(id);
      const slug = (await t.services.db.selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
      const visitor = agent(t.app);
      assert.equal((await visitor.get(`/tin-tuc/${slug}`)).statusCode, 200);
      assert.match((await visitor.get('/rss.xml')).body, new RegExp(slug));
      await approver.post(`/admin/articles/${id}/unpublish`);
      assert.equal((await visitor.get(`/tin-tuc/${slug}`)).statusCode, 404);
      assert.doesNotMatch((await visitor.get('/rss.xml')).body, new RegExp(slug));
      assert.doesNotMatch((await visitor.get(`/tim-kiem?q=${encodeURIComponent('ky cuong hanh chinh tam thoi')}`)).body, new RegExp(slug));
    });

    test('a scheduled article is published by the job queue at its time', async () => {
      const id = await createArticle({ title: 'Hội nghị chuyên đề cải cách hành chính', bodyHtml: '<p>Thông báo hội nghị.</p>', categoryIds: String(categoryIds.get('tin-tuc-cchc')) });
      await approver.get(`/admin/articles/${id}`);
      const past = await approver.post(`/admin/articles/${id}/schedule`, { date: '01/01/2020', time: '07:30' });
      assert.equal(past.statusCode, 422);
      assert.match(past.body, /phải ở sau hiện tại/);
      const scheduled = await approver.post(`/admin/articles/${id}/schedule`, { date: '16/06/2026', time: '07:30' });
      assert.equal(scheduled.statusCode, 303);
      assert.match((await approver.get(`/admin/articles/${id}`)).body, /tự động đăng lúc 16\/06\/2026 07:30/);
      assert.equal(await t.worker.drain(), 0);
      clock.set('2026-06-16T00:31:00Z');
      assert.equal(await t.worker.drain(), 1);
      const row = await t.services.db.selectFrom('articles').select(['status', 'published_at']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'published', published_at: '2026-06-16T00:30:00.000Z' });
      clock.set('2026-06-15T02:00:00Z');
    });

    test('approvers publish several articles at once; lists filter and count by status', async () => {
      const ids = [];
      for (const title of ['Sáng kiến số hóa hồ sơ một cửa', 'Gương điển hình trong cải cách hành chính']) {
        const id = await createArticle({ title, bodyHtml: `<p>${title}.</p>`, categoryIds: String(categoryIds.get('sang-kien-cchc')) });
        await editor.post(`/admin/articles/${id}/submit`);
        ids.push(String(id));
      }
      const pending = await approver.get('/admin/articles?status=submitted');
      assert.match(pending.body, /Chờ duyệt \(2\)/);
      assert.match((await approver.get('/admin')).body, /Bài chờ duyệt<\/a><\/p><p class="card__value">2</);
      const editorId = (await t.services.users.listAll()).find((u) => u.email === EDITOR)!.id;
      const byAuthor = await approver.get(`/admin/articles?authorId=${editorId}&status=submitted`);
      assert.match(byAuthor.body, /2 bài viết\./);
      const bulk = await approver.post('/admin/articles/bulk', { action: 'publish', ids });
      assert.equal(bulk.statusCode, 303);
      assert.match((await approver.get('/admin/articles')).body, /Đã thực hiện cho 2 bài viết/);
      assert.match((await approver.get('/admin/articles?status=submitted')).body, /Chờ duyệt \(0\)/);
      assert.equal((await editor.post('/admin/articles/bulk', { action: 'publish', ids })).statusCode, 403);
    });

    test('covers are sniffed, resized and served; mislabelled and oversized files are refused with a message', async () => {
      const id = await createArticle({ title: 'Bài có ảnh đại diện', bodyHtml: '<p>Ảnh minh họa.</p>', categoryIds: String(categoryIds.get('tin-tuc-cchc')), coverCaption: 'Bộ phận một cửa' });
      await editor.get(`/admin/articles/${id}`);
      const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#a50e0e' } }).png().toBuffer();
      const ok = await editor.upload(`/admin/articles/${id}/cover`, 'cover', { name: 'anh.png', type: 'image/png', data: png });
      assert.equal(ok.statusCode, 303, ok.body.slice(0, 400));
      const key = (await t.services.db.selectFrom('articles').select('cover_key').where('id', '=', id).executeTakeFirstOrThrow()).cover_key!;
      const image = await agent(t.app).get(`/tep/${key}-960.webp`);
      assert.equal(image.statusCode, 200);
      assert.equal(image.headers['content-type'], 'image/webp');
      assert.deepEqual(await sharp(image.rawPayload).metadata().then((m) => [m.width, m.height]), [960, 540]);

      await editor.get(`/admin/articles/${id}`);
      const fake = await editor.upload(`/admin/articles/${id}/cover`, 'cover', { name: 'anh.png', type: 'image/png', data: Buffer.from('MZ this is not an image') });
      assert.equal(fake.statusCode, 422);
      assert.match(fake.body, /Ảnh phải là tệp JPEG, PNG hoặc WebP thật/);
      await editor.get(`/admin/articles/${id}`);
      const big = await editor.upload(`/admin/articles/${id}/cover`, 'cover', { name: 'lon.png', type: 'image/png', data: Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)]) });
      assert.equal(big.statusCode, 422);
      assert.match(big.body, /giới hạn là 10 MB/);
      assert.equal((await agent(t.app).get('/tep/../../etc/passwd')).statusCode, 404);
    });

    test('attachments accept PDF by content, keep a clean name, and download only when published', async () => {
      const id = await createArticle({ title: 'Bài có tệp đính kèm', bodyHtml: '<p>Xem tệp.</p>', categoryIds: String(categoryIds.get('van-ban-ve-cchc')) });
      await editor.get(`/admin/articles/${id}`);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      const ok = await editor.upload(`/admin/articles/${id}/attachments`, 'attachment', { name: 'C:\\\\Tai lieu\\\\Kế hoạch <2023>.pdf', type: 'application/pdf', data: pdf });
      assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
      const exe = await editor.upload(`/admin/articles/${id}/attachments`, 'attachment', { name: 'ke-hoach.pdf', type: 'application/pdf', data: Buffer.from('MZ\x90\x00 fake exe') });
      assert.equal(exe.statusCode, 422);
      assert.match(exe.body, /PDF, DOCX hoặc XLSX/);
      const [attachment] = await t.services.articles.attachments(id);
      assert.equal(attachment!.fileName, 'Kế hoạch 2023.pdf');
      assert.equal((await agent(t.app).get(`/tep/dinh-kem/${attachment!.id}`)).statusCode, 404);
      await editor.post(`/admin/articles/${id}/submit`);
      await publish(id);
      const download = await agent(t.app).get(`/tep/dinh-kem/${attachment!.id}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.match(String(download.headers['content-disposition']), /filename\*=UTF-8''K%E1%BA%BF/);
    });

    test('categories: created, hidden from the portal, reordered, and not deleted while they hold articles', async () => {
      await approver.get('/admin/categories');
      const bad = await approver.post('/admin/categories', { name: 'X', slug: 'Có Dấu' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Tên danh mục phải có ít nhất 2 ký tự/);
      assert.match(bad.body, /Đường dẫn chỉ gồm chữ thường không dấu/);
      assert.equal((await approver.post('/admin/categories', { name: 'Hỏi đáp về chuyển đổi số', visible: '1' })).statusCode, 303);
      const created = await t.services.categories.bySlug((await t.services.organizations.findByCode('STTTT'))!.id, 'hoi-dap-ve-chuyen-doi-so');
      assert.ok(created);
      assert.equal((await agent(t.app).get('/danh-muc/hoi-dap-ve-chuyen-doi-so')).statusCode, 200);
      await approver.post(`/admin/categories/${created.id}`, { name: created.name, slug: created.slug });
      assert.equal((await agent(t.app).get('/danh-muc/hoi-dap-ve-chuyen-doi-so')).statusCode, 404);
      const firstTwo = async () => (await t.services.categories.tree(created.organizationId)).slice(0, 2).map((c) => c.slug);
      const [first, second] = await firstTwo();
      await approver.post(`/admin/categories/${categoryIds.get(second!)}/up`);
      assert.deepEqual(await firstTwo(), [second, first]);
      const refused = await approver.post(`/admin/categories/${categoryIds.get('tin-tuc-cchc')}/delete`);
      assert.equal(refused.statusCode, 409);
      assert.equal((await editor.get('/admin/categories')).statusCode, 403);
    });

    test('search: an empty query answers 200 with guidance; the query is echoed escaped', async () => {
      const empty = await agent(t.app).get('/tim-kiem');
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /Nhập từ khóa để tìm/);
      const hostile = await agent(t.app).get(`/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script>')}`);
      assert.equal(hostile.statusCode, 200);
      assert.doesNotMatch(hostile.body, /<script>alert/);
      assert.match(hostile.body, /&lt;script>alert\(1\)&lt;\/script>/);
      const badDate = await agent(t.app).get('/tim-kiem?q=cai+cach&from=99/99/2026');
      assert.equal(badDate.statusCode, 422);
      assert.match((await agent(t.app).get('/robots.txt')).body, /Disallow: \/admin\//);
    });
  });
}
