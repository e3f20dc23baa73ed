/** Turns zod issues into located problems with a fix. */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import type { YamlPath } from './yaml-locate.ts';

/** One problem per issue, at the line of the offending value. `input` is what was validated. */
export function zodProblems(
  error: z.ZodError,
  input: unknown,
  file: string,
  line: (path: YamlPath) => number,
  subject: string,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
    const field = path.length === 0 ? '' : ` field \`${path.join('.')}\``;
    const missing = path.length > 0 && valueAt(input, path) === undefined;
    return {
      file,
      line: line(path),
      message: `${subject}${field}: ${missing ? 'is missing' : describeIssue(issue)}`,
      fix: fixFor(issue, missing),
    };
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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown key(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_value':
      return `${missing ? 'add it with ' : 'use '}one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return missing ? `add it (${issue.expected})` : `give it a value of type ${issue.expected}`;
    case 'unrecognized_keys':
      return 'remove or rename the key (src/shared/schema/ lists the fields allowed)';
    case 'too_small':
      return missing ? 'add it' : 'give it more content';
    case 'custom':
      return 'see the message';
    default:
      return missing ? 'add it' : 'correct the value as the message says';
  }
}
