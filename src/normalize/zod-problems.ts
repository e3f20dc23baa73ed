/** Turns zod issues into located problems with a fix. */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import type { YamlPath } from './yaml-locate.ts';

/** One problem per issue, at the line of the offending value. */
export function zodProblems(
  error: z.ZodError,
  file: string,
  line: (path: YamlPath) => number,
  subject: string,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
    const field = path.length === 0 ? '' : ` field \`${path.join('.')}\``;
    return {
      file,
      line: line(path),
      message: `${subject}${field}: ${describeIssue(issue)}`,
      fix: fixFor(issue),
    };
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'unrecognized_keys') return `has unknown key(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add it (${issue.expected})`
        : `give it a value of type ${issue.expected}`;
    case 'unrecognized_keys':
      return 'remove or rename the key (see src/schema/ for the fields allowed)';
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return 'give it more content';
    default:
      return 'correct the value as the message says';
  }
}
