import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/platform/clock.js';
import type { Engine } from '../../src/platform/db/database.js';
import { freshDatabase } from './database.js';

export type TestApp = App & {
  engine: Engine;
  /** The .eml files written so far, decoded enough to read subject, recipient and links. */
  mails(): { to: string; subject: string; text: string }[];
  close(): Promise<void>;
};

/** The whole application over a fresh database of the given engine, with the demo accounts (or the full demo, or nothing). */
export async function testApp(
  engine: Engine,
  options: { demo?: 'full' | 'accounts' | false; clock?: Clock; routes?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const database = await freshDatabase(engine);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    STORAGE_DIR: join(dir, 'files'),
    MAIL_DIR: join(dir, 'mail'),
    DEMO: options.demo === false ? '0' : (options.demo ?? 'accounts') === 'full' ? '1' : 'accounts',
    WORKER: '0',
    BASE_URL: 'http://cchc.test',
  });
  const built = await buildApp(config, { database, clock: options.clock });
  options.routes?.(built.app);
  await built.app.ready();
  return {
    ...built,
    engine,
    mails() {
      let files: string[] = [];
      try {
        files = readdirSync(join(dir, 'mail')).sort();
      } catch {
        return [];
      }
      return files.map((file) => readMail(readFileSync(join(dir, 'mail', file), 'utf8')));
    },
    async close() {
      await built.app.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** RFC 2047 encoded words ("=?UTF-8?Q?…?=" / "=?UTF-8?B?…?=") back to text. */
const decodeWords = (value: string) =>
  value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuoted(text.replace(/_/g, ' ')),
  );

const decodeQuoted = (text: string) =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** Just enough of a MIME reader for the single-part messages nodemailer writes for us. */
export function readMail(raw: string) {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => unfolded.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1] ?? '';
  const body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'quoted-printable' ? decodeQuoted(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  return { to: header('To'), subject: decodeWords(header('Subject')), text };
}
