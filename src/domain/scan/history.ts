/**
 * Earlier years' overall scores, from a table in the workbook: years across a row with the scores in the row below
 * ("ปี 2563 | ปี 2564 | …" / "49.79 | 55.10 | …"), or years down a column with the scores beside them. Only a line
 * of overall scores counts: a row labelled with an indicator or a tool, or a column headed IIT/EIT/OIT, is not one.
 */
import { asciiDigits, parseScore } from '../normalize';
import type { Cell } from '../types';
import { matchIndicator } from './indicatorTables';
import { addr, cellAt, isBlank, type SheetView } from './sheet';

export type HistoryPoint = {
  readonly year: number;
  readonly score: number;
  readonly raw: Cell;
  readonly sheet: string;
  readonly cell: string;
};

const YEAR_LABEL =
  /^\s*(?:(?:ปี(?:งบประมาณ)?|fy|fiscal\s*year|b\.?\s*e\.?)\s*(?:พ\.?\s*ศ\.?)?\s*)?(25[5-9]\d|26\d\d)\s*$/i;
const OVERALL_LABEL = /ภาพรวม|คะแนน\s*(?:ita|รวม)?|ita|overall|score|ผลการประเมิน/i;
const PART_LABEL = /\b(?:iit|eit|oit)\b|ตัวชี้วัด|indicator/i;
const YEARS_LABEL = /ปี|year|fy/i;

/** The year a cell names as a label ("ปี 2563", "2563", 2563), or null. */
export function yearLabel(x: Cell): number | null {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 2550 && x <= 2700 ? x : null;
  if (typeof x !== 'string' || x.length > 30) return null;
  const m = YEAR_LABEL.exec(asciiDigits(x));
  return m ? Number(m[1]) : null;
}

const scoreOf = (x: Cell): number | null => {
  if (isBlank(x) || yearLabel(x) !== null) return null;
  const p = parseScore(x);
  return 'value' in p && p.value >= 0 && p.value <= 100 ? p.value : null;
};

const text = (x: Cell): string => (typeof x === 'string' ? x : '');

/** Does a label beside the scores say they are overall scores (or say nothing)? */
function overallLine(label: Cell): boolean {
  if (isBlank(label) || typeof label !== 'string') return true;
  if (PART_LABEL.test(label) || matchIndicator(label) !== null) return false;
  return OVERALL_LABEL.test(label) || YEARS_LABEL.test(label);
}

type Candidate = { readonly r: number; readonly c: number; readonly year: number };

function runs(cands: readonly Candidate[], along: 'row' | 'col'): Candidate[][] {
  const key = (x: Candidate): number => (along === 'row' ? x.r : x.c);
  const pos = (x: Candidate): number => (along === 'row' ? x.c : x.r);
  const sorted = [...cands].sort((a, b) => key(a) - key(b) || pos(a) - pos(b));
  const out: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const x of sorted) {
    const last = run[run.length - 1];
    if (last && key(last) === key(x) && pos(x) === pos(last) + 1 && x.year > last.year) run.push(x);
    else {
      if (run.length >= 2) out.push(run);
      run = [x];
    }
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/** The history tables of one sheet, from its year-label cells (found by the scanner's first pass). */
export function findHistory(v: SheetView, cands: readonly Candidate[]): HistoryPoint[] {
  // Years across a row: the scores in the next row (or the one after a blank row).
  for (const run of runs(cands, 'row')) {
    const r0 = run[0]!.r;
    const c0 = run[0]!.c;
    if (!overallLine(cellAt(v, r0, c0 - 1))) continue;
    for (const dr of [1, 2]) {
      const pts = run.flatMap((x) => {
        const raw = cellAt(v, x.r + dr, x.c);
        const s = scoreOf(raw);
        return s === null ? [] : [{ year: x.year, score: s, raw, sheet: v.name, cell: addr(v, x.r + dr, x.c) }];
      });
      if (pts.length >= 2 && overallLine(cellAt(v, r0 + dr, c0 - 1))) return pts;
      if (pts.length) break;
    }
  }
  // Years down a column: the column of overall scores to the right (headed so, or the only one with numbers).
  for (const run of runs(cands, 'col')) {
    const c0 = run[0]!.c;
    const head = run[0]!.r - 1;
    const cols: { c: number; n: number; header: string }[] = [];
    for (let c = c0 + 1; c <= c0 + 6 && c < v.width; c++) {
      const n = run.filter((x) => scoreOf(cellAt(v, x.r, c)) !== null).length;
      if (n >= 2) cols.push({ c, n, header: text(cellAt(v, head, c)) });
    }
    const headed = cols.find((x) => /ภาพรวม|รวม|overall|total/i.test(x.header));
    const col =
      headed ??
      (cols.length === 1 && !PART_LABEL.test(cols[0]!.header) && matchIndicator(cols[0]!.header) === null
        ? cols[0]
        : undefined);
    if (!col) continue;
    const pts = run.flatMap((x) => {
      const raw = cellAt(v, x.r, col.c);
      const s = scoreOf(raw);
      return s === null ? [] : [{ year: x.year, score: s, raw, sheet: v.name, cell: addr(v, x.r, col.c) }];
    });
    if (pts.length >= 2) return pts;
  }
  return [];
}
