/**
 * What every seed file goes through before it is parsed, the same for
 * articles, the ledger and the lanes: a byte-order mark is dropped and CRLF
 * line endings become LF (editors on Windows save both without meaning
 * anything by them), and control characters are refused with their line.
 * Normalising happens first, so quote offsets index the text as it is
 * written to content/, with LF endings.
 */
import type { Problem } from './problems.ts';

/** A control character no editor means to type: C0 except tab and newline, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** How many lines with control characters are listed before the rest are counted. */
const MAX_LISTED = 10;

/** The text with its byte-order mark dropped and CRLF line endings made LF. */
export function normaliseText(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n/g, '\n');
}

/** `U+0000 (NUL)`, for messages. */
function describeControl(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const names: Record<number, string> = {
    0x00: 'NUL',
    0x07: 'BEL',
    0x08: 'backspace',
    0x0b: 'vertical tab',
    0x0c: 'form feed',
    0x0d: 'carriage return',
    0x1b: 'escape',
    0x7f: 'DEL',
  };
  const name = names[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name === undefined ? '' : ` (${name})`}`;
}

/**
 * One problem per line that holds a control character (normalised text in),
 * naming the first one and its column; after ten lines, one more problem
 * counts the rest.
 */
export function controlCharacterProblems(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  let more = 0;
  text.split('\n').forEach((lineText, index) => {
    CONTROL.lastIndex = 0;
    const match = CONTROL.exec(lineText);
    if (match === null) return;
    if (problems.length >= MAX_LISTED) {
      more++;
      return;
    }
    const count = lineText.match(CONTROL)?.length ?? 1;
    problems.push({
      file,
      line: index + 1,
      message: `control character ${describeControl(match[0])} at column ${String(match.index + 1)}${
        count > 1 ? ` (and ${String(count - 1)} more on this line)` : ''
      }`,
      fix:
        match[0] === '\r'
          ? 'a lone carriage return is an old Mac line ending: make it a newline (save the file with LF or CRLF endings)'
          : 'delete it: it is invisible and no part of the text (if the whole file looks like this, it is not UTF-8 text: save it again as UTF-8)',
    });
  });
  if (more > 0) {
    problems.push({
      file,
      line: problems.at(-1)?.line ?? 1,
      message: `control characters on ${String(more)} more line(s) after this one`,
      fix: 'remove them all; save the file again as UTF-8 text if it is another encoding',
    });
  }
  return problems;
}
