/** File access for normalize: reading the seeds, swapping in `content/` atomically. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A seed file as read: `text` is `null` when the file does not exist. */
interface SeedFile {
  /** Project-relative path, for messages. */
  file: string;
  text: string | null;
}

export interface SeedFiles {
  /** Article files, by name; `null` when the articles folder does not exist. */
  articles: { id: string; file: string; text: string }[] | null;
  /** Names of the files in seeds/raw/; `null` when the folder does not exist. */
  raw: string[] | null;
  ledger: SeedFile;
  lanes: SeedFile;
}

const LEDGER_FILE = 'seeds/events.yaml';
const LANES_FILE = 'seeds/lanes.yaml';
export const ARTICLES_DIR = 'seeds/articles';
export const RAW_DIR = 'seeds/raw';
const CONTENT_DIR = 'content';

async function readOptional(root: string, file: string): Promise<SeedFile> {
  const full = path.join(root, file);
  return { file, text: existsSync(full) ? await readFile(full, 'utf8') : null };
}

/** Reads every seed file under `root`; what is missing reads as `null`. */
export async function readSeeds(root: string): Promise<SeedFiles> {
  const articlesDir = path.join(root, ARTICLES_DIR);
  const articles = existsSync(articlesDir)
    ? await Promise.all(
        (await readdir(articlesDir))
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map(async (name) => ({
            id: name.slice(0, -'.md'.length),
            file: `${ARTICLES_DIR}/${name}`,
            text: await readFile(path.join(articlesDir, name), 'utf8'),
          })),
      )
    : null;
  const rawDir = path.join(root, RAW_DIR);
  const raw = existsSync(rawDir) ? (await readdir(rawDir)).sort() : null;
  return {
    articles,
    raw,
    ledger: await readOptional(root, LEDGER_FILE),
    lanes: await readOptional(root, LANES_FILE),
  };
}

/** Reads every file `content/` holds now (in subfolders too), keyed like `renderContent`'s output. */
export async function readContent(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const base = path.join(root, CONTENT_DIR);
  if (!existsSync(base)) return files;
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(base, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
  for (const name of names) files.set(name, await readFile(path.join(base, name), 'utf8'));
  return files;
}

/**
 * Replaces `content/` with exactly `files`. Everything is written to a
 * temporary folder beside it first and swapped in by rename, so a crash
 * mid-write never leaves a half-written `content/`.
 */
export async function writeContent(
  root: string,
  files: ReadonlyMap<string, string>,
): Promise<void> {
  const target = path.join(root, CONTENT_DIR);
  const staging = path.join(root, `.content-new-${String(process.pid)}`);
  const retired = path.join(root, `.content-old-${String(process.pid)}`);
  await rm(staging, { recursive: true, force: true });
  const entries = [...files].map(([name, text]) => ({ file: path.join(staging, name), text }));
  for (const folder of new Set(entries.map(({ file }) => path.dirname(file)))) {
    await mkdir(folder, { recursive: true });
  }
  // Many writes in flight keep the file system busy; a bounded number keeps
  // open files well under the process's limit.
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let entry = entries[next++]; entry !== undefined; entry = entries[next++]) {
      await writeFile(entry.file, entry.text, 'utf8');
    }
  };
  await Promise.all(Array.from({ length: 32 }, writer));
  const hadContent = existsSync(target);
  if (hadContent) await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadContent) await rename(retired, target);
    throw error;
  }
  if (hadContent) await rm(retired, { recursive: true, force: true });
}
