/** Parses `seeds/events.yaml`: text in, validated entries and located problems out. */
import { LineCounter, parseDocument, isSeq } from 'yaml';
import { ledgerEventSchema, type LedgerEvent } from '../shared/schema/ledger.ts';
import type { Problem } from './problems.ts';
import { lineLocator, type YamlPath } from './yaml-locate.ts';
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

/** Reads the ledger; entries that fail validation are reported and left out. */
export function parseLedger(text: string, file: string): ParsedLedger {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      entries: [],
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.code}`,
        fix: 'fix the YAML at this line (indentation, a missing colon or quote, a duplicate key)',
      })),
    };
  }
  if (!isSeq(document.contents)) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 1,
          message: 'the ledger is not a list of events',
          fix: 'write one `- id: …` entry per event at the top level',
        },
      ],
    };
  }
  const locate = lineLocator(document, lineCounter);
  const raw = document.toJS() as unknown[];
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  raw.forEach((value, index) => {
    const line = (path: YamlPath): number => locate([index, ...path]);
    const parsed = ledgerEventSchema.safeParse(value);
    if (parsed.success) {
      entries.push({ event: parsed.data, line });
      return;
    }
    problems.push(...zodProblems(parsed.error, value, file, line, describeEntry(value, index)));
  });
  return { entries, problems };
}

function describeEntry(value: unknown, index: number): string {
  const id =
    typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : undefined;
  return id === undefined ? `event #${String(index + 1)}` : `event '${id}'`;
}
