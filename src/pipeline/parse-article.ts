/** Parses one `seeds/articles/<source-id>.md`: text in, metadata, body and problems out. */
import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../shared/schema/article.ts';
import type { Problem } from './problems.ts';
import { lineLocator, type YamlPath } from './yaml-locate.ts';
import { once, quickYaml } from './yaml-quick.ts';
import { controlCharacterProblems, normaliseText } from './input-text.ts';
import { zodProblems } from './zod-problems.ts';

export interface Article {
  /** The source id: the file name without `.md`. */
  id: string;
  /** Project-relative path, for messages. */
  file: string;
  frontmatter: ArticleFrontmatter;
  /** The archived text after the frontmatter, as in the file (LF line endings, no byte-order mark). */
  body: string;
}

export interface ParsedArticle {
  article: Article | null;
  problems: Problem[];
}

/** The fields every article needs, for messages about an empty or missing frontmatter. */
const REQUIRED = 'title, publisher, published, published_basis and raw';

/** gray-matter only splits the file here: the YAML is parsed below, where its errors are located. */
const SPLIT_ONLY = { engines: { yaml: { parse: (): object => ({}) } } };

export function parseArticle(text: string, file: string, id: string): ParsedArticle {
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    problems.push({
      file,
      line: 1,
      message: `the file name '${id}.md' is not a kebab-case source id`,
      fix: 'rename it like publisher-YYYY-MM-DD.md (e.g. bloomberg-2019-05-09.md)',
    });
  }
  // A byte-order mark and CRLF endings are dropped before anything is
  // measured, so the body and its quote offsets are the text with LF endings.
  const normalised = normaliseText(text);
  const control = controlCharacterProblems(normalised, file);
  if (control.length > 0) return { article: null, problems: [...problems, ...control] };
  if (!normalised.startsWith('---\n')) {
    problems.push({
      file,
      line: 1,
      message: `the article has no frontmatter: its first line is ${describeFirstLine(normalised)}, not ---`,
      fix: `start the file with a --- line, then the metadata (${REQUIRED}), then a closing --- line`,
    });
    return { article: null, problems };
  }
  const closing = closingLine(normalised);
  if ('problem' in closing) {
    problems.push({ file, ...closing.problem });
    return { article: null, problems };
  }
  const parsed = matter(normalised, SPLIT_ONLY);
  const read = readFrontmatter(parsed.matter, file);
  if ('problems' in read) return { article: null, problems: [...problems, ...read.problems] };
  const { value: raw, line } = read;
  if (raw === null || raw === undefined) {
    problems.push({
      file,
      line: 2,
      message: 'the frontmatter is empty',
      fix: `write the metadata (${REQUIRED}) between the --- lines`,
    });
    return { article: null, problems };
  }
  const frontmatter = articleFrontmatterSchema.safeParse(raw);
  if (!frontmatter.success) {
    problems.push(
      ...zodProblems(frontmatter.error, raw, file, line, `article '${id}'`, {
        schema: articleFrontmatterSchema,
      }),
    );
    return { article: null, problems };
  }
  if (parsed.content.trim().length === 0) {
    problems.push({
      file,
      line: closing.line,
      message: 'the article has no text after its frontmatter',
      fix: 'paste the article body (without page furniture) below the closing ---',
    });
  }
  if (problems.length > 0) return { article: null, problems };
  return { article: { id, file, frontmatter: frontmatter.data, body: parsed.content }, problems };
}

/** "empty", or the line quoted and clipped, for the no-frontmatter message. */
function describeFirstLine(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  if (first.trim().length === 0) return 'empty';
  return `'${first.length > 40 ? `${first.slice(0, 37)}…` : first}'`;
}

/**
 * The line of the closing ---. gray-matter ends the frontmatter at the first
 * line that begins with ---, so that line must be exactly --- (else the body
 * would start in the middle of it).
 */
function closingLine(
  text: string,
): { line: number } | { problem: { line: number; message: string; fix: string } } {
  const at = text.indexOf('\n---', 3);
  if (at < 0) {
    return {
      problem: {
        line: 1,
        message: 'the frontmatter is never closed',
        fix: 'add a line holding only --- after the metadata, before the article text',
      },
    };
  }
  const line = text.slice(0, at + 1).split('\n').length;
  const rest = text.slice(at + 1).split('\n', 1)[0] ?? '';
  if (rest !== '---') {
    return {
      problem: {
        line,
        message: `the frontmatter's closing line is '${rest.slice(0, 40)}', not ---`,
        fix: 'make the line after the metadata exactly --- (nothing before or after it)',
      },
    };
  }
  return { line };
}

/**
 * The frontmatter's value, with the line of any value in it, or its located
 * problems. `matter` begins with the newline after the opening ---, so its
 * line numbers are already the file's.
 */
function readFrontmatter(
  matter: string,
  file: string,
): { value: unknown; line: (path: YamlPath) => number } | { problems: Problem[] } {
  const quick = quickYaml(matter);
  if (quick !== null) {
    const line = once(() => {
      const { document, lineCounter } = quick.located();
      return lineLocator(document, lineCounter);
    });
    return { value: quick.value, line: (path) => line()(path) };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(matter, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error in the frontmatter: ${error.message.split('\n')[0] ?? error.code}`,
        fix: 'fix the YAML at this line (indentation, a missing colon, or quote a value holding ": " or starting with a quote)',
      })),
    };
  }
  try {
    return { value: document.toJS(), line: lineLocator(document, lineCounter) };
  } catch (error) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: `the frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}`,
          fix: 'write the values out instead of repeating them through anchors and aliases (&name / *name)',
        },
      ],
    };
  }
}
