import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createMailer } from './mailer.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-mail-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('without SMTP, each message is written as a real .eml file any mail client opens', async () => {
  const mailer = createMailer({ smtpUrl: null, mailDir: dir, from: 'CCHC <no-reply@cchc.local>' });
  await mailer.send({ to: 'nguoinhan@demo.cchc.vn', subject: 'Thông báo kế hoạch', text: 'Kính gửi các phòng, đơn vị thuộc Sở.' });
  await mailer.send({ to: 'khac@demo.cchc.vn', subject: 'Thư thứ hai', text: 'Nội dung' });
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  assert.equal(files.length, 2);
  const raw = readFileSync(join(dir, files.sort()[0]!), 'utf8');
  assert.match(raw, /^To: nguoinhan@demo\.cchc\.vn$/m);
  assert.match(raw, /^From: CCHC <no-reply@cchc\.local>$/m);
  assert.match(raw, /^Subject: =\?UTF-8\?/m);
  assert.match(raw, /^Content-Type: text\/plain; charset=utf-8$/m);
  assert.match(mailer.describe(), /\.eml/);
});
