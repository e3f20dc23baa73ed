/**
 * Reading one folder of generated records for the content store: each file's
 * frontmatter checked against its collection's schema, whose listing the
 * store keeps (src/lib/records.ts), and the whole checked record packed for
 * its own page (src/lib/record-pack.ts). Runs on a worker thread of the
 * content loader (src/lib/generated-loader.ts); the tests call it directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { splitGenerated } from './archived-text.ts';
import { RecordPackWriter } from './record-pack.ts';
import { checkRecord, type CollectionName } from './records.ts';

export interface ReaderOptions {
  /** The folder, as an absolute path. */
  dir: string;
  /** The same folder relative to the project root, as entries name their files. */
  relative: string;
  /** Whose schema checks the records. */
  collection: CollectionName;
  /** Keep each body (a summary, to render as Markdown), or leave it out. */
  keepBody: boolean;
  /** The record pack to write (an absolute path): in place once every record is checked. */
  pack: string;
}

/**
 * One record as the store keeps it, before any rendering. No file path and
 * no digest: a record's page finds its record by its id in the record pack
 * (src/lib/records.ts), and the loader empties the store before it fills
 * it, so a digest would tell nothing. At 10,000 events the two were 1.4 of the store's 10.9 MB,
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
  { dir, relative, collection, keepBody, pack }: ReaderOptions,
  send: (message: ReaderMessage) => void,
): void {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const problems: string[] = [];
  const packed = new RecordPackWriter(pack);
  let batch: GeneratedEntry[] = [];
  try {
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
      const checked = checkRecord(collection, split.data);
      if ('issues' in checked) {
        for (const issue of checked.issues) {
          const field = issue.path.join('.') || '(the record)';
          problems.push(`${file}: ${field}: ${issue.message} — ${FIX}`);
        }
        continue;
      }
      const id = name.slice(0, -'.md'.length);
      packed.add(id, { data: checked.record, body: split.body });
      const entry: GeneratedEntry = { id, data: checked.listing };
      if (keepBody) entry.body = split.body;
      batch.push(entry);
      if (batch.length === BATCH_SIZE) {
        send({ collection, entries: batch });
        batch = [];
      }
    }
  } catch (error) {
    packed.discard();
    throw error;
  }
  if (batch.length > 0) send({ collection, entries: batch });
  // A failed load fails the build: the pack in place, if any, stays as it was.
  if (problems.length > 0) packed.discard();
  else packed.finish();
  send({ collection, done: true, problems });
}
