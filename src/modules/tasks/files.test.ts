import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ValidationError } from '../../platform/http/errors.js';
import { createLocalStorage } from '../../platform/storage/storage.js';
import { MAX_UPLOAD_BYTES } from '../../platform/storage/uploads.js';
import { removingOnFailure, storeFile } from './files.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-evidence-'));
after(() => rmSync(root, { recursive: true, force: true }));
const storage = createLocalStorage(root);

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const store = (data: Buffer, fileName: string, tooLarge = false) => storeFile(storage, { data, fileName, tooLarge }, 'file', 'tasks/1');

/** The message a refused file shows beside its field. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ValidationError);
  return error.fields.file ?? '';
}

test('an evidence file is stored under a key we make, named with the extension its bytes show', async () => {
  const stored = await store(PNG, '../../ảnh chào cờ.jpg');
  assert.match(stored.storageKey, /^tasks\/1\/[0-9a-f]{16}\.png$/);
  assert.equal(stored.fileName, 'ảnh chào cờ.png');
  assert.equal(stored.mime, 'image/png');
  assert.equal(await storage.exists(stored.storageKey), true);
});

test('a file of another type, an empty one and an oversized one are refused beside the field', async () => {
  assert.match(await refusal(store(Buffer.from('MZ không phải ảnh'), 'anh.jpg')), /JPEG, PNG, WebP hoặc tệp PDF, DOCX, XLSX/);
  assert.match(await refusal(store(Buffer.alloc(0), 'rong.png')), /Tệp rỗng/);
  assert.match(await refusal(store(PNG, 'lon.png', true)), /Tệp quá lớn; giới hạn là 10 MB/);
  assert.match(await refusal(store(Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES)]), 'lon.png')), /Tệp quá lớn/);
});

test('a stored file is removed when the change that records it fails', async () => {
  const stored = await store(PNG, 'bien-ban.png');
  await assert.rejects(
    removingOnFailure(storage, stored, async () => {
      throw new Error('giao dịch thất bại');
    }),
    /giao dịch thất bại/,
  );
  assert.equal(await storage.exists(stored.storageKey), false);
});
