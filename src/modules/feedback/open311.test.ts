import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_FEEDBACK } from '../../demo/feedback.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`Open311 GeoReport v2, read side (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, { demo: 'full' });
    });
    after(() => t.close());
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    test('discovery in both formats', async () => {
      const json = await get('/open311/v2/discovery.json');
      assert.equal(json.statusCode, 200);
      assert.match(json.headers['content-type'] as string, /application\/json; charset=utf-8/);
      const body = json.json();
      assert.equal(body.endpoints[0].url, 'http://cchc.test/open311/v2');
      assert.deepEqual(body.endpoints[0].formats, ['application/json', 'text/xml']);
      for (const key of ['changeset', 'contact', 'key_service']) assert.ok(body[key], key);
      const xml = await get('/open311/v2/discovery.xml');
      assert.match(xml.headers['content-type'] as string, /text\/xml; charset=utf-8/);
      assert.match(xml.body, /^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery><changeset>/);
      assert.match(xml.body, /<endpoints><endpoint><specification>http:\/\/wiki.open311.org\/GeoReport_v2<\/specification>/);
      assert.match(xml.body, /<formats><format>application\/json<\/format><format>text\/xml<\/format><\/formats>/);
    });

    test('one service per feedback field', async () => {
      const services = (await get('/open311/v2/services.json')).json();
      assert.ok(services.length >= 5);
      assert.deepEqual(Object.keys(services[0]).sort(), ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      assert.equal(services[0].service_name, 'Bưu chính');
      const xml = (await get('/open311/v2/services.xml')).body;
      assert.match(xml, /<services><service><service_code>buu-chinh<\/service_code><service_name>Bưu chính<\/service_name>/);
      assert.equal((await get('/open311/v2/services/khong-co.json')).statusCode, 404);
      assert.deepEqual((await get('/open311/v2/services/khong-co.json')).json(), [{ code: 404, description: 'service_code không tồn tại' }]);
    });

    test('GET requests: the last 90 days, filters, open or closed, the deadline, and no personal data', async () => {
      const response = await get('/open311/v2/requests.json');
      assert.equal(response.statusCode, 200);
      const all = response.json() as Record<string, string>[];
      assert.equal(all.length, DEMO_FEEDBACK.length);
      const published = all.find((r) => r.service_request_id.endsWith('000001'))!;
      assert.equal(published.status, 'closed');
      assert.equal(published.status_notes, 'Đã công khai');
      assert.match(published.description, /thanh toán lệ phí/);
      assert.match(published.requested_datetime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      const received = all.find((r) => r.status_notes === 'Đã tiếp nhận')!;
      assert.equal(received.status, 'open');
      assert.equal(received.description, '', 'an unpublished item shows no description');
      assert.match(received.expected_datetime, /T17:00:00\+07:00$/);
      const forwarded = all.find((r) => r.status_notes === 'Đã chuyển cơ quan có thẩm quyền')!;
      assert.equal(forwarded.agency_responsible, 'Sở Xây dựng tỉnh Lạng Sơn');
      for (const item of DEMO_FEEDBACK) {
        assert.ok(!response.body.includes(item.person.name), item.person.name);
        assert.ok(!response.body.includes(item.person.phone), item.person.phone);
        if (item.person.email) assert.ok(!response.body.includes(item.person.email));
      }
      const open = (await get('/open311/v2/requests.json?status=open')).json() as Record<string, string>[];
      assert.ok(open.length > 0 && open.every((r) => r.status === 'open'));
      const byService = (await get('/open311/v2/requests.json?service_code=buu-chinh')).json() as Record<string, string>[];
      assert.ok(byService.length > 0 && byService.every((r) => r.service_code === 'buu-chinh'));
      const byId = (await get(`/open311/v2/requests.json?service_request_id=${published.service_request_id},${received.service_request_id}&status=open`)).json();
      assert.equal(byId.length, 2, 'service_request_id overrides the other filters');
      const old = (await get('/open311/v2/requests.json?start_date=2020-01-01&end_date=2020-02-01')).json();
      assert.deepEqual(old, []);
      const tooWide = await get('/open311/v2/requests.json?start_date=2020-01-01&end_date=2020-12-31');
      assert.equal(tooWide.statusCode, 400);
      assert.equal((await get('/open311/v2/requests.json?status=dang-xu-ly')).statusCode, 400);
      const xml = (await get('/open311/v2/requests.xml')).body;
      assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>PA-/);
    });

    test('GET requests/{id} in both formats, 404 in the specification format', async () => {
      const [first] = (await get('/open311/v2/requests.json')).json() as Record<string, string>[];
      const one = await get(`/open311/v2/requests/${first!.service_request_id}.json`);
      assert.equal(one.statusCode, 200);
      assert.equal(one.json()[0].service_request_id, first!.service_request_id);
      const xml = await get(`/open311/v2/requests/${first!.service_request_id}.xml`);
      assert.match(xml.body, new RegExp(`<service_requests><request><service_request_id>${first!.service_request_id}</service_request_id>`));
      const missing = await get('/open311/v2/requests/PA-1999-000001.xml');
      assert.equal(missing.statusCode, 404);
      assert.match(missing.body, /<errors><error><code>404<\/code><description>service_request_id không tồn tại<\/description><\/error><\/errors>/);
    });
  });
}
