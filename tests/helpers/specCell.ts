/** Read a SheetSpec like a spreadsheet in tests: A1 lookups and text search. */
import { a1, parseA1 } from '../../src/domain/a1';
import type { SheetSpec, SpecCell } from '../../src/domain/specs/sheetSpec';

/** The spec cell at an A1 address ("C7"), or null. */
export function specCellAt(spec: SheetSpec, ref: string): SpecCell | null {
  const p = parseA1(ref);
  if (!p) throw new Error(`bad A1 ref ${ref}`);
  return spec.rows[p.row]?.[p.col] ?? null;
}

/** Every written cell with its address. */
export function specCells(spec: SheetSpec): { ref: string; cell: SpecCell }[] {
  return spec.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell ? [{ ref: a1(r, c), cell }] : [])));
}

/** Address of the first cell whose text value satisfies the test. */
export function findText(spec: SheetSpec, test: (s: string) => boolean): string | null {
  return specCells(spec).find(({ cell }) => typeof cell.value === 'string' && test(cell.value))?.ref ?? null;
}

/** All string values of the spec. */
export function specTexts(spec: SheetSpec): string[] {
  return specCells(spec).flatMap(({ cell }) => (typeof cell.value === 'string' ? [cell.value] : []));
}
