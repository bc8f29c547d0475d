import { useInput, type Key } from 'ink';
import { keyName } from '../keymap.js';

export interface KeyPress {
  /** The key's name in the key table ("j", "ctrl+d", "shift+tab", "enter"…). */
  name: string;
  input: string;
  key: Key;
}

/** Reads the keyboard and hands every key press, named as in the key table (src/ui/keymap.ts), to `handler`. */
export function useKeymap(handler: (press: KeyPress) => void, isActive = true): void {
  useInput((input, key) => handler({ name: keyName(input, key), input, key }), { isActive });
}
