/** Choosing the score line of a table (a column for row tables, a row for transposed ones) by where the numbers are. */
import { isNumeric } from '../normalize';
import type { Cell } from '../types';

/** Access to a table's cells along its lines: line = the row of an item (rows orientation), pos = the column. */
export type LineAccess = {
  readonly get: (line: number, pos: number) => Cell;
  /** Header text above (or left of) the table at pos, if any. */
  readonly header: (pos: number) => string | null;
};

const SCORE_HEADER = /คะแนน|score|ผลการประเมิน|ค่าคะแนน/i;
const YEAR_IN_TEXT = /(?:25[0-9]{2}|26[0-9]{2}|2700)/;

/**
 * The score position for a table: among positions right of the code (or label), those where at least half as many
 * lines hold numbers as the best one; prefer a header naming the assessment year, then a header saying คะแนน/score
 * (the last of several), else the most numbers, nearest first. Null when nothing looks like a score.
 */
export function chooseScorePos(
  lines: readonly number[],
  from: number,
  to: number,
  acc: LineAccess,
  year: number | null,
): number | null {
  if (to <= from) return null;
  const counts: number[] = [];
  let max = 0;
  for (let p = from + 1; p <= to; p++) {
    let n = 0;
    for (const l of lines) if (isNumeric(acc.get(l, p))) n++;
    counts.push(n);
    if (n > max) max = n;
  }
  const headerOf = (p: number) => acc.header(p);
  if (max === 0) {
    // No numbers yet (a blank template): a column headed คะแนน/score is still the score column.
    for (let p = from + 1; p <= to; p++) {
      const h = headerOf(p);
      if (h && SCORE_HEADER.test(h)) return p;
    }
    return null;
  }
  const threshold = Math.max(1, Math.ceil(max / 2));
  const cands: number[] = [];
  for (let p = from + 1; p <= to; p++) if (counts[p - from - 1]! >= threshold) cands.push(p);
  if (cands.length > 1) {
    const withHeader = cands.map((p) => ({ p, h: headerOf(p) ?? '' }));
    if (year !== null) {
      const y = String(year);
      const byYear = withHeader.filter((x) => x.h.includes(y));
      if (byYear.length) return byYear[byYear.length - 1]!.p;
    }
    const scored = withHeader.filter((x) => SCORE_HEADER.test(x.h) || YEAR_IN_TEXT.test(x.h));
    if (scored.length) return scored[scored.length - 1]!.p;
  }
  let best = cands[0]!;
  for (const p of cands) if (counts[p - from - 1]! > counts[best - from - 1]!) best = p;
  return best;
}
