/**
 * `npm run build`: normalize, and `astro build` with settings of its own
 * (see the README's benchmark):
 *
 * - normalize runs in a process of its own while Astro starts (loading its
 *   modules, the config, Vite's set-up: 3–4 s at 10,000 events here); the
 *   content loaders wait until normalize has put the new content/ in place
 *   (src/shared/content-ready.ts). When normalize fails, it has printed its
 *   problems and left content/ as it was, and the build stops there, before
 *   Astro has written anything, with normalize's exit status.
 * - Rolldown (Vite's bundler, a native module) allocates with mimalloc, which
 *   by default keeps freed memory a while for reuse. Told to return it at
 *   once (`MIMALLOC_PURGE_DELAY=0`, read when the module loads, hence before
 *   the import), the 10,000-event build keeps about 200 MB less through the
 *   page rendering that follows the bundling.
 * - The garbage is collected between the build's phases
 *   (src/build/release-memory.ts).
 * - package.json starts this with V8's young generation capped
 *   (`--max-semi-space-size=32`, in MB; a flag V8 reads only at start-up).
 *   Its default here (64 MB semi-spaces, 128 MB committed from the content
 *   sync on) made 10,000-event builds peak at 862–883 MB; capped, 734–782 MB,
 *   in the same time (3 paired runs each).
 * - Astro logs warnings and errors only, and this script one line at the
 *   end: a line per page is 14,600 lines at 10,000 events, which took about
 *   0.8 s to write.
 * - The previous build's output is deleted in the background
 *   (src/shared/discard-folder.ts) rather than emptied by Astro, which took
 *   about 4 s at 10,000 events. Not when the output folder is a link or
 *   holds a `.git` (Astro keeps both): Astro empties it then, as before.
 * - `localeCompare` reuses its collators (src/build/collator-cache.ts): the
 *   sitemap's sort of 14,600 addresses took about 1.1 s without.
 *
 * Started by src/bin/build.js, which enables Node's compile cache first.
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { releaseMemory, type CollectGarbage } from './release-memory.ts';
import { discardPreviousBuild } from '../shared/discard-folder.ts';
import { cacheCollators } from './collator-cache.ts';
import { announceContentPending } from '../shared/content-ready.ts';

/** `npm run normalize`, in a process of its own; resolves with its exit status. */
function normalize(): Promise<number> {
  const entry = fileURLToPath(new URL('../bin/normalize.js', import.meta.url));
  const child = spawn(process.execPath, [entry], { stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`normalize could not start: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => {
      resolve(code ?? 1);
    });
  });
}

const normalized = normalize();
announceContentPending(
  normalized.then((status) => {
    if (status !== 0) process.exit(status);
  }),
);

process.env.MIMALLOC_PURGE_DELAY ??= '0';
cacheCollators();
// V8's collector, reachable from a context created once the flag is set.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as CollectGarbage;

const { build } = await import('astro');
const started = performance.now();
let summary = '';
let outputFolder = '';
const building = build({
  logLevel: 'warn',
  integrations: [
    {
      name: 'discard-previous-build',
      hooks: {
        'astro:config:done': ({ config }) => {
          outputFolder = fileURLToPath(config.outDir);
        },
        // Before Astro empties the folder (at the start of its bundling).
        'astro:build:start': () => {
          discardPreviousBuild(outputFolder);
        },
      },
    },
    releaseMemory(collectGarbage),
    {
      name: 'build-summary',
      hooks: {
        'astro:build:done': ({ pages, dir }) => {
          const outDir = path.relative(process.cwd(), fileURLToPath(dir)) || '.';
          summary = `astro build: ${String(pages.length)} pages written to ${outDir}/`;
        },
      },
    },
  ],
});
// A build that fails before its content is read leaves no normalize behind.
await Promise.allSettled([building, normalized]);
await building;
console.log(`${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
