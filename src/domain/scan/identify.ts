/**
 * Which item each row of the user's tables is: by its name first, by its code second. Codes move every year (E-Service
 * is o13 in FY2567 and O10 in FY2568; O10 is the staff manual's neighbour o10 in 2567), names much less: a row whose
 * text is clearly another item's name is that item, and the code typed next to it is warned. Also how well a
 * workbook's item names fit each year's framework, for choosing the year when the workbook does not say it.
 */
import type { Framework, FrameworkItem } from '../framework';
import { normalizeText } from '../normalize';
import type { Issue, Tool } from '../types';
import type { ItemHit } from './types';

/** A name as compared: normalised Thai (NFC, Thai digits, no stray marks), no year phrases, no spaces, punctuation or symbols. */
export function nameKey(s: string): string {
  return normalizeText(s)
    .replace(/(?:ประจำ)?(?:ปี)?(?:งบประมาณ)?\s*(?:พ\.\s*ศ\.)?\s*25\d\d/g, '')
    .replace(/\b(?:fy|b\.e\.)\s*\d{4}\b/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

const bigrams = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
};

function dice(a: Map<string, number>, aLen: number, b: Map<string, number>, bLen: number): number {
  if (aLen < 2 || bLen < 2) return 0;
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return (2 * common) / (aLen - 1 + bLen - 1);
}

type Key = { readonly key: string; readonly grams: Map<string, number> };
type Candidate = { readonly item: FrameworkItem; readonly keys: readonly Key[] };

/** A typed text against a name: 1 equal; ~0.9 the text holds the whole name (extra words); ~0.8+ a shortened name; else bigram overlap. */
function similarity(t: Key, n: Key): number {
  if (!t.key || !n.key) return 0;
  if (t.key === n.key) return 1;
  if (n.key.length >= 4 && t.key.includes(n.key)) return 0.9 + 0.1 * (n.key.length / t.key.length);
  if (t.key.length >= 6 && n.key.includes(t.key)) return 0.8 + 0.15 * (t.key.length / n.key.length);
  return dice(t.grams, t.key.length, n.grams, n.key.length);
}

/** Below this, a text says nothing about which item it is (typos like "อ่าณาหน้าที่" still reach it; other items do not). */
export const NAME_MATCH = 0.75;
/** How much better a name must fit than the next one (and than the typed code's item) to overrule the code. */
const MARGIN = 0.05;

const cache = new WeakMap<Framework, Map<Tool, Candidate[]>>();
function candidates(fw: Framework, tool: Tool): Candidate[] {
  let byTool = cache.get(fw);
  if (!byTool) {
    byTool = new Map();
    for (const it of fw.items) {
      if (it.unknown) continue;
      const keys = [it.name.th, ...(it.aliases ?? [])]
        .map(nameKey)
        .filter((k) => k.length > 0)
        .map((key) => ({ key, grams: bigrams(key) }));
      const list = byTool.get(it.tool) ?? [];
      list.push({ item: it, keys });
      byTool.set(it.tool, list);
    }
    cache.set(fw, byTool);
  }
  return byTool.get(tool) ?? [];
}

const sameCode = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export type NameMatch = { readonly item: FrameworkItem; readonly score: number };

/** The items of a year whose names fit a text best, best first (score ≥ NAME_MATCH only). */
export function matchName(fw: Framework, tool: Tool, text: string): NameMatch[] {
  const key = nameKey(text);
  if (key.length < 2) return [];
  const t: Key = { key, grams: bigrams(key) };
  const out: NameMatch[] = [];
  for (const c of candidates(fw, tool)) {
    let best = 0;
    for (const k of c.keys) best = Math.max(best, similarity(t, k));
    if (best >= NAME_MATCH) out.push({ item: c.item, score: best });
  }
  return out.sort((a, b) => b.score - a.score);
}

export type Identified = {
  readonly hit: ItemHit;
  /** The framework's item this row is; null when neither its name nor its code is an item of the year. */
  readonly item: FrameworkItem | null;
  readonly by: 'name' | 'code' | null;
};

/** Identify one row: its name decides when it clearly names an item; else its code. */
export function identifyHit(fw: Framework, hit: ItemHit): Identified {
  const byCode = fw.items.find((i) => !i.unknown && i.tool === hit.tool && sameCode(i.code, hit.code)) ?? null;
  const matches = hit.text ? matchName(fw, hit.tool, hit.text) : [];
  const best = matches[0];
  if (!best) return { hit, item: byCode, by: byCode ? 'code' : null };
  if (byCode && best.item === byCode) return { hit, item: byCode, by: 'name' };
  const codeScore = byCode ? (matches.find((m) => m.item === byCode)?.score ?? 0) : 0;
  const second = matches[1]?.score ?? 0;
  if (best.score - Math.max(codeScore, second) >= MARGIN) return { hit, item: best.item, by: 'name' };
  return { hit, item: byCode, by: byCode ? 'code' : null };
}

/** Identify every row by the year's framework; a code the text overrules, or an item the year does not have, is warned at its cell. */
export function identifyItems(fw: Framework, hits: readonly ItemHit[]): { identified: Identified[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const identified = hits.map((h) => identifyHit(fw, h));
  for (const x of identified) {
    const h = x.hit;
    if (!x.item) {
      issues.push({
        code: 'item.unknownCode',
        severity: 'warning',
        sheet: h.sheet,
        cell: h.codeCell,
        params: { code: h.code, year: fw.year },
      });
    } else if (x.by === 'name' && !sameCode(x.item.code, h.code)) {
      issues.push({
        code: 'item.codeNameMismatch',
        severity: 'warning',
        sheet: h.sheet,
        cell: h.codeCell,
        params: { typed: h.code, code: x.item.code, name: x.item.name.th, year: fw.year },
      });
    }
  }
  return { identified, issues };
}

/** How a workbook's rows fit one year: names that fit the item with the same code, of the rows that have a name; codes the year has. */
export type YearFit = {
  readonly year: number;
  readonly matched: number;
  readonly named: number;
  readonly codesKnown: number;
  readonly rows: number;
};

/** The fit of the rows to each framework (only frameworks that name their items). */
export function fitYears(frameworks: readonly Framework[], hits: readonly ItemHit[]): YearFit[] {
  return frameworks.map((fw) => {
    let matched = 0;
    let named = 0;
    let codesKnown = 0;
    for (const h of hits) {
      const byCode = fw.items.some((i) => !i.unknown && i.tool === h.tool && sameCode(i.code, h.code));
      if (byCode) codesKnown++;
      if (!h.text || h.tool !== 'OIT') continue; // IIT/EIT questions have not changed since FY2567: they tell no year
      named++;
      const ms = matchName(fw, h.tool, h.text);
      const best = ms[0];
      if (best && ms.some((m) => sameCode(m.item.code, h.code) && m.score >= best.score - MARGIN)) matched++;
    }
    return { year: fw.year, matched, named, codesKnown, rows: hits.length };
  });
}
