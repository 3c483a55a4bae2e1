/** The assessment year and the plan year (พ.ศ.) from what the workbook's texts say around each year. */
import { knownFrameworkYears } from '../framework';
import { asciiDigits } from '../normalize';
import { EN_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT } from '../thai';
import type { Issue } from '../types';
import type { Found } from './types';

export type TextCell = {
  readonly sheet: string;
  readonly r: number;
  readonly c: number;
  readonly cell: string;
  readonly s: string;
};
export type YearContext = 'assessment' | 'plan' | 'none';
export type YearMention = {
  readonly year: number;
  readonly ctx: YearContext;
  readonly sheet: string;
  readonly cell: string;
};

export const HAS_4_DIGITS = /[0-9๐-๙０-９]{4}/;
const YEAR_RE = /(?<![\d,/])(fy|fiscal\s*year|ค\.\s*ศ\.?)?\s*(\d{4})(?![\d]|[,.]\d|\s*[-/]\s*\d{1,2}(?!\d))/gi;
const ASSESS = ['ประเมิน', 'วิเคราะห์', 'ita', 'assess', 'ผลคะแนน'];
const PLAN = ['มาตรการ', 'แผน', 'ไปสู่การปฏิบัติ', 'plan', 'measure'];
const MONTHS = [
  ...THAI_MONTHS,
  ...THAI_MONTHS_SHORT,
  ...EN_MONTHS.map((m) => m.toLowerCase()),
  ...EN_MONTHS.map((m) => m.slice(0, 3).toLowerCase()),
];

/** The context word nearest before the end of `seg`: assessment, plan or none. */
export function lastContext(seg: string): YearContext {
  const low = seg.toLowerCase();
  let best = -1;
  let ctx: YearContext = 'none';
  for (const k of ASSESS) {
    const i = low.lastIndexOf(k);
    if (i > best) {
      best = i;
      ctx = 'assessment';
    }
  }
  for (const k of PLAN) {
    const i = low.lastIndexOf(k);
    if (i > best) {
      best = i;
      ctx = 'plan';
    }
  }
  return ctx;
}

// An ITA year lies near the years the data knows (ITA began in FY2557; a year far beyond the data is a count or an amount).
const KNOWN = knownFrameworkYears();
const MIN_YEAR = Math.min(...KNOWN) - 7;
const MAX_YEAR = Math.max(...KNOWN) + 5;
/** Words before a number that make it an ordinal or a count, not a year ("รายการที่ 2500", "ข้อ 2555", "No. 2560"). */
const ORDINAL_BEFORE = /(?:ที่|ลำดับ|ลำดับที่|ข้อ|เลขที่|เลข|หมายเลข|รหัส|จำนวน|รวม|no\.?|#)\s*$/i;
/** Units after a number that make it an amount ("2560 บาท", "2,500 คน"). */
const UNIT_AFTER = /^\s*(?:บาท|คน|ราย|ครั้ง|ชิ้น|หน่วย|แห่ง|เรื่อง|รายการ|ข้อ|%|คะแนน)/;

/** Whether a 4-digit number at idx (length 4) reads as a fiscal year: in range, not an ordinal, a count or an amount. */
function plausibleYear(s: string, idx: number, y: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  if (ORDINAL_BEFORE.test(s.slice(Math.max(0, idx - 12), idx))) return false;
  return !UNIT_AFTER.test(s.slice(idx + 4, idx + 14));
}

function afterMonth(s: string, idx: number): boolean {
  const before = s
    .slice(Math.max(0, idx - 14), idx)
    .trimEnd()
    .toLowerCase();
  return MONTHS.some((m) => before.endsWith(m.toLowerCase()));
}

/** Years named in one text, each with its context (the text before it, or the cells just above when the text has none). */
export function yearMentions(t: TextCell, above: () => string[]): YearMention[] {
  if (!HAS_4_DIGITS.test(t.s)) return [];
  const s = asciiDigits(t.s);
  const out: YearMention[] = [];
  let prevEnd = 0;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(s); m; m = YEAR_RE.exec(s)) {
    let y = Number(m[2]);
    const ce = m[1] !== undefined;
    if (ce && y >= 2019 && y <= 2030) y += 543;
    else if (!(y >= 2500 && y <= 2700)) continue;
    const at = m.index + m[0].indexOf(m[2]!);
    if (afterMonth(s, at)) continue; // a calendar date (ตุลาคม 2567), not a fiscal year
    if (!ce && !plausibleYear(s, at, y)) continue; // "รายการที่ 2500", "2560 บาท": not an assessment year
    let ctx = lastContext(s.slice(prevEnd, m.index));
    if (ctx === 'none' && prevEnd === 0) {
      for (const a of above()) {
        ctx = lastContext(a);
        if (ctx !== 'none') break;
      }
    }
    out.push({ year: y, ctx, sheet: t.sheet, cell: t.cell });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

function tally(ms: readonly YearMention[]): Array<{ year: number; n: number; first: YearMention }> {
  const m = new Map<number, { year: number; n: number; first: YearMention }>();
  for (const x of ms) {
    const e = m.get(x.year);
    if (e) e.n++;
    else m.set(x.year, { year: x.year, n: 1, first: x });
  }
  return [...m.values()];
}

/**
 * Decide the years: a year said with การประเมิน/ITA/วิเคราะห์ is the assessment year; one said with มาตรการ/แผน is the
 * plan year; otherwise the most frequent, and of two consecutive equally frequent years the smaller.
 */
export function decideYears(ms: readonly YearMention[]): {
  year: Found<number> | null;
  planYear: Found<number> | null;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const assess = tally(ms.filter((m) => m.ctx === 'assessment')).sort((a, b) => b.n - a.n || a.year - b.year);
  const none = tally(ms.filter((m) => m.ctx === 'none')).sort((a, b) => b.n - a.n || a.year - b.year);
  let chosen = assess[0] ?? none[0] ?? null;
  if (!assess.length && none.length > 1 && none[1]!.n === none[0]!.n) {
    chosen =
      Math.abs(none[0]!.year - none[1]!.year) === 1 ? (none[0]!.year < none[1]!.year ? none[0]! : none[1]!) : none[0]!;
  }
  const year = chosen ? { value: chosen.year, sheet: chosen.first.sheet, cell: chosen.first.cell } : null;
  if (chosen && assess.length > 1) {
    const rivals = assess.filter((a) => a.year !== chosen.year && a.n >= 2);
    if (rivals.length) {
      const r = rivals[0]!;
      issues.push({
        code: 'year.conflict',
        severity: 'warning',
        sheet: r.first.sheet,
        cell: r.first.cell,
        params: {
          years: [chosen.year, ...rivals.map((x) => x.year)].sort((a, b) => a - b).join(', '),
          used: chosen.year,
        },
      });
    }
  }
  let plans = tally(ms.filter((m) => m.ctx === 'plan'));
  if (year) {
    const later = plans.filter((p) => p.year > year.value);
    if (later.length) plans = later;
    else plans = plans.filter((p) => p.year !== year.value);
  }
  plans.sort((a, b) => b.n - a.n || b.year - a.year);
  const p = plans[0];
  const planYear = p ? { value: p.year, sheet: p.first.sheet, cell: p.first.cell } : null;
  return { year, planYear, issues };
}
