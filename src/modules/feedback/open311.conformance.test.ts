// Our own conformance walk of Open311 GeoReport v2 (REFERENCE §9) over the feedback desk: every endpoint
// in .json and .xml, the POST with and without a key, each GET filter and the 90-day default window,
// tokens, errors in the specification's format, and no personal data in any GET.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { DEMO_FEEDBACK } from '../../demo/feedback.js';
import { systemContext } from '../../platform/auth/actor.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { titleOf } from './open311.write.js';

const BASE = '/open311/v2';
/** The demo is received on 1 August; the walk happens on Friday 20 November at 10:00 in Hà Nội, more than 90 days later. */
const DEMO_DAY = '2026-08-03T03:00:00Z';
const WALK_DAY = '2026-11-20T03:00:00Z';
/** Five working days after Friday 20/11/2026: Monday 23 to Friday 27 (no holiday in between), at the end of office hours. */
const CLASSIFY_DEADLINE = '2026-11-27T17:00:00+07:00';

/** The request fields the specification lists for GET requests, in its order. */
const REQUEST_FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice',
  'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url',
];

const PERSON = { first_name: 'Thị Mai', last_name: 'Nông', phone: '0912 345 678', email: 'nong.mai@example.vn', address_string: 'Số 12 ngõ Văn Miếu, phường Tam Thanh, Lạng Sơn' };
const DESCRIPTION = 'Thủ tục đăng ký cấp giấy phép bưu chính còn yêu cầu bản sao chứng thực\nĐề nghị bỏ yêu cầu bản sao chứng thực khi hồ sơ đã được số hóa trên Cổng Dịch vụ công.';

for (const engine of engines()) {
  describe(`Open311 GeoReport v2 conformance (${engine})`, () => {
    let t: TestApp;
    let key: string;
    const clock = fixedClock(DEMO_DAY);
    before(async () => {
      t = await testApp(engine, { demo: 'full', clock });
      clock.set(WALK_DAY);
      key = (await t.services.apiKeys.create(systemContext('test'), { name: 'Cổng Dịch vụ công tỉnh' })).key;
    });
    after(() => t.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url: BASE + url });
    const post = (format: 'json' | 'xml', params: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `${BASE}/requests.${format}`, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, payload: new URLSearchParams(params).toString() });
    const submit = (params: Record<string, string> = {}) => post('json', { api_key: key, service_code: 'buu-chinh', description: DESCRIPTION, ...PERSON, ...params });

    /** An error answer in the specification's format, in both formats: JSON [{code, description}], XML <errors><error>. */
    function assertErrors(json: { statusCode: number; json(): unknown }, status: number, description: RegExp) {
      assert.equal(json.statusCode, status);
      const errors = json.json() as { code: number; description: string }[];
      assert.ok(errors.length >= 1);
      for (const e of errors) assert.equal(e.code, status);
      assert.ok(errors.some((e) => description.test(e.description)), JSON.stringify(errors));
    }
    function assertXmlErrors(xml: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number) {
      assert.equal(xml.statusCode, status);
      assert.match(xml.headers['content-type'] as string, /^text\/xml; charset=utf-8/);
      assert.match(xml.body, new RegExp(`^<\\?xml version="1.0" encoding="utf-8"\\?>\\n<errors><error><code>${status}</code><description>[^<]+</description></error>`));
    }

    test('discovery: both formats, every required field', async () => {
      const json = await get('/discovery.json');
      assert.match(json.headers['content-type'] as string, /^application\/json; charset=utf-8/);
      const d = json.json();
      for (const field of ['changeset', 'contact', 'key_service']) assert.ok(d[field], field);
      assert.equal(d.endpoints.length, 1);
      const [endpoint] = d.endpoints;
      for (const field of ['specification', 'url', 'changeset', 'type', 'formats']) assert.ok(endpoint[field], field);
      assert.equal(endpoint.type, 'production');
      assert.deepEqual(endpoint.formats, ['application/json', 'text/xml']);
      const xml = await get('/discovery.xml');
      assert.match(xml.headers['content-type'] as string, /^text\/xml; charset=utf-8/);
      assert.match(xml.body, /<discovery><changeset>[^<]+<\/changeset><contact>[^<]+<\/contact><key_service>[^<]+<\/key_service><endpoints><endpoint>/);
    });

    test('services: one per active field, every field of a service, in both formats; a service definition per code', async () => {
      const services = (await get('/services.json')).json() as Record<string, unknown>[];
      assert.ok(services.length >= 5, 'the demo has at least 5 feedback fields');
      for (const s of services) {
        assert.deepEqual(Object.keys(s).sort(), ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
        assert.equal(s.metadata, false);
        assert.equal(s.type, 'realtime');
      }
      const xml = (await get('/services.xml')).body;
      assert.equal(xml.match(/<service>/g)?.length, services.length);
      for (const format of ['json', 'xml']) {
        const definition = await get(`/services/${services[0]!.service_code}.${format}`);
        assert.equal(definition.statusCode, 200);
      }
      assert.deepEqual((await get(`/services/${services[0]!.service_code}.json`)).json(), { service_code: services[0]!.service_code, attributes: [] });
      assert.match((await get(`/services/${services[0]!.service_code}.xml`)).body, /<service_definition><service_code>[a-z-]+<\/service_code><attributes><\/attributes><\/service_definition>/);
      assertErrors(await get('/services/khong-co.json'), 404, /service_code/);
      assertXmlErrors(await get('/services/khong-co.xml'), 404);
    });

    test('POST requests without a key, with an unknown or revoked key: 403 in the specification format, nothing stored', async () => {
      const count = async () => Number((await t.services.db.selectFrom('feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      assertErrors(await submit({ api_key: '' }), 403, /api_key/);
      assertErrors(await submit({ api_key: 'cchc_khong-phai-khoa-that' }), 403, /api_key/);
      const revoked = await t.services.apiKeys.create(systemContext('test'), { name: 'Đối tác đã ngừng' });
      assert.equal((await submit({ api_key: revoked.key })).statusCode, 201, 'the key works before it is revoked');
      await t.services.apiKeys.revoke(systemContext('test'), revoked.id);
      assertErrors(await submit({ api_key: revoked.key }), 403, /thu hồi/);
      assertXmlErrors(await post('xml', { service_code: 'buu-chinh', description: DESCRIPTION, ...PERSON }), 403);
      assert.equal(await count(), before + 1);
      const audited = await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'api_key').where('subject_id', '=', String(revoked.id)).orderBy('id').execute();
      assert.deepEqual(audited.map((a) => a.action), ['api_key.create', 'api_key.revoke']);
    });

    test('POST requests: missing fields 400, unknown service_code 404, each error named by its parameter', async () => {
      assertErrors(await submit({ service_code: '' }), 400, /^service_code/);
      assertErrors(await submit({ service_code: 'khong-co' }), 404, /service_code/);
      const missing = await submit({ description: '', phone: '', address_string: '', first_name: '', last_name: '' });
      assert.equal(missing.statusCode, 400);
      const described = (missing.json() as { description: string }[]).map((e) => e.description.split(':')[0]);
      assert.deepEqual(described.sort(), ['address_string', 'description', 'first_name, last_name', 'phone']);
      assertErrors(await submit({ description: 'x'.repeat(4001) }), 400, /^description/);
      assertXmlErrors(await post('xml', { api_key: key, service_code: 'buu-chinh' }), 400);
    });

    test('POST requests: the tracking code at once, committed, titled from the description, with the channel and the key; the same in XML', async () => {
      const response = await submit();
      assert.equal(response.statusCode, 201);
      const [created] = response.json() as Record<string, string>[];
      assert.deepEqual(Object.keys(created!).sort(), ['account_id', 'service_notice', 'service_request_id']);
      assert.match(created!.service_request_id!, /^PA-2026-\d{6}$/);
      assert.match(created!.service_notice!, /Hạn phân loại: 27\/11\/2026/);
      const row = await t.services.db.selectFrom('feedback').selectAll().where('code', '=', created!.service_request_id!).executeTakeFirstOrThrow();
      assert.equal(row.title, 'Thủ tục đăng ký cấp giấy phép bưu chính còn yêu cầu bản sao chứng thực');
      assert.equal(row.content, DESCRIPTION);
      assert.equal(row.name, 'Nông Thị Mai', 'họ (last_name) then tên (first_name)');
      assert.equal(row.address, PERSON.address_string);
      assert.equal(row.channel, 'open311');
      assert.ok(row.api_key_id);
      assert.equal(row.consent_version, '2026-11-v1');
      const audit = await t.services.db.selectFrom('audit_log').select('changes').where('action', '=', 'feedback.submit').where('subject_id', '=', String(row.id)).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(audit.changes), { consentVersion: '2026-11-v1', channel: 'open311', apiKeyId: row.api_key_id });

      const xml = await post('xml', { api_key: key, service_code: 'vien-thong-va-internet', description: 'Đề nghị công khai danh sách trạm phát sóng đã được cấp phép trên địa bàn tỉnh.', ...PERSON });
      assert.equal(xml.statusCode, 201);
      assert.match(xml.body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>PA-2026-\d{6}<\/service_request_id><service_notice>[^<]+<\/service_notice><account_id><\/account_id><\/request><\/service_requests>$/);
    });

    test('GET requests: the default window is the last 90 days; each filter; every field of a request', async () => {
      const [mine] = (await submit()).json() as { service_request_id: string }[];
      const recent = (await get('/requests.json')).json() as Record<string, string>[];
      assert.ok(recent.some((r) => r.service_request_id === mine!.service_request_id));
      assert.ok(recent.every((r) => r.requested_datetime.startsWith('2026-11-20T10:00:00')), 'the demo, received in August, is outside the default 90 days');
      for (const r of recent) assert.deepEqual(Object.keys(r), REQUEST_FIELDS);
      const fresh = recent.find((r) => r.service_request_id === mine!.service_request_id)!;
      assert.equal(fresh.status, 'open');
      assert.equal(fresh.status_notes, 'Đã tiếp nhận');
      assert.equal(fresh.service_code, 'buu-chinh');
      assert.equal(fresh.expected_datetime, CLASSIFY_DEADLINE, 'expected_datetime is the legal deadline');
      assert.equal(fresh.description, '', 'no description before publication');
      assert.equal(fresh.media_url, '');

      const august = (await get('/requests.json?start_date=2026-08-01&end_date=2026-08-31T23:59:59%2B07:00')).json() as Record<string, string>[];
      assert.equal(august.length, DEMO_FEEDBACK.length);
      const published = august.filter((r) => r.status_notes === 'Đã công khai');
      assert.ok(published.length > 0);
      for (const r of august) {
        assert.equal(r.description !== '', published.includes(r), `description only for published items (${r.service_request_id})`);
        assert.equal(r.media_url !== '', published.includes(r), `media_url only for published items (${r.service_request_id})`);
      }
      const startOnly = (await get('/requests.json?start_date=2026-08-01')).json() as unknown[];
      assert.equal(startOnly.length, DEMO_FEEDBACK.length, 'a start date alone covers the 90 days after it');

      const closed = (await get('/requests.json?status=closed&start_date=2026-08-01')).json() as Record<string, string>[];
      const open = (await get('/requests.json?status=open&start_date=2026-08-01')).json() as Record<string, string>[];
      assert.ok(closed.length > 0 && closed.every((r) => r.status === 'closed'));
      assert.ok(open.length > 0 && open.every((r) => r.status === 'open'));
      assert.equal((await get('/requests.json?status=open,closed&start_date=2026-08-01')).json().length, closed.length + open.length);

      const codes = [...new Set(august.map((r) => r.service_code))].slice(0, 2);
      const byService = (await get(`/requests.json?start_date=2026-08-01&service_code=${codes.join(',')}`)).json() as Record<string, string>[];
      assert.deepEqual(new Set(byService.map((r) => r.service_code)), new Set(codes));
      assert.equal(byService.length, august.filter((r) => codes.includes(r.service_code!)).length);

      const ids = [august[0]!.service_request_id, mine!.service_request_id];
      const byId = (await get(`/requests.json?service_request_id=${ids.join(',')}&status=closed&service_code=khong-co`)).json() as Record<string, string>[];
      assert.deepEqual(byId.map((r) => r.service_request_id).sort(), [...ids].sort(), 'service_request_id overrides every other filter');

      assertErrors(await get('/requests.json?start_date=2026-01-01&end_date=2026-12-31'), 400, /90 ngày/);
      assertErrors(await get('/requests.json?start_date=hom-qua'), 400, /start_date/);
      assertErrors(await get('/requests.json?status=dang-xu-ly'), 400, /status/);
      assertErrors(await get('/requests.json?service_code=khong-co'), 404, /service_code/);
      assertXmlErrors(await get('/requests.xml?status=dang-xu-ly'), 400);

      const xml = (await get('/requests.xml')).body;
      assert.match(xml, new RegExp(`<request><service_request_id>${mine!.service_request_id}</service_request_id><status>open</status>`));
      assert.match(xml, new RegExp(`<expected_datetime>${CLASSIFY_DEADLINE.replace('+', '\\+')}</expected_datetime>`));
    });

    test('GET requests/{id} and tokens/{token}, in both formats; unknown ones 404', async () => {
      const [mine] = (await submit()).json() as { service_request_id: string }[];
      const id = mine!.service_request_id;
      const one = (await get(`/requests/${id}.json`)).json() as Record<string, string>[];
      assert.equal(one.length, 1);
      assert.deepEqual(Object.keys(one[0]!), REQUEST_FIELDS);
      assert.equal(one[0]!.expected_datetime, CLASSIFY_DEADLINE);
      assert.match((await get(`/requests/${id}.xml`)).body, new RegExp(`^<\\?xml version="1.0" encoding="utf-8"\\?>\\n<service_requests><request><service_request_id>${id}</service_request_id>`));
      assertErrors(await get('/requests/PA-1999-000001.json'), 404, /service_request_id/);
      assertXmlErrors(await get('/requests/PA-1999-000001.xml'), 404);

      assert.deepEqual((await get(`/tokens/${id}.json`)).json(), [{ service_request_id: id, token: id }]);
      assert.match((await get(`/tokens/${id}.xml`)).body, new RegExp(`<service_requests><request><service_request_id>${id}</service_request_id><token>${id}</token></request></service_requests>`));
      assertErrors(await get('/tokens/PA-1999-000001.json'), 404, /token/);
      assertXmlErrors(await get('/tokens/PA-1999-000001.xml'), 404);
    });

    test('no personal data in any GET, of the demo or of what came through the API', async () => {
      await submit();
      const [mine] = (await submit()).json() as { service_request_id: string }[];
      const urls = [
        '/requests.json', '/requests.xml', '/requests.json?start_date=2026-08-01', '/requests.xml?start_date=2026-08-01',
        `/requests/${mine!.service_request_id}.json`, `/requests/${mine!.service_request_id}.xml`, `/tokens/${mine!.service_request_id}.json`, `/tokens/${mine!.service_request_id}.xml`,
        '/services.json', '/services.xml', '/discovery.json', '/discovery.xml',
      ];
      const people = [PERSON, ...DEMO_FEEDBACK.map((d) => ({ name: d.person.name, phone: d.person.phone, email: d.person.email ?? '', address_string: d.person.address }))];
      for (const url of urls) {
        const body = (await get(url)).body;
        for (const person of people) {
          for (const value of Object.values(person)) if (value) assert.ok(!body.includes(value), `${url} shows ${value}`);
        }
      }
    });

    test("a keyed POST is limited by its key's rate, not by the per-IP limit of public POSTs", async () => {
      const slow = await t.services.apiKeys.create(systemContext('test'), { name: 'Đối tác thử', ratePerMinute: '3' });
      for (let i = 0; i < 3; i++) assert.equal((await submit({ api_key: slow.key })).statusCode, 201);
      assertErrors(await submit({ api_key: slow.key }), 429, /khóa API/);
      clock.advance(60_000);
      assert.equal((await submit({ api_key: slow.key })).statusCode, 201, 'a new minute, a new allowance');

      // Without a key, the address's 30 public POSTs a minute run out; the keyed partner on the same address goes on.
      // The per-IP window began at this address's first POST without a key; 61 tries cross at most one reset.
      let refused = 0;
      for (let i = 0; i < 61 && refused === 0; i++) if ((await submit({ api_key: '' })).statusCode === 429) refused++;
      assert.equal(refused, 1, 'the per-IP limit applies to POSTs without a valid key');
      for (let i = 0; i < 35; i++) assert.equal((await submit()).statusCode, 201, `keyed POST ${i + 1}`);
    });

    test('titleOf: at most 200 characters, always the start of the description; a first line of 5 to 200 characters whole', () => {
      const lines = fc.array(fc.string({ maxLength: 250 }), { minLength: 1, maxLength: 4 }).map((l) => l.join('\n'));
      fc.assert(
        fc.property(lines, (text) => {
          const title = titleOf(text);
          const first = text.trim().split(/\r?\n/)[0]!.trim();
          assert.ok(title.length <= 200);
          assert.ok(text.trim().replace(/\s+/g, ' ').startsWith(title.replace(/…$/, '').replace(/\s+/g, ' ')), JSON.stringify({ text, title }));
          if (first.length >= 5 && first.length <= 200) assert.equal(title, first);
        }),
      );
      assert.equal(titleOf('Kính\nĐề nghị công khai danh sách trạm phát sóng.'), 'Kính Đề nghị công khai danh sách trạm phát sóng.');
    });
  });
}
