/** Parses `seeds/lanes.yaml`: text in, the resolved lanes (top to bottom) and located problems out. */
import { laneSchema, resolveLanes, type ResolvedLane } from '../shared/schema/lanes.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';
import { zodProblems } from './zod-problems.ts';

export interface ParsedLanes {
  /** Every lane with both colours; `null` when the file has any problem. */
  lanes: ResolvedLane[] | null;
  problems: Problem[];
}

const SHAPE =
  'write one `- id: …` entry per lane at the top level, each with `label:` (and optionally `colour:` and `dark:`)';

export function parseLanes(text: string, file: string): ParsedLanes {
  const read = readYamlFile(
    text,
    file,
    'fix the YAML at this line (indentation, a missing colon or quote, a duplicate key; quote colours: "#0072B2")',
  );
  if (read.yaml === null) return { lanes: null, problems: read.problems };
  const { value, line } = read.yaml;
  if (!Array.isArray(value)) {
    const empty = value === undefined || value === null;
    return {
      lanes: null,
      problems: [
        {
          file,
          line: 1,
          message: empty
            ? 'the lanes file lists no lanes'
            : 'the lanes file is not a list of lanes',
          fix: SHAPE,
        },
      ],
    };
  }
  if (value.length === 0) {
    return {
      lanes: null,
      problems: [{ file, line: line([]), message: 'the lanes file is an empty list', fix: SHAPE }],
    };
  }
  const problems: Problem[] = [];
  const valid = value.flatMap((item: unknown, index) => {
    const parsed = laneSchema.safeParse(item);
    if (parsed.success) return [{ lane: parsed.data, index }];
    const id = idOf(item);
    const subject = id === undefined ? `lane #${String(index + 1)}` : `lane '${id}'`;
    problems.push(
      ...zodProblems(parsed.error, item, file, (path) => line([index, ...path]), subject, {
        schema: laneSchema,
      }),
    );
    return [];
  });
  // Duplicates are checked on every entry with an id, valid or not, so they
  // are reported along with the entries' other problems.
  const seen = new Map<string, number>();
  value.forEach((item: unknown, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const at = line([index, 'id']);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, at);
      return;
    }
    problems.push({
      file,
      line: at,
      message: `duplicate lane id '${id}': line ${String(first)} already uses it`,
      fix: 'give each lane its own id, or merge the two entries',
    });
  });
  if (problems.length > 0) return { lanes: null, problems };
  return { lanes: resolveLanes(valid.map(({ lane }) => lane)), problems: [] };
}

/** The entry's `id` when it is text, for messages and the duplicate check. */
function idOf(item: unknown): string | undefined {
  const id: unknown =
    typeof item === 'object' && item !== null ? Reflect.get(item, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}
