/** One thing wrong with the input, located for the editor who must fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `seeds/events.yaml`. */
  file: string;
  /** 1-based line. */
  line: number;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `file:line: what is wrong — how to fix it`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${String(problem.line)}: ${problem.message} — ${problem.fix}`;
}

/** Problems in order of file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
