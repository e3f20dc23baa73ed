import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyAction } from './keys.ts';

const press = (key: string, modifiers: { shift?: boolean; ctrl?: boolean } = {}) =>
  keyAction({
    key,
    shiftKey: modifiers.shift ?? false,
    altKey: false,
    ctrlKey: modifiers.ctrl ?? false,
    metaKey: false,
  });

test('the keymap: one key, one action', () => {
  const cases: [string, ReturnType<typeof press>][] = [
    ['ArrowRight', { kind: 'step', offset: 1 }],
    ['ArrowLeft', { kind: 'step', offset: -1 }],
    ['Home', { kind: 'first' }],
    ['End', { kind: 'last' }],
    ['Enter', { kind: 'open' }],
    ['+', { kind: 'zoom', how: 'in' }],
    ['=', { kind: 'zoom', how: 'in' }],
    ['-', { kind: 'zoom', how: 'out' }],
    ['_', { kind: 'zoom', how: 'out' }],
    ['Escape', { kind: 'clear' }],
    ['a', null],
    ['Tab', null],
  ];
  for (const [key, action] of cases) assert.deepEqual(press(key), action, key);
});

test('Shift+arrows pan; Ctrl leaves every key to the browser', () => {
  assert.deepEqual(press('ArrowRight', { shift: true }), { kind: 'pan', direction: 1 });
  assert.deepEqual(press('ArrowLeft', { shift: true }), { kind: 'pan', direction: -1 });
  assert.equal(press('ArrowRight', { ctrl: true }), null);
  assert.equal(press('+', { ctrl: true }), null);
});
