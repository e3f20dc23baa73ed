/** Site-wide words. */
export const SITE_NAME = 'Huawei 5G: the US campaign';
export const SITE_TITLE = 'The US campaign against Huawei’s 5G equipment, 2012–2019';
export const SITE_DESCRIPTION =
  'A source-linked timeline of the US campaign against Huawei’s 5G equipment, 2012–2019: every date worked out from the words of archived news articles.';
