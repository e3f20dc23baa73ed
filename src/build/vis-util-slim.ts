/**
 * vis-timeline's esnext build spreads the whole vis-util namespace into its
 * own helper object (`const availableUtils = { ...util, … }`). A spread keeps
 * every export alive, so the bundle carried vis-util's Activator,
 * ColorPicker, Configurator, Popup and Validator next to vis-timeline's own
 * copies of the same classes: about 9 KB gzip that nothing calls.
 *
 * This Vite plugin resolves vis-timeline's import of vis-util to a module
 * that re-exports only the names vis-timeline reads, from the real vis-util
 * file; the bundler then drops the rest. The names are read from
 * vis-timeline's own source at build time, and the build stops if that
 * source uses the namespace in any way this cannot see.
 */
import { readFileSync } from 'node:fs';
import type { ViteUserConfig } from 'astro';

/** A Vite plugin, as Astro's config takes it (vite is Astro's, not ours). */
type Plugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

const VIS_UTIL = 'vis-util/esnext/esm/vis-util.js';
const SLIM_ID = '\0vis-util-used-by-vis-timeline';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names a module exports, from its `export { a, b as c }` statements. */
export function exportedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const [, list = ''] of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of list.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .at(-1);
      if (name) names.add(name);
    }
  }
  return names;
}

/**
 * The vis-util exports vis-timeline reads: its named imports, and the
 * members read from the object it spreads the namespace into. Throws when the
 * namespace or that object is used in a way a static read cannot follow.
 */
export function usedVisUtilNames(source: string, visUtilExports: Set<string>): string[] {
  // Comments mention "util" in prose.
  const visTimeline = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const from = escape(VIS_UTIL);
  const namespace = new RegExp(`import \\* as (\\w+) from '${from}';`).exec(visTimeline)?.[1];
  const holder =
    namespace === undefined
      ? undefined
      : new RegExp(`const (\\w+) = \\{\\s*\\.\\.\\.${namespace},`).exec(visTimeline)?.[1];
  if (namespace === undefined || holder === undefined) {
    throw new Error(
      `vis-timeline no longer spreads ${VIS_UTIL} into a helper object — remove visUtilSlim() from astro.config.mjs`,
    );
  }
  // The namespace may appear only in its import and in the one spread.
  const code = visTimeline.replace(/'[^'\n]*'|"[^"\n]*"/g, "''");
  const namespaceUses = code.match(new RegExp(`(?<![\\w$.])${namespace}(?![\\w$:])`, 'g'));
  const spreads = code.match(new RegExp(`\\.\\.\\.${namespace}(?![\\w$])`, 'g'));
  // The holder may appear only as `holder.name` or in its own definitions.
  const holderUses = code.match(
    new RegExp(`(?<![\\w$.])${holder}(?![\\w$])(?!\\s*\\.\\s*\\w)`, 'g'),
  );
  const holderDefinitions = code.match(
    new RegExp(`(const ${holder} = \\{|Object\\.defineProperty\\(${holder},)`, 'g'),
  );
  if (namespaceUses?.length !== 1 || spreads?.length !== 1) {
    throw new Error(`vis-timeline uses the ${VIS_UTIL} namespace beyond one spread`);
  }
  if (holderUses?.length !== holderDefinitions?.length) {
    throw new Error(`vis-timeline hands its helper object "${holder}" on whole`);
  }
  const used = new Set<string>();
  for (const [, list = ''] of visTimeline.matchAll(
    new RegExp(`import \\{([^}]*)\\} from '${from}';`, 'g'),
  )) {
    for (const name of list.split(',')) used.add(name.trim());
  }
  for (const [, name = ''] of visTimeline.matchAll(
    new RegExp(`(?<![\\w$.])${holder}\\s*\\.\\s*(\\w+)`, 'g'),
  )) {
    used.add(name);
  }
  return [...used].filter((name) => visUtilExports.has(name)).sort();
}

/** The Vite plugin (see the file's comment). */
export function visUtilSlim(): Plugin {
  return {
    name: 'vis-util-slim',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (
        source !== VIS_UTIL ||
        importer === undefined ||
        !/[\\/]vis-timeline[\\/]/.test(importer)
      ) {
        return null;
      }
      const real = await this.resolve(source, importer, { skipSelf: true });
      if (real === null) return null;
      const visTimeline = readFileSync(importer.replace(/\?.*$/, ''), 'utf8');
      const names = usedVisUtilNames(visTimeline, exportedNames(readFileSync(real.id, 'utf8')));
      return `${SLIM_ID}?${encodeURIComponent(JSON.stringify({ real: real.id, names }))}`;
    },
    load(id) {
      if (!id.startsWith(`${SLIM_ID}?`)) return null;
      const { real, names } = JSON.parse(decodeURIComponent(id.slice(SLIM_ID.length + 1))) as {
        real: string;
        names: string[];
      };
      return `export { ${names.join(', ')} } from ${JSON.stringify(real)};\n`;
    },
  };
}
