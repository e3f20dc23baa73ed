/** A throwaway project on disk for end-to-end tests of the normalize CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshot } from './folder-snapshot.ts';
import { runNormalize as run, type RunResult } from './run.ts';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cli.ts');

export const ARTICLE_ID = 'daily-2018-12-11';

/** An article published on Tuesday 11 December 2018; body lines start at line 10. */
export const ARTICLE = `---
title: A test article
publisher: Daily Test
authors: []
published: 2018-12-11
published_basis: stated
url: https://example.com/article
raw: daily.txt
---
On Monday, the ministry revised its procurement rules.

Officials arrested the executive more than a week ago, in Vancouver.

In 2012, a committee issued a report on the company.

The regulator acted in March, officials said last week.
`;

/** A valid ledger; each entry starts on the line given in its comment. */
export const LEDGER = `# test ledger
- id: rules-revised                       # line 2
  title: Ministry revises procurement rules
  summary: The ministry revised its procurement rules.
  group: asia-pacific
  evidence:
    - source: ${ARTICLE_ID}
      quote: "On Monday, the ministry revised its procurement rules."
- id: executive-arrested                  # line 9
  title: Executive arrested in Vancouver
  summary: Officials arrested the executive in Vancouver.
  group: legal
  evidence:
    - source: ${ARTICLE_ID}
      quote: "arrested the executive more than a week ago"
  date: 2018-12-01
  date_citation:
    { url: https://example.com/record,
      publisher: Court record, title: Extradition docket, note: The docket gives the arrest day. }
- id: committee-report                    # line 20
  title: A committee reports on the company
  summary: A committee issued a report on the company.
  group: us-government
  evidence:
    - source: ${ARTICLE_ID}
      quote: "In 2012, a committee issued a report"
`;

/** The project's lanes (ids as the real seeds have them), colours left to the palette. */
export const LANES = `- id: us-government
  label: US government
- id: legal
  label: Legal & sanctions
- id: asia-pacific
  label: Asia-Pacific
`;

/** Creates a project with the given article, ledger and lanes texts. */
export function makeProject(ledger = LEDGER, article = ARTICLE, lanes = LANES): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-normalize-'));
  mkdirSync(path.join(root, 'seeds/articles'), { recursive: true });
  mkdirSync(path.join(root, 'seeds/raw'), { recursive: true });
  writeFileSync(path.join(root, 'seeds/raw/daily.txt'), 'raw capture\n');
  writeFileSync(path.join(root, `seeds/articles/${ARTICLE_ID}.md`), article);
  writeFileSync(path.join(root, 'seeds/events.yaml'), ledger);
  writeFileSync(path.join(root, 'seeds/lanes.yaml'), lanes);
  return root;
}

/** Replaces the project's ledger. */
export function writeLedger(root: string, ledger: string): void {
  writeFileSync(path.join(root, 'seeds/events.yaml'), ledger);
}

/** Writes (or, with `null`, deletes) a seed file or folder, by project-relative path. */
export function writeSeed(root: string, file: string, content: string | Buffer | null): void {
  const full = path.join(root, file);
  if (content === null) rmSync(full, { recursive: true, force: true });
  else writeFileSync(full, content);
}

/** Runs normalize in-process against `root`, as `npm run normalize` would. */
export function runNormalize(root: string, ...args: string[]): Promise<RunResult> {
  return run(root, args);
}

/** Runs `npm run normalize`'s entry point as a process (with the Node running the tests). */
export function spawnNormalize(root: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, TIMELINE_ROOT: root },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `content/`, path → bytes, for byte-for-byte comparison (none when it is missing). */
export function snapshotContent(root: string): Map<string, string> {
  const content = path.join(root, 'content');
  return existsSync(content) ? snapshot(content) : new Map<string, string>();
}
