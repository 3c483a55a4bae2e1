/** Sheet names: Excel allows at most 31 characters and none of []:*?/\ ; names compare case-insensitively. */

const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/** Make a name Excel accepts: forbidden characters become "-", no leading/trailing apostrophe, at most 31 characters. */
export function sanitizeSheetName(name: string): string {
  const s = name
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (s || 'ITA').slice(0, MAX_SHEET_NAME);
}

/** A name not taken by `taken` (case-insensitive): "Name", then "Name (2)", "Name (3)", … trimmed to fit 31 characters. */
export function uniqueSheetName(preferred: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const base = sanitizeSheetName(preferred);
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
