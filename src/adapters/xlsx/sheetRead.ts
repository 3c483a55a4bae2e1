/**
 * One worksheet, streamed into a plain grid: values by their type and number format (a date reads as its ISO day, a
 * number formatted % is listed in `percent`), shared and inline strings (rich text joined, phonetic runs left out),
 * formulas with their cached values (shared formulas moved to each cell), merged cells' values in the master only.
 * The sheet's cells count against a budget: past it, whole rows from there on are not kept and the sheet says so.
 */
import { a1 } from '../../domain/a1';
import type { Cell, SheetSnapshot } from '../../domain/types';
import { shiftFormula } from './formula';
import { NumKind } from '../../domain/numberFormat';
import { serialToIso } from './numFmt';
import type { Package } from './package';
import { decodeEntities, decodeXstring, local, attr, type XmlSink } from './xml';

export type ReadContext = {
  readonly sst: readonly string[];
  readonly kinds: Uint8Array;
  readonly date1904: boolean;
  /** Cells this sheet may keep (the smaller of the sheet cap and what the workbook has left). */
  readonly limit: number;
};

export type SheetRead = { readonly snapshot: SheetSnapshot; readonly slots: number };

const EMPTY: readonly Cell[] = Object.freeze([]);

/** "AB12" → [row, col] 0-based, or null. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36) continue;
    else break;
  }
  if (col === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return null;
  }
  return row === 0 ? null : [row - 1, col - 1];
}

function parseRange(ref: string): [number, number, number, number] | null {
  const [a, b] = ref.split(':');
  const p = parseRef(a ?? '');
  const q = b ? parseRef(b) : p;
  if (!p || !q) return null;
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])];
}

function isoOfD(v: string): string | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !/T/.test(v) ? v : `${v}Z`);
  if (Number.isNaN(t)) return v || null;
  const iso = new Date(t).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Read one worksheet part. */
export async function readSheet(
  pkg: Package,
  part: string,
  name: string,
  visibility: SheetSnapshot['visibility'],
  ctx: ReadContext,
): Promise<SheetRead> {
  const rowNums: number[] = [];
  const rowArrs: Cell[][] = [];
  let sorted = true;
  let cur: Cell[] | null = null;
  let curRow = -1;
  let slots = 0;
  let cells = 0;
  let truncRow = -1;
  const fRows: number[] = [];
  const fCols: number[] = [];
  const fTexts: string[] = [];
  const pRows: number[] = [];
  const pCols: number[] = [];
  const merges: string[] = [];
  const shared = new Map<string, { text: string; row: number; col: number }>();

  let inSheetData = false;
  let rowNum = -1;
  let nextCol = 0;
  // The cell being read.
  let inCell = false;
  let cRow = 0,
    cCol = 0;
  let cT = '';
  let cS = 0;
  let v = '';
  let inV = false;
  let f = '';
  let inF = false;
  let fType = '';
  let fRef = '';
  let fSi = '';
  let hasF = false;
  let inIs = false;
  let inT = false;
  let rph = 0;
  let isText = '';

  const startRow = (r: number): void => {
    if (rowNums.length > 0 && r <= rowNums[rowNums.length - 1]!) {
      if (r === rowNums[rowNums.length - 1]) {
        cur = rowArrs[rowArrs.length - 1]!;
        curRow = r;
        return;
      }
      sorted = false;
    }
    cur = [];
    curRow = r;
    rowNums.push(r);
    rowArrs.push(cur);
  };

  const finishCell = (): void => {
    let value: Cell = null;
    switch (cT) {
      case 's': {
        const s = ctx.sst[Number(v)];
        value = s === undefined || s === '' ? null : s;
        break;
      }
      case 'str':
      case 'inlineStr': {
        const s = decodeXstring(decodeEntities(cT === 'str' ? v : isText));
        value = s === '' ? null : s;
        break;
      }
      case 'b':
        value = v === '' ? null : v.trim() === '1' || v.trim() === 'true';
        break;
      case 'e':
        value = v === '' ? null : decodeEntities(v);
        break;
      case 'd':
        value = v === '' ? null : isoOfD(v.trim());
        break;
      default: {
        if (v === '') break;
        const x = Number(v);
        if (!Number.isFinite(x)) break;
        const kind = ctx.kinds[cS] ?? NumKind.Plain;
        if (kind === NumKind.Date) value = serialToIso(x, ctx.date1904);
        else {
          value = x;
          if (kind === NumKind.Percent) {
            pRows.push(cRow);
            pCols.push(cCol);
          }
        }
      }
    }
    let formula: string | undefined;
    if (hasF) {
      const text = decodeEntities(f);
      if (fType === 'shared') {
        if (text !== '' && fRef !== '') {
          shared.set(fSi, { text, row: cRow, col: cCol });
          formula = text;
        } else {
          const m = shared.get(fSi);
          if (m) formula = shiftFormula(m.text, cRow - m.row, cCol - m.col);
        }
      } else if (text !== '') formula = text;
    }
    if (value === null && formula === undefined) return;
    cells++;
    if (truncRow >= 0) return;
    if (cRow !== curRow || cur === null) startRow(cRow);
    const row = cur!;
    if (cCol >= row.length) {
      const add = cCol + 1 - row.length;
      if (slots + add > ctx.limit) {
        truncRow = cRow;
        return;
      }
      slots += add;
      while (row.length < cCol) row.push(null);
      row.push(value);
    } else row[cCol] = value;
    if (formula !== undefined) {
      fRows.push(cRow);
      fCols.push(cCol);
      fTexts.push(formula);
    }
  };

  const sink: XmlSink = {
    open(qname, raw, self) {
      const n = local(qname);
      if (inCell) {
        if (n === 'v') {
          inV = !self;
        } else if (n === 'f') {
          hasF = true;
          inF = !self;
          fType = attr(raw, 't') ?? '';
          fRef = attr(raw, 'ref') ?? '';
          fSi = attr(raw, 'si') ?? '';
        } else if (n === 'is') inIs = !self;
        else if (inIs && n === 'rPh') {
          if (!self) rph++;
        } else if (inIs && n === 't' && rph === 0) inT = !self;
        return;
      }
      if (n === 'c' && inSheetData) {
        const r = attr(raw, 'r');
        const p = r ? parseRef(r) : null;
        if (p) {
          cRow = p[0];
          cCol = p[1];
        } else {
          cRow = rowNum < 0 ? 0 : rowNum;
          cCol = nextCol;
        }
        if (rowNum < 0) rowNum = cRow;
        nextCol = cCol + 1;
        cT = attr(raw, 't') ?? '';
        const s = attr(raw, 's');
        cS = s ? Number(s) : 0;
        v = '';
        f = '';
        isText = '';
        hasF = false;
        fType = '';
        inV = false;
        inF = false;
        inIs = false;
        inT = false;
        rph = 0;
        if (self) {
          inCell = false;
          finishCell();
        } else inCell = true;
      } else if (n === 'row') {
        const r = attr(raw, 'r');
        rowNum = r ? Number(r) - 1 : rowNum + 1;
        nextCol = 0;
      } else if (n === 'sheetData') inSheetData = !self;
      else if (n === 'mergeCell') {
        const ref = attr(raw, 'ref');
        if (ref) merges.push(ref);
      }
    },
    close(qname) {
      const n = local(qname);
      if (inCell) {
        if (n === 'c') {
          inCell = false;
          finishCell();
        } else if (n === 'v') inV = false;
        else if (n === 'f') inF = false;
        else if (n === 'is') inIs = false;
        else if (n === 'rPh') rph--;
        else if (n === 't') inT = false;
        return;
      }
      if (n === 'sheetData') inSheetData = false;
    },
    text(raw, cdata) {
      if (!inCell) return;
      if (inV) v += cdata ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
      else if (inF) f += cdata ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
      // Raw until the cell is whole: a chunk may end inside an entity or an _xHHHH_ escape.
      else if (inT) isText += cdata ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
    },
  };

  await pkg.streamXml(part, sink);

  // Whole rows only: from the row where the budget ran out, nothing is kept.
  if (truncRow >= 0) {
    while (rowNums.length && rowNums[rowNums.length - 1]! >= truncRow) {
      slots -= rowArrs[rowArrs.length - 1]!.length;
      rowNums.pop();
      rowArrs.pop();
    }
  }
  if (!sorted) {
    const order = rowNums.map((_, i) => i).sort((a, b) => rowNums[a]! - rowNums[b]!);
    const nums = order.map((i) => rowNums[i]!);
    const arrs = order.map((i) => rowArrs[i]!);
    for (let i = 0; i < nums.length; i++) {
      rowNums[i] = nums[i]!;
      rowArrs[i] = arrs[i]!;
    }
  }
  const byRow = new Map<number, Cell[]>();
  for (let i = 0; i < rowNums.length; i++) byRow.set(rowNums[i]!, rowArrs[i]!);

  // A merged cell's value lives in its master only (writers may leave stale copies in the others).
  const hiddenByMerge = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m);
    if (!r) continue;
    const [r0, c0, r1, c1] = r;
    for (let i = lowerBound(rowNums, r0); i < rowNums.length && rowNums[i]! <= r1; i++) {
      const row = rowArrs[i]!;
      for (let c = c0; c <= c1 && c < row.length; c++) {
        if (rowNums[i] === r0 && c === c0) continue;
        if (row[c] !== null) row[c] = null;
        hiddenByMerge.add(`${rowNums[i]},${c}`);
      }
    }
  }

  const truncated = truncRow >= 0;
  if (rowNums.length === 0 || slots === 0) {
    const snap: SheetSnapshot = { name, origin: { row: 0, col: 0 }, values: [], formulas: {}, visibility };
    return { snapshot: truncated ? { ...snap, truncated: { cells, limit: ctx.limit } } : snap, slots: 0 };
  }
  let minCol = Infinity;
  for (const row of rowArrs) {
    for (let c = 0; c < row.length && c < minCol; c++)
      if (row[c] !== null) {
        minCol = c;
        break;
      }
  }
  if (minCol === Infinity) minCol = 0;
  const r0 = rowNums[0]!;
  const r1 = rowNums[rowNums.length - 1]!;
  const values: (readonly Cell[])[] = new Array(r1 - r0 + 1);
  for (let r = 0; r < values.length; r++) values[r] = EMPTY;
  for (let i = 0; i < rowNums.length; i++) {
    const row = rowArrs[i]!;
    values[rowNums[i]! - r0] = minCol > 0 ? row.slice(minCol) : row;
  }
  const formulas: Record<string, string> = {};
  const limitRow = truncated ? truncRow : Infinity;
  for (let i = 0; i < fTexts.length; i++) {
    if (fRows[i]! >= limitRow || hiddenByMerge.has(`${fRows[i]},${fCols[i]}`)) continue;
    formulas[a1(fRows[i]!, fCols[i]!)] = fTexts[i]!;
  }
  const percent: string[] = [];
  for (let i = 0; i < pRows.length; i++) {
    if (pRows[i]! >= limitRow || hiddenByMerge.has(`${pRows[i]},${pCols[i]}`)) continue;
    percent.push(a1(pRows[i]!, pCols[i]!));
  }
  const snap: SheetSnapshot = {
    name,
    origin: { row: r0, col: minCol },
    values,
    formulas,
    visibility,
    ...(percent.length ? { percent } : {}),
  };
  return { snapshot: truncated ? { ...snap, truncated: { cells, limit: ctx.limit } } : snap, slots };
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The shared string table: rich text runs joined, phonetic guides (rPh) left out. */
export async function readSharedStrings(pkg: Package, part: string): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let rph = 0;
  let text = '';
  const sink: XmlSink = {
    open(qname, _raw, self) {
      const n = local(qname);
      if (n === 'si') {
        if (self) out.push('');
        else {
          inSi = true;
          text = '';
        }
      } else if (inSi && n === 'rPh') {
        if (!self) rph++;
      } else if (inSi && n === 't' && rph === 0) inT = !self;
    },
    close(qname) {
      const n = local(qname);
      if (n === 'si') {
        inSi = false;
        out.push(text);
      } else if (n === 'rPh') rph--;
      else if (n === 't') inT = false;
    },
    text(raw, cdata) {
      if (inT) text += cdata ? raw.replace(/&/g, '&amp;') : raw;
    },
  };
  await pkg.streamXml(part, sink);
  // Decoded once per string: entities, then the format's _xHHHH_ escapes.
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    if (s.indexOf('&') >= 0 || s.indexOf('_x') >= 0) out[i] = decodeXstring(decodeEntities(s));
  }
  return out;
}
