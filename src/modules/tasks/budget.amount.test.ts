import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatDong, formatNumberVi } from '../../shared/money.js';
import { parseDong } from './budget.amount.js';

test('amounts typed the Vietnamese way are read as whole đồng', () => {
  assert.equal(parseDong('15.000.000'), 15_000_000);
  assert.equal(parseDong('15 000 000 đ'), 15_000_000);
  assert.equal(parseDong('2500000 đồng'), 2_500_000);
  assert.equal(parseDong(' 750.000VNĐ '), 750_000);
});

test('what is not a whole amount of đồng is refused, never guessed', () => {
  for (const text of ['1,5 triệu', '1.5', '15.00.000', '1.2345', '-5.000', 'mười nghìn', '', 'đ', '12.000,50', '99999999999999999999']) {
    assert.equal(parseDong(text), null, text);
  }
});

test('every amount the pages show reads back as itself', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
      assert.equal(parseDong(formatDong(n)), n);
      assert.equal(parseDong(formatNumberVi(n)), n);
      assert.equal(parseDong(String(n)), n);
    }),
  );
});
