import { createContext, useContext } from 'react';

/** How the screen may look: `mono` (NO_COLOR, TERM=dumb) avoids colour; `ascii` (TERM=dumb) avoids box drawing. */
export interface Theme {
  mono: boolean;
  ascii: boolean;
}

export const ThemeContext = createContext<Theme>({ mono: false, ascii: false });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The theme the environment asks for. */
export function themeFromEnv(env: NodeJS.ProcessEnv = process.env): Theme {
  const dumb = env.TERM === 'dumb';
  return { mono: dumb || (env.NO_COLOR !== undefined && env.NO_COLOR !== ''), ascii: dumb };
}
