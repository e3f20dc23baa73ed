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
 * At 10,000 events these copies were most of the store. Entries go in
 * file-name order, the same on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { contentReady } from '../shared/content-ready.ts';
import { splitGenerated } from './archived-text.ts';

interface Options {
  /** Keep the body and its HTML, rendered as Markdown (event summaries), or leave it. */
  body: 'render' | 'leave';
}

/**
 * `loader`, reading only once content/ is ready: under `npm run build`,
 * once normalize has written it (src/shared/content-ready.ts).
 */
export function afterNormalize(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await contentReady();
      await loader.load(context);
    },
  };
}

/**
 * A copy of `value` that shares no string with the file's text. The
 * frontmatter's values and the body are slices of that text, and V8 keeps a
 * slice's whole parent alive: the store, which lives as long as the build,
 * held every file's text (71 MB at 10,000 events).
 */
function detached<T>(value: T): T {
  return structuredClone(value);
}

/** Loads `<folder>/*.md` (relative to the project root), validated by the collection's schema. */
export function generatedEntries(folder: string, { body }: Options): Loader {
  const relative = folder.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    name: 'generated-entries',
    load: async (context) => {
      const { config, store } = context;
      const dir = new URL(`${relative}/`, config.root);
      // Read one after another: 15,000 small files from the page cache come
      // faster so than through the thread pool's round trips.
      const names = readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort();
      store.clear();
      for (const name of names) {
        const text = readFileSync(new URL(name, dir), 'utf8');
        const id = name.slice(0, -'.md'.length);
        const filePath = `${relative}/${name}`;
        const parts = splitGenerated(text);
        const data = detached(await context.parseData({ id, data: parts.data, filePath }));
        const digest = context.generateDigest(text);
        if (body === 'render') {
          const { html } = await context.renderMarkdown(parts.body);
          store.set({ id, data, body: detached(parts.body), filePath, digest, rendered: { html } });
        } else {
          store.set({ id, data, filePath, digest });
        }
      }
    },
  };
}
