/**
 * Event summaries are a safe subset of markdown: text, emphasis, code, lists
 * and links to http(s) addresses. Raw HTML, images, and any link whose
 * address is not http(s) are refused here, before anything renders them (the
 * site sanitises rendered summaries as well, as a second line of defence).
 * The summary is parsed as CommonMark, with mdast-util-from-markdown, so what
 * counts as HTML or a link is what a markdown renderer will see.
 */
import { createRequire } from 'node:module';
import type { fromMarkdown } from 'mdast-util-from-markdown';
import { isHttpUrl } from '../shared/schema/url.ts';

/**
 * The CommonMark parser, loaded when a summary first needs a parse (most
 * need none, below): its modules (micromark's, some 50) took about 60 ms of
 * every normalize's start-up. `require` loads an ES module synchronously.
 */
let parser: typeof fromMarkdown | undefined;

function parseMarkdown(markdown: string): ReturnType<typeof fromMarkdown> {
  parser ??= (
    createRequire(import.meta.url)('mdast-util-from-markdown') as {
      fromMarkdown: typeof fromMarkdown;
    }
  ).fromMarkdown;
  return parser(markdown);
}

/** One thing in a summary that is not allowed. */
export interface SummaryProblem {
  /** 1-based line inside the summary text. */
  line: number;
  message: string;
  fix: string;
}

/** The parts of an mdast node this check reads (the full types live in @types/mdast). */
interface MarkdownNode {
  type: string;
  position?: { start: { line: number } } | undefined;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

/** Shortens a value for a message. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Every disallowed construct in `markdown`, in reading order. */
export function checkSummary(markdown: string): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  const visit = (node: MarkdownNode): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'html':
        problems.push({
          line,
          message: `the summary holds raw HTML (${clip(node.value ?? '')})`,
          fix: 'write it as markdown (*emphasis*, **strong**, [text](https://…)); to show a < or > as text, write it as `\\<`',
        });
        break;
      case 'image':
      case 'imageReference':
        problems.push({
          line,
          message: 'the summary holds an image',
          fix: 'summaries are text: remove the image, or link to it as [words](https://…)',
        });
        break;
      case 'link':
      case 'definition':
        if (!isHttpUrl(node.url ?? '')) {
          problems.push({
            line,
            message: `the summary links to '${clip(node.url ?? '')}', which is not an http(s) address`,
            fix: 'link only to full http:// or https:// addresses (spaces written %20), or remove the link',
          });
        }
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  // Raw HTML and autolinks start with `<`; links, images and definitions
  // with `[` (no GFM: a bare address is text). Without either there is
  // nothing to refuse, and most summaries need no parse.
  if (!/[<[]/.test(markdown)) return problems;
  visit(parseMarkdown(markdown));
  return problems;
}
