/**
 * `astro build`, as `npm run build` runs it, with one setting of its own:
 * Rolldown (Vite's bundler, a native module) allocates with mimalloc, which
 * by default keeps freed memory a while for reuse. Told to return it at once
 * (`MIMALLOC_PURGE_DELAY=0`, read when the module loads, hence before the
 * import), the 10,000-event build keeps about 200 MB less through the page
 * rendering that follows the bundling. See the README's benchmark.
 */
export {};

process.env.MIMALLOC_PURGE_DELAY ??= '0';
const { build } = await import('astro');
await build({});
