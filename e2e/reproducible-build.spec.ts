/**
 * The build is reproducible: building the `root` configuration a second time
 * gives a byte-identical output (the same files, the same SHA-256 of each) as
 * the build the `root` project serves. Runs once, in project `root`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { hostingNamed, PROJECT_ROOT } from '../tools/hosting.ts';
import { astroBuild } from '../tools/site-build.ts';
import { expect, test } from './fixtures.ts';

/** Every file under `dir`: relative path → SHA-256. */
async function digest(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    files.set(path.relative(dir, file), hash);
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

test('a second build of the same configuration is byte-identical', async ({}, info) => {
  test.setTimeout(300_000);
  const root = hostingNamed('root');
  const again = info.outputPath('second-build');
  try {
    await astroBuild(PROJECT_ROOT, again, { base: root.base, origin: root.origin });
    const [first, second] = await Promise.all([digest(root.outDir), digest(again)]);
    expect(first.size).toBeGreaterThan(40);
    expect([...second.keys()], 'the same files').toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash);
    expect(
      differing.map(([file]) => file),
      'files whose bytes differ',
    ).toEqual([]);
  } finally {
    await rm(again, { recursive: true, force: true });
  }
});
