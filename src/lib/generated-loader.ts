/**
 * A content loader for the files `npm run normalize` writes: one `<id>.md`
 * per record, frontmatter then body. It keeps the content store (which the
 * build loads into memory whole, for every page) to what the pages read:
 *
 * - an event's summary is kept as Markdown (the timeline's data gives its
 *   plain text) and rendered, as HTML only: not the rendering's metadata
 *   (Astro's glob loader stores the whole frontmatter again in it);
 * - an archived article is neither rendered (it is shown through its quote
 *   marks, src/lib/quote-marks.ts, never as Markdown) nor kept;
 * - the collection's schema keeps a record's listing (src/lib/records.ts):
 *   a record's own page reads the whole record, and its text, from the file.
 *
 * At 10,000 events these copies were most of the store. The files are read
 * and checked on a thread of their own (src/lib/generated-entries.ts), started
 * before content/ is ready; it sends the entries in batches while this thread
 * renders the summaries and stores the entries. At 10,000 events the two
 * halves take about as long each, and the content sync took 2.0-2.9 s
 * against 3.5-5.8 s on this thread alone. Entries go in file-name order, the
 * same on every machine.
 */
import { on } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Loader } from 'astro/loaders';
import { contentReady } from '../shared/content-ready.ts';
import type { ReaderMessage, ReaderOptions } from './generated-entries.ts';
import { recordPackFile } from './record-pack.ts';
import type { CollectionName } from './records.ts';

interface Options {
  /** Whose schema checks the records: the collection's own. */
  collection: CollectionName;
  /** Keep the body and its HTML, rendered as Markdown (event summaries), or leave it. */
  body: 'render' | 'leave';
}

/**
 * The reader thread, one for the collections loading together: started by
 * the first loader, ended when the last is done. A thread's memory stays
 * with the process after it ends (at 10,000 events about 80 MB each).
 */
const reader = {
  worker: undefined as Worker | undefined,
  users: 0,
  acquire(): Worker {
    this.users += 1;
    // It has loaded its modules by the time content/ is ready.
    this.worker ??= new Worker(new URL('./generated-entries-worker.ts', import.meta.url), {
      // It keeps one batch at a time: a small young generation is enough.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    return this.worker;
  },
  async release(): Promise<void> {
    this.users -= 1;
    const { worker } = this;
    if (this.users > 0 || worker === undefined) return;
    this.worker = undefined;
    await worker.terminate();
  },
};

/**
 * Loads `<folder>/*.md` (relative to the project root), each record checked
 * by the collection's schema, once content/ is ready: under `npm run build`,
 * once normalize has written it (src/shared/content-ready.ts).
 */
export function generatedEntries(folder: string, { collection, body }: Options): Loader {
  const relative = folder.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    name: 'generated-entries',
    load: async (context) => {
      const { config, store } = context;
      const request: ReaderOptions = {
        dir: fileURLToPath(new URL(`${relative}/`, config.root)),
        relative,
        collection,
        keepBody: body === 'render',
        pack: recordPackFile(fileURLToPath(config.root), collection),
      };
      const worker = reader.acquire();
      try {
        await contentReady();
        store.clear();
        worker.postMessage(request);
        let problems: string[] | undefined;
        for await (const [message] of on(worker, 'message', { close: ['exit'] })) {
          const received = message as ReaderMessage;
          if (received.collection !== collection) continue;
          if ('done' in received) {
            problems = received.problems;
            break;
          }
          for (const { body: markdown, ...entry } of received.entries) {
            if (markdown === undefined) {
              store.set(entry);
            } else {
              const { html } = await context.renderMarkdown(markdown);
              store.set({ ...entry, body: markdown, rendered: { html } });
            }
          }
        }
        if (problems === undefined) throw new Error(`${relative}: the reader thread stopped early`);
        if (problems.length > 0) {
          throw new Error(`content/ does not hold the contract:\n${problems.join('\n')}`);
        }
      } finally {
        await reader.release();
      }
    },
  };
}
