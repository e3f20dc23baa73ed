/** Line numbers for values in a parsed YAML document, for error messages. */
import { isNode, LineCounter, type Document } from 'yaml';

export type YamlPath = readonly (string | number)[];

/**
 * A function giving the 1-based line of the value at `path`, or of its
 * nearest existing ancestor when the value is missing (a missing field is
 * reported where its record starts). `lineOffset` shifts every line, for YAML
 * that starts part-way into a file (frontmatter).
 */
export function lineLocator(
  document: Document,
  lineCounter: LineCounter,
  lineOffset = 0,
): (path: YamlPath) => number {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        return lineCounter.linePos(node.range[0]).line + lineOffset;
      }
    }
    return 1 + lineOffset;
  };
}
