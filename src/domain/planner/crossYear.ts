/**
 * Items across fiscal years: matched by normalised name, never by code alone
 * (FY2568 renumbers and merges OIT items: o14+o16 → O12; o2 has no known counterpart and is not guessed as O2).
 */
import type { Framework, FrameworkItem } from '../framework';
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

/** All names under which an item may appear in an earlier year: its own, earlier wordings, and merged items. */
function namesOf(it: FrameworkItem): { own: Set<string>; merged: Set<string> } {
  const own = new Set([it.name.th, ...(it.formerly ?? [])].map(normaliseName));
  const merged = new Set((it.mergedFrom ?? []).map(normaliseName));
  return { own, merged };
}

/** The counterpart of an item of `fromFw` in `toFw`, by normalised name; merged items listed; unknown when none matches. */
export function mapToYear(code: string, fromFw: Framework, toFw: Framework): CrossYearMatch {
  const src = fromFw.items.find((i) => i.code === code);
  if (!src || src.unknown) return { unknown: true };
  if (fromFw === toFw) return { code, merged: [code] };
  const key = normaliseName(src.name.th);
  const hits = toFw.items.filter((t) => {
    if (t.unknown || t.tool !== src.tool) return false;
    const n = namesOf(t);
    return n.own.has(key) || n.merged.has(key);
  });
  // Two counterparts would mean ambiguous data: say unknown rather than pick one.
  if (hits.length !== 1) return { unknown: true };
  const target = hits[0]!;
  const mergedNames = namesOf(target).merged;
  const merged = mergedNames.size
    ? fromFw.items.filter((i) => !i.unknown && i.tool === src.tool && mergedNames.has(normaliseName(i.name.th))).map((i) => i.code)
    : [code];
  return { code: target.code, merged, ...(target.confidence ? { confidence: target.confidence } : {}) };
}

/** "o14/o16 → O12 ปี 2568", or "o2 → ไม่ทราบข้อที่ตรงกันในปี 2568" when there is no known counterpart. */
export function formatCrossYear(code: string, match: CrossYearMatch, toYear: number, lang: Lang): string {
  if ('unknown' in match) return message('plan.crossYearUnknown', lang, { from: code, year: toYear });
  const from = match.merged.length ? match.merged.join('/') : code;
  return message('plan.crossYear', lang, { from, to: match.code, year: toYear });
}
