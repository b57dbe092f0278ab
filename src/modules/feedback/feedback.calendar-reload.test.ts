import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemContext } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock.js';
import { DEADLINE_JOB } from './feedback.service.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

const system = systemContext('kiểm thử');

/** A clock a minute and a second further on at every reading: the working calendar (kept a minute) is stale at every use. */
function runawayClock(start: string): Clock {
  let now = Date.parse(start);
  return { now: () => new Date((now += 61_000)) };
}

for (const engine of engines()) {
  describe(`feedback deadlines while the working calendar is being re-read (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, { clock: runawayClock('2027-03-03T02:00:00Z') });
    });
    after(() => t.close());

    // On SQLite a transaction holds the one connection: re-reading the calendar inside one waited
    // for it forever, and every later request behind it (found under load in the benchmark).
    test('a submission and the steps that set a deadline finish, with their reminders queued', { timeout: 60_000 }, async () => {
      const fieldId = await t.services.feedback.addField(system, 'Hộ tịch');
      const submissions = await Promise.all(
        ['Cấp bản sao trích lục khai sinh chậm', 'Đăng ký kết hôn phải đi lại nhiều lần'].map((title) =>
          t.services.feedback.receive(system, {
            submitterKind: 'person',
            name: 'Lục Văn Bình',
            address: 'Xã Hoàng Đồng, Lạng Sơn',
            phone: '0912 111 222',
            title,
            content: `${title}: đề nghị cơ quan xem xét, hướng dẫn cụ thể và rút ngắn thời gian giải quyết.`,
            fieldId: String(fieldId),
            consent: '1',
          }, { channel: 'demo' }),
        ),
      );
      assert.equal(new Set(submissions.map((s) => s.code)).size, 2);
      const { id } = await t.services.db.selectFrom('feedback').select('id').where('code', '=', submissions[0]!.code).executeTakeFirstOrThrow();
      await t.services.feedback.accept(system, id);
      const reminders = await t.services.db.selectFrom('jobs').select('payload').where('kind', '=', DEADLINE_JOB).where('status', '=', 'queued').execute();
      assert.ok(reminders.filter((j) => String(j.payload).includes(`"feedbackId":${id}`)).length >= 2, 'the classification and the answer deadline are both watched');
    });

    test('the submitter adding information and asking to look again, and the officer resuming, each finish with a new deadline', { timeout: 60_000 }, async () => {
      const fieldId = await t.services.feedback.addField(system, 'Đất đai');
      const { code, secret } = await t.services.feedback.receive(system, {
        submitterKind: 'person',
        name: 'Nông Thị Hà',
        address: 'Phường Đông Kinh, Lạng Sơn',
        phone: '0913 222 333',
        title: 'Chậm trả kết quả chuyển mục đích sử dụng đất',
        content: 'Hồ sơ chuyển mục đích sử dụng đất nộp từ tháng trước đến nay chưa có kết quả, đề nghị cơ quan trả lời.',
        fieldId: String(fieldId),
        consent: '1',
      }, { channel: 'demo' });
      const { id } = await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const { units, handlers } = await t.services.feedback.choices(system);
      const feedback = t.services.feedback;
      await feedback.accept(system, id);
      await feedback.assign(system, id, { unitId: String(units[0]!.id), assigneeId: String(handlers[0]!.id) });
      await feedback.requestInfo(system, id, { question: 'Đề nghị cho biết số biên nhận hồ sơ.' });
      await feedback.addInfo(system, { code, secret, info: 'Số biên nhận 000.00.21.H33-270301-0001.' });
      await feedback.requestInfo(system, id, { question: 'Đề nghị cho biết ngày hẹn trả kết quả.' });
      await feedback.resume(system, id);
      await feedback.draft(system, id, { answer: 'Hồ sơ đã được giải quyết, mời ông bà đến nhận kết quả tại bộ phận một cửa.' });
      await feedback.approve(system, id);
      await feedback.answer(system, id);
      const view = await feedback.requestReopen(system, { code, secret, reason: 'Đến nhận nhưng bộ phận một cửa báo chưa có kết quả.' });
      assert.equal(view.case.status, 'handling');
      const kinds = view.events.map((e) => e.kind);
      for (const kind of ['infoAdded', 'reopened']) assert.ok(kinds.includes(kind), `the timeline shows ${kind}`);
      const reminders = await t.services.db.selectFrom('jobs').select('payload').where('kind', '=', DEADLINE_JOB).execute();
      const mine = reminders.filter((j) => String(j.payload).includes(`"feedbackId":${id}`) && String(j.payload).includes('"kind":"reminder"'));
      assert.equal(mine.length, 5, 'classification, acceptance, added information, resuming and reopening each set a watched deadline');
    });
  });
}
