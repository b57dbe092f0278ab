import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  compareVi,
  compareVietnameseNames,
  foldVi,
  nfc,
  normalizeInput,
  slugify,
  sortVi,
} from './text.js';

const vietnameseLetters = [
  ...'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ',
];
const vietnameseChar = fc
  .constantFrom(...vietnameseLetters, ' ', '-', '.', '0', '7')
  .chain((c) => fc.constantFrom(c, c.toUpperCase(), c.normalize('NFD'), c.toUpperCase().normalize('NFD')));
/** Vietnamese text in any case and normalisation form, mixed with arbitrary Unicode. */
const anyText = fc.oneof(fc.string({ unit: vietnameseChar }), fc.string({ unit: 'binary' }));

test('foldVi folds Vietnamese to a lower-case key without marks', () => {
  assert.equal(foldVi('Điện tử'), 'dien tu');
  assert.equal(foldVi('NĐ-CP'), 'nd-cp');
  assert.equal(foldVi('Đà Nẵng đường Nghệ'), 'da nang duong nghe');
  assert.equal(foldVi('Đà Nẵng'.normalize('NFD')), 'da nang');
  assert.equal(foldVi('NGƯỜI'), 'nguoi');
});

test('foldVi is idempotent and leaves no combining mark or đ', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const folded = foldVi(s);
      assert.equal(foldVi(folded), folded);
      assert.doesNotMatch(folded, /\p{M}/u);
      assert.doesNotMatch(folded, /[đĐ]/);
    }),
  );
});

test('foldVi gives the same key for NFC and NFD input', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      assert.equal(foldVi(nfc(s)), foldVi(s.normalize('NFD')));
    }),
  );
});

test('nfc composes decomposed input', () => {
  assert.equal(nfc('Hà Nội'.normalize('NFD')), 'Hà Nội');
});

test('normalizeInput composes and trims strings deep inside plain objects and arrays', () => {
  const when = new Date(0);
  const input = {
    title: '  Cải cách  '.normalize('NFD'),
    tags: [' Đà Nẵng '.normalize('NFD'), 3, null],
    nested: { note: '\tGhi chú\n' },
    when,
  };
  const out = normalizeInput(input);
  assert.deepEqual(out, {
    title: 'Cải cách',
    tags: ['Đà Nẵng', 3, null],
    nested: { note: 'Ghi chú' },
    when,
  });
  assert.equal(out.when, when);
  assert.equal(input.nested.note, '\tGhi chú\n', 'input is not mutated');
});

test('normalizeInput keeps a "__proto__" key as data', () => {
  const body = JSON.parse('{"__proto__": {"admin": true}, "name": " An "}') as Record<string, unknown>;
  const out = normalizeInput(body);
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.equal(({} as Record<string, unknown>)['admin'], undefined);
  assert.deepEqual(Object.keys(out), ['__proto__', 'name']);
  assert.equal(out['name'], 'An');
});

test('slugify makes ASCII words joined by hyphens', () => {
  assert.equal(slugify('Cải cách hành chính năm 2023'), 'cai-cach-hanh-chinh-nam-2023');
  assert.equal(slugify('  Nghị định 30/2020/NĐ-CP!  '), 'nghi-dinh-30-2020-nd-cp');
  assert.equal(slugify('— ? —'), '');
});

test('slugify truncates at a word boundary', () => {
  assert.equal(slugify('Cải cách hành chính', 12), 'cai-cach');
  assert.equal(slugify('Cải cách hành chính', 3), 'cai');
  assert.equal(slugify('Thủtụchànhchính', 5), 'thutu');
});

test('slugify output is a well-formed slug, bounded and idempotent', () => {
  fc.assert(
    fc.property(anyText, fc.integer({ min: 1, max: 100 }), (s, max) => {
      const slug = slugify(s, max);
      assert.match(slug, /^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      assert.ok(slug.length <= max);
      assert.equal(slugify(slug, max), slug);
    }),
  );
});

/** Asserts that each string sorts strictly before the next one. */
function assertAscending(chain: string[]): void {
  for (let i = 1; i < chain.length; i++) {
    assert.ok(compareVi(chain[i - 1]!, chain[i]!) < 0, `${chain[i - 1]} < ${chain[i]}`);
  }
  assert.deepEqual(sortVi([...chain].reverse()), chain);
}

test('compareVi follows Vietnamese letter and tone order', () => {
  assertAscending(['ha', 'hà', 'hả', 'hã', 'há', 'hạ']);
  assertAscending(['An', 'Ăn', 'Âu']);
  assertAscending(['Dak', 'Đà Lạt', 'Đắk Lắk']);
  assertAscending(['U', 'Ư']);
  assert.deepEqual(sortVi(['Ư', 'Z', 'U']), ['U', 'Ư', 'Z']);
});

test('sortVi sorts objects by a key and returns a copy', () => {
  const items = [{ name: 'Đồng Nai' }, { name: 'Cần Thơ' }, { name: 'Dak Nông' }];
  const sorted = sortVi(items, (p) => p.name);
  assert.deepEqual(
    sorted.map((p) => p.name),
    ['Cần Thơ', 'Dak Nông', 'Đồng Nai'],
  );
  assert.equal(items[0]!.name, 'Đồng Nai');
});

test('compareVietnameseNames orders by given, middle, then family name', () => {
  const names = ['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Lê Thị An', 'Đỗ Ánh', 'An'];
  assert.deepEqual([...names].sort(compareVietnameseNames), [
    'An',
    'Lê Thị An',
    'Trần Thị An',
    'Lê Văn An',
    'Đỗ Ánh',
    'Nguyễn Văn Bình',
  ]);
});

test('request bodies parsed by Fastify (objects on a null-prototype prototype) are normalized too', () => {
  // The shape fast-querystring gives every form body.
  function Empty(this: Record<string, string>) {}
  Empty.prototype = Object.create(null);
  const body = new (Empty as unknown as new () => Record<string, string>)();
  body.name = '  Nguyễn Văn Đức  '.normalize('NFD');
  assert.deepEqual({ ...normalizeInput(body) }, { name: 'Nguyễn Văn Đức' });
});
