/**
 * A reader for the frontmatter normalize writes (src/pipeline/frontmatter-yaml.ts):
 * block maps and lists indented by two spaces, `[]` and `{}`, integers,
 * `null`, booleans, and single-line strings, plain or quoted. It is the
 * writer's inverse, and about twenty times faster than a general YAML
 * parser on 14,000 files. Anything else it meets (block scalars, flow
 * collections, anchors, tags, a plain word a YAML reader would type
 * differently) makes it return `null`, and the caller reads the file with a
 * general parser instead.
 */

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Not this reader's subset: the caller falls back. */
class Unreadable extends Error {}

interface Line {
  indent: number;
  text: string;
}

const KEY = /^([a-z][a-z_]*):(?: (.*))?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
/**
 * Plain scalars js-yaml (3 or 4) may read as a number, a date or null: the
 * shapes of its int, float and timestamp types, generously. "26 March 2019"
 * or "001_dbc6.txt" are none of them.
 */
const TYPED = [
  /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
  /^[.~]|\.(?:inf|nan)/i,
];
const TYPED_WORD = /^(?:null|true|false|y|n|yes|no|on|off)$/i;
/**
 * Plain words most values are: a letter first (not `e`, which a float may
 * start with), then letters, digits, spaces and light punctuation, no space
 * at the end. None of the typed shapes, indicators, `: ` or ` #` can occur.
 */
const PLAIN_WORDS = /^[A-DF-Za-df-z](?:[A-Za-z0-9 ,'()/-]*[A-Za-z0-9,'()/-])?$/;
/** The longest word a YAML reader may type (`false`). */
const TYPED_WORD_LENGTH = 5;
/** Starts a plain scalar may not have in this subset. */
const INDICATOR = /^[|>&*!%@`{[#?,]/;

function scalar(text: string): Value {
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text.startsWith('"')) {
    // The writer's double quotes escape like JSON unless a YAML-only escape or a raw control character appears.
    if (!text.endsWith('"') || text.length < 2 || /\\[^"\\/bfnrtu]/.test(text)) {
      throw new Unreadable();
    }
    try {
      return JSON.parse(text) as string;
    } catch {
      throw new Unreadable();
    }
  }
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (!text.endsWith("'") || text.length < 2 || /'(?!')/.test(inner.replaceAll("''", ''))) {
      throw new Unreadable();
    }
    return inner.replaceAll("''", "'");
  }
  if (PLAIN_WORDS.test(text) && (text.length > TYPED_WORD_LENGTH || !TYPED_WORD.test(text))) {
    return text;
  }
  if (text === 'null') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (INTEGER.test(text)) {
    const number = Number(text);
    if (!Number.isSafeInteger(number)) throw new Unreadable();
    return number;
  }
  if (
    text === '' ||
    TYPED.some((pattern) => pattern.test(text)) ||
    TYPED_WORD.test(text) ||
    INDICATOR.test(text) ||
    / #|: |:$|\s$/.test(text)
  ) {
    throw new Unreadable();
  }
  return text;
}

class Reader {
  private index = 0;
  private readonly lines: Line[];

  constructor(lines: Line[]) {
    this.lines = lines;
  }

  private peek(): Line | undefined {
    return this.lines[this.index];
  }

  /** A value that stands on the lines below its key, at `indent`. */
  private nested(indent: number): Value {
    const line = this.peek();
    if (line?.indent !== indent) throw new Unreadable();
    return line.text.startsWith('- ') || line.text === '-' ? this.list(indent) : this.map(indent);
  }

  map(indent: number): Record<string, Value> {
    const record: Record<string, Value> = {};
    for (let line = this.peek(); line?.indent === indent; line = this.peek()) {
      const match = KEY.exec(line.text);
      if (match === null) throw new Unreadable();
      const [, key = '', rest] = match;
      if (Object.hasOwn(record, key) || key === '__proto__') throw new Unreadable();
      this.index++;
      record[key] = rest === undefined ? this.nested(indent + 2) : scalar(rest);
    }
    return record;
  }

  list(indent: number): Value[] {
    const items: Value[] = [];
    for (let line = this.peek(); line?.indent === indent; line = this.peek()) {
      if (!line.text.startsWith('- ')) throw new Unreadable();
      const rest = line.text.slice(2);
      // A list inside a list item, on its dash line: not the writer's subset.
      if (rest.startsWith('- ') || rest === '-') throw new Unreadable();
      if (KEY.test(rest)) {
        // A map item: its first key on the dash line, the others two spaces in.
        this.lines[this.index] = { indent: indent + 2, text: rest };
        items.push(this.map(indent + 2));
      } else {
        this.index++;
        items.push(scalar(rest));
      }
    }
    return items;
  }

  done(): boolean {
    return this.index === this.lines.length;
  }
}

/**
 * The frontmatter of a generated file (the text between its `---` lines), or
 * `null` when it is not in the writer's subset.
 */
export function readGeneratedFrontmatter(yaml: string): Record<string, unknown> | null {
  const lines: Line[] = [];
  for (const raw of yaml.split('\n')) {
    if (raw === '' || raw.startsWith('#')) continue;
    if (raw.includes('\r') || raw.includes('\t')) return null;
    const text = raw.trimStart();
    lines.push({ indent: raw.length - text.length, text });
  }
  try {
    const reader = new Reader(lines);
    const record = reader.map(0);
    return reader.done() ? record : null;
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}
