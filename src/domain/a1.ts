/** A1-address helpers. Rows and columns are 0-based internally. */

export function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, col) → "C7". */
export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

/** "C7" → { row: 6, col: 2 }; also accepts "$C$7". Returns null for anything else. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** "A1:C7" for a 0-based rectangle (inclusive). A single cell gives "A1". */
export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  const a = a1(r0, c0);
  const b = a1(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

/** Quote a sheet name for use in a formula: 'My Sheet'!A1 (quotes doubled). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A formula reference to a cell on a sheet, absolute: 'Sheet 1'!$C$7. */
export function sheetRef(sheet: string, cell: string): string {
  const p = parseA1(cell);
  const abs = p ? `$${colName(p.col)}$${p.row + 1}` : cell;
  return `${quoteSheet(sheet)}!${abs}`;
}
