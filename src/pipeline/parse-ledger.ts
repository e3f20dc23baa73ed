/** Parses `seeds/events.yaml`: text in, validated entries and located problems out. */
import { ledgerEventSchema, type LedgerEvent } from '../shared/schema/ledger.ts';
import type { Problem } from './problems.ts';
import { checkSummary } from './summary-check.ts';
import { readYamlFile } from './yaml-file.ts';
import type { YamlPath } from './yaml-locate.ts';
import { zodProblems } from './zod-problems.ts';

/** A valid ledger entry, and where its parts stand in the file. */
export interface LedgerEntry {
  event: LedgerEvent;
  /** Line of the value at `path` inside this entry (e.g. `['evidence', 0, 'quote']`). */
  line: (path: YamlPath) => number;
}

export interface ParsedLedger {
  entries: LedgerEntry[];
  problems: Problem[];
}

/**
 * Reads the ledger; entries that fail validation are reported and left out.
 * `laneIds` are the lanes of `seeds/lanes.yaml`: a `group` naming another is
 * reported (the entry is kept, so its quotes are still checked). Without
 * them (the lanes file is broken) groups are not checked, so its problems do
 * not cascade into one per event.
 */
export function parseLedger(text: string, file: string, laneIds?: readonly string[]): ParsedLedger {
  const read = readYamlFile(
    text,
    file,
    'fix the YAML at this line (indentation, a missing colon or quote, a duplicate key)',
  );
  if (read.yaml === null) return { entries: [], problems: read.problems };
  const { value, line: locate, textLine } = read.yaml;
  if (!Array.isArray(value)) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 1,
          message:
            value === undefined || value === null
              ? 'the ledger has no events'
              : 'the ledger is not a list of events',
          fix: 'write one `- id: …` entry per event at the top level (see README.md, "Add an event")',
        },
      ],
    };
  }
  if (value.length === 0) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: locate([]),
          message: 'the ledger is an empty list: it has no events',
          fix: 'add at least one `- id: …` entry (an empty ledger would empty the site)',
        },
      ],
    };
  }
  const lanes = laneIds === undefined ? undefined : new Set(laneIds);
  const laneList = laneIds?.join(', ') ?? '';
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  value.forEach((item: unknown, index) => {
    const line = (path: YamlPath): number => locate([index, ...path]);
    const subject = describeEntry(item, index);
    const parsed = ledgerEventSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(
        ...zodProblems(parsed.error, item, file, line, subject, {
          schema: ledgerEventSchema,
          missing:
            laneIds === undefined
              ? {}
              : { group: `add \`group:\` with one of the lanes in seeds/lanes.yaml: ${laneList}` },
        }),
      );
      return;
    }
    const event = parsed.data;
    if (lanes !== undefined && !lanes.has(event.group)) {
      problems.push({
        file,
        line: line(['group']),
        message: `${subject}: group '${event.group}' is not a lane in seeds/lanes.yaml`,
        fix: `use one of: ${laneList} (or add the lane to seeds/lanes.yaml)`,
      });
    }
    for (const problem of checkSummary(event.summary)) {
      problems.push({
        file,
        line: textLine([index, 'summary']) + problem.line - 1,
        message: `${subject} field \`summary\`: ${problem.message}`,
        fix: problem.fix,
      });
    }
    entries.push({ event, line });
  });
  return { entries, problems };
}

function describeEntry(value: unknown, index: number): string {
  const id =
    typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : undefined;
  return id === undefined ? `event #${String(index + 1)}` : `event '${id}'`;
}
