/**
 * Scoring: from a scan to a Summary, by the assessment year's framework (data).
 * NACC FY2567: tool = mean of its indicators; overall = Σ weight·tool (0.30/0.30/0.40);
 * indicator 9 = mean of its 5 sub-indicator means; EIT indicators are never recomputed from e-items.
 * Published figures are compared with a tolerance of 0.01 (NACC aggregates unrounded data).
 */
import { sheetRef } from './a1';
import { frameworkFor, ratingSchemeFor, type Framework, type FrameworkInUse, type FrameworkItem, type Indicator, type RatingScheme, type YearSource } from './framework';
import type { ItemHit, Reported, ScanResult } from './scan/types';
import { DEFAULT_SETTINGS, type Settings, type Thresholds } from './settings';
import type {
  HistoryEntry, IndicatorResult, ItemResult, OverallResult, RatingResult, SubIndicatorResult, Summary, ToolResult, WeakLevel,
} from './summary';
import type { Cell, Issue, Location, Tool } from './types';
import { TOOLS } from './types';

/** Agreement tolerance between a stated and a computed score (NACC FY2567 rounding). */
export const TOLERANCE = 0.01;
/** Year used when neither the user nor the workbook names one: the latest complete framework. */
export const DEFAULT_YEAR = 2567;

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

function resolveYear(scan: ScanResult, settings: Settings, issues: Issue[]): YearChoice {
  let year: number;
  let source: YearSource;
  let reason: FrameworkInUse['reason'];
  if (settings.year !== undefined) {
    year = settings.year;
    source = 'option';
    reason = { code: 'framework.year.option', params: { year } };
  } else if (scan.year) {
    year = scan.year.value;
    source = 'workbook';
    reason = { code: 'framework.year.workbook', params: { year, place: `${scan.year.sheet}!${scan.year.cell}` } };
  } else {
    year = DEFAULT_YEAR;
    source = 'latest-default';
    reason = { code: 'framework.year.latestDefault', params: { year } };
    issues.push({ code: 'year.notFound', severity: 'warning', params: { used: year } });
  }
  const stated = scan.planYear?.value;
  const planYear = settings.planYear ?? (stated !== undefined && stated > year ? stated : year + 1);
  return { year, planYear, source, reason };
}

function itemResults(fw: Framework, scan: ScanResult, t: Thresholds, issues: Issue[]): ItemResult[] {
  const byCode = new Map<string, ItemHit[]>();
  for (const h of scan.items) {
    const list = byCode.get(h.code);
    if (list) list.push(h);
    else byCode.set(h.code, [h]);
  }
  const known = new Set(fw.items.map((i) => i.code));
  for (const [code, hits] of byCode) {
    if (!known.has(code)) {
      const h = hits[0]!;
      issues.push({ code: 'item.unknownCode', severity: 'warning', sheet: h.sheet, cell: h.codeCell, params: { code, year: fw.year } });
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
      formulaRef: used ? cellFormulaRef(used.raw, score, used.sheet, used.cell) : null,
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

function computeIndicator(ind: Indicator, items: ReadonlyMap<string, ItemResult>): {
  computed: number | null; formula: string | null; missing: string[]; present: number; sub?: SubIndicatorResult[];
} {
  const scoreOf = (c: string): number | null => items.get(c)?.score ?? null;
  const all = [...ind.items, ...(ind.sub ?? []).flatMap((s) => s.items)];
  const missing = all.filter((c) => scoreOf(c) === null);
  const present = all.length - missing.length;
  if (ind.aggregate === 'reported') return { computed: null, formula: null, missing: [], present };
  if (ind.aggregate === 'mean-of-subindicators') {
    const sub = (ind.sub ?? []).map((s): SubIndicatorResult => {
      const scores = s.items.map(scoreOf);
      return { no: s.no, name: s.name, items: s.items, score: scores.every((x) => x !== null) ? mean(scores as number[]) : null };
    });
    const ok = sub.length > 0 && sub.every((s) => s.score !== null);
    const parts = (ind.sub ?? []).map((s) => averageFormula(s.items, items));
    const formula = ok && parts.every((p) => p !== null) ? `AVERAGE(${parts.join(',')})` : null;
    return { computed: ok ? mean(sub.map((s) => s.score as number)) : null, formula, missing, present, sub };
  }
  const scores = ind.items.map(scoreOf);
  const ok = scores.length > 0 && scores.every((x) => x !== null);
  return { computed: ok ? mean(scores as number[]) : null, formula: ok ? averageFormula(ind.items, items) : null, missing, present };
}

function usableReported(r: Reported | null | undefined, what: string, issues: Issue[]): Reported | null {
  if (!r) return null;
  if (!(r.value >= 0 && r.value <= 100)) {
    issues.push({ code: 'indicator.outOfRange', severity: 'warning', sheet: r.sheet, cell: r.cell, params: { no: what, score: r.value } });
    return null;
  }
  return r;
}

function indicatorResults(fw: Framework, scan: ScanResult, items: ReadonlyMap<string, ItemResult>, t: Thresholds, issues: Issue[]): IndicatorResult[] {
  return fw.indicators.map((ind): IndicatorResult => {
    const hit = scan.indicators.find((h) => h.no === ind.no);
    const rep = usableReported(hit?.reported, String(ind.no), issues);
    const c = computeIndicator(ind, items);
    if (c.computed === null && c.present > 0 && c.missing.length > 0 && ind.aggregate !== 'reported') {
      issues.push({ code: 'item.missing', severity: 'warning', params: { codes: c.missing.join(', '), indicator: ind.no } });
    }
    if (c.computed !== null && rep && !agrees(c.computed, rep.value)) {
      issues.push({
        code: 'indicator.mismatch', severity: 'warning', sheet: rep.sheet, cell: rep.cell,
        params: { no: ind.no, reported: String(rep.value), computed: fmt(c.computed) },
      });
    }
    const score = c.computed ?? rep?.value ?? null;
    const source = c.computed !== null ? 'items' : rep ? 'reported' : 'missing';
    const reported = rep?.value ?? null;
    if (score === null) issues.push({ code: 'indicator.missing', severity: 'warning', params: { no: ind.no, name: ind.name.th } });
    const reportedFormula = rep ? cellFormulaRef(rep.raw, rep.value, rep.sheet, rep.cell) : null;
    return {
      no: ind.no,
      tool: ind.tool,
      name: ind.name,
      score,
      computed: c.computed,
      estimate: null,
      reported,
      source,
      agrees: agreement(reported, c.computed),
      reportedAt: rep ? loc(rep.sheet, rep.cell) : null,
      blankScoreCell: hit && !hit.reported && hit.scoreCell ? loc(hit.sheet, hit.scoreCell) : null,
      items: [...ind.items, ...(ind.sub ?? []).flatMap((s) => s.items)],
      ...(c.sub ? { sub: c.sub } : {}),
      weak: surveyWeakLevel(score, t),
      formula: source === 'items' ? c.formula : source === 'reported' ? reportedFormula : null,
    };
  });
}

/** The rating of an overall score under a year's scheme, with the per-tool rule (FY2566+: each tool ≥ the level's minimum). */
export function rate(scheme: RatingScheme, overall: number, tools: Readonly<Partial<Record<Tool, number | null>>>): RatingResult {
  const toolsBelow = (min: number): Tool[] => TOOLS.filter((t) => { const s = tools[t]; return s === null || s === undefined || s < min; });
  const blockedBy: { level: RatingResult['label']; tools: Tool[] }[] = [];
  for (let i = 0; i < scheme.levels.length; i++) {
    const lv = scheme.levels[i]!;
    if (overall < lv.min) continue;
    const below = lv.eachToolMin === undefined ? [] : toolsBelow(lv.eachToolMin);
    if (below.length === 0) return { label: lv.label, pass: lv.pass, scheme: scheme.id, level: i, blockedBy };
    blockedBy.push({ level: lv.label, tools: below });
  }
  const last = scheme.levels.length - 1;
  return { label: scheme.levels[last]!.label, pass: scheme.levels[last]!.pass, scheme: scheme.id, level: last, blockedBy };
}

function toolResults(fw: Framework, indicators: readonly IndicatorResult[], scan: ScanResult, issues: Issue[]): ToolResult[] {
  return TOOLS.map((tool): ToolResult => {
    const inds = indicators.filter((i) => i.tool === tool);
    const scores = inds.map((i) => i.score);
    const score = scores.length && scores.every((s) => s !== null) ? mean(scores as number[]) : null;
    const rep = usableReported(scan.toolScores[tool], tool, issues);
    if (score !== null && rep && !agrees(score, rep.value)) {
      issues.push({ code: 'tool.mismatch', severity: 'warning', sheet: rep.sheet, cell: rep.cell, params: { tool, reported: String(rep.value), computed: fmt(score) } });
    }
    const reported = rep?.value ?? null;
    return {
      tool, score, weight: fw.weights[tool], indicators: inds.map((i) => i.no), reported, reportedAt: rep ? loc(rep.sheet, rep.cell) : null,
      agrees: agreement(reported, score), estimated: inds.some((i) => i.source === 'estimate'),
    };
  });
}

function overallResult(tools: readonly ToolResult[], scheme: RatingScheme, scan: ScanResult, issues: Issue[]): OverallResult {
  const rep = usableReported(scan.overall, 'overall', issues);
  const missing = tools.filter((t) => t.score === null).map((t) => t.tool);
  const score = missing.length ? null : tools.reduce((s, t) => s + t.weight * (t.score as number), 0);
  if (missing.length) issues.push({ code: 'overall.incomplete', severity: 'warning', params: { tools: missing.join(', ') } });
  if (score !== null && rep && !agrees(score, rep.value)) {
    issues.push({ code: 'overall.mismatch', severity: 'warning', sheet: rep.sheet, cell: rep.cell, params: { reported: String(rep.value), computed: fmt(score) } });
  }
  const basis = score ?? rep?.value ?? null;
  const toolScores = Object.fromEntries(tools.map((t) => [t.tool, t.score])) as Record<Tool, number | null>;
  const reported = rep?.value ?? null;
  return {
    score, reported, reportedAt: rep ? loc(rep.sheet, rep.cell) : null, rating: basis === null ? null : rate(scheme, basis, toolScores),
    agrees: agreement(reported, score), estimated: tools.some((t) => t.estimated),
  };
}

/** Plain ASCII decimals typed as text: VALUE() reads them the same in Excel and LibreOffice. */
const PLAIN_NUMBER_TEXT = /^\s*\d+(?:\.\d+)?\s*$/;

/** The formula expression reading a score from its cell, or null when no formula reads it as we did. */
export function cellFormulaRef(raw: Cell, score: number | null, sheet: string, cell: string): string | null {
  if (score === null) return null;
  if (typeof raw === 'number') return raw === score ? sheetRef(sheet, cell) : null;
  if (typeof raw === 'string' && PLAIN_NUMBER_TEXT.test(raw) && Number(raw) === score) return `VALUE(${sheetRef(sheet, cell)})`;
  return null;
}

const WEAK_ORDER: Record<'critical' | 'weak', number> = { critical: 0, weak: 1 };

/** District, province, rank and earlier years' scores: as stated in the workbook, history overridden by the settings. */
function placeFacts(scan: ScanResult, settings: Settings, year: number): Pick<Summary, 'district' | 'province' | 'rank' | 'history'> {
  const r = scan.rank ?? null;
  const byYear = new Map<number, HistoryEntry>();
  for (const h of scan.history ?? []) {
    if (h.year < year && !byYear.has(h.year)) byYear.set(h.year, { year: h.year, score: h.score, source: 'workbook', location: loc(h.sheet, h.cell), formulaRef: cellFormulaRef(h.raw, h.score, h.sheet, h.cell) });
  }
  for (const h of settings.history ?? []) {
    if (h.year < year && h.score >= 0 && h.score <= 100) byYear.set(h.year, { year: h.year, score: h.score, source: 'settings', location: null, formulaRef: null });
  }
  return {
    district: scan.district?.value ?? null,
    province: scan.province?.value ?? null,
    rank: r ? { ...r.value, location: loc(r.sheet, r.cell) } : null,
    history: [...byYear.values()].sort((a, b) => a.year - b.year),
  };
}

/** Compute the whole summary of an assessment from a scan (pure; problems become issues). */
export function summarize(scan: ScanResult, settings: Settings = DEFAULT_SETTINGS): Summary {
  const issues: Issue[] = [...scan.issues];
  const { year, planYear, source, reason } = resolveYear(scan, settings, issues);
  const choice = frameworkFor(year);
  // Another year's framework standing in for this one is an assumption, whatever that framework's own status.
  const fw: FrameworkInUse = {
    ...choice.framework, status: choice.exact ? choice.framework.status : 'assumed',
    source, reason, origin: { kind: 'shipped' }, requested: year,
  };
  if (!choice.exact) issues.push({ code: 'year.unknown', severity: 'warning', params: { year, used: fw.year } });
  const scheme = ratingSchemeFor(year);
  const t = settings.thresholds;
  const items = itemResults(fw, scan, t, issues);
  const byCode = new Map(items.map((i) => [i.code, i]));
  const indicators = indicatorResults(fw, scan, byCode, t, issues);
  const tools = toolResults(fw, indicators, scan, issues);
  const overall = overallResult(tools, scheme, scan, issues);
  const order = new Map<string, number>(fw.items.map((it: FrameworkItem, k) => [it.code, k]));
  const weak = items
    .filter((i): i is ItemResult & { weak: 'critical' | 'weak' } => i.weak !== null)
    .sort((a, b) => WEAK_ORDER[a.weak] - WEAK_ORDER[b.weak] || (a.score ?? 0) - (b.score ?? 0) || order.get(a.code)! - order.get(b.code)!);
  return {
    ...placeFacts(scan, settings, year),
    year, planYear,
    agency: settings.agency ?? scan.agency?.value ?? null,
    framework: fw, frameworkExact: choice.exact, scheme,
    items, indicators, tools, overall, weak, issues, settings, scan,
  };
}
