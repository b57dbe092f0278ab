import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { PageCache } from './page-cache.js';

const CHANNEL = 'cchc_public_change';
const RETRY_MS = 2000;

export type PageCacheSync = ReturnType<typeof createPageCacheSync>;

/**
 * Keeps the page caches of several server processes in step (issue 7): a committed change drops
 * this process's pages and tells the others, through the database, to drop theirs. Each process
 * names itself in its messages so that it does not drop, on its own echo, pages it has just
 * rendered again. While the listening connection is down messages can be missed: the pages are
 * dropped when it is lost and again once it is back, so a page is stale at most for the outage.
 */
export function createPageCacheSync(database: Database, pageCache: PageCache) {
  const origin = randomUUID();
  let report = (message: string, error: unknown) => console.error(message, error);
  let subscription: { close(): Promise<void> } | null = null;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;

  const resubscribeLater = () => {
    if (!stopped) retry = setTimeout(subscribe, RETRY_MS);
  };

  async function subscribe() {
    try {
      subscription = await database.listen(
        CHANNEL,
        (sender) => {
          if (sender !== origin) pageCache.invalidate();
        },
        (error) => {
          subscription = null;
          pageCache.invalidate();
          report('mất kết nối nhận thông báo thay đổi trang công khai; đang kết nối lại', error);
          resubscribeLater();
        },
      );
      pageCache.invalidate();
    } catch (error) {
      report('không nhận được thông báo thay đổi trang công khai; sẽ thử lại', error);
      resubscribeLater();
    }
  }

  return {
    /** Called after a change the public can see has been committed. */
    changed() {
      pageCache.invalidate();
      database.notify(CHANNEL, origin).catch((error) => report('không báo được thay đổi trang công khai cho các tiến trình khác', error));
    },

    async start(log: (message: string, error: unknown) => void) {
      report = log;
      stopped = false;
      await subscribe();
    },

    async stop() {
      stopped = true;
      clearTimeout(retry);
      await subscription?.close();
      subscription = null;
    },
  };
}
