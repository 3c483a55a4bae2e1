/** Number and place formatting for the pane (Arabic digits: the pane is a tool; Thai digits are for inserted sheets). */
import { asciiDigits } from '../domain/normalize';
import type { Location } from '../domain/types';

/** Two decimals, as NACC publishes scores; a dash when unknown. */
export function score(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : (Math.round(n * 100) / 100).toFixed(2);
}

/** "Sheet!C7" as Excel writes it (quoted when the name needs it). */
export function place(loc: Location): string {
  const name = /^[\p{L}\p{M}\p{N}_]+$/u.test(loc.sheet) ? loc.sheet : `'${loc.sheet.replace(/'/g, "''")}'`;
  return `${name}!${loc.cell}`;
}

/** A number as typed in a field: Thai (๒๕๖๗) and full-width digits accepted, a decimal comma too; null when not a number. */
export function typedNumber(s: string): number | null {
  const t = asciiDigits(s)
    .trim()
    .replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A Buddhist Era year as typed (2500–2700), Thai digits accepted; null otherwise. */
export function typedYear(s: string): number | null {
  const n = typedNumber(s);
  return n !== null && Number.isInteger(n) && n >= 2500 && n <= 2700 ? n : null;
}
