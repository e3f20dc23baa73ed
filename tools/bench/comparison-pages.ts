/**
 * The pages the site is measured against, fed the same events as the site
 * (read from the project's generated content/events/):
 *
 * - `vis/`: vis-timeline (esnext builds of vis-timeline and vis-data, and its
 *   CSS) given every item at once, with no list; bundled once by Astro from
 *   tools/bench/plain-vis/, the same toolchain as the site's own script.
 * - `tljs/`: TimelineJS3 from @knight-lab/timelinejs's dist/, fed the events
 *   as a JSON object, every file served locally.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { compareByDate, eventEntrySchema, type EventEntry } from '../../src/shared/schema/event.ts';
import { BENCH_LANES } from './corpus.ts';
import { linkNodeModules, listFiles, projectEnv, timed } from './project-build.ts';

/** The fields of a generated event record that the comparison pages draw. */
export type ContentEvent = Pick<
  EventEntry,
  'id' | 'title' | 'start' | 'end' | 'precision' | 'group'
>;

const PLACEHOLDER = 'BENCH_TIMELINE_DATA';

/** The fields of content/events/*.md the pages need, read by the contract's own schema. */
export function parseContentEvent(text: string): ContentEvent {
  const { id, title, start, end, precision, group } = eventEntrySchema.parse(
    // YAML 1.2, so dates stay the strings the file holds.
    matter(text, { engines: { yaml: (yaml: string) => parse(yaml) as object } }).data,
  );
  return { id, title, start, end, precision, group };
}

export async function readContentEvents(projectRoot: string): Promise<ContentEvent[]> {
  const dir = path.join(projectRoot, 'content', 'events');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const events = await Promise.all(
    names.map(async (name) => parseContentEvent(await readFile(path.join(dir, name), 'utf8'))),
  );
  return events.sort(compareByDate);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** vis-timeline items: a day is a point, anything vaguer a range over its span. */
export function visData(
  events: readonly ContentEvent[],
  window: { from: string; to: string },
): unknown {
  return {
    groups: BENCH_LANES.map((lane) => ({ id: lane.id, content: lane.label })),
    items: events.map((event) =>
      event.precision === 'day' && event.start === event.end
        ? {
            id: event.id,
            group: event.group,
            start: event.start,
            content: event.title,
            type: 'point',
          }
        : {
            id: event.id,
            group: event.group,
            start: event.start,
            end: dayAfter(event.end),
            content: event.title,
            type: 'range',
          },
    ),
    start: window.from,
    end: dayAfter(window.to),
  };
}

/** Builds tools/bench/plain-vis once; returns the folder of its output. */
export async function buildPlainVis(repoRoot: string, workRoot: string): Promise<string> {
  const projectRoot = path.join(workRoot, 'plain-vis');
  await rm(projectRoot, { recursive: true, force: true });
  await cp(path.join(repoRoot, 'tools', 'bench', 'plain-vis'), projectRoot, { recursive: true });
  await linkNodeModules(repoRoot, projectRoot);
  await timed(
    [process.execPath, path.join(projectRoot, 'node_modules', '.bin', 'astro'), 'build'],
    projectRoot,
    projectEnv(projectRoot, 'http://127.0.0.1'),
  );
  return path.join(projectRoot, 'dist');
}

/** TimelineJS3's event object for one event (months are 1–12; end day inclusive). */
function timelineJsEvent(event: ContentEvent): unknown {
  const date = (day: string): { year: number; month: number; day: number } => ({
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10)),
  });
  return {
    unique_id: event.id,
    start_date: date(event.start),
    ...(event.end === event.start ? {} : { end_date: date(event.end) }),
    text: { headline: event.title },
    group: BENCH_LANES.find((lane) => lane.id === event.group)?.label ?? event.group,
  };
}

function timelineJsPage(events: readonly ContentEvent[]): string {
  const data = { events: events.map(timelineJsEvent) };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS3 with the same events</title>
    <link rel="stylesheet" href="css/timeline.css" />
    <script src="js/timeline.js"></script>
  </head>
  <body style="margin: 0">
    <div id="timeline-embed" style="width: 100%; height: 600px"></div>
    <script>
      window.timeline = new TL.Timeline('timeline-embed', ${scriptJson(data)}, {
        script_path: new URL('js/', document.baseURI).href,
      });
    </script>
  </body>
</html>
`;
}

/**
 * Writes the comparison web root for one corpus: `vis/` (the built plain
 * page with this corpus's items) and `tljs/` (TimelineJS3), side by side.
 */
export async function writeComparisonPages(options: {
  plainVisDist: string;
  webRoot: string;
  events: readonly ContentEvent[];
  window: { from: string; to: string };
  withTimelineJs: boolean;
}): Promise<void> {
  const { plainVisDist, webRoot, events, window } = options;
  await rm(webRoot, { recursive: true, force: true });
  const visRoot = path.join(webRoot, 'vis');
  await mkdir(visRoot, { recursive: true });
  await cp(plainVisDist, visRoot, { recursive: true });
  const html = await readFile(path.join(visRoot, 'index.html'), 'utf8');
  if (!html.includes(PLACEHOLDER)) throw new Error('plain-vis page without its data placeholder');
  await writeFile(
    path.join(visRoot, 'index.html'),
    html.replace(PLACEHOLDER, () => scriptJson(visData(events, window))),
  );
  if (!options.withTimelineJs) return;
  const tljs = path.join(webRoot, 'tljs');
  // dist/, found through the package (its js/timeline.js is the one file it names).
  const script = fileURLToPath(import.meta.resolve('@knight-lab/timelinejs/dist/js/timeline.js'));
  const dist = path.resolve(path.dirname(script), '..');
  for (const folder of ['js', 'css']) {
    await cp(path.join(dist, folder), path.join(tljs, folder), {
      recursive: true,
      filter: (file) => !file.endsWith('.map'),
    });
  }
  await writeFile(path.join(tljs, 'index.html'), timelineJsPage(events));
  if ((await listFiles(tljs)).length === 0) throw new Error('TimelineJS3 dist is empty');
}
