/**
 * Reading our document sheets in tests: their texts carry the line breaks we wrote in (hard-wrapped where each host
 * will break them), and a long text may continue on the next row (the next page). Compare texts squashed.
 */
import type { SheetSpec } from '../../src/domain/specs/sheetSpec';

/** A text without its whitespace (line breaks, hanging indents and spaces): what wrapping never changes. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** The text of a cell of row r, column c ('' when none). */
export const textAt = (spec: SheetSpec, r: number, c: number): string => {
  const v = spec.rows[r]?.[c]?.value;
  return typeof v === 'string' ? v : '';
};

/** Index of the first row whose first non-empty cell (squashed) starts with `prefix` (squashed). */
export function rowStarting(spec: SheetSpec, prefix: string, from = 0): number {
  const p = squash(prefix);
  for (let r = from; r < spec.rows.length; r++) {
    const first = (spec.rows[r] ?? []).map((c) => (typeof c?.value === 'string' ? c.value : '')).find((t) => t !== '');
    if (first !== undefined && squash(first).startsWith(p)) return r;
  }
  return -1;
}
