/**
 * Reading one folder of generated records for the content store: each file's
 * frontmatter checked against its collection's schema, which keeps the
 * record's listing (src/lib/records.ts). Runs on a worker thread of the
 * content loader (src/lib/generated-loader.ts); the tests call it directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitGenerated } from './archived-text.ts';
import { collectionSchemas, type CollectionName } from './records.ts';

export interface ReaderOptions {
  /** The folder, as an absolute path. */
  dir: string;
  /** The same folder relative to the project root, as entries name their files. */
  relative: string;
  /** Whose schema checks the records. */
  collection: CollectionName;
  /** Keep each body (a summary, to render as Markdown), or leave it out. */
  keepBody: boolean;
}

/**
 * One record as the store keeps it, before any rendering. No file path and
 * no digest: a record's page finds its file by its id (src/lib/records.ts),
 * and the loader empties the store before it fills it, so a digest would
 * tell nothing. At 10,000 events the two were 1.4 of the store's 10.9 MB,
 * which the build writes, bundles and reads back whole.
 */
interface GeneratedEntry {
  /** The file's name without `.md`. */
  id: string;
  /** The record's listing, as the collection's schema gives it. */
  data: Record<string, unknown>;
  /** The trimmed body, when kept. */
  body?: string;
}

/** What the reader sends for a collection: entries in file-name order, then once the problems. */
export type ReaderMessage = { collection: CollectionName } & (
  { entries: GeneratedEntry[] } | { done: true; problems: string[] }
);

/** Entries per message: few messages, and the first ones soon. */
const BATCH_SIZE = 200;

const FIX = 'run `npm run normalize` to write content/ again (it is generated: edit seeds/)';

/**
 * Reads every `<dir>/*.md` in file-name order and passes them to `send` in
 * batches, then every problem at once, one line each: `file: field: what — fix`.
 * A file with a problem gives no entry.
 */
export function readGeneratedFolder(
  { dir, relative, collection, keepBody }: ReaderOptions,
  send: (message: ReaderMessage) => void,
): void {
  const schema = collectionSchemas[collection];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const problems: string[] = [];
  let batch: GeneratedEntry[] = [];
  for (const name of names) {
    const file = `${relative}/${name}`;
    const text = readFileSync(path.join(dir, name), 'utf8');
    let split: ReturnType<typeof splitGenerated>;
    try {
      split = splitGenerated(text);
    } catch (error) {
      const [what = ''] = (error as Error).message.split('\n');
      problems.push(`${file}: unreadable frontmatter (${what.replace(/:$/, '')}) — ${FIX}`);
      continue;
    }
    const parsed = schema.safeParse(split.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || '(the record)';
        problems.push(`${file}: ${field}: ${issue.message} — ${FIX}`);
      }
      continue;
    }
    const entry: GeneratedEntry = { id: name.slice(0, -'.md'.length), data: parsed.data };
    if (keepBody) entry.body = split.body;
    batch.push(entry);
    if (batch.length === BATCH_SIZE) {
      send({ collection, entries: batch });
      batch = [];
    }
  }
  if (batch.length > 0) send({ collection, entries: batch });
  send({ collection, done: true, problems });
}
