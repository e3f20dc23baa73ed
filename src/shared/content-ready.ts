/**
 * `npm run build` starts Astro while normalize is still writing content/
 * (src/build/build-site.ts), so Astro's own start overlaps normalize. The
 * content loaders wait here until normalize has put the new content/ in
 * place. Astro loads the content config through Vite, as a module instance
 * of its own, so the promise is handed over on `globalThis`, under a
 * registered symbol. Anywhere else (`astro dev`, `astro build`, the tests'
 * builds) nothing is pending and the loaders read content/ at once.
 */

const PENDING = Symbol.for('huawei-5g-timeline.content-pending');

type WithPending = typeof globalThis & { [PENDING]?: Promise<void> };

/** From now on, content loaders wait for `ready` before they read content/. */
export function announceContentPending(ready: Promise<void>): void {
  (globalThis as WithPending)[PENDING] = ready;
}

/** Resolves once content/ may be read: at once, unless a build announced it pending. */
export async function contentReady(): Promise<void> {
  await (globalThis as WithPending)[PENDING];
}
