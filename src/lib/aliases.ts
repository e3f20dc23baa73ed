/**
 * Old event ids (`aliases` in content/events/*.md), read at config time so
 * the sitemap can leave out their redirect pages.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export function aliasesIn(fileText: string): string[] {
  const match = FRONTMATTER.exec(fileText);
  const data: unknown = parse(match?.[1] ?? '');
  if (typeof data !== 'object' || data === null || !('aliases' in data)) return [];
  const { aliases } = data;
  return Array.isArray(aliases) ? aliases.filter((alias) => typeof alias === 'string') : [];
}

export function readAliases(eventsDir: string): Set<string> {
  if (!existsSync(eventsDir)) return new Set();
  const names = readdirSync(eventsDir).filter((name) => name.endsWith('.md'));
  return new Set(
    names.flatMap((name) => aliasesIn(readFileSync(path.join(eventsDir, name), 'utf8'))),
  );
}

/** True for the URL of an alias's redirect page, `…/events/<alias>/`. */
export function isAliasPage(url: string, aliases: ReadonlySet<string>): boolean {
  const match = /\/events\/([^/]+)\/?$/.exec(new URL(url).pathname);
  return match?.[1] !== undefined && aliases.has(match[1]);
}
