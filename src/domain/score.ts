/**
 * Scoring: from a scan to a Summary, by the assessment year's framework (data). The one home of the scoring
 * structure (planner/project.ts reuses it): tool = mean of its indicators; overall = Σ weight·tool (0.30/0.30/0.40);
 * an indicator from items only where its grouping is verified (FY2567: 9 = mean of its 5 sub-indicator means),
 * else as the workbook states it, items giving an estimate; EIT indicators never recomputed from e-items.
 * Published figures are compared with a tolerance of 0.01 (NACC aggregates unrounded data).
 */
import { sheetRef } from './a1';
import { percentKey } from './scan/percent';
import {
  frameworkFor,
  frameworksWithItems,
  groupingVerified,
  latestAnnouncedYear,
  membersOf,
  ratingSchemeFor,
  type Framework,
  type FrameworkInUse,
  type FrameworkItem,
  type FrameworkOrigin,
  type Indicator,
  type RatingScheme,
  type YearSource,
} from './framework';
import { fitYears, identifyItems, type Identified, type YearFit } from './scan/identify';
import type { Reported, ScanResult } from './scan/types';
import { DEFAULT_SETTINGS, type Settings, type Thresholds } from './settings';
import type {
  HistoryEntry,
  IndicatorResult,
  ItemResult,
  OverallResult,
  RatingResult,
  SubIndicatorResult,
  Summary,
  ToolResult,
  WeakLevel,
} from './summary';
import type { Cell, Issue, Location, Tool } from './types';
import { TOOLS } from './types';

/** Agreement tolerance between a stated and a computed score (NACC FY2567 rounding). */
export const TOLERANCE = 0.01;

/** What the caller knows beyond the scan: today (for the latest year whose results are out), the user's own frameworks. */
export type SummarizeContext = {
  readonly today?: Date;
  /** Frameworks that replace the shipped one of their year (edited in the workbook's framework sheet, or --framework). */
  readonly frameworks?: readonly { readonly framework: Framework; readonly origin: FrameworkOrigin }[];
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const loc = (sheet: string, cell: string): Location => ({ sheet, cell });
const fmt = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);
const agrees = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE + 1e-9;

/**
 * Whether a stated score agrees with the computed one within the tolerance (NACC aggregates unrounded data);
 * null when either is missing. The one place this is decided: the engine's warnings, the pane and the CLI read it.
 */
export function agreement(stated: number | null, computed: number | null): boolean | null {
  return stated === null || computed === null ? null : agrees(stated, computed);
}

/** Weak level of an item score under the thresholds (OIT items by publication level, IIT/EIT by the pass line). */
export function itemWeakLevel(tool: Tool, score: number | null, t: Thresholds): WeakLevel {
  if (score === null) return null;
  if (tool === 'OIT') {
    if (score <= t.oitCriticalAtOrBelow) return 'critical';
    return score < t.oitWeakBelow ? 'weak' : null;
  }
  return surveyWeakLevel(score, t);
}

/** Weak level of an IIT/EIT item or of any indicator. */
export function surveyWeakLevel(score: number | null, t: Thresholds): WeakLevel {
  if (score === null) return null;
  if (score < t.surveyCriticalBelow) return 'critical';
  return score < t.surveyWeakBelow ? 'weak' : null;
}

type YearChoice = { year: number; planYear: number; source: YearSource; reason: FrameworkInUse['reason'] };

/** Years a workbook's names may tell: results out come first, the latest first; copies (FY2570 = FY2569) last. */
function preference(latest: number, fws: ReadonlyMap<number, Framework>): (a: YearFit, b: YearFit) => number {
  const rank = (y: number): number => (fws.get(y)?.copyOf !== undefined ? 2 : y <= latest ? 0 : 1);
  return (a, b) => rank(a.year) - rank(b.year) || (rank(a.year) === 0 ? b.year - a.year : a.year - b.year);
}

/** The year the item names (or, failing them, the item codes) point to; null when they tell nothing. */
function yearFromItems(
  scan: ScanResult,
  own: readonly Framework[],
  latest: number,
): { year: number; reason: FrameworkInUse['reason'] } | null {
  const fws = frameworksWithItems(own);
  const byYear = new Map(fws.map((f) => [f.year, f]));
  const fits = fitYears(fws, scan.items);
  const pref = preference(latest, byYear);
  const named = [...fits]
    .filter((f) => f.matched >= 2)
    .sort((a, b) => b.matched - a.matched || b.codesKnown - a.codesKnown || pref(a, b));
  const best = named[0];
  if (best) {
    const runner = [...fits]
      .filter(
        (f) =>
          f.year !== best.year && byYear.get(f.year)?.copyOf !== best.year && byYear.get(best.year)?.copyOf !== f.year,
      )
      .sort((a, b) => b.matched - a.matched || pref(a, b))[0];
    return {
      year: best.year,
      reason: {
        code: 'framework.year.itemNames',
        params: {
          matched: best.matched,
          total: best.named,
          year: best.year,
          runnerYear: runner?.year ?? '—',
          runnerMatched: runner?.matched ?? 0,
        },
      },
    };
  }
  // No name tells: codes the default year does not have (o27–o35 exist only in FY2567's 35-item list).
  const def = fits.find((f) => f.year === latest);
  const byCodes = [...fits].sort((a, b) => b.codesKnown - a.codesKnown || pref(a, b))[0];
  if (def && byCodes && byCodes.codesKnown > def.codesKnown) {
    const known = new Set(byYear.get(def.year)!.items.map((i) => i.code.toLowerCase()));
    const extra = [...new Set(scan.items.map((h) => h.code).filter((c) => !known.has(c.toLowerCase())))];
    return {
      year: byCodes.year,
      reason: {
        code: 'framework.year.itemCodes',
        params: { codes: extra.slice(0, 6).join(', ') + (extra.length > 6 ? ', …' : ''), year: byCodes.year },
      },
    };
  }
  return null;
}

function resolveYear(scan: ScanResult, settings: Settings, ctx: SummarizeContext, issues: Issue[]): YearChoice {
  const own = (ctx.frameworks ?? []).map((f) => f.framework);
  const latest = latestAnnouncedYear(ctx.today ?? new Date(), own);
  let year: number;
  let source: YearSource;
  let reason: FrameworkInUse['reason'];
  if (settings.year !== undefined) {
    year = settings.year;
    source = 'option';
    reason = { code: 'framework.year.option', params: { year } };
    if (scan.year && scan.year.value !== year) {
      issues.push({
        code: 'year.optionContradicts',
        severity: 'warning',
        sheet: scan.year.sheet,
        cell: scan.year.cell,
        params: { year, stated: scan.year.value },
      });
    }
  } else if (scan.year) {
    year = scan.year.value;
    source = 'workbook';
    reason = { code: 'framework.year.workbook', params: { year, place: `${scan.year.sheet}!${scan.year.cell}` } };
    // A year copied from last year's file: the names say otherwise (clearly: more items, and most of them).
    const fws = frameworksWithItems(own);
    const fits = fitYears(fws, scan.items);
    const mine = fits.find((f) => f.year === year);
    const other = fits
      .filter((f) => f.year !== year && fws.find((x) => x.year === f.year)?.copyOf !== year)
      .sort((a, b) => b.matched - a.matched)[0];
    if (mine && other && other.matched >= mine.matched + 3 && other.matched * 2 >= other.named) {
      issues.push({
        code: 'year.namesFitOther',
        severity: 'warning',
        sheet: scan.year.sheet,
        cell: scan.year.cell,
        params: { year, other: other.year, matched: mine.matched, otherMatched: other.matched },
      });
    }
  } else {
    const fromItems = yearFromItems(scan, own, latest);
    if (fromItems) {
      year = fromItems.year;
      source = 'item-names';
      reason = fromItems.reason;
    } else {
      year = latest;
      source = 'latest-default';
      reason = { code: 'framework.year.latestDefault', params: { year } };
      issues.push({ code: 'year.notFound', severity: 'warning', params: { used: year } });
    }
  }
  const stated = scan.planYear?.value;
  let planYear = settings.planYear ?? (stated !== undefined && stated > year ? stated : year + 1);
  if (planYear <= year) {
    issues.push({ code: 'year.planNotAfter', severity: 'error', params: { planYear, year, used: year + 1 } });
    planYear = year + 1;
  }
  return { year, planYear, source, reason };
}

function fmtScore(n: number | null): string | number {
  return n === null ? '—' : n;
}

/** Every item of the year, from the rows identified as it (name first, code second); duplicates warned on the later row. */
function itemResults(fw: Framework, scan: ScanResult, t: Thresholds, issues: Issue[]): ItemResult[] {
  const byCode = new Map<string, Identified['hit'][]>();
  if (!fw.items.length) {
    // An indicator-level year (FY2562–2566): item lists are not held, so item rows are not read.
    if (scan.items.length)
      issues.push({ code: 'framework.noItems', severity: 'info', params: { year: fw.year, count: scan.items.length } });
  } else {
    const { identified, issues: idIssues } = identifyItems(fw, scan.items);
    issues.push(...idIssues);
    for (const x of identified) {
      if (!x.item) continue;
      const list = byCode.get(x.item.code);
      if (list) list.push(x.hit);
      else byCode.set(x.item.code, [x.hit]);
    }
  }
  for (const [code, hits] of byCode) {
    const first = hits[0]!;
    for (const h of hits.slice(1)) {
      const same = first.score === h.score;
      issues.push({
        code: same ? 'item.duplicate' : 'item.duplicateConflict',
        severity: 'warning',
        sheet: h.sheet,
        cell: h.cell,
        params: {
          code,
          other: `${first.sheet}!${first.cell}`,
          score: fmtScore(same ? first.score : h.score),
          otherScore: fmtScore(first.score),
        },
      });
    }
  }
  return fw.items.map((it): ItemResult => {
    const hits = byCode.get(it.code) ?? [];
    const used = hits.find((h) => h.score !== null) ?? hits[0];
    const score = used?.score ?? null;
    return {
      code: it.code,
      topic: it.topic,
      covers: it.covers ?? [],
      tool: it.tool,
      name: it.name,
      indicator: it.indicator,
      score,
      weak: itemWeakLevel(it.tool, score, t),
      location: used ? loc(used.sheet, used.cell) : null,
      numericCell: used !== undefined && typeof used.raw === 'number' && used.raw === score,
      formulaRef: used
        ? cellFormulaRef(used.raw, score, used.sheet, used.cell, scan.percent?.has(percentKey(used.sheet, used.cell)))
        : null,
      duplicates: hits.filter((h) => h !== used).map((h) => loc(h.sheet, h.cell)),
      ...(used?.text ? { text: used.text } : {}),
    };
  });
}

/** AVERAGE over the user's cells, or null when a cell is not a plain number (then writers use the value). */
function averageFormula(codes: readonly string[], items: ReadonlyMap<string, ItemResult>): string | null {
  const refs: string[] = [];
  for (const c of codes) {
    const ref = items.get(c)?.formulaRef;
    if (!ref) return null;
    refs.push(ref);
  }
  return refs.length ? `AVERAGE(${refs.join(',')})` : null;
}

/** An indicator from item scores by its aggregate (mean; mean of sub-indicator means); null when taken as reported or an item is missing. */
export function indicatorFromItems(ind: Indicator, score: (code: string) => number | null): number | null {
  if (ind.aggregate === 'reported') return null;
  const all = (codes: readonly string[]): number[] | null => {
    const xs = codes.map(score);
    return xs.length > 0 && xs.every((x) => x !== null) ? (xs as number[]) : null;
  };
  if (ind.aggregate === 'mean-of-subindicators') {
    const subs = (ind.sub ?? []).map((s) => all(s.items));
    return subs.length > 0 && subs.every((x) => x !== null) ? mean(subs.map((x) => mean(x as number[]))) : null;
  }
  const xs = all(membersOf(ind));
  return xs ? mean(xs) : null;
}

const clamp = (x: number): number => Math.min(100, Math.max(0, x));

/**
 * The one rule for an indicator's score, for summarize() and every projection:
 * - taken as reported (EIT): the stated value;
 * - verified grouping (FY2567): from items, else the stated value;
 * - grouping not verified (FY2568+): the stated value, moved by what the items change (fromItems − baseline, the
 *   estimate from the summary's own items) in a projection; with nothing stated, the estimate from items.
 */
export function indicatorValue(
  ind: Indicator,
  fromItems: number | null,
  reported: number | null,
  baseline: number | null,
): { score: number | null; source: IndicatorResult['source'] } {
  if (ind.aggregate === 'reported') return { score: reported, source: reported !== null ? 'reported' : 'missing' };
  if (groupingVerified(ind)) {
    if (fromItems !== null) return { score: fromItems, source: 'items' };
    return { score: reported, source: reported !== null ? 'reported' : 'missing' };
  }
  if (reported !== null) {
    const moved = fromItems !== null && baseline !== null ? clamp(reported + (fromItems - baseline)) : reported;
    return { score: moved, source: 'reported' };
  }
  return { score: fromItems, source: fromItems !== null ? 'estimate' : 'missing' };
}

/** Tools (mean of their indicators) and overall (Σ weight·tool) from indicator scores: the structure's last two steps. */
export function combine(
  fw: Framework,
  indicators: Readonly<Record<number, number | null>>,
): { tools: Record<Tool, number | null>; overall: number | null } {
  const tools = {} as Record<Tool, number | null>;
  for (const t of TOOLS) {
    const xs = fw.indicators.filter((i) => i.tool === t).map((i) => indicators[i.no] ?? null);
    tools[t] = xs.length && xs.every((x) => x !== null) ? mean(xs as number[]) : null;
  }
  const overall = TOOLS.some((t) => tools[t] === null)
    ? null
    : TOOLS.reduce((s, t) => s + fw.weights[t] * (tools[t] as number), 0);
  return { tools, overall };
}

function computeIndicator(
  ind: Indicator,
  items: ReadonlyMap<string, ItemResult>,
): {
  fromItems: number | null;
  formula: string | null;
  missing: string[];
  present: number;
  sub?: SubIndicatorResult[];
} {
  const scoreOf = (c: string): number | null => items.get(c)?.score ?? null;
  const all = membersOf(ind);
  const missing = all.filter((c) => scoreOf(c) === null);
  const present = all.length - missing.length;
  if (ind.aggregate === 'reported') return { fromItems: null, formula: null, missing: [], present };
  const fromItems = indicatorFromItems(ind, scoreOf);
  if (ind.aggregate === 'mean-of-subindicators') {
    const sub = (ind.sub ?? []).map((s): SubIndicatorResult => {
      const scores = s.items.map(scoreOf);
      return {
        no: s.no,
        name: s.name,
        items: s.items,
        score: scores.every((x) => x !== null) ? mean(scores as number[]) : null,
      };
    });
    const parts = (ind.sub ?? []).map((s) => averageFormula(s.items, items));
    const formula = fromItems !== null && parts.every((p) => p !== null) ? `AVERAGE(${parts.join(',')})` : null;
    return { fromItems, formula, missing, present, sub };
  }
  return { fromItems, formula: fromItems !== null ? averageFormula(all, items) : null, missing, present };
}

function usableReported(r: Reported | null | undefined, what: string, issues: Issue[]): Reported | null {
  if (!r) return null;
  if (!(r.value >= 0 && r.value <= 100)) {
    issues.push({
      code: 'indicator.outOfRange',
      severity: 'warning',
      sheet: r.sheet,
      cell: r.cell,
      params: { no: what, score: r.value },
    });
    return null;
  }
  return r;
}

function indicatorResults(
  fw: Framework,
  scan: ScanResult,
  items: ReadonlyMap<string, ItemResult>,
  t: Thresholds,
  issues: Issue[],
): IndicatorResult[] {
  const unreliable: number[] = [];
  const out = fw.indicators.map((ind): IndicatorResult => {
    const hit = scan.indicators.find((h) => h.no === ind.no);
    const rep = usableReported(hit?.reported, String(ind.no), issues);
    const reported = rep?.value ?? null;
    const c = computeIndicator(ind, items);
    const verified = groupingVerified(ind);
    const computed = verified ? c.fromItems : null;
    const estimate = verified ? null : c.fromItems;
    // Missing items matter where items decide (verified), or where nothing is stated and items are all there is.
    if (
      c.fromItems === null &&
      c.present > 0 &&
      c.missing.length > 0 &&
      ind.aggregate !== 'reported' &&
      (verified || reported === null)
    ) {
      issues.push({
        code: 'item.missing',
        severity: 'warning',
        params: { codes: c.missing.join(', '), indicator: ind.no },
      });
    }
    if (computed !== null && rep && !agrees(computed, rep.value)) {
      issues.push({
        code: 'indicator.mismatch',
        severity: 'warning',
        sheet: rep.sheet,
        cell: rep.cell,
        params: { no: ind.no, reported: String(rep.value), computed: fmt(computed) },
      });
    }
    const { score, source } = indicatorValue(ind, c.fromItems, reported, c.fromItems);
    if (!verified && ind.aggregate !== 'reported' && reported === null && membersOf(ind).length)
      unreliable.push(ind.no);
    if (score === null)
      issues.push({ code: 'indicator.missing', severity: 'warning', params: { no: ind.no, name: ind.name.th } });
    const reportedFormula = rep
      ? cellFormulaRef(rep.raw, rep.value, rep.sheet, rep.cell, scan.percent?.has(percentKey(rep.sheet, rep.cell)))
      : null;
    return {
      no: ind.no,
      tool: ind.tool,
      name: ind.name,
      score,
      computed,
      estimate,
      reported,
      source,
      agrees: agreement(reported, computed),
      reportedAt: rep ? loc(rep.sheet, rep.cell) : null,
      blankScoreCell: hit && !hit.reported && hit.scoreCell ? loc(hit.sheet, hit.scoreCell) : null,
      items: membersOf(ind),
      ...(c.sub ? { sub: c.sub } : {}),
      weak: surveyWeakLevel(score, t),
      formula: source === 'items' || source === 'estimate' ? c.formula : source === 'reported' ? reportedFormula : null,
      reportedFormula,
    };
  });
  if (unreliable.length)
    issues.push({
      code: 'indicator.unreliable',
      severity: 'warning',
      params: { nos: unreliable.join(', '), year: fw.year },
    });
  return out;
}

/** The rating of an overall score under a year's scheme, with the per-tool rule (FY2566+: each tool ≥ the level's minimum). */
export function rate(
  scheme: RatingScheme,
  overall: number,
  tools: Readonly<Partial<Record<Tool, number | null>>>,
): RatingResult {
  const toolsBelow = (min: number): Tool[] =>
    TOOLS.filter((t) => {
      const s = tools[t];
      return s === null || s === undefined || s < min;
    });
  const blockedBy: { level: RatingResult['label']; tools: Tool[] }[] = [];
  for (let i = 0; i < scheme.levels.length; i++) {
    const lv = scheme.levels[i]!;
    if (overall < lv.min) continue;
    const below = lv.eachToolMin === undefined ? [] : toolsBelow(lv.eachToolMin);
    if (below.length === 0) return { label: lv.label, pass: lv.pass, scheme: scheme.id, level: i, blockedBy };
    blockedBy.push({ level: lv.label, tools: below });
  }
  const last = scheme.levels.length - 1;
  return {
    label: scheme.levels[last]!.label,
    pass: scheme.levels[last]!.pass,
    scheme: scheme.id,
    level: last,
    blockedBy,
  };
}

function toolResults(
  fw: Framework,
  indicators: readonly IndicatorResult[],
  scan: ScanResult,
  issues: Issue[],
): { tools: ToolResult[]; overall: number | null } {
  const c = combine(fw, Object.fromEntries(indicators.map((i) => [i.no, i.score])));
  const tools = TOOLS.map((tool): ToolResult => {
    const inds = indicators.filter((i) => i.tool === tool);
    const score = c.tools[tool];
    const rep = usableReported(scan.toolScores[tool], tool, issues);
    if (score !== null && rep && !agrees(score, rep.value)) {
      issues.push({
        code: 'tool.mismatch',
        severity: 'warning',
        sheet: rep.sheet,
        cell: rep.cell,
        params: { tool, reported: String(rep.value), computed: fmt(score) },
      });
    }
    const reported = rep?.value ?? null;
    return {
      tool,
      score,
      weight: fw.weights[tool],
      indicators: inds.map((i) => i.no),
      reported,
      reportedAt: rep ? loc(rep.sheet, rep.cell) : null,
      agrees: agreement(reported, score),
      estimated: inds.some((i) => i.source === 'estimate'),
    };
  });
  return { tools, overall: c.overall };
}

function overallResult(
  tools: readonly ToolResult[],
  score: number | null,
  scheme: RatingScheme,
  scan: ScanResult,
  issues: Issue[],
): OverallResult {
  const rep = usableReported(scan.overall, 'overall', issues);
  const missing = tools.filter((t) => t.score === null).map((t) => t.tool);
  if (missing.length)
    issues.push({ code: 'overall.incomplete', severity: 'warning', params: { tools: missing.join(', ') } });
  if (score !== null && rep && !agrees(score, rep.value)) {
    issues.push({
      code: 'overall.mismatch',
      severity: 'warning',
      sheet: rep.sheet,
      cell: rep.cell,
      params: { reported: String(rep.value), computed: fmt(score) },
    });
  }
  const basis = score ?? rep?.value ?? null;
  const toolScores = Object.fromEntries(tools.map((t) => [t.tool, t.score])) as Record<Tool, number | null>;
  const reported = rep?.value ?? null;
  return {
    score,
    reported,
    reportedAt: rep ? loc(rep.sheet, rep.cell) : null,
    reportedFormula: rep
      ? cellFormulaRef(rep.raw, rep.value, rep.sheet, rep.cell, scan.percent?.has(percentKey(rep.sheet, rep.cell)))
      : null,
    rating: basis === null ? null : rate(scheme, basis, toolScores),
    agrees: agreement(reported, score),
    estimated: tools.some((t) => t.estimated),
  };
}

/** Plain ASCII decimals typed as text: VALUE() reads them the same in Excel and LibreOffice. */
const PLAIN_NUMBER_TEXT = /^\s*\d+(?:\.\d+)?\s*$/;

/** The formula expression reading a score from its cell, or null when no formula reads it as we did. */
export function cellFormulaRef(
  raw: Cell,
  score: number | null,
  sheet: string,
  cell: string,
  percent = false,
): string | null {
  if (score === null) return null;
  // A percentage cell was read as shown (×100): the formula must multiply too.
  if (typeof raw === 'number')
    return raw === score ? (percent ? `${sheetRef(sheet, cell)}*100` : sheetRef(sheet, cell)) : null;
  if (typeof raw === 'string' && PLAIN_NUMBER_TEXT.test(raw) && Number(raw) === score)
    return `VALUE(${sheetRef(sheet, cell)})`;
  return null;
}

const WEAK_ORDER: Record<'critical' | 'weak', number> = { critical: 0, weak: 1 };

/** District, province, rank and earlier years' scores: as stated in the workbook, history overridden by the settings. */
function placeFacts(
  scan: ScanResult,
  settings: Settings,
  year: number,
): Pick<Summary, 'district' | 'province' | 'rank' | 'history'> {
  const r = scan.rank ?? null;
  const byYear = new Map<number, HistoryEntry>();
  for (const h of scan.history ?? []) {
    if (h.year < year && !byYear.has(h.year))
      byYear.set(h.year, {
        year: h.year,
        score: h.score,
        source: 'workbook',
        location: loc(h.sheet, h.cell),
        formulaRef: cellFormulaRef(h.raw, h.score, h.sheet, h.cell),
      });
  }
  for (const h of settings.history ?? []) {
    if (h.year < year && h.score >= 0 && h.score <= 100)
      byYear.set(h.year, { year: h.year, score: h.score, source: 'settings', location: null, formulaRef: null });
  }
  return {
    district: scan.district?.value ?? null,
    province: scan.province?.value ?? null,
    rank: r ? { ...r.value, location: loc(r.sheet, r.cell) } : null,
    history: [...byYear.values()].sort((a, b) => a.year - b.year),
  };
}

/** Compute the whole summary of an assessment from a scan (pure; problems become issues). */
export function summarize(
  scan: ScanResult,
  settings: Settings = DEFAULT_SETTINGS,
  context: SummarizeContext = {},
): Summary {
  const issues: Issue[] = [...scan.issues];
  const { year, planYear, source, reason } = resolveYear(scan, settings, context, issues);
  const mine = (context.frameworks ?? []).find((f) => f.framework.year === year);
  const choice = frameworkFor(year, mine ? [mine.framework] : []);
  // Another year's framework standing in for this one is an assumption, whatever that framework's own status.
  const fw: FrameworkInUse = {
    ...choice.framework,
    status: choice.exact ? choice.framework.status : 'assumed',
    source,
    reason,
    origin: mine?.origin ?? { kind: 'shipped' },
    requested: year,
  };
  if (!choice.exact) issues.push({ code: 'year.unknown', severity: 'warning', params: { year, used: fw.year } });
  // The user's own framework is used: say so, and where it came from.
  if (mine?.origin.kind === 'workbook-sheet')
    issues.push({
      code: 'framework.sheet.used',
      severity: 'info',
      sheet: mine.origin.sheet,
      params: { sheet: mine.origin.sheet, year },
    });
  if (mine?.origin.kind === 'file')
    issues.push({ code: 'framework.file.used', severity: 'info', params: { file: mine.origin.file, year } });
  const scheme = fw.rating ?? ratingSchemeFor(year);
  const t = settings.thresholds;
  const items = itemResults(fw, scan, t, issues);
  const byCode = new Map(items.map((i) => [i.code, i]));
  const indicators = indicatorResults(fw, scan, byCode, t, issues);
  const combined = toolResults(fw, indicators, scan, issues);
  const tools = combined.tools;
  const overall = overallResult(tools, combined.overall, scheme, scan, issues);
  const order = new Map<string, number>(fw.items.map((it: FrameworkItem, k) => [it.code, k]));
  const weak = items
    .filter((i): i is ItemResult & { weak: 'critical' | 'weak' } => i.weak !== null)
    .sort(
      (a, b) =>
        WEAK_ORDER[a.weak] - WEAK_ORDER[b.weak] ||
        (a.score ?? 0) - (b.score ?? 0) ||
        order.get(a.code)! - order.get(b.code)!,
    );
  return {
    ...placeFacts(scan, settings, year),
    year,
    planYear,
    agency: settings.agency ?? scan.agency?.value ?? null,
    framework: fw,
    frameworkExact: choice.exact,
    scheme,
    items,
    indicators,
    tools,
    overall,
    weak,
    issues,
    settings,
    scan,
  };
}
