/**
 * Scores stored as percentages: a cell holding 0.7284 formatted "0.00%" shows 72.84%, and that is the score the
 * officer typed. The scanner reads such cells as shown (×100); the formulas we write over them read `cell*100`.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../types';
import { parseA1 } from '../a1';

/** The key of a cell in `percentCells`: sheet name and A1 address. */
export const percentKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

/** Every cell formatted as a percentage, by percentKey. */
export function percentCells(wb: WorkbookSnapshot): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of wb.sheets) for (const c of s.percent ?? []) out.add(percentKey(s.name, c));
  return out;
}

/** The workbook as Excel shows it: numbers formatted % multiplied by 100 (rounded off float noise); others as they are. */
export function asShown(wb: WorkbookSnapshot): WorkbookSnapshot {
  if (!wb.sheets.some((s) => s.percent?.length)) return wb;
  return {
    sheets: wb.sheets.map((s): SheetSnapshot => {
      if (!s.percent?.length) return s;
      const values = [...s.values];
      for (const ref of s.percent) {
        const p = parseA1(ref);
        const r = p ? p.row - s.origin.row : -1;
        const row = values[r];
        if (!p || !row) continue;
        const c = p.col - s.origin.col;
        const v = row[c];
        if (typeof v !== 'number') continue;
        const copy = [...row];
        copy[c] = Math.round(v * 100 * 1e10) / 1e10;
        values[r] = copy;
      }
      return { ...s, values };
    }),
  };
}
