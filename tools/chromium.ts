/**
 * Debian's Chromium, as every browser run here launches it (tests, bench,
 * screenshots): `CHROMIUM_PATH` overrides the path, and the flags keep it
 * from reaching for the network or needing a sandbox or a GPU.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
