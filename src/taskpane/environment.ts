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
export function themeFrom(officeTheme: { readonly bodyBackgroundColor?: string } | undefined | null, prefersDark: boolean): ThemeName {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  if (l !== null) return l < 0.4 ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}

/** The browser's colour-scheme preference (false where matchMedia is missing, e.g. old web views). */
export function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}
