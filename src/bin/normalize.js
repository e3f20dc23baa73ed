// @ts-check
// `npm run normalize` (src/pipeline/cli.ts), with the compile cache.
import './compile-cache.js';

await import('../pipeline/cli.ts');
