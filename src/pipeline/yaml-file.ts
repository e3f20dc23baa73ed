/**
 * Reads one YAML seed file (the ledger, the lanes): normalised text in, the
 * document and its values out, or located problems. Pure.
 */
import { isScalar, LineCounter, parseDocument, Scalar, type Document } from 'yaml';
import { controlCharacterProblems, normaliseText } from './input-text.ts';
import type { Problem } from './problems.ts';
import { lineLocator, type YamlPath } from './yaml-locate.ts';
import { once, quickYaml } from './yaml-quick.ts';

export interface YamlFile {
  /** The document's value as plain data; `undefined` for an empty file. */
  value: unknown;
  /** 1-based line of the value at `path` (or its nearest existing ancestor). */
  line: (path: YamlPath) => number;
  /** The line where the text of the string at `path` begins (after a `|` or `>` header). */
  textLine: (path: YamlPath) => number;
}

/** Parses `text`; on any problem (control characters, syntax) there is no file. */
export function readYamlFile(
  text: string,
  file: string,
  syntaxFix: string,
): { yaml: YamlFile | null; problems: Problem[] } {
  const normalised = normaliseText(text);
  const problems = controlCharacterProblems(normalised, file);
  const quick = problems.length === 0 ? quickYaml(normalised) : null;
  if (quick !== null) {
    const located = once(() => {
      const { document, lineCounter } = quick.located();
      return locators(document, lineCounter);
    });
    return {
      yaml: {
        value: quick.value,
        line: (path) => located().line(path),
        textLine: (path) => located().textLine(path),
      },
      problems: [],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(normalised, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  for (const error of document.errors) {
    problems.push({
      file,
      line: lineCounter.linePos(error.pos[0]).line,
      message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.code}`,
      fix: syntaxFix,
    });
  }
  if (problems.length > 0) return { yaml: null, problems };
  const value = toPlain(document);
  if ('problem' in value) {
    return { yaml: null, problems: [{ file, line: 1, message: value.problem, fix: value.fix }] };
  }
  return { yaml: { value: value.value, ...locators(document, lineCounter) }, problems: [] };
}

function locators(document: Document, lineCounter: LineCounter): Omit<YamlFile, 'value'> {
  const line = lineLocator(document, lineCounter);
  const textLine = (path: YamlPath): number => {
    const node: unknown = document.getIn(path, true);
    const block =
      isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    return line(path) + (block ? 1 : 0);
  };
  return { line, textLine };
}

/** `document.toJS()`, which refuses aliases that expand too far (a billion-laughs file). */
function toPlain(document: Document): { value: unknown } | { problem: string; fix: string } {
  try {
    return { value: document.toJS() };
  } catch (error) {
    return {
      problem: `the YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      fix: 'write the values out instead of repeating them through anchors and aliases (&name / *name)',
    };
  }
}
