/**
 * A content loader for the files `npm run normalize` writes: one `<id>.md`
 * per record, frontmatter then body. It keeps the content store (which the
 * build loads into memory whole, for every page) to what the pages read:
 *
 * - an event's summary is kept rendered, from its body alone, so the
 *   rendered copy does not carry the whole frontmatter a second time
 *   (Astro's glob loader stores it again as `metadata.frontmatter`);
 * - an archived article is neither rendered (it is shown through its quote
 *   marks, src/lib/quote-marks.ts, never as Markdown) nor kept;
 * - the collection's schema keeps a record's listing (src/lib/records.ts):
 *   a record's own page reads the whole record, and its text, from the file.
 *
 * At 10,000 events these copies were most of the store. Entries go in
 * file-name order, the same on every machine.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { splitGenerated } from './archived-text.ts';

interface Options {
  /** Keep the body and render it as Markdown (event summaries). */
  body: 'render' | 'leave';
}

/** Loads `<folder>/*.md` (relative to the project root), validated by the collection's schema. */
export function generatedEntries(folder: string, { body }: Options): Loader {
  const relative = folder.replace(/^\.\//, '').replace(/\/$/, '');
  return {
    name: 'generated-entries',
    load: async (context) => {
      const { config, store } = context;
      const dir = new URL(`${relative}/`, config.root);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      const texts = await Promise.all(names.map((name) => readFile(new URL(name, dir), 'utf8')));
      store.clear();
      for (const [index, name] of names.entries()) {
        const text = texts[index] ?? '';
        const id = name.slice(0, -'.md'.length);
        const filePath = `${relative}/${name}`;
        const parts = splitGenerated(text);
        const data = await context.parseData({ id, data: parts.data, filePath });
        const digest = context.generateDigest(text);
        if (body === 'render') {
          const rendered = await context.renderMarkdown(parts.body);
          store.set({ id, data, body: parts.body, filePath, digest, rendered });
        } else {
          store.set({ id, data, filePath, digest });
        }
      }
    },
  };
}
