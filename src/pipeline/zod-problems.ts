/**
 * Turns zod issues into located problems, each with a fix an editor can act
 * on. Schemas give their own fix for custom checks (`params: { fix }`); every
 * other kind of issue gets one here, from what the schema expects and what
 * the file holds.
 */
import { z } from 'zod';
import type { Problem } from './problems.ts';
import type { YamlPath } from './yaml-locate.ts';

export interface ZodProblemOptions {
  /** The schema that was used: lets an unknown key be answered with the keys allowed there. */
  schema?: z.ZodType;
  /** Fixes for a missing field, by field name, where the general one says too little. */
  missing?: Readonly<Record<string, string>>;
}

/** One problem per issue, at the line of the offending value. `input` is what was validated. */
export function zodProblems(
  error: z.ZodError,
  input: unknown,
  file: string,
  line: (path: YamlPath) => number,
  subject: string,
  options: ZodProblemOptions = {},
): Problem[] {
  return followOnFree(error.issues, input).map((issue) => {
    const path = issue.path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
    const field = path.length === 0 ? '' : ` field \`${path.join('.')}\``;
    const parent = valueAt(input, path.slice(0, -1));
    const last = path.at(-1);
    const missing =
      last !== undefined &&
      typeof parent === 'object' &&
      parent !== null &&
      !Object.hasOwn(parent, last);
    const value = valueAt(input, path);
    const found = describe(issue, value, missing, options.schema);
    return {
      file,
      line: line(path),
      message: `${subject}${field}: ${found.message}`,
      fix: found.fix(options.missing?.[String(last)]),
    };
  });
}

/**
 * The issues without their follow-ons: once a value is of the wrong type, the
 * checks of its length or form say nothing more; and a field reported missing
 * beside an unknown key that is its misspelling is one problem, the key's.
 */
function followOnFree(issues: readonly z.core.$ZodIssue[], input: unknown): z.core.$ZodIssue[] {
  const key = (path: readonly PropertyKey[]): string => path.map(String).join('\u0000');
  const wrongType = new Set(
    issues.filter((issue) => issue.code === 'invalid_type').map((issue) => key(issue.path)),
  );
  const unknownKeys = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') unknownKeys.set(key(issue.path), issue.keys);
  }
  return issues.filter((issue) => {
    if (issue.code !== 'invalid_type' && wrongType.has(key(issue.path))) return false;
    const name = issue.path.at(-1);
    if (issue.code !== 'invalid_type' || typeof name !== 'string') return true;
    const parentPath = issue.path.slice(0, -1);
    const parent = valueAt(
      input,
      parentPath.filter((part) => typeof part !== 'symbol'),
    );
    const isMissing = typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, name);
    const misspelt = unknownKeys
      .get(key(parentPath))
      ?.some((unknown) => closeEnough(unknown, name));
    return !(isMissing && misspelt === true);
  });
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Words for what a value is, as an editor wrote it. */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'a mapping (key: value lines)';
    default:
      return typeof value;
  }
}

/** Words for what a schema expects. */
function expectedWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list ([a, b] or one `- item` line each)',
    object: 'a mapping (indented `key: value` lines)',
    date: 'a date',
  };
  return words[expected] ?? expected;
}

/** zod's built-in messages ("Invalid input: …", "Too small: …"); a schema's own ones are kept. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

const KEBAB_PATTERN = String(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** `Meng Wanzhou (CFO)` → `meng-wanzhou-cfo`. */
function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Described {
  message: string;
  /** The fix; `missingHint` is the caller's fix for this field when it is missing. */
  fix: (missingHint: string | undefined) => string;
}

function describe(
  issue: z.core.$ZodIssue,
  value: unknown,
  missing: boolean,
  schema: z.ZodType | undefined,
): Described {
  const own = ZOD_DEFAULT.test(issue.message) ? null : issue.message;
  const key = String(issue.path.at(-1) ?? 'it');
  if (missing && issue.code !== 'custom') {
    const expected = issue.code === 'invalid_type' ? ` (${expectedWords(issue.expected)})` : '';
    return {
      message: 'is missing',
      fix: (hint) => hint ?? `add \`${key}:\`${expected} to this entry`,
    };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === null || value === undefined) {
        return {
          message: 'is empty',
          fix: (hint) =>
            hint ??
            `write ${expectedWords(issue.expected)} after \`${key}:\`, or remove the line${
              issue.expected === 'string'
                ? ' (quote a value that starts with #: unquoted, YAML reads it as a comment)'
                : ''
            }`,
        };
      }
      return {
        message: own ?? `is ${kindOf(value)}, where ${expectedWords(issue.expected)} belongs`,
        fix: () =>
          `write ${expectedWords(issue.expected)} here${
            issue.expected === 'string' && typeof value !== 'string'
              ? " (quote it, e.g. '…', if YAML reads it as a number, date, list or mapping)"
              : ''
          }`,
      };
    case 'too_small': {
      const minimum = String(issue.minimum);
      const many = (unit: string): string =>
        `${issue.exact === true ? 'exactly' : 'at least'} ${minimum} ${unit}`;
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        return {
          message:
            own ?? (length === 0 ? 'is empty' : `is too short (${String(length)} characters)`),
          fix: () => `write ${many('characters')}`,
        };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return {
          message: own ?? 'has too few items',
          fix: () => `list ${many('item(s)')}`,
        };
      }
      return { message: own ?? 'is too small', fix: () => `use ${minimum} or more` };
    }
    case 'too_big': {
      const maximum = String(issue.maximum);
      if (issue.origin === 'string') {
        return {
          message: own ?? 'is too long',
          fix: () => `shorten it to ${maximum} characters at most`,
        };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { message: own ?? 'has too many items', fix: () => `list ${maximum} at most` };
      }
      return { message: own ?? 'is too large', fix: () => `use ${maximum} or less` };
    }
    case 'invalid_format':
      return formatProblem(issue, value, own);
    case 'not_multiple_of':
      return {
        message: own ?? `is not a multiple of ${String(issue.divisor)}`,
        fix: () => `use a multiple of ${String(issue.divisor)}`,
      };
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path);
      const suggestions = issue.keys.flatMap((unknown) => {
        const near = allowed?.find((candidate) => closeEnough(unknown, candidate));
        return near === undefined ? [] : [`\`${unknown}\` → \`${near}\``];
      });
      return {
        message: `has unknown key(s) ${issue.keys.map((name) => `\`${name}\``).join(', ')}`,
        fix: () =>
          [
            suggestions.length > 0 ? `rename ${suggestions.join(', ')}` : 'remove or rename it',
            allowed === undefined ? null : `the keys allowed here are: ${allowed.join(', ')}`,
          ]
            .filter((part) => part !== null)
            .join('; '),
      };
    }
    case 'invalid_union': {
      const expected = [
        ...new Set(
          issue.errors.flatMap((errors) =>
            errors.flatMap((inner) =>
              inner.code === 'invalid_type' ? [expectedWords(inner.expected)] : [],
            ),
          ),
        ),
      ];
      return {
        message: own ?? `is ${kindOf(value)}, which is not allowed here`,
        fix: () =>
          expected.length > 0
            ? `write ${expected.join(' or ')}`
            : 'write a single plain value (not a list or mapping)',
      };
    }
    case 'invalid_value':
      return {
        message: own ?? `is '${String(value)}', not one of the allowed values`,
        fix: () => `use one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_key':
      return { message: own ?? 'has an invalid key', fix: () => 'rename the key' };
    case 'invalid_element':
      return { message: own ?? 'has an invalid item', fix: () => 'correct or remove that item' };
    case 'custom': {
      const fix: unknown = issue.params?.fix;
      return {
        message: issue.message,
        fix: () => (typeof fix === 'string' ? fix : `correct the value: it ${issue.message}`),
      };
    }
  }
}

function formatProblem(
  issue: z.core.$ZodIssueInvalidStringFormat,
  value: unknown,
  own: string | null,
): Described {
  const text = typeof value === 'string' ? value : '';
  if (issue.format === 'regex' && issue.pattern === KEBAB_PATTERN) {
    const suggestion = kebab(text);
    return {
      message: `'${text}' ${own ?? 'is not kebab-case'}`,
      fix: () =>
        suggestion.length > 0
          ? `write it as '${suggestion}'`
          : 'write lower-case letters and digits joined by single hyphens, e.g. huawei-ban-2019',
    };
  }
  if (issue.format === 'url') {
    return {
      message: `'${text}' is not a web address`,
      fix: () => 'write the whole address, starting with https://',
    };
  }
  return {
    message: own ?? `is not in the form required (${issue.format})`,
    fix: () =>
      `write it in the form required${issue.pattern === undefined ? '' : ` (${issue.pattern})`}`,
  };
}

/** The keys a strict object at `path` of `schema` allows, when the schema can tell. */
function allowedKeys(
  schema: z.ZodType | undefined,
  path: readonly PropertyKey[],
): string[] | undefined {
  let current: unknown = schema;
  for (let step = 0; step <= path.length; step++) {
    current = unwrap(current);
    if (step === path.length) break;
    const key = path[step];
    if (current instanceof z.ZodObject && typeof key === 'string') {
      current = (current.shape as Record<string, unknown>)[key];
    } else if (current instanceof z.ZodArray && typeof key === 'number') {
      current = current.element;
    } else {
      return undefined;
    }
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : undefined;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else {
      return current;
    }
  }
}

/** A likely typo: the same but for case or separators, or one edit or swap apart. */
function closeEnough(a: string, b: string): boolean {
  const simple = (text: string): string => text.toLowerCase().replace(/[-_\s]/g, '');
  if (simple(a) === simple(b)) return true;
  return distance(a, b) <= 1;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row !== undefined) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
