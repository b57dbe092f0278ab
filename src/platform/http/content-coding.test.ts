import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { preferredCoding } from './content-coding.js';

test('what browsers and tools send gets the coding a reader would expect', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['*;q=0.3, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['deflate, compress', 'identity'],
    ['GZIP ; Q=0.8', 'gzip'],
  ];
  for (const [header, expected] of cases) assert.equal(preferredCoding(header), expected, `Accept-Encoding: ${header}`);
});

const NAMES = ['br', 'gzip', 'deflate', 'identity', 'zstd', '*'] as const;
const entry = fc.record({
  name: fc.constantFrom(...NAMES),
  q: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toFixed(3))),
});
const list = fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: NAMES.length });
const render = (entries: { name: string; q: string | null }[]) => entries.map((e) => (e.q === null ? e.name : `${e.name};q=${e.q}`)).join(', ');
const weightOf = (entries: { name: string; q: string | null }[], coding: string) => {
  const e = entries.find((x) => x.name === coding) ?? entries.find((x) => x.name === '*');
  return e === undefined ? 0 : e.q === null ? 1 : Number(e.q);
};

test('the order of the list and the case of the names do not change the answer', () => {
  fc.assert(
    fc.property(list, fc.array(fc.nat()), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (entries, order, upper) => {
      const shuffled = [...entries].sort((a, b) => (order[NAMES.indexOf(a.name)] ?? 0) - (order[NAMES.indexOf(b.name)] ?? 0));
      const recased = render(shuffled).replace(/[a-z]/g, (c, i: number) => (upper[i % upper.length] ? c.toUpperCase() : c));
      assert.equal(preferredCoding(recased), preferredCoding(render(entries)));
    }),
  );
});

test('a coding is sent only when accepted, and never one the client weighs lower than the other', () => {
  fc.assert(
    fc.property(list, (entries) => {
      const chosen = preferredCoding(render(entries));
      const br = weightOf(entries, 'br');
      const gzip = weightOf(entries, 'gzip');
      if (chosen === 'identity') assert.ok(br === 0 && gzip === 0);
      else {
        const [mine, other] = chosen === 'br' ? [br, gzip] : [gzip, br];
        assert.ok(mine > 0, `${chosen} was refused in ${render(entries)}`);
        assert.ok(mine >= other, `${chosen} weighs less in ${render(entries)}`);
      }
    }),
  );
});
