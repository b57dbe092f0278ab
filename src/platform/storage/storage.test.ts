import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { after, test } from 'node:test';
import { createLocalStorage } from './storage.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-storage-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('a stored file can be read back, checked and removed', async () => {
  const storage = createLocalStorage(root);
  await storage.put('2026/11/bien-ban.txt', Buffer.from('Biên bản hội nghị chuyên đề'));
  assert.equal(await storage.exists('2026/11/bien-ban.txt'), true);
  assert.equal(await text(await storage.read('2026/11/bien-ban.txt')), 'Biên bản hội nghị chuyên đề');
  await storage.remove('2026/11/bien-ban.txt');
  assert.equal(await storage.exists('2026/11/bien-ban.txt'), false);
  await storage.remove('2026/11/bien-ban.txt');
});

test('no key reaches outside the storage folder', async () => {
  const storage = createLocalStorage(join(root, 'inner'));
  for (const key of ['../escape.txt', '../../etc/passwd', 'a/../../b']) {
    await assert.rejects(storage.put(key, Buffer.from('x')), /Khóa lưu trữ không hợp lệ/, key);
  }
  assert.equal(await storage.exists('../inner-sibling'), false);
});
