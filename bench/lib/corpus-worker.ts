/**
 * Worker thread of the corpus build: generates articles and their search keys (the CPU-heavy,
 * SQLite-free half of the work) while the main thread writes the previous batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { searchKey } from '../../src/platform/search/search.js';
import { seededRandom } from '../../src/shared/random.js';
import { article, vocabulary } from './corpus-text.js';
import { entryAt, type CorpusRow } from './corpus-rows.js';

const { count, seed } = workerData as { count: number; seed: number };
const vocab = vocabulary();
const random = seededRandom(seed);

parentPort!.on('message', ({ from, to }: { from: number; to: number }) => {
  const rows: CorpusRow[] = [];
  for (let i = from; i < to; i++) {
    const entry = entryAt(i, count, random, article(vocab, random));
    rows.push({ entry, titleKey: searchKey(entry.title), bodyKey: searchKey(entry.body) });
  }
  // Publication order within a batch (ISO instants sort as text): the index is keyed by
  // publication time, and FTS5 writes a segment each time a key steps back within a transaction.
  rows.sort((a, b) => (a.entry.publishedAt < b.entry.publishedAt ? -1 : a.entry.publishedAt > b.entry.publishedAt ? 1 : 0));
  parentPort!.postMessage(rows);
});
