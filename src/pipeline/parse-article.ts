/** Parses one `seeds/articles/<source-id>.md`: text in, metadata, body and problems out. */
import matter from 'gray-matter';
import { LineCounter, parseDocument } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../shared/schema/article.ts';
import type { Problem } from './problems.ts';
import { lineLocator } from './yaml-locate.ts';
import { yamlEngine } from './frontmatter-yaml.ts';
import { zodProblems } from './zod-problems.ts';

export interface Article {
  /** The source id: the file name without `.md`. */
  id: string;
  /** Project-relative path, for messages. */
  file: string;
  frontmatter: ArticleFrontmatter;
  /** The archived text after the frontmatter, exactly as in the file. */
  body: string;
}

export interface ParsedArticle {
  article: Article | null;
  problems: Problem[];
}

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
  if (!text.startsWith('---\n')) {
    problems.push({
      file,
      line: 1,
      message: 'the article has no frontmatter',
      fix: 'start the file with a --- line, the metadata (title, publisher, published, …), and a closing --- line',
    });
    return { article: null, problems };
  }
  const parsed = matter(text, { engines: { yaml: yamlEngine } });
  const lineCounter = new LineCounter();
  const document = parseDocument(parsed.matter, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error in the frontmatter: ${error.message.split('\n')[0] ?? error.code}`,
        fix: 'fix the YAML at this line',
      });
    }
    return { article: null, problems };
  }
  // `parsed.matter` begins with the newline after the opening ---, so its
  // line numbers are already the file's.
  const line = lineLocator(document, lineCounter);
  const raw: unknown = document.toJS();
  const frontmatter = articleFrontmatterSchema.safeParse(raw);
  if (!frontmatter.success) {
    problems.push(...zodProblems(frontmatter.error, raw, file, line, `article '${id}'`));
    return { article: null, problems };
  }
  if (parsed.content.trim().length === 0) {
    problems.push({
      file,
      line: 1,
      message: 'the article has no text after its frontmatter',
      fix: 'paste the article body (without page furniture) below the closing ---',
    });
  }
  if (problems.length > 0) return { article: null, problems };
  return { article: { id, file, frontmatter: frontmatter.data, body: parsed.content }, problems };
}
