/**
 * `astro build`, as `npm run build` runs it, with two memory settings of its
 * own (see the README's benchmark):
 *
 * - Rolldown (Vite's bundler, a native module) allocates with mimalloc, which
 *   by default keeps freed memory a while for reuse. Told to return it at
 *   once (`MIMALLOC_PURGE_DELAY=0`, read when the module loads, hence before
 *   the import), the 10,000-event build keeps about 200 MB less through the
 *   page rendering that follows the bundling.
 * - The garbage is collected between the build's phases
 *   (src/build/release-memory.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseMemory } from './release-memory.ts';

process.env.MIMALLOC_PURGE_DELAY ??= '0';
// V8's collector, reachable from a context created once the flag is set.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const { build } = await import('astro');
await build({ integrations: [releaseMemory(collectGarbage)] });
