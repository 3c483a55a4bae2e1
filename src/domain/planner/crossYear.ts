/**
 * Items across fiscal years: matched by topic (the cross-walk, data), never by code
 * (FY2568 renumbers and merges OIT items: o14+o16 → O12; the complaint guideline is o22, O17, O16).
 */
import { itemOnTopic, topicsOf, type Framework } from '../framework';
import type { Lang } from '../types';
import { message } from '../messages';

export type CrossYearMatch =
  | { readonly code: string; readonly merged: readonly string[]; readonly confidence?: string }
  | { readonly unknown: true };

/**
 * A name as compared across years: NFC, no marks from other scripts (a stray Khmer vowel was seen in real files),
 * no zero-width characters, no spaces or punctuation, lower case.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u1780-\u17ff\u200b-\u200d\ufeff]/g, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * The counterpart of an item of `fromFw` in `toFw`, by topic (the cross-walk): the item of that year on the same
 * subject; the items of the source year merged into it listed; unknown when that year has no item on the topic.
 */
export function mapToYear(code: string, fromFw: Framework, toFw: Framework): CrossYearMatch {
  const src = fromFw.items.find((i) => i.code === code);
  if (!src || src.unknown) return { unknown: true };
  if (fromFw.year === toFw.year) return { code, merged: [code] };
  const target = topicsOf(src)
    .map((t) => itemOnTopic(toFw, t))
    .find((t) => t !== undefined);
  if (!target || target.tool !== src.tool) return { unknown: true };
  const covered = new Set(topicsOf(target));
  const merged = fromFw.items.filter((i) => !i.unknown && topicsOf(i).some((t) => covered.has(t))).map((i) => i.code);
  return {
    code: target.code,
    merged: merged.length ? merged : [code],
    ...(target.confidence ? { confidence: target.confidence } : {}),
  };
}

/** "o14/o16 → O12 ปี 2568", or "o2 → ไม่ทราบข้อที่ตรงกันในปี 2568" when there is no known counterpart. */
export function formatCrossYear(code: string, match: CrossYearMatch, toYear: number, lang: Lang): string {
  if ('unknown' in match) return message('plan.crossYearUnknown', lang, { from: code, year: toYear });
  const from = match.merged.length ? match.merged.join('/') : code;
  return message('plan.crossYear', lang, { from, to: match.code, year: toYear });
}
