// @ts-check
// `npm run build`: normalize and astro build (src/build/build-site.ts), with the compile cache.
import './compile-cache.js';

await import('../build/build-site.ts');
