/** Site-wide words and settings, shared by the config, the pages and the tests. */
export const SITE_NAME = 'Huawei 5G: the US campaign';
export const SITE_TITLE = 'The US campaign against Huawei’s 5G equipment, 2012–2019';
export const SITE_DESCRIPTION =
  'A source-linked timeline of the US campaign against Huawei’s 5G equipment, 2012–2019: every date worked out from the words of archived news articles.';

/** The public address when the build is given none (SITE_URL): canonical links need one. */
export const FALLBACK_SITE_URL = 'https://huawei-5g-timeline.example';

/**
 * The timeline's opening window when the URL names none: the busiest months,
 * late 2018 to mid-2019 (first and last day, inclusive). A story whose events
 * lie elsewhere opens on its latest events instead (see `openingWindow`).
 */
export const DEFAULT_WINDOW = { from: '2018-10-01', to: '2019-07-31' } as const;

/** Half a year of slack either side of the data, so its ends can be seen whole. */
export const BOUNDS_MARGIN_DAYS = 183;

/** How many of the opening window's events the home page lists (the year pages list all). */
export const HOME_LIST_LIMIT = 20;
