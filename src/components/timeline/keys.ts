/**
 * The timeline's keys, as actions: a pure mapping from a key press to what
 * it asks for, so the element only carries actions out (and a unit test can
 * read the whole keymap).
 */
export type KeyAction =
  | { kind: 'step'; offset: 1 | -1 }
  | { kind: 'pan'; direction: 1 | -1 }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'open' }
  | { kind: 'zoom'; how: 'in' | 'out' }
  | { kind: 'clear' };

/** What a key press on the focused timeline asks for, or null for keys it leaves alone. */
export function keyAction(
  key: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): KeyAction | null {
  if (key.altKey || key.ctrlKey || key.metaKey) return null;
  switch (key.key) {
    case 'ArrowRight':
      return key.shiftKey ? { kind: 'pan', direction: 1 } : { kind: 'step', offset: 1 };
    case 'ArrowLeft':
      return key.shiftKey ? { kind: 'pan', direction: -1 } : { kind: 'step', offset: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
      return { kind: 'open' };
    case '+':
    case '=':
      return { kind: 'zoom', how: 'in' };
    case '-':
    case '_':
      return { kind: 'zoom', how: 'out' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}
