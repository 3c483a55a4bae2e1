/** A sheet as the scanner reads it: bounds, cell access, A1 addresses with the snapshot's origin. */
import { a1, rangeA1 } from '../a1';
import type { Cell, Grid, SheetSnapshot } from '../types';

export type SheetView = {
  readonly name: string;
  readonly values: Grid;
  readonly height: number;
  /** Longest row length: every column below it is inside the sheet's range. */
  readonly width: number;
  readonly origin: { readonly row: number; readonly col: number };
};

export function sheetView(s: SheetSnapshot): SheetView {
  let width = 0;
  for (const row of s.values) if (row && row.length > width) width = row.length;
  return { name: s.name, values: s.values, height: s.values.length, width, origin: s.origin };
}

/** The cell at 0-based grid (r, c); null outside the grid or past a ragged row. */
export function cellAt(v: SheetView, r: number, c: number): Cell {
  const row = v.values[r];
  if (!row) return null;
  const x = row[c];
  return x === undefined ? null : x;
}

/** A1 address of grid (r, c), with the origin offset. */
export function addr(v: SheetView, r: number, c: number): string {
  return a1(v.origin.row + r, v.origin.col + c);
}

export function rangeAddr(v: SheetView, r0: number, c0: number, r1: number, c1: number): string {
  return rangeA1(v.origin.row + r0, v.origin.col + c0, v.origin.row + r1, v.origin.col + c1);
}

/** True when a cell holds nothing a reader would see. */
export function isBlank(x: Cell): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
}
