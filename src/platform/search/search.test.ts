import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { foldVi } from '../../shared/text.js';
import { engines, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { createSearch, queryTerms, type Search, type SearchEntry, type SearchResult } from './search.js';
import { snippetOf, type Snippet } from './snippet.js';

const entry = (e: Partial<SearchEntry> & Pick<SearchEntry, 'type' | 'refId' | 'title' | 'body'>): SearchEntry => ({
  url: `/${e.type}/${e.refId}`,
  publishedAt: '2026-01-05T02:00:00.000Z',
  ...e,
});

const ENTRIES: SearchEntry[] = [
  entry({
    type: 'article',
    refId: 1,
    title: 'Dịch vụ công trực tuyến toàn trình',
    body: 'Người dân nộp hồ sơ qua Cổng Dịch vụ công của tỉnh mà không phải đến cơ quan.',
    publishedAt: '2026-01-10T02:00:00.000Z',
  }),
  entry({
    type: 'article',
    refId: 2,
    title: 'Thanh toán điện tử',
    body: 'Nộp phí, lệ phí bằng thanh toán điện tử khi nộp hồ sơ.',
    publishedAt: '2026-01-11T02:00:00.000Z',
  }),
  entry({
    type: 'procedure',
    refId: 'TT-01',
    title: 'Đường dây nóng',
    body: 'Gọi đường dây nóng 1022 để phản ánh việc tiếp nhận hồ sơ chậm.',
    publishedAt: '2026-01-12T02:00:00.000Z',
  }),
  entry({
    type: 'document',
    refId: 4,
    title: 'Kế hoạch năm 2026',
    body: 'Đẩy mạnh cải cách hành chính, trọng tâm là thủ tục hành chính.',
    publishedAt: '2025-12-01T02:00:00.000Z',
  }),
  entry({
    // Newer than the phrase text, so it only ranks below it because of the phrase.
    type: 'article',
    refId: 5,
    title: 'Chợ phiên cuối tuần',
    body: 'Rau cải xanh bán ở chợ phiên rất tươi. Người bán hàng niềm nở, giữ phong cách phục vụ thân thiện.',
    publishedAt: '2026-02-20T02:00:00.000Z',
  }),
];

const refs = (result: SearchResult) => result.hits.map((h) => `${h.type}:${h.refId}`);
const joined = (snippet: Snippet) => snippet.map((s) => s.text).join('');
const marked = (snippet: Snippet) => snippet.filter((s) => s.mark).map((s) => s.text);

for (const engine of engines()) {
  describe(`search (${engine})`, () => {
    let database: TestDatabase;
    let search: Search;

    before(async () => {
      database = await freshDatabase(engine);
      search = createSearch(engine);
      for (const e of ENTRIES) await search.upsert(database.db, e);
    });
    after(() => database.drop());

    test(`"dien tu" typed without diacritics finds "điện tử" and marks it in the snippet (${engine})`, async () => {
      const result = await search.query(database.db, { q: 'dien tu' });
      assert.deepEqual(refs(result), ['article:2']);
      assert.equal(result.total, 1);
      assert.deepEqual(result.terms, ['dien', 'tu']);
      const hit = result.hits[0]!;
      assert.equal(hit.title, 'Thanh toán điện tử');
      assert.equal(hit.url, '/article/2');
      assert.deepEqual(marked(hit.snippet), ['điện', 'tử']);
      assert.equal(joined(hit.snippet), ENTRIES[1]!.body);
    });

    test(`the same query with diacritics, in capitals or in NFD finds the same (${engine})`, async () => {
      for (const q of ['Điện Tử', 'ĐIỆN TỬ', 'điện tử'.normalize('NFD')]) {
        assert.deepEqual(refs(await search.query(database.db, { q })), ['article:2'], q);
      }
    });

    test(`"duong day nong" finds "Đường dây nóng" (đ folds to d) (${engine})`, async () => {
      const result = await search.query(database.db, { q: 'duong day nong' });
      assert.deepEqual(refs(result), ['procedure:TT-01']);
      assert.deepEqual(marked(result.hits[0]!.snippet), ['đường', 'dây', 'nóng']);
      for (const text of marked(result.hits[0]!.snippet)) assert.ok(result.terms.includes(foldVi(text)), text);
    });

    test(`"cai cach" ranks the phrase above a text holding the syllables apart (${engine})`, async () => {
      const result = await search.query(database.db, { q: 'cai cach' });
      assert.deepEqual(refs(result), ['document:4', 'article:5']);
      assert.deepEqual(marked(result.hits[0]!.snippet), ['cải', 'cách']);
      // Each syllable is marked where it stands, even far apart.
      assert.deepEqual(marked(result.hits[1]!.snippet), ['cải', 'cách']);
    });

    test(`a title holding the phrase ranks above a body holding it, then the newest (${engine})`, async () => {
      await search.upsert(database.db, entry({ type: 'article', refId: 30, title: 'Tiếp nhận phản ánh, kiến nghị', body: 'Hướng dẫn gửi ý kiến.', publishedAt: '2025-06-01T02:00:00.000Z' }));
      await search.upsert(database.db, entry({ type: 'article', refId: 31, title: 'Tin tuần', body: 'Sở đã tiếp nhận phản ánh của người dân.', publishedAt: '2026-03-01T02:00:00.000Z' }));
      // procedure TT-01 holds the four syllables apart ("phản ánh việc tiếp nhận").
      assert.deepEqual(refs(await search.query(database.db, { q: 'tiep nhan phan anh' })), ['article:30', 'article:31', 'procedure:TT-01']);
      await search.remove(database.db, 'article', 30);
      await search.remove(database.db, 'article', 31);
      // All three hold "hồ sơ" in the body only: newest first.
      assert.deepEqual(refs(await search.query(database.db, { q: 'ho so' })), ['procedure:TT-01', 'article:2', 'article:1']);
    });

    test(`a phrase is whole words: "ho so" inside "thơ sống" is no phrase (${engine})`, async () => {
      // The title's folded key "nha tho song o ho tay" holds the letters "ho so", but not the words.
      await search.upsert(database.db, entry({ type: 'article', refId: 40, title: 'Nhà thơ sống ở Hồ Tây', body: 'Bài số 3.', publishedAt: '2026-04-01T02:00:00.000Z' }));
      assert.deepEqual(refs(await search.query(database.db, { q: 'ho so' })), ['procedure:TT-01', 'article:2', 'article:1', 'article:40']);
      await search.remove(database.db, 'article', 40);
    });

    test(`the category and date filters keep what they name, on whole days or any instant (${engine})`, async () => {
      const dated = [
        entry({ type: 'article', refId: 50, title: 'Sổ tay một cửa điện tử', body: 'Cẩm nang.', category: 'huong-dan', publishedAt: '2026-05-01T16:59:59.999Z' }),
        entry({ type: 'article', refId: 51, title: 'Sổ tay một cửa điện tử', body: 'Cẩm nang.', category: 'huong-dan', publishedAt: '2026-05-01T17:00:00.000Z' }),
        entry({ type: 'article', refId: 52, title: 'Sổ tay một cửa điện tử', body: 'Cẩm nang.', category: 'tin-tuc', publishedAt: '2026-05-02T16:59:59.500Z' }),
        entry({ type: 'article', refId: 53, title: 'Sổ tay một cửa điện tử', body: 'Cẩm nang.', category: 'huong-dan', publishedAt: '2026-05-02T17:00:00.000Z' }),
      ];
      for (const e of dated) await search.upsert(database.db, e);
      const q = 'so tay mot cua';
      assert.deepEqual(refs(await search.query(database.db, { q, category: 'huong-dan' })), ['article:53', 'article:51', 'article:50']);
      assert.deepEqual(refs(await search.query(database.db, { q, category: 'tin' })), []);
      // 2 May 2026 in Vietnam, as the search form sends it: [1 May 17:00Z, 2 May 17:00Z).
      const day = { from: '2026-05-01T17:00:00.000Z', to: '2026-05-02T17:00:00.000Z' };
      assert.deepEqual(refs(await search.query(database.db, { q, ...day })), ['article:52', 'article:51']);
      assert.deepEqual(refs(await search.query(database.db, { q, ...day, category: 'huong-dan' })), ['article:51']);
      // Bounds inside a second compare the instants to the millisecond.
      assert.deepEqual(refs(await search.query(database.db, { q, from: '2026-05-02T16:59:59.400Z', to: '2026-05-02T16:59:59.600Z' })), ['article:52']);
      assert.deepEqual(refs(await search.query(database.db, { q, from: '2026-05-02T16:59:59.600Z', to: '2026-05-02T17:00:00.001Z' })), ['article:53']);
      assert.deepEqual(refs(await search.query(database.db, { q, from: 'not a date' })), []);
      for (const e of dated) await search.remove(database.db, e.type, e.refId);
    });

    test(`a new publication date moves the entry in the newest-first order (${engine})`, async () => {
      for (const [refId, day] of [[60, '10'], [61, '11']] as const) {
        await search.upsert(database.db, entry({ type: 'article', refId, title: 'Lịch tiếp dân định kỳ', body: 'Lịch.', publishedAt: `2026-06-${day}T02:00:00.000Z` }));
      }
      assert.deepEqual(refs(await search.query(database.db, { q: 'lich tiep dan' })), ['article:61', 'article:60']);
      await search.upsert(database.db, entry({ type: 'article', refId: 60, title: 'Lịch tiếp dân định kỳ', body: 'Lịch.', publishedAt: '2026-06-12T02:00:00.000Z' }));
      assert.deepEqual(refs(await search.query(database.db, { q: 'lich tiep dan' })), ['article:60', 'article:61']);
      for (const refId of [60, 61]) await search.remove(database.db, 'article', refId);
    });

    test(`the total is counted up to a cap; beyond it, the cap and totalIsCapped (${engine})`, async () => {
      const capped = createSearch(engine, { totalCap: 3 });
      for (let i = 1; i <= 5; i++) {
        await search.upsert(database.db, entry({ type: 'notice', refId: 70 + i, title: `Thông báo nghỉ lễ đợt ${i}`, body: 'Nghỉ lễ.', publishedAt: `2026-07-0${i}T02:00:00.000Z` }));
      }
      const first = await capped.query(database.db, { q: 'nghi le', pageSize: 2 });
      assert.deepEqual([first.total, first.totalIsCapped], [3, true]);
      assert.deepEqual(refs(first), ['notice:75', 'notice:74']);
      // Pages beyond the cap still answer, and say the same.
      const third = await capped.query(database.db, { q: 'nghi le', page: 3, pageSize: 2 });
      assert.deepEqual([third.total, third.totalIsCapped, refs(third)], [3, true, ['notice:71']]);
      const few = await capped.query(database.db, { q: 'nghi le dot 2' });
      assert.deepEqual([few.total, few.totalIsCapped, refs(few)], [1, false, ['notice:72']]);
      const exact = await createSearch(engine, { totalCap: 5 }).query(database.db, { q: 'nghi le', pageSize: 1 });
      assert.deepEqual([exact.total, exact.totalIsCapped], [5, false]);
      for (let i = 1; i <= 5; i++) await search.remove(database.db, 'notice', 70 + i);
    });

    test(`the phrase in a body ranks first among the newest matches only; in a title, among all (${engine})`, async () => {
      const texts = [
        { refId: 80, title: 'Bảo hiểm xã hội tự nguyện', body: 'Hướng dẫn đóng.', publishedAt: '2026-08-01T02:00:00.000Z' },
        { refId: 81, title: 'Hướng dẫn', body: 'Đóng bảo hiểm xã hội qua cổng dịch vụ công.', publishedAt: '2026-08-02T02:00:00.000Z' },
        { refId: 82, title: 'Tin xã hội', body: 'Gói bảo hiểm mới.', publishedAt: '2026-08-03T02:00:00.000Z' },
        { refId: 83, title: 'Tin xã hội', body: 'Bảo hiểm cho người lao động.', publishedAt: '2026-08-04T02:00:00.000Z' },
      ];
      for (const t of texts) await search.upsert(database.db, entry({ type: 'article', ...t }));
      const q = 'bao hiem xa hoi';
      assert.deepEqual(refs(await search.query(database.db, { q })), ['article:80', 'article:81', 'article:83', 'article:82']);
      // With a window of the two newest matches (83, 82), 81's phrase is outside it: newest first after the title.
      const windowed = createSearch(engine, { phraseWindow: 2 });
      assert.deepEqual(refs(await windowed.query(database.db, { q })), ['article:80', 'article:83', 'article:82', 'article:81']);
      for (const t of texts) await search.remove(database.db, 'article', t.refId);
    });

    test(`the types filter keeps only the asked types (${engine})`, async () => {
      assert.deepEqual(refs(await search.query(database.db, { q: 'ho so', types: ['procedure'] })), ['procedure:TT-01']);
      assert.deepEqual(refs(await search.query(database.db, { q: 'ho so', types: ['article', 'document'] })), ['article:2', 'article:1']);
      const none = await search.query(database.db, { q: 'ho so', types: ['event'] });
      assert.equal(none.total, 0);
      assert.deepEqual(none.hits, []);
    });

    test(`pages cover every hit once and the total counts them all (${engine})`, async () => {
      for (let i = 1; i <= 7; i++) {
        await search.upsert(
          database.db,
          entry({
            type: 'notice',
            refId: i,
            title: `Thông báo lịch tiếp công dân tháng ${i}`,
            body: 'Lãnh đạo tiếp công dân định kỳ.',
            publishedAt: `2026-0${i}-01T02:00:00.000Z`,
          }),
        );
      }
      const seen: string[] = [];
      for (const page of [1, 2, 3]) {
        const result = await search.query(database.db, { q: 'tiep cong dan', page, pageSize: 3 });
        assert.equal(result.total, 7);
        assert.equal(result.totalIsCapped, false);
        assert.equal(result.page, page);
        assert.equal(result.pageSize, 3);
        assert.equal(result.hits.length, page === 3 ? 1 : 3);
        seen.push(...refs(result));
      }
      assert.deepEqual(seen, [7, 6, 5, 4, 3, 2, 1].map((i) => `notice:${i}`));
      const beyond = await search.query(database.db, { q: 'tiep cong dan', page: 9, pageSize: 3 });
      assert.equal(beyond.total, 7);
      assert.deepEqual(beyond.hits, []);
      for (let i = 1; i <= 7; i++) await search.remove(database.db, 'notice', i);
    });

    test(`upserting the same (type, refId) again replaces the entry (${engine})`, async () => {
      await search.upsert(database.db, entry({ type: 'article', refId: 20, title: 'Một cửa liên thông', body: 'Tiếp nhận tại bộ phận một cửa.' }));
      await search.upsert(database.db, entry({ type: 'article', refId: '20', title: 'Một cửa liên thông hiện đại', body: 'Trả kết quả qua bưu chính công ích.' }));
      const result = await search.query(database.db, { q: 'mot cua lien thong' });
      assert.deepEqual(refs(result), ['article:20']);
      assert.equal(result.hits[0]!.title, 'Một cửa liên thông hiện đại');
      // The old body is no longer indexed; the new one is.
      assert.equal((await search.query(database.db, { q: 'bo phan mot cua' })).total, 0);
      assert.deepEqual(refs(await search.query(database.db, { q: 'buu chinh cong ich' })), ['article:20']);
      const count = await database.db.selectFrom('search_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('ref_id', '=', '20').executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 1);
    });

    test(`remove drops the entry from results (${engine})`, async () => {
      await search.upsert(database.db, entry({ type: 'procedure', refId: 99, title: 'Cấp phiếu lý lịch tư pháp', body: 'Nộp tại Sở Tư pháp.' }));
      assert.equal((await search.query(database.db, { q: 'ly lich tu phap' })).total, 1);
      await search.remove(database.db, 'procedure', 99);
      const result = await search.query(database.db, { q: 'ly lich tu phap' });
      assert.equal(result.total, 0);
      assert.deepEqual(result.hits, []);
      // Removing something absent is harmless.
      await search.remove(database.db, 'procedure', 99);
    });

    test(`an empty or punctuation-only query returns nothing, without an error (${engine})`, async () => {
      for (const q of ['', '   ', '?!…—', '"', "' OR 1=1 --", '*', '()', '&|!:']) {
        const result = await search.query(database.db, { q });
        assert.equal(result.total, 0, q);
        assert.deepEqual(result.hits, [], q);
      }
    });

    test(`search-engine syntax in a query is taken as plain words (${engine})`, async () => {
      // FTS5 keywords and tsquery operators must not change the meaning or throw.
      assert.deepEqual(refs(await search.query(database.db, { q: 'điện AND tử' })), []);
      assert.deepEqual(refs(await search.query(database.db, { q: '"điện" & (tử)' })), ['article:2']);
      assert.deepEqual(refs(await search.query(database.db, { q: 'điện:* | tử' })), ['article:2']);
    });

    test(`a decree number and a web address are found by their parts, as on the other engine (${engine})`, async () => {
      await search.upsert(
        database.db,
        entry({
          type: 'document',
          refId: 61,
          title: 'Nghị định 61/2018/NĐ-CP về cơ chế một cửa',
          body: 'Tra cứu hồ sơ tại dichvucong.gov.vn hoặc gửi thư tới hotro@dichvucong.gov.vn.',
        }),
      );
      // What a user types when they have the decree's number in front of them.
      assert.deepEqual(refs(await search.query(database.db, { q: '61/2018/NĐ-CP' })), ['document:61']);
      assert.deepEqual(refs(await search.query(database.db, { q: 'nghị định 61' })), ['document:61']);
      assert.deepEqual(refs(await search.query(database.db, { q: 'dichvucong' })), ['document:61']);
      await search.remove(database.db, 'document', 61);
    });

    test(`query never throws, whatever is typed (${engine})`, async () => {
      const typed = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'đĐăâêôơưáàảãạ aAzZ09"\'*:&|!()-^~<>@/.,;NEARORANDNOT'), maxLength: 40 }),
      );
      await fc.assert(
        fc.asyncProperty(typed, fc.integer({ min: -3, max: 5 }), fc.integer({ min: -5, max: 500 }), async (q, page, pageSize) => {
          const result = await search.query(database.db, { q, page, pageSize });
          assert.ok(result.total >= result.hits.length);
          assert.ok(!result.totalIsCapped);
          assert.ok(result.page >= 1 && result.pageSize >= 1 && result.pageSize <= 100);
        }),
        { numRuns: 150 },
      );
    });
  });
}

describe('snippet', () => {
  test('a match far into a long text is shown in a window with "…" on both sides', () => {
    const body = `${'Mở đầu văn bản. '.repeat(30)}Áp dụng thanh toán điện tử trong mọi thủ tục. ${'Phần kết. '.repeat(40)}`;
    const snippet = snippetOf(body, queryTerms('dien tu'));
    assert.equal(snippet[0]!.text.startsWith('… '), true);
    assert.equal(snippet.at(-1)!.text.endsWith(' …'), true);
    assert.deepEqual(marked(snippet), ['điện', 'tử']);
    assert.ok(Array.from(joined(snippet)).length <= 200 + 4);
  });

  test('a text that fits in the window is shown whole, even when the match is near its end', () => {
    const body = 'Ủy ban nhân dân tỉnh ban hành kế hoạch tuyên truyền năm 2026, giao các sở triển khai; hướng dẫn chi tiết xem tại mục thanh toán điện tử.';
    assert.ok(Array.from(body).length < 200);
    assert.equal(joined(snippetOf(body, ['dien', 'tu'])), body);
    // A longer text shows a full window, not a short tail after "… ".
    const long = `${'Mở đầu văn bản. '.repeat(30)}Kết thúc bằng điện tử.`;
    const shown = joined(snippetOf(long, ['dien', 'tu']));
    assert.ok(shown.endsWith('điện tử.'));
    assert.equal(Array.from(shown.replace(/^… /, '')).length, 200, `window of ${Array.from(shown).length - 2} characters: "${shown}"`);
  });

  test('only whole words are marked: "tu" does not mark inside "tuần" or "tư"', () => {
    const snippet = snippetOf('Họp tuần này về điện tử, không về đầu tư.', ['dien', 'tu']);
    assert.deepEqual(marked(snippet), ['điện', 'tử', 'tư']);
  });

  test('text typed in NFD is shown in NFC with the same marks', () => {
    const snippet = snippetOf('Đường dây nóng'.normalize('NFD'), ['duong']);
    assert.deepEqual(snippet, [
      { text: 'Đường', mark: true },
      { text: ' dây nóng', mark: false },
    ]);
  });

  const vietnameseChar = fc
    .constantFrom(...'aàảãáạăằắặâầấậbcdđeèéẹêềếệghiìíịklmnoòóọôồốộơờớợpqrstuùúụưừứựvxyỳýỵ', ' ', ' ', ',', '.', '0', '7')
    .chain((c) => fc.constantFrom(c, c.toUpperCase(), c.normalize('NFD')));
  const anyText = fc.oneof(fc.string({ unit: vietnameseChar, maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 600 }));

  test('property: snippetOf never throws and shows a window of the NFC text', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.integer({ min: 1, max: 300 }), (text, q, width) => {
        const original = text.normalize('NFC');
        const snippet = snippetOf(text, queryTerms(q), width);
        const shown = joined(snippet);
        const candidates = [shown];
        if (shown.startsWith('… ')) candidates.push(shown.slice(2));
        for (const c of [...candidates]) if (c.endsWith(' …')) candidates.push(c.slice(0, -2));
        const window = candidates.find((c) => original.includes(c));
        assert.ok(window !== undefined, `"${shown}" is not a window of "${original}"`);
        assert.ok(Array.from(window).length <= width);
        if (original.length > 0) assert.ok(window.length > 0, 'something of a non-empty text is shown');
      }),
      { numRuns: 500 },
    );
  });

  test('property: in Vietnamese text every marked run folds to one of the terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: vietnameseChar, maxLength: 300 }), fc.nat(), (text, pick) => {
        const words = queryTerms(text);
        const terms = words.length > 0 ? [words[pick % words.length]!] : [];
        const snippet = snippetOf(text, terms);
        for (const run of marked(snippet)) assert.ok(terms.includes(foldVi(run)), `${run} ∉ ${terms}`);
        if (terms.length > 0 && Array.from(text).length <= 200) assert.ok(marked(snippet).length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
