/** normalize: seeds in, the full `content/` file set (or every problem) out. */
import { buildContent } from './build-content.ts';
import { parseArticle, type Article } from './parse-article.ts';
import { parseLanes } from './parse-lanes.ts';
import { parseLedger } from './parse-ledger.ts';
import { sortProblems, type Problem } from './problems.ts';
import { renderEventFile, renderSourcesAndAliases, type FileSink } from './render.ts';
import { ARTICLES_DIR, RAW_DIR, type SeedFiles } from './seeds-io.ts';

export interface NormalizeResult {
  /**
   * Generated files keyed by path inside `content/`; empty when there are
   * problems, or when `onFile` took them.
   */
  files: Map<string, string>;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  eventCount: number;
  sourceCount: number;
}

/** `content/lanes.json`: the lanes, top to bottom, each with both colours. */
const LANES_JSON = 'lanes.json';

/**
 * Pure: the same seeds always give the same files, byte for byte. `onFile`
 * takes each file as it is rendered (run.ts writes them meanwhile): none once
 * a problem is known, but some before a later one is found, so a run with
 * problems must discard what it took.
 */
export function normalize(seeds: SeedFiles, onFile?: FileSink): NormalizeResult {
  const problems: Problem[] = [...missingProblems(seeds)];

  const lanes = seeds.lanes.text === null ? null : parseLanes(seeds.lanes.text, seeds.lanes.file);
  problems.push(...(lanes?.problems ?? []));

  const articles: Article[] = [];
  // Articles that exist but are broken: their problems are reported once, and
  // the events citing them get no follow-on "unknown source" problems.
  const unparsed = new Set<string>();
  const rawNames = seeds.raw === null ? null : new Set(seeds.raw);
  for (const { id, file, text } of seeds.articles ?? []) {
    const parsed = parseArticle(text, file, id);
    problems.push(...parsed.problems);
    if (parsed.article === null) {
      unparsed.add(id);
      continue;
    }
    if (rawNames !== null && !rawNames.has(parsed.article.frontmatter.raw)) {
      problems.push({
        file,
        line: lineOf(text, /^raw:/m),
        message: `raw: '${parsed.article.frontmatter.raw}' is not in ${RAW_DIR}/`,
        fix: `put the untouched capture in ${RAW_DIR}/ under that name, or correct the name`,
      });
    }
    articles.push(parsed.article);
  }

  if (seeds.ledger.text !== null) {
    const laneIds = lanes?.lanes?.map((lane) => lane.id);
    const ledger = parseLedger(seeds.ledger.text, seeds.ledger.file, laneIds);
    problems.push(...ledger.problems);
    // With no articles at all, every citation would be "unknown": the missing
    // folder (or its emptiness) is the one problem to report.
    if (seeds.articles !== null && seeds.articles.length > 0) {
      const files = new Map<string, string>();
      // Kept only when no sink takes them: held to the end, 14,500 files at
      // 10,000 events (about 50 MB) were copied by every young-generation
      // collection they survived.
      const add: FileSink =
        onFile ??
        ((name, text) => {
          files.set(name, text);
        });
      // Each event's file is rendered (and written, by run.ts) as soon as the
      // event is built, while the rest are. Rendered after them all, the files
      // kept normalize waiting about 0.6 s at its end for the writer thread:
      // at 10,000 events, 6.4–7.7 s now against 7.1–8.2 s (5 paired runs).
      // Not once there is a problem.
      const clean = problems.length === 0 && Boolean(lanes?.lanes);
      const built = buildContent(
        articles,
        ledger.entries,
        seeds.ledger.file,
        unparsed,
        clean
          ? (event) => {
              add(...renderEventFile(event));
            }
          : undefined,
      );
      problems.push(...built.problems);
      if (problems.length === 0 && lanes?.lanes) {
        renderSourcesAndAliases(built, add);
        add(LANES_JSON, `${JSON.stringify(lanes.lanes, null, 2)}\n`);
        return {
          files,
          problems: [],
          eventCount: built.events.length,
          sourceCount: built.sources.length,
        };
      }
    }
  }
  return { files: new Map(), problems: sortProblems(problems), eventCount: 0, sourceCount: 0 };
}

/** A seed file or folder that is not there, named as missing. */
function missingProblems(seeds: SeedFiles): Problem[] {
  const problems: Problem[] = [];
  if (seeds.ledger.text === null) {
    problems.push({
      file: seeds.ledger.file,
      line: 1,
      message: 'the ledger is missing',
      fix: `create ${seeds.ledger.file} with one \`- id: …\` entry per event (see README.md, "Add an event")`,
    });
  }
  if (seeds.lanes.text === null) {
    problems.push({
      file: seeds.lanes.file,
      line: 1,
      message: 'the lanes file is missing',
      fix: `create ${seeds.lanes.file} listing the timeline's lanes top to bottom, one \`- id: …\` with its \`label:\` each`,
    });
  }
  if (seeds.articles === null) {
    problems.push({
      file: ARTICLES_DIR,
      line: 1,
      message: 'the articles folder is missing',
      fix: `create ${ARTICLES_DIR}/ with one <source-id>.md per archived article`,
    });
  } else if (seeds.articles.length === 0) {
    problems.push({
      file: ARTICLES_DIR,
      line: 1,
      message: 'the articles folder holds no .md files',
      fix: `add the archived articles the ledger cites, one ${ARTICLES_DIR}/<source-id>.md each`,
    });
  }
  if (seeds.raw === null) {
    problems.push({
      file: RAW_DIR,
      line: 1,
      message: 'the folder of raw captures is missing',
      fix: `create ${RAW_DIR}/ and put each article's untouched capture in it, under the name its \`raw:\` gives`,
    });
  }
  return problems;
}

function lineOf(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return match === null ? 1 : text.slice(0, match.index).split('\n').length;
}
