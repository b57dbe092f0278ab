import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dialectFor } from '../../platform/db/dialect.js';
import { queryTerms, searchKey } from '../../platform/search/search.js';
import { engines, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import * as repo from './documents.repo.js';

const NOW = '2026-06-01T00:00:00.000Z';

const fields = (over: Partial<repo.DocumentFields>): repo.DocumentFields => ({
  type: 'plan',
  number: '01',
  codeYear: null,
  symbol: 'KH-STTTT',
  issuerName: 'Sở Thông tin và Truyền thông',
  issuerOrganizationId: null,
  signerName: '',
  signerTitle: '',
  issuedOn: '2024-01-10',
  effectiveOn: null,
  expiresOn: null,
  status: 'inForce',
  field: 'Cải cách hành chính',
  summary: 'Kế hoạch',
  bodyText: '',
  published: true,
  ...over,
});

for (const engine of engines()) {
  describe(`documents repository (${engine})`, () => {
    let database: TestDatabase;
    let org: number;
    let other: number;
    const ids = new Map<string, number>();

    const insert = async (name: string, f: repo.DocumentFields, organizationId = org) => {
      const key = ` ${searchKey([f.number, f.symbol, f.summary, f.issuerName, f.field, f.bodyText].join(' '))} `;
      const id = await repo.insertDocument(database.db, { organizationId, slug: name, fields: f, searchKey: key }, NOW);
      ids.set(name, id);
      return id;
    };
    const list = (q: Partial<repo.ListQuery>) =>
      repo.listDocuments(database.db, dialectFor(engine), { organizationId: org, sort: 'newest', limit: 50, offset: 0, ...q }).then((r) => ({ total: r.total, slugs: r.documents.map((d) => d.slug) }));

    before(async () => {
      database = await freshDatabase(engine);
      const organization = (name: string, code: string) =>
        database.db
          .insertInto('organizations')
          .values({ kind: 'department', name, short_name: code, code, address: '', phone: '', email: '', website: '', place_name: '', parent_id: null, supervisor_id: null, valid_from: null, valid_to: null, created_at: NOW, updated_at: NOW })
          .returning('id')
          .executeTakeFirstOrThrow()
          .then((r) => r.id);
      org = await organization('Sở Thông tin và Truyền thông', 'STTTT');
      other = await organization('Sở Nội vụ', 'SNV');
      await insert('kh-02', fields({ number: '02', summary: 'Tuyên truyền chuyển đổi số', issuedOn: '2024-02-01' }));
      await insert('kh-10', fields({ number: '10', summary: 'Kiểm tra cải cách hành chính', issuedOn: '2024-03-01', status: 'expired', expiresOn: '2024-12-31' }));
      await insert('kh-100', fields({ number: '100', summary: 'Điện tử hóa hồ sơ một cửa', issuedOn: '2023-05-05', published: false }));
      await insert('nd-61', fields({ type: 'decree', number: '61', codeYear: 2018, symbol: 'NĐ-CP', issuerName: 'Chính phủ', issuedOn: '2018-04-23', summary: 'Về thực hiện cơ chế một cửa', field: 'Thủ tục hành chính' }));
      await insert('elsewhere', fields({ number: '05', summary: 'Chuyển đổi số của Sở Nội vụ' }), other);
    });
    after(() => database.drop());

    test('the search key matches folded words from their start, every word required, on both engines', async () => {
      assert.deepEqual((await list({ terms: queryTerms('chuyen doi so') })).slugs, ['kh-02']);
      assert.deepEqual((await list({ terms: queryTerms('chuyển đổi') })).slugs, ['kh-02']);
      assert.deepEqual((await list({ terms: queryTerms('dien tu') })).slugs, ['kh-100'], 'đ folds to d');
      assert.deepEqual((await list({ terms: queryTerms('NĐ-CP') })).slugs, ['nd-61']);
      assert.deepEqual((await list({ terms: queryTerms('mot c') })).slugs.sort(), ['kh-100', 'nd-61'], 'a word being typed matches');
      assert.deepEqual((await list({ terms: queryTerms('oi so') })).slugs, [], 'not from the middle of a word');
    });

    test('filters, publication and organization boundaries; sorts by date and by number and symbol', async () => {
      assert.deepEqual(await list({}), { total: 4, slugs: ['kh-10', 'kh-02', 'kh-100', 'nd-61'] });
      assert.deepEqual((await list({ published: true })).slugs, ['kh-10', 'kh-02', 'nd-61']);
      assert.deepEqual((await list({ published: true, sort: 'oldest' })).slugs, ['nd-61', 'kh-02', 'kh-10']);
      assert.deepEqual((await list({ type: 'plan', sort: 'code' })).slugs, ['kh-02', 'kh-10', 'kh-100'], 'numbers in numeric order');
      assert.deepEqual((await list({ year: 2024, status: 'expired' })).slugs, ['kh-10']);
      assert.deepEqual((await list({ issuerName: 'CHÍNH PHỦ' })).slugs, ['nd-61'], 'issuer compared folded');
      assert.deepEqual((await list({ field: 'Thủ tục hành chính' })).slugs, ['nd-61']);
      assert.deepEqual(await list({ limit: 2, offset: 2 }), { total: 4, slugs: ['kh-100', 'nd-61'] });
      const facets = await repo.facets(database.db, org);
      assert.deepEqual([...facets.types].sort(), ['decree', 'plan']);
      assert.deepEqual([...facets.issuers].sort(), ['Chính phủ', 'Sở Thông tin và Truyền thông']);
      assert.deepEqual(facets.years, [2024, 2018], 'only published documents count');
    });

    test('duplicates are found folded, in the same year and issuer, never across organizations', async () => {
      const same = fields({ number: '02', symbol: 'kh-stttt', issuerName: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', issuedOn: '2024-12-01' });
      assert.equal((await repo.findDuplicate(database.db, { organizationId: org, fields: same }))?.slug, 'kh-02');
      assert.equal(await repo.findDuplicate(database.db, { organizationId: org, fields: same, exceptId: ids.get('kh-02') }), null);
      assert.equal(await repo.findDuplicate(database.db, { organizationId: org, fields: { ...same, issuedOn: '2025-01-02' } }), null);
      assert.equal(await repo.findDuplicate(database.db, { organizationId: other, fields: same }), null);
      await assert.rejects(insert('kh-02-again', same), 'the unique index backs the service check');
    });

    test('relations read both ways, are found in either direction, and go with their document', async () => {
      const amending = await insert('nd-107', fields({ type: 'decree', number: '107', codeYear: 2021, symbol: 'NĐ-CP', issuerName: 'Chính phủ', issuedOn: '2021-12-06', summary: 'Sửa đổi Nghị định 61' }));
      await repo.insertRelation(database.db, { fromId: amending, toId: ids.get('nd-61')!, kind: 'amends' }, NOW);
      await repo.insertRelation(database.db, { fromId: ids.get('kh-02')!, toId: ids.get('nd-61')!, kind: 'guides' }, NOW);
      const of61 = await repo.listRelations(database.db, ids.get('nd-61')!);
      assert.deepEqual(
        of61.map((r) => [r.kind, r.direction, r.other.code]),
        [
          ['guides', 'inverse', '02/KH-STTTT'],
          ['amends', 'inverse', '107/2021/NĐ-CP'],
        ],
        'the newest other document first',
      );
      assert.deepEqual((await repo.listRelations(database.db, amending)).map((r) => [r.kind, r.direction, r.other.slug]), [['amends', 'forward', 'nd-61']]);
      assert.equal(await repo.relationExists(database.db, ids.get('nd-61')!, amending, 'amends'), true);
      assert.equal(await repo.relationExists(database.db, ids.get('nd-61')!, amending, 'replaces'), false);
      await repo.deleteDocument(database.db, amending);
      assert.deepEqual((await repo.listRelations(database.db, ids.get('nd-61')!)).map((r) => r.kind), ['guides']);
    });
  });
}
