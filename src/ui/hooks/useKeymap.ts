import { useInput, type Key } from 'ink';
import { keyName } from '../keymap.js';

export interface KeyPress {
  /** The key's name in the key table ("j", "ctrl+d", "shift+tab", "enter"…). */
  name: string;
  input: string;
  key: Key;
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
} as Key;

/**
 * Reads the keyboard and hands every key press, named as in the key table (src/ui/keymap.ts), to `handler`.
 * Several characters arriving at once (typed fast, pasted) are handed over one by one.
 */
export function useKeymap(handler: (press: KeyPress) => void, isActive = true): void {
  useInput(
    (input, key) => {
      const chars = [...input];
      if (chars.length > 1 && !key.ctrl && !key.meta && !input.includes('\u001b')) {
        for (const ch of chars) {
          if (ch === '\r' || ch === '\n') handler({ name: 'enter', input: ch, key: { ...NO_KEY, return: true } });
          else if (ch === '\t') handler({ name: 'tab', input: ch, key: { ...NO_KEY, tab: true } });
          else handler({ name: keyName(ch, NO_KEY), input: ch, key: { ...NO_KEY, shift: ch !== ch.toLowerCase() } });
        }
        return;
      }
      handler({ name: keyName(input, key), input, key });
    },
    { isActive },
  );
}
