import { z } from 'zod';

/**
 * True for a well-formed absolute `http://` or `https://` address, written as
 * a browser would show it: lower-case scheme, a host, no spaces, no control
 * characters, no backslashes. Everything else (`javascript:` in any case,
 * `data:`, `<…>`, relative paths, `https:example.com`) is refused, so no
 * address from the seeds can run script or point into the site.
 */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s\\<>"`]+$/.test(text)) return false;
  if (/[\u0000-\u001F\u007F-\u009F]/.test(text)) return false;
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/** Shortens a value for a message, so a pasted page does not flood the report. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** An address a reader may follow: `http://` or `https://`, well formed (see `isHttpUrl`). */
export const httpUrl = z.string().refine(isHttpUrl, {
  error: (issue) => `'${shown(issue.input)}' is not a full http(s) address`,
  params: {
    fix: 'write the whole address as a browser shows it, starting with https:// (or http://); other schemes, relative paths, angle brackets and spaces are refused',
  },
});
