import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { automaticCount, groupPercent, isOverdue, taskPercent } from './progress.js';
import { headline } from './tasks.service.js';

const counts = { articlesByTopic: { 'II.1': 5, 'II.4': 2, 'II.6': 3 }, documents: 4, answeredFeedback: 7 };

test('automatic evidence follows the documented rules', () => {
  assert.equal(automaticCount({ kind: 'topic', code: 'II.1' }, counts), 5 + 4, 'articles of II.1 and the documents issued');
  assert.equal(automaticCount({ kind: 'topic', code: 'II.4' }, counts), 2 + 7, 'articles of II.4 and the answered feedback');
  assert.equal(automaticCount({ kind: 'topic', code: 'II.6' }, counts), 3);
  assert.equal(automaticCount({ kind: 'topic', code: 'II.2' }, counts), 0);
  assert.equal(automaticCount({ kind: 'channel', code: 'III.1', channelKind: 'portal' }, counts), 10, 'the portal channel counts every topic’s articles');
  assert.equal(automaticCount({ kind: 'channel', code: 'III.5', channelKind: 'documents' }, counts), 4);
  assert.equal(automaticCount({ kind: 'channel', code: 'III.2', channelKind: 'conference' }, counts), 0);
  assert.equal(automaticCount(null, counts), 0);
});

test('progress is evidence against target, whole percent, never above 100', () => {
  assert.equal(taskPercent(18, 24, 'inProgress'), 75);
  assert.equal(taskPercent(1, 3, 'inProgress'), 33);
  assert.equal(taskPercent(30, 24, 'inProgress'), 100);
  assert.equal(taskPercent(0, null, 'done'), 100, 'without a target, done is all');
  assert.equal(taskPercent(5, null, 'inProgress'), 0);
  fc.assert(
    fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), (count, target) => {
      const p = taskPercent(count, target, 'inProgress');
      assert.ok(p >= 0 && p <= 100);
      assert.equal(p === 100, count >= target);
    }),
  );
  assert.equal(groupPercent([]), null);
  assert.equal(groupPercent([100, 0, 50]), 50);
});

test('a task is overdue once its last day has passed and it is not done; a recurrence lasts the plan’s year', () => {
  const deadline = { schedule: 'deadline', dueOn: '2023-06-30', status: 'inProgress' } as const;
  assert.equal(isOverdue(deadline, 2023, '2023-06-30'), false, 'the deadline day itself is still in time');
  assert.equal(isOverdue(deadline, 2023, '2023-07-01'), true);
  assert.equal(isOverdue({ ...deadline, status: 'done' }, 2023, '2023-07-01'), false);
  const monthly = { schedule: 'monthly', dueOn: null, status: 'inProgress' } as const;
  assert.equal(isOverdue(monthly, 2023, '2023-12-31'), false);
  assert.equal(isOverdue(monthly, 2023, '2024-01-01'), true);
});

test('a task is named after the first sentence or clause of the plan’s text', () => {
  assert.equal(headline('Tuyên truyền các văn bản quy định về cải cách hành chính. Tập trung tuyên truyền các nội dung chính'), 'Tuyên truyền các văn bản quy định về cải cách hành chính');
  assert.equal(headline('Việc công khai, minh bạch và giải quyết thủ tục hành chính.'), 'Việc công khai, minh bạch và giải quyết thủ tục hành chính');
  const long = `${'Phổ biến, quán triệt qua tổ chức hội nghị chuyên đề'}; ${'lồng ghép nội dung '.repeat(12)}`;
  assert.equal(headline(long), 'Phổ biến, quán triệt qua tổ chức hội nghị chuyên đề');
  const words = headline('từ '.repeat(100));
  assert.ok(words.length <= 160 && words.endsWith('…'));
});
