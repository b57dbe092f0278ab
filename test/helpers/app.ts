import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The whole application over a fresh database of the given engine, demo data loaded unless told otherwise. */
export async function testApp(engine: Engine, options: { demo?: boolean; clock?: Clock } = {}): Promise<TestApp> {
  const database = await freshDatabase(engine);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    STORAGE_DIR: join(dir, 'files'),
    MAIL_DIR: join(dir, 'mail'),
    DEMO: options.demo === false ? '0' : '1',
    WORKER: '0',
    BASE_URL: 'http://cchc.test',
  });
  const built = await buildApp(config, { database, clock: options.clock });
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
      return files.map((file) => {
        const raw = readFileSync(join(dir, 'mail', file), 'utf8');
        const header = (name: string) => raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1] ?? '';
        const body = raw.split(/\n\n/).slice(1).join('\n\n');
        const text = /quoted-printable/i.test(raw)
          ? Buffer.from(body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
          : /base64/i.test(header('Content-Transfer-Encoding'))
            ? Buffer.from(body, 'base64').toString('utf8')
            : body;
        return { to: header('To'), subject: header('Subject'), text };
      });
    },
    async close() {
      await built.app.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
