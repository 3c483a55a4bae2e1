/**
 * The rank NACC gave the agency, as the workbook states it: "อยู่ในระดับ 5,240 ของหน่วยงานประเภท องค์การบริหารส่วนตำบล",
 * "ลำดับที่ 120 จาก 7,850 แห่ง", "อันดับ 12", or a label "อันดับ" with the number beside it.
 */
import { asciiDigits } from '../normalize';
import type { Found } from './types';
import type { TextCell } from './year';

export type Rank = {
  /** 1 = best. */
  readonly position: number;
  /** How many agencies it was ranked among, when stated. */
  readonly total: number | null;
  /** The group it was ranked in, as typed ("องค์การบริหารส่วนตำบล"), when stated. */
  readonly group: string | null;
};

export const RANK_PREFILTER = /ลำดับ|อันดับ|ระดับ|rank/i;
const INT = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const RANK_RE = new RegExp(
  `(ลำดับที่|อันดับที่|ระดับที่|ลำดับ|อันดับ|ระดับ|ranked|rank)\\s*(?:no\\.?\\s*)?${INT}(?![\\d.]|\\s*คะแนน)(?:\\s*(?:จากทั้งหมด|จาก|out\\s+of|of)\\s*${INT}(?![\\d.]))?`,
  'i',
);
const GROUP_RE = /(?:ของ|ใน|among)\s*(?:กลุ่ม)?(?:หน่วยงาน)?(?:ประเภท|กลุ่ม)\s*([\u0e01-\u0e4e]+(?:\s[\u0e01-\u0e4e]+)?)/;
const CONTEXT = /ita|คะแนน|ผลการประเมิน|หน่วยงาน|ประเทศ|แห่ง|agencies|agency/i;
const LABEL_ONLY = /^\s*(?:ลำดับที่|อันดับ(?:ที่)?|rank(?:ing)?)\s*[:：]?\s*$/i;
const num = (s: string): number => Number(s.replace(/,/g, ''));

/** The rank a text states, or null. A "ระดับ N" is a rank only with a thousands separator or "จาก/ของ" after it. */
export function rankInText(raw: string): Rank | null {
  if (!RANK_PREFILTER.test(raw)) return null;
  const s = asciiDigits(raw.normalize('NFC'));
  const m = RANK_RE.exec(s);
  if (!m || !CONTEXT.test(s)) return null;
  const word = m[1]!.toLowerCase();
  const after = s.slice(m.index + m[0].length);
  const total = m[3] ? num(m[3]) : null;
  if (word.startsWith('ระดับ') && !m[2]!.includes(',') && total === null && !/^\s*ของ/.test(after)) return null;
  const position = num(m[2]!);
  if (!(position >= 1) || (total !== null && total < position)) return null;
  const g = GROUP_RE.exec(after);
  const group = g
    ? g[1]!
        .trim()
        .split(/\s+(?:โดย|และ|ซึ่ง)/)[0]!
        .replace(/\s*(?:โดย|และ|ซึ่ง).*$/, '')
    : null;
  return { position, total, group: group || null };
}

/** A label cell that only says "อันดับ" / "ลำดับที่" (its number is beside it). */
export function isRankLabel(s: string): boolean {
  return LABEL_ONLY.test(s);
}

/** The first rank stated (document order). */
export function firstRank(texts: readonly (TextCell & { rank: Rank })[]): Found<Rank> | null {
  const t = texts[0];
  return t ? { value: t.rank, sheet: t.sheet, cell: t.cell } : null;
}
