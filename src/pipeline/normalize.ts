/** normalize: seeds in, the full `content/` file set (or every problem) out. */
import { buildContent } from './build-content.ts';
import { parseArticle, type Article } from './parse-article.ts';
import { parseLedger } from './parse-ledger.ts';
import { sortProblems, type Problem } from './problems.ts';
import { renderContent } from './render.ts';
import { LANES } from '../shared/schema/lanes.ts';
import { RAW_DIR, type SeedFiles } from './seeds-io.ts';

export interface NormalizeResult {
  /** Generated files keyed by path inside `content/`; empty when there are problems. */
  files: Map<string, string>;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  eventCount: number;
  sourceCount: number;
}

/** Pure: the same seeds always give the same files, byte for byte. */
export function normalize(seeds: SeedFiles): NormalizeResult {
  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const { id, file, text } of seeds.articles) {
    const parsed = parseArticle(text, file, id);
    problems.push(...parsed.problems);
    if (parsed.article === null) continue;
    if (!seeds.raw.includes(parsed.article.frontmatter.raw)) {
      problems.push({
        file,
        line: lineOf(text, /^raw:/m),
        message: `raw: '${parsed.article.frontmatter.raw}' is not in ${RAW_DIR}/`,
        fix: `put the untouched capture in ${RAW_DIR}/ under that name, or correct the name`,
      });
    }
    articles.push(parsed.article);
  }
  const ledger = parseLedger(seeds.ledger.text, seeds.ledger.file);
  problems.push(...ledger.problems);
  const built = buildContent(articles, ledger.entries, seeds.ledger.file);
  problems.push(...built.problems);
  if (problems.length > 0) {
    return { files: new Map(), problems: sortProblems(problems), eventCount: 0, sourceCount: 0 };
  }
  const files = renderContent(built);
  // Interim: the lanes as data (seeds/lanes.yaml replaces this constant).
  files.set('lanes.json', `${JSON.stringify(LANES, null, 2)}\n`);
  return {
    files,
    problems: [],
    eventCount: built.events.length,
    sourceCount: built.sources.length,
  };
}

function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match === null ? 1 : text.slice(0, match.index).split('\n').length;
}
