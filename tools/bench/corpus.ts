/**
 * Synthetic corpora in the real seed formats, for the benchmark: events in
 * seeds/events.yaml, each dated by 2–4 quotes in archived articles
 * (seeds/articles/*.md, with their captures in seeds/raw/), and the lanes in
 * seeds/lanes.yaml. Pure and deterministic: the same count and seed give the
 * same files.
 *
 * Every event has a true day; each quote holds one date phrase that covers
 * that day when read against its article's publication day (the phrases of
 * the README's table: a weekday, "last week", a month, "more than a week
 * ago", "earlier this year", a quarter, a bare year…), so the evidence of an
 * event always intersects, and the mix of phrases gives the real mix of
 * precisions (day, week, month, quarter, year, range).
 */
import { stringify } from 'yaml';
import { MONTHS } from '../../src/shared/days.ts';

/** A corpus: project-relative path → file text. */
export type Corpus = Map<string, string>;

/** The six lanes of the real story (seeds/lanes.yaml). */
export const BENCH_LANES = [
  { id: 'us-government', label: 'US government', colour: '#0072B2', dark: '#56B4E9' },
  { id: 'legal', label: 'Legal & sanctions', colour: '#D55E00', dark: '#E69F00' },
  { id: 'allies-europe', label: 'Allies & Europe', colour: '#009E73', dark: '#3FD0A5' },
  { id: 'asia-pacific', label: 'Asia-Pacific' },
  { id: 'carriers-industry', label: 'Carriers & industry', colour: '#8A7A00' },
  { id: 'huawei', label: 'Huawei', colour: '#444444', dark: '#BBBBBB' },
] as const;

type LaneId = (typeof BENCH_LANES)[number]['id'];

/** Who does things in each lane (no word a date parser could read as a date). */
const SUBJECTS: Record<LaneId, readonly string[]> = {
  'us-government': [
    'the Commerce Department',
    'the Federal Communications Commission',
    'the State Department',
    'the White House',
    'the Pentagon',
    'a Senate committee',
  ],
  legal: [
    'federal prosecutors',
    'a district judge',
    'the Justice Department',
    'Canadian authorities',
    'an appeals court',
  ],
  'allies-europe': [
    'the British government',
    'German regulators',
    'the Polish ministry',
    'Czech officials',
    'the European Commission',
    'Dutch lawmakers',
  ],
  'asia-pacific': [
    'the Japanese government',
    'Australian officials',
    'the New Zealand spy agency',
    'South Korean carriers',
    'Taiwanese regulators',
  ],
  'carriers-industry': [
    'a rural carrier',
    'Vodafone',
    'Deutsche Telekom',
    'a chip supplier',
    'an equipment maker',
    'a cable operator',
  ],
  huawei: [
    'Huawei',
    'the company founder',
    'the Huawei chairman',
    'a Huawei spokesman',
    'Huawei lawyers',
  ],
};

const ACTIONS = [
  'restricted purchases of network gear',
  'opened an inquiry into equipment vendors',
  'announced security rules for mobile networks',
  'signed an agreement on network security',
  'published a review of supplier risks',
  'held talks about wireless networks',
  'filed a lawsuit over procurement rules',
  'warned allies about equipment risks',
  'delayed an auction of radio spectrum',
  'tested equipment from several vendors',
  'questioned executives about export controls',
  'blocked a contract for base stations',
  'criticised a ban on Chinese suppliers',
  'approved funding to replace antennas',
  'released findings about software flaws',
  'drafted limits on core network suppliers',
  'demanded assurances about source code',
  'lifted curbs on component exports',
  'named a panel to assess vendors',
  'rejected claims of state control',
] as const;

const PLACES = [
  'Leeds',
  'Ottawa',
  'Prague',
  'Warsaw',
  'Brussels',
  'Berlin',
  'Tokyo',
  'Canberra',
  'Wellington',
  'Seoul',
  'Taipei',
  'Shenzhen',
  'Vancouver',
  'Chicago',
  'Denver',
  'Boston',
  'Seattle',
  'Dallas',
  'Atlanta',
  'Phoenix',
  'Madrid',
  'Lisbon',
  'Rome',
  'Milan',
  'Vienna',
  'Zurich',
  'Geneva',
  'Oslo',
  'Stockholm',
  'Helsinki',
  'Copenhagen',
  'Dublin',
  'Cardiff',
  'Glasgow',
  'Manchester',
  'Hamburg',
  'Munich',
  'Lyon',
  'Paris',
  'Bucharest',
  'Sofia',
  'Budapest',
  'Vilnius',
  'Riga',
  'Tallinn',
  'Osaka',
  'Busan',
  'Sydney',
  'Perth',
  'Auckland',
  'Manila',
  'Jakarta',
  'Hanoi',
  'Bangkok',
  'Delhi',
  'Nairobi',
  'Lagos',
  'Toronto',
  'Montreal',
  'Calgary',
] as const;

const TAGS = [
  'sanctions',
  'security',
  'spectrum',
  'procurement',
  'trade',
  'export-controls',
  'espionage',
  'rural-carriers',
  'standards',
  'lobbying',
  'courts',
  'diplomacy',
] as const;

const PUBLISHERS = [
  { name: 'Reuters', slug: 'reuters' },
  { name: 'Bloomberg', slug: 'bloomberg' },
  { name: 'The Hill', slug: 'thehill' },
  { name: 'Fierce Wireless', slug: 'fiercewireless' },
  { name: 'Light Reading', slug: 'lightreading' },
  { name: 'The Register', slug: 'theregister' },
  { name: 'Nikkei Asian Review', slug: 'nikkei' },
  { name: 'Politico Europe', slug: 'politico' },
] as const;

const AUTHORS = [
  'Ana Lopes',
  'Ben Carter',
  'Chen Wei',
  'Dara Novak',
  'Emil Hansen',
  'Farah Khan',
  'Gil Romero',
  'Hana Sato',
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];

/** mulberry32: a small, well-mixed seeded generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = generator(seed);
  }
  float(): number {
    return this.#next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.#next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new Error('weighted pick from no choices');
    return last[0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.#next() * (index + 1));
      const a = items[index];
      const b = items[other];
      if (a === undefined || b === undefined) continue;
      items[index] = b;
      items[other] = a;
    }
    return items;
  }
}

// Days are whole UTC days since 1970-01-01: no time zone can shift them.
const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number, date: number): number =>
  Math.round(Date.UTC(year, month, date) / DAY_MS);
const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const parts = (day: number): { year: number; month: number; date: number; weekday: number } => {
  const value = new Date(day * DAY_MS);
  return {
    year: value.getUTCFullYear(),
    month: value.getUTCMonth(),
    date: value.getUTCDate(),
    weekday: value.getUTCDay(),
  };
};

/** A date phrase, and the publication days from which it reads as a span holding `day`. */
interface PhraseRule {
  /** First and last publication day that reads the phrase over `day`. */
  window: (day: number) => [number, number];
  /** The words, as read on publication day `published`. */
  words: (day: number, published: number) => string;
  /** Whether the words bound the event's date on both sides. */
  bounded: boolean;
}

const RULES = {
  weekday: {
    window: (day) => [day, day + 6],
    words: (day) => `on ${WEEKDAYS[parts(day).weekday] ?? ''}`,
    bounded: true,
  },
  fullDate: {
    window: (day) => [day + 1, day + 400],
    words: (day) => {
      const { year, month, date } = parts(day);
      return `on ${MONTHS[month] ?? ''} ${String(date)}, ${String(year)}`;
    },
    bounded: true,
  },
  lastWeek: {
    // The Monday–Sunday week after the one holding `day`.
    window: (day) => {
      const monday = day - ((parts(day).weekday + 6) % 7) + 7;
      return [monday, monday + 6];
    },
    words: () => 'last week',
    bounded: true,
  },
  lastMonth: {
    window: (day) => {
      const { year, month } = parts(day);
      return [dayOf(year, month + 1, 1), dayOf(year, month + 2, 0)];
    },
    words: () => 'last month',
    bounded: true,
  },
  month: {
    // The most recent such month: up to eleven months on.
    window: (day) => {
      const { year, month } = parts(day);
      return [day, dayOf(year, month + 11, 28)];
    },
    words: (day) => `in ${MONTHS[parts(day).month] ?? ''}`,
    bounded: true,
  },
  monthYear: {
    window: (day) => [day + 1, day + 700],
    words: (day) => {
      const { year, month } = parts(day);
      return `in ${MONTHS[month] ?? ''} ${String(year)}`;
    },
    bounded: true,
  },
  quarter: {
    // Read within the same year, "first quarter" is that year's.
    window: (day) => [day, dayOf(parts(day).year, 11, 31)],
    words: (day) => `in the ${QUARTERS[Math.floor(parts(day).month / 3)] ?? ''} quarter`,
    bounded: true,
  },
  earlierThisYear: {
    window: (day) => [day, dayOf(parts(day).year, 11, 31)],
    words: () => 'earlier this year',
    bounded: true,
  },
  year: {
    window: (day) => [day + 1, day + 1100],
    words: (day) => `in ${String(parts(day).year)}`,
    bounded: true,
  },
  lastYear: {
    window: (day) => {
      const { year } = parts(day);
      return [dayOf(year + 1, 0, 1), dayOf(year + 1, 11, 31)];
    },
    words: () => 'last year',
    bounded: true,
  },
  moreThanAWeekAgo: {
    window: (day) => [day + 8, day + 45],
    words: () => 'more than a week ago',
    bounded: false,
  },
} satisfies Record<string, PhraseRule>;

type RuleName = keyof typeof RULES;

/** Kinds of event, by the phrases that date them: first the one that sets the precision. */
const KINDS: readonly (readonly [readonly RuleName[], number])[] = [
  [['weekday', 'month', 'year'], 22],
  [['weekday', 'moreThanAWeekAgo'], 8],
  [['fullDate', 'year'], 5],
  [['lastWeek', 'monthYear'], 10],
  [['month', 'earlierThisYear'], 10],
  [['monthYear', 'moreThanAWeekAgo', 'year'], 8],
  [['lastMonth', 'year'], 7],
  [['quarter', 'year'], 7],
  [['year', 'lastYear'], 6],
  [['year', 'moreThanAWeekAgo'], 7],
  [['earlierThisYear', 'moreThanAWeekAgo'], 10],
];

/** More events in recent years, as in the real story. */
const YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2012, 1],
  [2013, 1],
  [2014, 1],
  [2015, 1],
  [2016, 1],
  [2017, 2],
  [2018, 4],
  [2019, 5],
];

interface Article {
  id: string;
  day: number;
  publisher: (typeof PUBLISHERS)[number];
  paragraphs: string[];
}

interface GeneratedEvent {
  id: string;
  title: string;
  summary: string;
  group: LaneId;
  tags: string[];
  evidence: { source: string; quote: string }[];
  date?: string;
  date_citation?: { url: string; publisher: string; title: string };
}

/** Articles by publication day, so a phrase's window finds them by binary search. */
class ArticlePool {
  readonly byId = new Map<string, Article>();
  readonly #sorted: Article[] = [];
  readonly #random: Random;
  constructor(random: Random) {
    this.#random = random;
  }

  /** An article published in [first, last] not in `exclude`: mostly an existing one. */
  pick(first: number, last: number, exclude: ReadonlySet<string>): Article {
    const from = this.#lowerBound(first);
    const candidates: Article[] = [];
    for (let index = from; index < this.#sorted.length; index++) {
      const article = this.#sorted[index];
      if (article === undefined || article.day > last) break;
      if (!exclude.has(article.id)) candidates.push(article);
    }
    if (candidates.length > 0 && this.#random.float() < 0.85) {
      return this.#random.pick(candidates);
    }
    return this.#create(this.#random.int(first, last));
  }

  #lowerBound(day: number): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#sorted[middle]?.day ?? 0) < day) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #create(day: number): Article {
    const publisher = this.#random.pick(PUBLISHERS);
    let id = `${publisher.slug}-${iso(day)}`;
    for (let suffix = 2; this.byId.has(id); suffix++)
      id = `${publisher.slug}-${iso(day)}-${String(suffix)}`;
    const article: Article = { id, day, publisher, paragraphs: [] };
    this.byId.set(id, article);
    this.#sorted.splice(this.#lowerBound(day), 0, article);
    return article;
  }
}

const LEADS = [
  'Officials said',
  'According to people familiar with the matter,',
  'Records show',
  'As reported,',
];
const FILLER = [
  'The dispute over network equipment has drawn in governments, carriers and suppliers on several continents.',
  'Industry groups argued that replacing installed equipment would be costly and slow.',
  'Security researchers have long debated how much a vendor can be trusted with software updates.',
  'Carriers say the rules leave them uncertain about which suppliers they may use.',
  'Analysts expect the debate to shape how the networks are built and who builds them.',
];

function yearDay(random: Random, year: number): number {
  return random.int(dayOf(year, 0, 1), dayOf(year, 11, 31));
}

function burstDay(random: Random, month: string): number {
  const [year, number] = month.split('-').map(Number);
  if (year === undefined || number === undefined || !Number.isInteger(year + number)) {
    throw new Error(`burst month '${month}': expected YYYY-MM`);
  }
  return random.int(dayOf(year, number - 1, 1), dayOf(year, number, 0));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A month of news: this many events of the story fall in it (as a month of arrests or bans does). */
export interface Burst {
  /** `YYYY-MM`. */
  month: string;
  events: number;
}

/**
 * `count` events over 2012–2019 with their articles; `seed` fixes every
 * choice. With a `burst`, its events are the first ones, each on a day of
 * its month (the other events, and a corpus without a burst, as before).
 */
export function generateCorpus(count: number, seed = 1, burst?: Burst): Corpus {
  const random = new Random(seed);
  const pool = new ArticlePool(random);
  const lanes = BENCH_LANES.map((lane) => lane.id);
  // Unique (subject, action, place) per event: its words are unique in any article.
  const combos = lanes.map((lane) =>
    random.shuffle(
      SUBJECTS[lane].flatMap((subject) =>
        ACTIONS.flatMap((action) => PLACES.map((place) => ({ subject, action, place }))),
      ),
    ),
  );
  const used = lanes.map(() => 0);
  const events: GeneratedEvent[] = [];

  for (let index = 0; index < count; index++) {
    const laneIndex = random.int(0, lanes.length - 1);
    const group = lanes[laneIndex] ?? 'huawei';
    const combo = combos[laneIndex]?.[used[laneIndex] ?? 0];
    used[laneIndex] = (used[laneIndex] ?? 0) + 1;
    if (combo === undefined) throw new Error(`more events than word combinations in ${group}`);
    const day =
      burst !== undefined && index < burst.events
        ? burstDay(random, burst.month)
        : yearDay(random, random.weighted(YEAR_WEIGHTS));
    const core = `${combo.subject} ${combo.action} in ${combo.place}`;
    const id = kebab(`${combo.subject.replace(/^(the|a|an) /, '')} ${combo.action} ${combo.place}`);

    const rules: RuleName[] = [...random.weighted(KINDS)];
    // Several sources per event: sometimes a third or fourth confirming quote.
    if (random.float() < 0.4) rules.push(random.pick(['year', 'moreThanAWeekAgo'] as const));
    if (random.float() < 0.15) rules.push('year');

    const sources = new Set<string>();
    const evidence: GeneratedEvent['evidence'] = [];
    for (const name of rules) {
      const rule: PhraseRule = RULES[name];
      const [first, last] = rule.window(day);
      const article = pool.pick(first, last, sources);
      sources.add(article.id);
      const phrase = rule.words(day, article.day);
      const quote = random.float() < 0.3 ? `${capitalise(phrase)}, ${core}` : `${core} ${phrase}`;
      article.paragraphs.push(
        `${random.pick(LEADS)} ${quote}. ${random.pick(FILLER)}`,
        random.pick(FILLER),
      );
      evidence.push({ source: article.id, quote });
    }

    const title = capitalise(core);
    const event: GeneratedEvent = {
      id,
      title,
      summary: `${title}. The move was reported by ${String(evidence.length)} outlets, which cite officials and documents.\n`,
      group,
      tags: [...new Set([random.pick(TAGS), random.pick(TAGS)])].sort(),
      evidence,
    };
    // A few events carry an editorial date, sharper than the quotes.
    if (random.float() < 0.05) {
      event.date = iso(day);
      event.date_citation = {
        url: `https://records.example/${id}`,
        publisher: 'Federal Register',
        title: `Notice: ${title}`,
      };
    }
    events.push(event);
  }

  const files: Corpus = new Map();
  files.set('seeds/lanes.yaml', stringify(BENCH_LANES, { lineWidth: 0 }));
  const tags = [...new Set(events.flatMap((event) => event.tags))].sort();
  files.set(
    'seeds/tags.yaml',
    stringify(
      tags.map((id) => ({
        id,
        description: `Synthetic tag: events about ${id.replace('-', ' ')}.`,
      })),
      { lineWidth: 0 },
    ),
  );
  files.set(
    'seeds/events.yaml',
    `# Synthetic ledger for the benchmark: ${String(count)} events, seed ${String(seed)}.\n\n` +
      stringify(events, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  const articles = [...pool.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  articles.forEach((article, index) => {
    const raw = `${String(index).padStart(5, '0')}_${(random.float() * 2 ** 52).toString(16).padStart(13, '0')}.txt`;
    const title = `${article.publisher.name} news digest ${String(index + 1)}`;
    const withTime = random.float() < 0.5;
    const published = withTime
      ? `${iso(article.day)}T${String(random.int(6, 20)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+01:00`
      : iso(article.day);
    const frontmatter = {
      title,
      publisher: article.publisher.name,
      authors: [random.pick(AUTHORS)],
      published,
      published_basis: 'stated',
      url: `https://${article.publisher.slug}.example/news/${article.id}`,
      language: 'en',
      raw,
    };
    const body = [random.pick(FILLER), ...article.paragraphs].join('\n\n');
    files.set(
      `seeds/articles/${article.id}.md`,
      `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body}\n`,
    );
    files.set(
      `seeds/raw/${raw}`,
      `${title}\nShare this article\n\n${body}\n\nSuggested Articles\nSubscribe to our newsletter\n`,
    );
  });
  return files;
}
