import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disableFeaturesFlag } from './chromium.ts';

test('disableFeaturesFlag adds features to the last --disable-features list, once each', () => {
  const cases: [args: string[], features: string[], flag: string][] = [
    [[], ['A'], '--disable-features=A'],
    [['--no-sandbox'], ['A', 'B'], '--disable-features=A,B'],
    [['--disable-features=X,Y', '--mute-audio'], ['A'], '--disable-features=X,Y,A'],
    [['--disable-features=X', '--disable-features=Y'], ['A'], '--disable-features=Y,A'],
    [['--disable-features=X,A'], ['A', 'B'], '--disable-features=X,A,B'],
    [['--disable-features='], ['A'], '--disable-features=A'],
    [['--enable-features=X'], ['A'], '--disable-features=A'],
  ];
  for (const [args, features, flag] of cases) {
    assert.equal(disableFeaturesFlag(args, features), flag, args.join(' '));
  }
});
