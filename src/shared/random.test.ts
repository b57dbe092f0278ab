import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { seededRandom, seededRandomFor } from './random.js';

const PINNED = ['0.433857083786', '0.436757439980'];

test('a seed always gives the same numbers, in [0, 1): the demo data and benchmark corpora depend on it', () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const a = seededRandom(seed);
      const b = seededRandom(seed);
      for (let i = 0; i < 20; i++) {
        const x = a();
        assert.equal(b(), x);
        assert.ok(x >= 0 && x < 1);
      }
    }),
  );
  // Pinned: a change here would silently change every demo cover and invalidate the cached corpora.
  const first = seededRandom(20230101);
  assert.deepEqual([first(), first()].map((x) => x.toFixed(12)), PINNED);
});

test('a text key seeds its own stream', () => {
  assert.equal(seededRandomFor('bìa|1|Tin')(), seededRandomFor('bìa|1|Tin')());
  assert.notEqual(seededRandomFor('bìa|1|Tin')(), seededRandomFor('bìa|2|Tin')());
});
