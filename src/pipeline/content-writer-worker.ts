/**
 * A worker thread for ContentWriter (seeds-io.ts): writes the files posted
 * to it into `workerData.staging`, and answers `null` with 'written' once
 * every file before it is on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { staging } = workerData as { staging: string };
const made = new Set<string>();

parentPort?.on('message', (files: [string, string][] | null) => {
  if (files === null) {
    parentPort?.postMessage('written');
    return;
  }
  for (const [name, text] of files) {
    const file = path.join(staging, name);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text, 'utf8');
  }
});
