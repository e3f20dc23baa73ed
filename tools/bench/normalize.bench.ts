/**
 * Benchmark: how long `normalize` takes on the real seeds, and on a ledger
 * scaled up to 10,000 events (the size DESIGN.md plans for). Prints figures;
 * asserts nothing. Run: npm run bench
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseDocument, stringify } from 'yaml';
import { normalize } from '../../src/pipeline/normalize.ts';
import { readSeeds, type SeedFiles } from '../../src/pipeline/seeds-io.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = await readSeeds(root);

/** The real ledger repeated under new ids until it holds `count` events. */
function scaled(count: number): SeedFiles {
  const events = parseDocument(seeds.ledger.text ?? '').toJS() as {
    id: string;
    aliases?: string[];
  }[];
  const many = Array.from({ length: count }, (_, index) => {
    const event = events[index % events.length];
    if (event === undefined) throw new Error('empty ledger');
    return { ...event, id: `${event.id}-${String(index)}`, aliases: [] };
  });
  return {
    ...seeds,
    ledger: {
      ...seeds.ledger,
      text: stringify(many, { lineWidth: 0, aliasDuplicateObjects: false }),
    },
  };
}

function measure(label: string, input: SeedFiles, runs: number): void {
  const times: number[] = [];
  let events = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = normalize(input);
    times.push(performance.now() - start);
    if (result.problems.length > 0)
      throw new Error(`${label}: ${String(result.problems.length)} problems`);
    events = result.eventCount;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `${label.padEnd(28)} ${String(events).padStart(6)} events  median ${median.toFixed(0).padStart(6)} ms  ` +
      `(${(median / events).toFixed(3)} ms/event, ${String(runs)} runs, min ${(times[0] ?? 0).toFixed(0)} ms)`,
  );
}

measure('real seeds', seeds, 7);
measure('scaled ledger', scaled(1000), 3);
measure('scaled ledger', scaled(10000), 1);
