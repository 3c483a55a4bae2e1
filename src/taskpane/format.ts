/** Number and place formatting for the pane (Arabic digits: the pane is a tool; Thai digits are for inserted sheets). */
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
