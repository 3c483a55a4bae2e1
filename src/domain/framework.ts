/** ITA frameworks per assessment year, held as data (src/domain/data/*.json) and validated at load. */
import fy2567 from './data/framework-2567.json';
import fy2568 from './data/framework-2568.json';
import ratingsData from './data/ratings.json';
import type { MessageCode } from './messages';
import type { Lang, Tool } from './types';
import { TOOLS } from './types';

export type Text = { readonly th: string; readonly en: string };
export type ItemScale = '0-100' | '0-50-100' | '0-100-binary';

export type FrameworkItem = {
  readonly code: string;
  /**
   * What the item is about, stable across years (the cross-walk): the key of the 7 ประเด็น, the measures library and
   * cross-year matching. Codes move every year (the complaint guideline is o22 in 2567, O17 in 2568, O16 in 2569); topics do not.
   */
  readonly topic: string;
  /** Further topics merged into this item (FY2568 O1 = structure + powers and duties): the item answers for them too. */
  readonly covers?: readonly string[];
  readonly tool: Tool;
  readonly name: Text;
  readonly scale: ItemScale;
  /** Indicator number the item belongs to; null where the data does not know (marked unknown). */
  readonly indicator: number | null;
  /** Names (any earlier year's wording) of the items merged into this one; matched by normalised name (FY2568 O12 = o14+o16). */
  readonly mergedFrom?: readonly string[];
  /** Earlier wordings of this same item, for matching across years by normalised name. */
  readonly formerly?: readonly string[];
  readonly confidence?: string;
  /** The code exists but what it is is not known (partial frameworks): never matched, never guessed. */
  readonly unknown?: boolean;
};

export type SubIndicator = { readonly no: string; readonly name: Text; readonly items: readonly string[]; readonly confidence?: string };

/**
 * How an indicator's score follows from its items:
 * - mean: plain mean of its items;
 * - mean-of-subindicators: mean of the sub-indicator means (NACC FY2567 indicator 9);
 * - reported: never recomputed (EIT: items do not aggregate to the published score).
 */
export type Aggregate = 'mean' | 'mean-of-subindicators' | 'reported';

export type Indicator = {
  readonly no: number;
  readonly tool: Tool;
  readonly name: Text;
  readonly aggregate: Aggregate;
  readonly items: readonly string[];
  readonly sub?: readonly SubIndicator[];
  readonly confidence?: string;
  readonly note?: string;
};

/**
 * How far a year's framework is known: verified (read in NACC sources or reproduced exactly by arithmetic), partial
 * (parts third-party or inferred, or unknown), assumed (nothing published: another year's framework taken as unchanged).
 */
export type FrameworkStatus = 'verified' | 'partial' | 'assumed';

export type Framework = {
  readonly year: number;
  readonly status: FrameworkStatus;
  readonly weights: Readonly<Record<Tool, number>>;
  readonly items: readonly FrameworkItem[];
  readonly indicators: readonly Indicator[];
  readonly unknown?: readonly string[];
  /** Parts taken as inferred rather than verified (e.g. FY2568 weights). */
  readonly inferred?: readonly string[];
  /** The year this framework copies, every fact assumed unchanged (FY2570 = FY2569 until the NACC publishes its manual). */
  readonly copyOf?: number;
};

/** Where the assessment year came from: the user (CLI --year, the pane), the workbook's text, its item names, or the default. */
export type YearSource = 'option' | 'workbook' | 'item-names' | 'latest-default';
/** Whose framework data this is: shipped with the product, edited by the user in the workbook's framework sheet, or a file (--framework). */
export type FrameworkOrigin =
  | { readonly kind: 'shipped' }
  | { readonly kind: 'workbook-sheet'; readonly sheet: string }
  | { readonly kind: 'file'; readonly file: string };

/**
 * The framework a summary was computed by, and why: `year` and `status` as used (status 'assumed' when another
 * year's framework stands in for a year without one), where the assessment year came from (`source`, with the
 * sentence saying why in `reason`), and whose data it is (`origin`).
 */
export type FrameworkInUse = Framework & {
  readonly source: YearSource;
  readonly reason: { readonly code: MessageCode; readonly params: Readonly<Record<string, string | number>> };
  readonly origin: FrameworkOrigin;
  /** The assessment year asked for (differs from `year` when another year's framework stands in). */
  readonly requested: number;
};

export type RatingLevel = {
  readonly label: Text;
  readonly min: number;
  readonly eachToolMin?: number;
  readonly pass: boolean;
  readonly confidence?: string;
};
export type RatingScheme = {
  readonly id: string;
  readonly fromYear: number;
  readonly toYear: number | null;
  readonly passLine: number;
  readonly levels: readonly RatingLevel[];
};

export class FrameworkError extends Error {
  constructor(readonly year: number | string, readonly problems: readonly string[]) {
    super(`Framework ${year} is invalid: ${problems.join('; ')}`);
    this.name = 'FrameworkError';
  }
}

export const FRAMEWORK_STATUSES: readonly FrameworkStatus[] = ['verified', 'partial', 'assumed'];

/** Check a framework's invariants: codes unique, every item in exactly one indicator, weights sum to 1, indicators 1..10. */
export function validateFramework(raw: unknown): Framework {
  const problems: string[] = [];
  const fw = raw as Partial<Framework> & { year?: unknown };
  const year = typeof fw?.year === 'number' ? fw.year : '?';
  if (typeof fw?.year !== 'number') problems.push('year missing');
  if (!fw?.weights || typeof fw.weights !== 'object') problems.push('weights missing');
  else {
    const sum = TOOLS.reduce((s, t) => s + (typeof fw.weights?.[t] === 'number' ? fw.weights[t] : NaN), 0);
    if (!Number.isFinite(sum) || Math.abs(sum - 1) > 1e-9) problems.push(`weights sum to ${sum}, not 1`);
  }
  if (!Array.isArray(fw?.items)) problems.push('items missing');
  if (!Array.isArray(fw?.indicators)) problems.push('indicators missing');
  if (problems.length) throw new FrameworkError(year, problems);
  const items = fw.items as FrameworkItem[];
  const indicators = fw.indicators as Indicator[];
  const codes = new Map<string, FrameworkItem>();
  const topicOwner = new Map<string, string>();
  for (const it of items) {
    if (!it || typeof it.code !== 'string') { problems.push('an item has no code'); continue; }
    if (codes.has(it.code)) { problems.push(`item ${it.code} appears twice`); continue; }
    codes.set(it.code, it);
    if (!TOOLS.includes(it.tool)) problems.push(`item ${it.code} has unknown tool ${String(it.tool)}`);
    if (typeof it.topic !== 'string' || !it.topic.trim()) { problems.push(`item ${it.code} has no topic`); continue; }
    if (it.covers !== undefined && !(Array.isArray(it.covers) && it.covers.every((t) => typeof t === 'string' && t.trim()))) problems.push(`item ${it.code}: covers must list topics`);
    // One item per topic and year: the topic is how themes, measures and other years find the item.
    for (const t of topicsOf(it)) {
      const other = topicOwner.get(t);
      if (other !== undefined) problems.push(`topic ${t} is on items ${other} and ${it.code}`);
      else topicOwner.set(t, it.code);
    }
  }
  const owner = new Map<string, number>();
  const nos = new Set<number>();
  for (const ind of indicators) {
    if (nos.has(ind.no)) problems.push(`indicator ${ind.no} appears twice`);
    nos.add(ind.no);
    if (!TOOLS.includes(ind.tool)) problems.push(`indicator ${ind.no} has unknown tool`);
    const members = [...ind.items, ...(ind.sub ?? []).flatMap((s) => s.items)];
    if (ind.aggregate === 'mean-of-subindicators' && !(ind.sub && ind.sub.length)) problems.push(`indicator ${ind.no} needs sub-indicators`);
    for (const c of members) {
      const it = codes.get(c);
      if (!it) { problems.push(`indicator ${ind.no} lists unknown item ${c}`); continue; }
      if (owner.has(c)) problems.push(`item ${c} belongs to indicators ${owner.get(c)} and ${ind.no}`);
      owner.set(c, ind.no);
      if (it.tool !== ind.tool) problems.push(`item ${c} (${it.tool}) is under indicator ${ind.no} (${ind.tool})`);
      if (it.indicator !== null && it.indicator !== ind.no) problems.push(`item ${c} says indicator ${it.indicator}, listed under ${ind.no}`);
    }
  }
  for (const it of items) {
    if (it.indicator !== null && !owner.has(it.code)) problems.push(`item ${it.code} belongs to no indicator`);
  }
  for (const t of TOOLS) if (!indicators.some((i) => i.tool === t)) problems.push(`tool ${t} has no indicator`);
  if (!FRAMEWORK_STATUSES.includes(fw.status as FrameworkStatus)) problems.push(`status ${String(fw.status)} is not one of ${FRAMEWORK_STATUSES.join(', ')}`);
  // A verified framework scores from items: nothing in it may be unknown. A partial one marks its unknowns (indicator null, unknown items).
  if (fw.status === 'verified') {
    for (const it of items) {
      if (it.indicator === null) problems.push(`item ${it.code} has no indicator in a verified framework`);
      if (it.unknown) problems.push(`item ${it.code} is unknown in a verified framework`);
    }
    for (const ind of indicators) {
      if (![...ind.items, ...(ind.sub ?? []).flatMap((s) => s.items)].length) problems.push(`indicator ${ind.no} has no items in a verified framework`);
    }
  }
  for (const it of items) {
    if (it.unknown && it.indicator !== null) problems.push(`item ${it.code} is unknown but placed under indicator ${it.indicator}`);
  }
  if (problems.length) throw new FrameworkError(year, problems);
  return fw as Framework;
}

const registry = new Map<number, Framework>();
/** Register a framework (validated). Later modules (e.g. FY2568) add theirs here. */
export function registerFramework(raw: unknown): Framework {
  const fw = validateFramework(raw);
  registry.set(fw.year, fw);
  return fw;
}
registerFramework(fy2567);
// FY2568 is partial (known codes and merges, unknown groupings): registered for cross-year mapping, never chosen for scoring.
registerFramework(fy2568);

export function knownFrameworkYears(): number[] {
  return [...registry.keys()].sort((a, b) => a - b);
}

/** Only frameworks complete enough to score an assessment year are used for scoring. */
export type FrameworkChoice = { readonly framework: Framework; readonly requested: number; readonly exact: boolean };

const scorable = (f: Framework): boolean => f.status !== 'partial';

/** The framework of an assessment year, or the nearest known scorable one (exact=false: the caller must warn). */
export function frameworkFor(year: number): FrameworkChoice {
  const exact = registry.get(year);
  if (exact && scorable(exact)) return { framework: exact, requested: year, exact: true };
  const candidates = [...registry.values()].filter(scorable);
  if (!candidates.length) throw new FrameworkError(year, ['no scorable framework is registered']);
  candidates.sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year);
  return { framework: candidates[0]!, requested: year, exact: false };
}

export function frameworkExact(year: number): Framework | undefined {
  return registry.get(year);
}

function validateRatings(raw: unknown): RatingScheme[] {
  const schemes = (raw as { schemes?: RatingScheme[] }).schemes;
  if (!Array.isArray(schemes) || !schemes.length) throw new FrameworkError('ratings', ['no rating schemes']);
  for (const s of schemes) {
    const mins = s.levels.map((l) => l.min);
    if (mins.some((m, i) => i > 0 && m > mins[i - 1]!)) throw new FrameworkError('ratings', [`scheme ${s.id}: levels not in descending order`]);
    if (mins[mins.length - 1] !== 0) throw new FrameworkError('ratings', [`scheme ${s.id}: lowest level must start at 0`]);
  }
  return schemes;
}
const schemes = validateRatings(ratingsData);

/** The rating scheme of an assessment year (letter grades to FY2565; pass levels from FY2566). */
export function ratingSchemeFor(year: number): RatingScheme {
  const s = schemes.find((x) => year >= x.fromYear && (x.toYear === null || year <= x.toYear));
  if (s) return s;
  // Before the first known scheme: the earliest one.
  return [...schemes].sort((a, b) => a.fromYear - b.fromYear)[0]!;
}

export function text(t: Text, lang: Lang): string {
  return t[lang];
}

export function itemOf(fw: Framework, code: string): FrameworkItem | undefined {
  return fw.items.find((i) => i.code === code);
}

/** Every topic an item answers for: its own, then those merged into it. */
export function topicsOf(it: { readonly topic: string; readonly covers?: readonly string[] }): readonly string[] {
  return it.covers?.length ? [it.topic, ...it.covers] : [it.topic];
}

/** The item of a year on a topic (its own topic or one merged into it); undefined when the year has none. */
export function itemOnTopic(fw: Framework, topic: string): FrameworkItem | undefined {
  return fw.items.find((i) => !i.unknown && (i.topic === topic || (i.covers?.includes(topic) ?? false)));
}

/** Every topic of every registered framework (the vocabulary themes and the measures library must cover). */
export function knownTopics(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const fw of registry.values()) for (const it of fw.items) for (const t of topicsOf(it)) out.add(t);
  return out;
}
