/** What the host tells us about the user: display language and theme, with fallbacks for hosts that tell nothing. */
import type { Lang } from '../domain/types';
import type { ThemeName } from './types';

/** Office's display language ("th-TH") → the pane language: th-* is Thai, anything else English. */
export function langFrom(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^th\b/i.test(displayLanguage) ? 'th' : 'en';
}

/** Relative luminance of "#rrggbb" (WCAG), or null when unreadable. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/**
 * Office's theme when the host gives one (desktop Excel); Excel on the web may not (officeTheme undefined),
 * then the browser's prefers-color-scheme decides.
 */
export function themeFrom(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined | null,
  prefersDark: boolean,
): ThemeName {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  if (l !== null) return l < 0.4 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/** The browser's colour-scheme preference (false where matchMedia is missing, e.g. old web views). */
export function prefersDark(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/** The host's current theme, read again on every call (Office updates officeTheme when the user switches theme). */
export type ThemeSource = {
  readonly current: () => ThemeName;
  readonly subscribe: (onChange: (t: ThemeName) => void) => () => void;
};

/**
 * Follow the theme live. Excel has no theme-changed event for task panes, so Office's theme is looked at again
 * every few seconds and whenever the pane regains focus; the browser's colour scheme has its change event.
 */
export function liveTheme(
  officeTheme: () => { readonly bodyBackgroundColor?: string } | undefined | null,
  everyMs = 2_000,
): ThemeSource {
  const current = (): ThemeName => themeFrom(officeTheme(), prefersDark());
  return {
    current,
    subscribe: (onChange) => {
      let last = current();
      const check = (): void => {
        const t = current();
        if (t !== last) {
          last = t;
          onChange(t);
        }
      };
      const mq =
        typeof window !== 'undefined' && typeof window.matchMedia === 'function'
          ? window.matchMedia('(prefers-color-scheme: dark)')
          : null;
      mq?.addEventListener?.('change', check);
      window.addEventListener('focus', check);
      const timer = window.setInterval(check, everyMs);
      return () => {
        mq?.removeEventListener?.('change', check);
        window.removeEventListener('focus', check);
        window.clearInterval(timer);
      };
    },
  };
}
