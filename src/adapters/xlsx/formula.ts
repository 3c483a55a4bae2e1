/**
 * Shared formulas: a cell that shares the formula of a master cell reads it moved by its offset, as Excel does —
 * relative references move, `$` ones stay; text in quotes, sheet names, function names, structured references and
 * external-book indexes are left alone.
 */
import { colName } from '../../domain/a1';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c > 127;

// A cell (A1, $B$2), a column range (A:C) or a row range (3:5), at a token boundary.
const REF =
  /^(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))/;

/** The master's formula as it reads in a cell `dRow` rows down and `dCol` columns right of the master. */
export function shiftFormula(f: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return f;
  let out = '';
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // A string, or a quoted sheet name; a doubled quote escapes itself.
      let j = i + 1;
      for (;;) {
        const k = f.indexOf(f[i]!, j);
        if (k < 0) {
          j = n;
          break;
        }
        if (f.charCodeAt(k + 1) === c) {
          j = k + 2;
          continue;
        }
        j = k + 1;
        break;
      }
      out += f.slice(i, j);
      i = j;
      continue;
    }
    if (c === 91 /* [ */) {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (f[j] === '[') depth++;
        else if (f[j] === ']' && --depth === 0) break;
      }
      out += f.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? f.charCodeAt(i - 1) : 0;
    if (!isWordChar(prev)) {
      const m = REF.exec(f.slice(i, i + 24));
      if (m) {
        const end = i + m[0].length;
        const next = end < n ? f.charCodeAt(end) : 0;
        // LOG10( is a function, Sheet1! a sheet, A1B a name: not references.
        if (!isWordChar(next) && next !== 40 /* ( */ && next !== 33 /* ! */) {
          out += shiftRef(m, dRow, dCol);
          i = end;
          continue;
        }
      }
    }
    // Copy a whole word at once so a reference is never looked for inside a name.
    let j = i + 1;
    if (isWordChar(c)) while (j < n && isWordChar(f.charCodeAt(j))) j++;
    out += f.slice(i, j);
    i = j;
  }
  return out;
}

function shiftCol(abs: string, letters: string, d: number): string | null {
  if (abs) return `$${letters.toUpperCase()}`;
  const c = colNumber(letters.toUpperCase()) + d;
  return c < 1 || c > MAX_COL ? null : colName(c - 1);
}

function shiftRow(abs: string, digits: string, d: number): string | null {
  if (abs) return `$${digits}`;
  const r = Number(digits) + d;
  return r < 1 || r > MAX_ROW ? null : String(r);
}

function shiftRef(m: RegExpExecArray, dRow: number, dCol: number): string {
  if (m[2] !== undefined) {
    const col = shiftCol(m[1]!, m[2], dCol);
    const row = shiftRow(m[3]!, m[4]!, dRow);
    return col === null || row === null ? '#REF!' : `${col}${row}`;
  }
  if (m[6] !== undefined) {
    const a = shiftCol(m[5]!, m[6], dCol);
    const b = shiftCol(m[7]!, m[8]!, dCol);
    return a === null || b === null ? '#REF!' : `${a}:${b}`;
  }
  const a = shiftRow(m[9]!, m[10]!, dRow);
  const b = shiftRow(m[11]!, m[12]!, dRow);
  return a === null || b === null ? '#REF!' : `${a}:${b}`;
}
