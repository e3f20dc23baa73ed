// @ts-check
import { defineConfig } from 'astro/config';

// The baseline page of the benchmark (see src/pages/index.astro), served
// under /vis/ beside the TimelineJS3 page.
export default defineConfig({ output: 'static', base: '/vis/' });
