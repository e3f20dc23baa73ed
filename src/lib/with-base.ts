/**
 * Every internal link and asset goes through here, so the same build works at
 * `/` and under a sub-path (Astro's `base`).
 */

/** Joins Astro's base (`/` or `/sub`, with or without a trailing slash) and a site path. */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const prefix = head.startsWith('/') ? head : `/${head}`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** A root-relative URL for `path` (e.g. `events/x/`) under the configured base. */
export function withBase(path = '', base: string = import.meta.env.BASE_URL): string {
  return joinBase(base, path);
}

/** The absolute URL of `path` on `site` (the configured `site`), under `base`. */
export function absoluteUrl(
  path: string,
  site: URL | string,
  base: string = import.meta.env.BASE_URL,
): string {
  return new URL(joinBase(base, path), site).href;
}
