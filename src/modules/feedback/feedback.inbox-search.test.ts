import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemContext } from '../../platform/auth/actor.js';
import { dialectFor } from '../../platform/db/dialect.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { inboxSearchOf } from './feedback.inbox-search.js';
import * as repo from './feedback.repo.js';

const system = systemContext('kiểm thử');
const PERSON = { submitterKind: 'person', name: 'Nguyễn Thị Phượng', address: 'Số 12 ngõ 34 phố Bắc Sơn, Lạng Sơn', phone: '0912 345 678' };
const TITLES = {
  permit: 'Đề nghị rút ngắn thời hạn cấp giấy phép bưu chính',
  plainPermit: 'Hoi ve giay phep xuat ban ban tin', // typed without diacritics
  cable: 'Cáp viễn thông treo thấp tại phường Đông Kinh',
  permitPlace: 'Giấy phép thiết lập mạng viễn thông dùng riêng tại ĐỒNG ĐĂNG',
};

/** What the officer reads on the inbox: the number of cases listed and their codes. */
function listed(html: string) {
  const total = /(Hơn )?([\d.]+) phản ánh, kiến nghị\./.exec(html);
  return { total: Number(total?.[2]?.replaceAll('.', '')), capped: Boolean(total?.[1]), codes: [...new Set(html.match(/PA-\d{4}-\d{6}/g) ?? [])].sort() };
}

for (const engine of engines()) {
  describe(`feedback inbox search box (${engine})`, () => {
    const clock = fixedClock('2027-03-01T02:00:00Z');
    let t: TestApp;
    let officer: ReturnType<typeof agent>;
    let fields: number[] = [];
    const codes: Record<keyof typeof TITLES, string> = { permit: '', plainPermit: '', cable: '', permitPlace: '' };
    const idOf = async (code: string) => (await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const search = async (query: string) => listed((await officer.get(`/admin/feedback?${query}`)).body);
    const sorted = (...keys: (keyof typeof TITLES)[]) => keys.map((k) => codes[k]).sort();

    before(async () => {
      t = await testApp(engine, { clock });
      for (const name of ['Bưu chính', 'Viễn thông']) fields.push(await t.services.feedback.addField(system, name));
      for (const [i, key] of (Object.keys(TITLES) as (keyof typeof TITLES)[]).entries()) {
        const content = 'Bộ phận một cửa chưa trả lời đề nghị này.';
        codes[key] = (await t.services.feedback.receive(system, { ...PERSON, title: TITLES[key], content, fieldId: String(fields[i % 2]), consent: '1' })).code;
        clock.advance(60_000);
      }
      officer = agent(t.app);
      assert.equal((await officer.login('pakn@demo.cchc.vn', DEMO_PASSWORD)).statusCode, 303);
    });
    after(() => t.close());

    test('title words match without diacritics or case, both ways, đ as d, every word and the last as a prefix', async () => {
      assert.deepEqual((await search('q=giay+phep')).codes, sorted('permit', 'plainPermit', 'permitPlace'));
      assert.deepEqual((await search('q=GIẤY+PHÉP')).codes, sorted('permit', 'plainPermit', 'permitPlace'), 'diacritics in the query find a title typed without them');
      assert.deepEqual((await search('q=dong+dang')).codes, sorted('permitPlace'));
      assert.deepEqual((await search('q=%C4%90%C3%B4ng+Kinh')).codes, sorted('cable'));
      assert.deepEqual((await search('q=gi%E1%BA%A5y+ph')).codes, sorted('permit', 'plainPermit', 'permitPlace'), 'the last word is matched as a prefix');
      assert.deepEqual((await search('q=ph+gi%E1%BA%A5y')).codes, [], 'other words are whole words');
      assert.deepEqual((await search('q=gi%E1%BA%A5y+ph%C3%A9p+vi%E1%BB%85n')).codes, sorted('permitPlace'));
      const found = await search('q=giay+phep');
      assert.equal(found.total, 3);
      assert.equal(found.capped, false);
    });

    test('a tracking code finds its case, typed in any case and with or without dashes', async () => {
      const code = codes.cable;
      assert.deepEqual((await search(`q=${code}`)).codes, [code]);
      assert.deepEqual((await search(`q=${code.toLowerCase().replaceAll('-', '')}`)).codes, [code]);
      assert.deepEqual(inboxSearchOf(` pa 2027 ${Number(code.slice(-6))} `), { code });
      assert.equal((await search('q=PA-2027-999999')).total, 0);
    });

    test('words combine with the filters, which follow each step of the case', async () => {
      assert.deepEqual((await search(`q=giay+phep&fieldId=${fields[0]}`)).codes, sorted('permit'));
      assert.deepEqual((await search(`q=giay+phep&status=received&fieldId=${fields[1]}`)).codes, sorted('plainPermit', 'permitPlace'));
      await t.services.feedback.reject(system, await idOf(codes.permit), { reason: 'Nội dung thuộc thẩm quyền của cơ quan khác.' });
      assert.deepEqual((await search('q=giay+phep&status=rejected')).codes, sorted('permit'));
      assert.deepEqual((await search('q=giay+phep&status=received')).codes, sorted('plainPermit', 'permitPlace'));
      // A deadline filter narrows to the open cases first (on SQLite the words are then read from each case's key).
      const overdueLater = await repo.inbox(t.services.db, dialectFor(engine), { organizationId: (await t.services.feedback.assertCanRead(system))!, dueBefore: '2100-01-01', search: { words: ['giay', 'phe'] }, limit: 20, offset: 0 }, {});
      assert.deepEqual(overdueLater.items.map((c) => c.code).sort(), sorted('plainPermit', 'permitPlace'));
    });

    test('a search counts its matches up to the cap, and says it has more', async () => {
      const organizationId = await t.services.feedback.assertCanRead(system);
      const page = (totalCap: number, limit: number) => repo.inbox(t.services.db, dialectFor(engine), { organizationId, search: { words: ['giay', 'phep'] }, limit, offset: 0 }, {}, totalCap);
      assert.deepEqual(await page(2, 1).then((p) => [p.total, p.totalIsCapped, p.items.length]), [2, true, 1]);
      assert.deepEqual(await page(3, 1).then((p) => [p.total, p.totalIsCapped]), [3, false]);
      assert.deepEqual(await page(2, 20).then((p) => [p.total, p.totalIsCapped, p.items.length]), [3, false, 3], 'a page holding every match needs no count');
      const newestFirst = await page(10, 20);
      assert.deepEqual(newestFirst.items.map((c) => c.code), [codes.permitPlace, codes.plainPermit, codes.permit]);
    });

    test('the index follows the title: erasure keeps it, a new title replaces the old words', async () => {
      const id = await idOf(codes.cable);
      await t.services.feedback.reject(system, id, { reason: 'Nội dung thuộc thẩm quyền của doanh nghiệp viễn thông.' });
      await t.services.feedback.erasePersonal(system, id, { reason: 'Người gửi yêu cầu xóa dữ liệu cá nhân.' });
      // Erasure blanks the submitter's personal data, not the title (see CONTEXT.md): the case stays findable by it.
      assert.deepEqual((await search('q=cap+vien+thong')).codes, sorted('cable'));
      assert.deepEqual((await search('q=nguyen+thi')).codes, [], 'the submitter’s name is not indexed');
      await t.services.db.transaction().execute((trx) => repo.updateCase(trx, id, { title: 'Đường dây treo thấp' }));
      assert.deepEqual((await search('q=cap+vien+thong')).codes, []);
      assert.deepEqual((await search('q=duong+day')).codes, sorted('cable'));
    });
  });
}
