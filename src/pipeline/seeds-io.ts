/** File access for normalize: reading the seeds, swapping in `content/` atomically. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SeedFiles {
  /** Article files: source id → { project-relative path, text }. */
  articles: { id: string; file: string; text: string }[];
  /** Names of the files in seeds/raw/. */
  raw: string[];
  ledger: { file: string; text: string };
}

export const LEDGER_FILE = 'seeds/events.yaml';
export const ARTICLES_DIR = 'seeds/articles';
export const RAW_DIR = 'seeds/raw';
export const CONTENT_DIR = 'content';

/** Reads every seed file under `root`; a missing ledger reads as empty text. */
export async function readSeeds(root: string): Promise<SeedFiles> {
  const articleNames = (await readdir(path.join(root, ARTICLES_DIR)))
    .filter((name) => name.endsWith('.md'))
    .sort();
  const articles = await Promise.all(
    articleNames.map(async (name) => ({
      id: name.slice(0, -'.md'.length),
      file: `${ARTICLES_DIR}/${name}`,
      text: await readFile(path.join(root, ARTICLES_DIR, name), 'utf8'),
    })),
  );
  const raw = existsSync(path.join(root, RAW_DIR))
    ? (await readdir(path.join(root, RAW_DIR))).sort()
    : [];
  const ledgerPath = path.join(root, LEDGER_FILE);
  const ledger = {
    file: LEDGER_FILE,
    text: existsSync(ledgerPath) ? await readFile(ledgerPath, 'utf8') : '',
  };
  return { articles, raw, ledger };
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
  for (const [name, text] of files) {
    const file = path.join(staging, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
  }
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
