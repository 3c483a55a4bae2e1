/**
 * ITA frameworks per assessment year, held as data: one bundle per year (src/domain/data/framework-YYYY.json, listed
 * in ./data/bundles.ts), validated at load. Adding a year = its bundle + its line in the list + tests.
 */
import { FRAMEWORK_BUNDLES } from './data/bundles';
import ratingsData from './data/ratings.json';
import { message, type MessageCode } from './messages';
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
  /** Other Thai wordings of this same item (the full question, a shorter or older form officers type), for identifying it by name. */
  readonly aliases?: readonly string[];
  readonly scale: ItemScale;
  /** Indicator number the item belongs to; null where the data does not know (marked unknown). */
  readonly indicator: number | null;
  /** How sure the data is (verified, third-party, inferred, assumed …: free text starting with or naming the class). */
  readonly confidence?: string;
  /** Where the fact was read. */
  readonly source?: string;
  readonly note?: string;
  /** The code exists but what it is is not known (partial frameworks): never matched, never guessed. */
  readonly unknown?: boolean;
};

export type SubIndicator = {
  readonly no: string;
  readonly name: Text;
  readonly items: readonly string[];
  readonly confidence?: string;
};

/**
 * How an indicator's score follows from its items:
 * - mean: plain mean of its items;
 * - mean-of-subindicators: mean of the sub-indicator means (NACC FY2567 indicator 9);
 * - reported: never recomputed (EIT: items do not aggregate to the published score).
 */
export type Aggregate = 'mean' | 'mean-of-subindicators' | 'reported';

/**
 * Whether the item-to-indicator grouping is verified: verified (FY2567: computed from items and reconciled with the
 * stated value), or inferred (FY2568+: the stated value is used; items give only an estimate).
 */
export type Grouping = 'verified' | 'inferred';

export type Indicator = {
  readonly no: number;
  readonly tool: Tool;
  readonly name: Text;
  readonly aggregate: Aggregate;
  /** Absent = inferred: only a verified grouping lets items override what the workbook states. */
  readonly grouping?: Grouping;
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
  /** When the year's results were (or are expected to be) announced, "YYYY-MM[-DD]" (CE); null = not yet. */
  readonly resultsAnnounced?: string | null;
  /** The year's own rating thresholds (a user's framework sheet or file); absent: ratings.json by year. */
  readonly rating?: RatingScheme;
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

/** One problem of a framework's data, as a catalogue sentence; `code` names the item when there is one. */
export type FrameworkProblem = {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, string | number>>;
};

export class FrameworkError extends Error {
  constructor(
    readonly year: number | string,
    readonly problems: readonly FrameworkProblem[],
  ) {
    super(`Framework ${year} is invalid: ${problems.map((p) => message(p.code, 'en', p.params)).join('; ')}`);
    this.name = 'FrameworkError';
  }
}

/** The problems of a FrameworkError, one sentence each, in a language. */
export function frameworkProblems(e: FrameworkError, lang: Lang): string[] {
  return e.problems.map((p) => message(p.code, lang, p.params));
}

export const FRAMEWORK_STATUSES: readonly FrameworkStatus[] = ['verified', 'partial', 'assumed'];
const AGGREGATES: readonly Aggregate[] = ['mean', 'mean-of-subindicators', 'reported'];

/** Every item code of an indicator: its own and those of its sub-indicators. */
export function membersOf(ind: Indicator): readonly string[] {
  return ind.sub?.length ? [...ind.items, ...ind.sub.flatMap((s) => s.items)] : ind.items;
}

/** Check a framework's invariants: codes and topics unique, every placed item in exactly one indicator of its tool, weights sum to 1, indicators 1..10. */
export function validateFramework(raw: unknown): Framework {
  const problems: FrameworkProblem[] = [];
  const bad = (code: MessageCode, params: Record<string, string | number> = {}): void => {
    problems.push({ code, params });
  };
  const fw = raw as Partial<Framework> & { year?: unknown };
  const year = typeof fw?.year === 'number' ? fw.year : '?';
  if (typeof fw?.year !== 'number' || !Number.isInteger(fw.year)) bad('framework.bad.year');
  if (!fw?.weights || typeof fw.weights !== 'object') bad('framework.bad.weightsMissing');
  else {
    const sum = TOOLS.reduce((s, t) => s + (typeof fw.weights?.[t] === 'number' ? fw.weights[t] : NaN), 0);
    if (!Number.isFinite(sum) || Math.abs(sum - 1) > 1e-9) bad('framework.bad.weights', { sum });
  }
  if (!Array.isArray(fw?.items)) bad('framework.bad.itemsMissing');
  if (!Array.isArray(fw?.indicators)) bad('framework.bad.indicatorsMissing');
  if (problems.length) throw new FrameworkError(year, problems);
  const items = fw.items as FrameworkItem[];
  const indicators = fw.indicators as Indicator[];
  const codes = new Map<string, FrameworkItem>();
  const topicOwner = new Map<string, string>();
  for (const it of items) {
    if (!it || typeof it.code !== 'string' || !it.code.trim()) {
      bad('framework.bad.noCode');
      continue;
    }
    if (codes.has(it.code)) {
      bad('framework.bad.duplicateItem', { code: it.code });
      continue;
    }
    codes.set(it.code, it);
    if (!TOOLS.includes(it.tool)) bad('framework.bad.itemTool', { code: it.code, tool: String(it.tool) });
    if (!it.name || typeof it.name.th !== 'string' || !it.name.th.trim())
      bad('framework.bad.itemName', { code: it.code });
    if (it.aliases !== undefined && !(Array.isArray(it.aliases) && it.aliases.every((a) => typeof a === 'string')))
      bad('framework.bad.aliases', { code: it.code });
    if (typeof it.topic !== 'string' || !it.topic.trim()) {
      bad('framework.bad.noTopic', { code: it.code });
      continue;
    }
    if (
      it.covers !== undefined &&
      !(Array.isArray(it.covers) && it.covers.every((t) => typeof t === 'string' && t.trim()))
    )
      bad('framework.bad.covers', { code: it.code });
    // One item per topic and year: the topic is how themes, measures and other years find the item.
    for (const t of topicsOf(it)) {
      const other = topicOwner.get(t);
      if (other !== undefined) bad('framework.bad.topicTwice', { topic: t, code: other, other: it.code });
      else topicOwner.set(t, it.code);
    }
  }
  const owner = new Map<string, number>();
  const nos = new Set<number>();
  for (const ind of indicators) {
    if (!ind || !Number.isInteger(ind.no) || ind.no < 1 || ind.no > 10) {
      bad('framework.bad.indicatorNo', { no: String(ind?.no) });
      continue;
    }
    if (nos.has(ind.no)) bad('framework.bad.indicatorTwice', { no: ind.no });
    nos.add(ind.no);
    if (!TOOLS.includes(ind.tool)) bad('framework.bad.indicatorTool', { no: ind.no });
    if (!AGGREGATES.includes(ind.aggregate))
      bad('framework.bad.aggregate', { no: ind.no, aggregate: String(ind.aggregate) });
    if (ind.grouping !== undefined && ind.grouping !== 'verified' && ind.grouping !== 'inferred')
      bad('framework.bad.grouping', { no: ind.no, grouping: String(ind.grouping) });
    if (!Array.isArray(ind.items)) {
      bad('framework.bad.indicatorItems', { no: ind.no });
      continue;
    }
    if (ind.aggregate === 'mean-of-subindicators' && !(ind.sub && ind.sub.length))
      bad('framework.bad.noSub', { no: ind.no });
    for (const c of membersOf(ind)) {
      const it = codes.get(c);
      if (!it) {
        bad('framework.bad.unknownItem', { no: ind.no, code: c });
        continue;
      }
      if (owner.has(c)) bad('framework.bad.itemTwoIndicators', { code: c, no: owner.get(c)!, other: ind.no });
      owner.set(c, ind.no);
      if (it.tool !== ind.tool)
        bad('framework.bad.toolMismatch', { code: c, tool: it.tool, no: ind.no, indTool: ind.tool });
      if (it.indicator !== null && it.indicator !== ind.no)
        bad('framework.bad.indicatorMismatch', { code: c, said: String(it.indicator), no: ind.no });
    }
  }
  for (const it of items) {
    if (typeof it?.code === 'string' && it.indicator !== null && it.indicator !== undefined && !owner.has(it.code))
      bad('framework.bad.itemNoIndicator', { code: it.code });
  }
  for (const t of TOOLS) if (!indicators.some((i) => i?.tool === t)) bad('framework.bad.toolNoIndicator', { tool: t });
  if (!FRAMEWORK_STATUSES.includes(fw.status as FrameworkStatus))
    bad('framework.bad.status', { status: String(fw.status) });
  // A verified framework scores from items: nothing in it may be unknown. A partial one marks its unknowns (indicator null, unknown items).
  if (fw.status === 'verified') {
    for (const it of items) {
      if (it.indicator === null) bad('framework.bad.verifiedNoIndicator', { code: it.code });
      if (it.unknown) bad('framework.bad.verifiedUnknown', { code: it.code });
    }
    for (const ind of indicators)
      if (ind && Array.isArray(ind.items) && !membersOf(ind).length) bad('framework.bad.verifiedEmpty', { no: ind.no });
  }
  for (const it of items) {
    if (it?.unknown && it.indicator !== null)
      bad('framework.bad.unknownPlaced', { code: it.code, no: String(it.indicator) });
  }
  if (fw.rating !== undefined) {
    const detail = ratingProblem(fw.rating);
    if (detail) bad('framework.bad.ratings', { detail });
  }
  if (problems.length) throw new FrameworkError(year, problems);
  return fw as Framework;
}

/** A copy of another year's framework with every fact marked assumed (FY2570 = FY2569). */
function assumedCopy(base: Framework, raw: Partial<Framework> & { year: number }): unknown {
  const assumed = `assumed (as FY${base.year}; nothing published for FY${raw.year})`;
  return {
    ...base,
    ...raw,
    status: 'assumed',
    copyOf: base.year,
    items: base.items.map((i) => ({ ...i, confidence: assumed })),
    indicators: base.indicators.map((i) => ({
      ...i,
      grouping: 'inferred',
      confidence: assumed,
      ...(i.sub ? { sub: i.sub.map((s) => ({ ...s, confidence: assumed })) } : {}),
    })),
    inferred: [`every fact: a copy of FY${base.year}`],
    unknown: base.unknown ?? [],
  };
}

const registry = new Map<number, Framework>();
/** Register a framework (validated); a bundle with copyOf becomes a copy of that year with every fact assumed. */
export function registerFramework(raw: unknown): Framework {
  const r = raw as Partial<Framework> & { year: number };
  const base = typeof r?.copyOf === 'number' ? registry.get(r.copyOf) : undefined;
  if (typeof r?.copyOf === 'number' && !base)
    throw new FrameworkError(r.year, [{ code: 'framework.bad.copyOf', params: { year: r.copyOf } }]);
  const fw = validateFramework(base ? assumedCopy(base, r) : raw);
  registry.set(fw.year, fw);
  return fw;
}
for (const b of FRAMEWORK_BUNDLES) registerFramework(b);

export function knownFrameworkYears(): number[] {
  return [...registry.keys()].sort((a, b) => a - b);
}

/** A framework for a year: the caller's own (edited by the user, --framework) before the shipped one. */
export type FrameworkChoice = { readonly framework: Framework; readonly requested: number; readonly exact: boolean };

/** The framework of an assessment year, or the nearest known one (exact=false: the caller must warn and call it assumed). */
export function frameworkFor(year: number, own: readonly Framework[] = []): FrameworkChoice {
  const mine = own.find((f) => f.year === year);
  if (mine) return { framework: mine, requested: year, exact: true };
  const exact = registry.get(year);
  if (exact) return { framework: exact, requested: year, exact: true };
  const candidates = [...registry.values()];
  if (!candidates.length) throw new FrameworkError(year, [{ code: 'framework.bad.none', params: {} }]);
  candidates.sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year);
  return { framework: candidates[0]!, requested: year, exact: false };
}

export function frameworkExact(year: number): Framework | undefined {
  return registry.get(year);
}

/** Every framework that names its items (the candidates when item names must tell the year). */
export function frameworksWithItems(own: readonly Framework[] = []): Framework[] {
  const byYear = new Map<number, Framework>();
  for (const f of registry.values()) byYear.set(f.year, f);
  for (const f of own) byYear.set(f.year, f);
  return [...byYear.values()]
    .filter((f) => f.items.some((i) => i.tool === 'OIT' && !i.unknown))
    .sort((a, b) => a.year - b.year);
}

/** "2025-08-15" → a comparable date; the first day of the month when only the month is given. */
function announcedDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1)) : null;
}

/** The latest assessment year whose results are out by `today` (from the bundles' resultsAnnounced), the default year. */
export function latestAnnouncedYear(today: Date = new Date(), own: readonly Framework[] = []): number {
  const years = new Map<number, Framework>();
  for (const f of registry.values()) years.set(f.year, f);
  for (const f of own) years.set(f.year, f);
  const out = [...years.values()].filter((f) => {
    const d = f.resultsAnnounced ? announcedDate(f.resultsAnnounced) : null;
    return d !== null && d.getTime() <= today.getTime();
  });
  if (!out.length) return Math.min(...years.keys());
  return Math.max(...out.map((f) => f.year));
}

/** Whether an indicator is computed from items (a verified grouping) rather than taken as stated. */
export function groupingVerified(ind: Indicator): boolean {
  return ind.aggregate !== 'reported' && ind.grouping === 'verified';
}

/** What is wrong with a rating scheme (levels highest first, the lowest from 0, labels in both languages), or null. */
function ratingProblem(sc: RatingScheme): string | null {
  if (!sc || !Array.isArray(sc.levels) || !sc.levels.length) return 'no levels';
  const mins = sc.levels.map((l) => l.min);
  if (mins.some((m) => typeof m !== 'number' || !Number.isFinite(m))) return 'a level has no minimum';
  if (mins.some((m, i) => i > 0 && m > mins[i - 1]!)) return `scheme ${sc.id}: levels not in descending order`;
  if (mins[mins.length - 1] !== 0) return `scheme ${sc.id}: lowest level must start at 0`;
  if (sc.levels.some((l) => !l.label?.th || !l.label?.en)) return 'a level has no label';
  return null;
}

function validateRatings(raw: unknown): RatingScheme[] {
  const schemes = (raw as { schemes?: RatingScheme[] }).schemes;
  if (!Array.isArray(schemes) || !schemes.length)
    throw new FrameworkError('ratings', [{ code: 'framework.bad.ratings', params: { detail: 'no rating schemes' } }]);
  for (const s of schemes) {
    const mins = s.levels.map((l) => l.min);
    if (mins.some((m, i) => i > 0 && m > mins[i - 1]!))
      throw new FrameworkError('ratings', [
        { code: 'framework.bad.ratings', params: { detail: `scheme ${s.id}: levels not in descending order` } },
      ]);
    if (mins[mins.length - 1] !== 0)
      throw new FrameworkError('ratings', [
        { code: 'framework.bad.ratings', params: { detail: `scheme ${s.id}: lowest level must start at 0` } },
      ]);
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
