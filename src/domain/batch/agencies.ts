/**
 * One agency's result, whatever it came from: its own workbook (through the one-agency engine's Summary) or one row
 * of a multi-agency table (a published result list or a reviewer's compilation). Rows are scored by the same rules:
 * tool = stated, else the mean of its stated indicators; overall = Σ weight·tool of the row's year (30/30/40);
 * rating by the year's scheme with the per-tool rule (src/domain/score.ts rate()).
 */
import { agencyTypeOf, type AgencyType } from '../agency/type';
import { frameworkFor, ratingSchemeFor, type Framework, type RatingScheme, type Text } from '../framework';
import { normalizeText } from '../normalize';
import type { AgencyRowHit, AgencyTable } from '../scan/agencyTable';
import type { Reported, ScanResult } from '../scan/types';
import { cellFormulaRef, rate, TOLERANCE } from '../score';
import type { Settings } from '../settings';
import type { RatingResult, Summary, WeakLevel } from '../summary';
import type { Issue, Location, Tool } from '../types';
import { TOOLS } from '../types';

export type AgencySource = 'workbook' | 'table';

/** A score with, where it came from a cell of this workbook that a formula can read, that formula expression. */
export type ScoreRef = { readonly score: number | null; readonly ref: string | null };

export type AgencyResult = {
  readonly source: AgencySource;
  /** The file it was read from (batch); null inside the pane. */
  readonly file: string | null;
  /** Its row of a multi-agency table (sheet and 1-based row); null for an agency's own workbook. */
  readonly sheet: string | null;
  readonly row: number | null;
  /** Where its name stands (a link target inside the workbook). */
  readonly at: Location | null;
  readonly agency: string | null;
  readonly type: AgencyType;
  readonly district?: string;
  readonly province?: string;
  /** Assessment year (พ.ศ.) and the framework year whose weights were used. */
  readonly year: number;
  readonly frameworkYear: number;
  readonly tools: readonly ({ readonly tool: Tool; readonly weight: number } & ScoreRef)[];
  readonly indicators: readonly ({ readonly no: number; readonly tool: Tool } & ScoreRef)[];
  readonly overall: {
    /** The score used (ranking, rating): computed from the tools where all three are known, else as stated. */
    readonly score: number | null;
    readonly computed: number | null;
    readonly reported: number | null;
    readonly reportedRef: string | null;
    readonly rating: RatingResult | null;
    /** The rating text the table states, when it has one. */
    readonly stated: string | null;
  };
  /** Weak items worst first; null when the source has no item scores (a result list). */
  readonly weakItems:
    | readonly { readonly code: string; readonly score: number | null; readonly level: Exclude<WeakLevel, null> }[]
    | null;
  /** Indicators below the pass line (IIT/EIT items' line). */
  readonly weakIndicators: readonly number[];
  readonly issues: readonly Issue[];
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);
const agrees = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE + 1e-9;

/** The score of a stated cell, with the formula reading it (when this workbook's cell holds it as a plain number). */
function fromCell(r: Reported | null | undefined): ScoreRef {
  if (!r) return { score: null, ref: null };
  return { score: r.value, ref: cellFormulaRef(r.raw, r.value, r.sheet, r.cell) };
}

const loose = (s: string): string => normalizeText(s).replace(/\s+/g, '');

/** The scheme level a stated rating names (Thai or English), or -1. */
function levelNamed(scheme: RatingScheme, stated: string): number {
  const s = loose(stated);
  return scheme.levels.findIndex((l) => loose(l.label.th) === s || loose(l.label.en) === s);
}

const NOT_PASSED = /^(?:ไม่ผ่าน|notpass(?:ed)?|fail(?:ed)?|ตก)$/;
const PASSED = /^(?:ผ่าน|pass(?:ed)?)$/;

/** Does a stated rating agree with ours? "ไม่ผ่าน" agrees with any level below the line; "ผ่าน" only with ผ่าน itself. */
export function ratingAgrees(stated: string, rating: RatingResult, scheme: RatingScheme): boolean {
  const s = loose(stated);
  const label = rating.label;
  for (const l of [label.th, label.en]) {
    const t = loose(l);
    if (t === s) return true;
    // "ไม่ผ่าน" for "ไม่ผ่าน (ต้องปรับปรุง)": a stated prefix ending where a bracket starts.
    if (t.startsWith(s) && t.charAt(s.length) === '(') return true;
  }
  if (NOT_PASSED.test(s)) return !rating.pass;
  const named = levelNamed(scheme, stated);
  return named === rating.level;
}

/** Does a stated pass/fail text agree with ours? Unknown texts agree (nothing to check). */
function passAgrees(stated: string, pass: boolean): boolean {
  const s = loose(stated);
  if (NOT_PASSED.test(s) || s === '✗' || s === 'x') return !pass;
  if (PASSED.test(s) || s === '✓' || s === '/') return pass;
  return true;
}

export type RowContext = {
  readonly settings: Settings;
  /** The workbook's year, when no row or table says one. */
  readonly year: number;
  /** Keep formula references to this workbook's cells (the pane); a batch over other files drops them. */
  readonly refs: boolean;
  readonly file?: string | null;
};

/** The year of a row: the user's explicit year, else its own year column, else the table's title, else the workbook's. */
function rowYear(hit: AgencyRowHit, table: AgencyTable, ctx: RowContext): number {
  return ctx.settings.year ?? hit.year?.value ?? table.year?.value ?? ctx.year;
}

/** One row of a multi-agency table, scored. */
export function agencyFromRow(hit: AgencyRowHit, table: AgencyTable, ctx: RowContext): AgencyResult {
  const year = rowYear(hit, table, ctx);
  const fw: Framework = frameworkFor(year).framework;
  const scheme = ratingSchemeFor(year);
  const issues: Issue[] = [];
  const strip = (s: ScoreRef): ScoreRef => (ctx.refs ? s : { score: s.score, ref: null });
  const indicators = fw.indicators.map((ind) => ({
    no: ind.no,
    tool: ind.tool,
    ...strip(fromCell(hit.indicators[ind.no])),
  }));
  const tools = TOOLS.map((tool) => {
    const stated = strip(fromCell(hit.tools[tool]));
    const own = indicators.filter((i) => i.tool === tool);
    const fromInds = own.length && own.every((i) => i.score !== null) ? mean(own.map((i) => i.score as number)) : null;
    if (stated.score !== null && fromInds !== null && !agrees(stated.score, fromInds)) {
      const at = hit.tools[tool]!;
      issues.push({
        code: 'agencyList.toolMismatch',
        severity: 'warning',
        sheet: at.sheet,
        cell: at.cell,
        params: { agency: hit.name, tool, reported: String(stated.score), computed: fmt(fromInds) },
      });
    }
    // A tool only from its indicators keeps no single-cell reference.
    const score = stated.score ?? fromInds;
    return { tool, weight: fw.weights[tool], score, ref: stated.score !== null ? stated.ref : null };
  });
  const known = tools.filter((t) => t.score !== null);
  const computed = known.length === TOOLS.length ? tools.reduce((s, t) => s + t.weight * (t.score as number), 0) : null;
  const rep = strip(fromCell(hit.overall));
  if (computed !== null && rep.score !== null && !agrees(computed, rep.score)) {
    issues.push({
      code: 'agencyList.overallMismatch',
      severity: 'warning',
      sheet: hit.overall!.sheet,
      cell: hit.overall!.cell,
      params: {
        agency: hit.name,
        reported: String(rep.score),
        computed: fmt(computed),
        weights: TOOLS.map((t) => Math.round(fw.weights[t] * 100)).join('/'),
      },
    });
  }
  const score = computed ?? rep.score;
  const toolScores = Object.fromEntries(tools.map((t) => [t.tool, t.score])) as Record<Tool, number | null>;
  let rating = score === null ? null : rate(scheme, score, toolScores);
  const stated = hit.rating?.value ?? null;
  if (rating && stated && known.length === 0) {
    // Without tool scores the per-tool rule cannot be checked: a stated level the total allows is taken as stated.
    const named = levelNamed(scheme, stated);
    const lv = named >= 0 ? scheme.levels[named]! : null;
    if (lv && score !== null && score >= lv.min && named <= rating.level)
      rating = { label: lv.label, pass: lv.pass, scheme: scheme.id, level: named, blockedBy: [] };
  }
  if (rating && hit.rating && !ratingAgrees(hit.rating.value, rating, scheme)) {
    issues.push({
      code: 'agencyList.ratingMismatch',
      severity: 'warning',
      sheet: hit.rating.sheet,
      cell: hit.rating.cell,
      params: { agency: hit.name, stated: hit.rating.value, computed: rating.label[ctx.settings.lang], year },
    });
  }
  if (rating && hit.passText && !passAgrees(hit.passText.value, rating.pass)) {
    issues.push({
      code: 'agencyList.ratingMismatch',
      severity: 'warning',
      sheet: hit.passText.sheet,
      cell: hit.passText.cell,
      params: { agency: hit.name, stated: hit.passText.value, computed: rating.label[ctx.settings.lang], year },
    });
  }
  const line = ctx.settings.thresholds.surveyWeakBelow;
  const type = agencyTypeOf(hit.name);
  return {
    source: 'table',
    file: ctx.file ?? null,
    sheet: hit.sheet,
    row: hit.row,
    at: { sheet: hit.sheet, cell: hit.nameCell },
    agency: hit.name,
    type: type === 'other' && hit.typeText ? agencyTypeOf(hit.typeText) : type,
    ...(hit.district ? { district: hit.district } : {}),
    ...(hit.province ? { province: hit.province } : {}),
    year,
    frameworkYear: fw.year,
    tools,
    indicators,
    overall: { score, computed, reported: rep.score, reportedRef: rep.ref, rating, stated },
    weakItems: null,
    weakIndicators: indicators.filter((i) => i.score !== null && i.score < line).map((i) => i.no),
    issues,
  };
}

/** Every agency of every multi-agency table of a scan, in table order. */
export function agenciesOfScan(scan: ScanResult, ctx: RowContext): AgencyResult[] {
  return (scan.agencyTables ?? []).flatMap((t) => t.rows.map((h) => agencyFromRow(h, t, ctx)));
}

/** Does the scan hold one agency's own scores (item or indicator tables, a stated overall or tool score)? */
export function hasOwnScores(scan: ScanResult): boolean {
  return (
    scan.tables.some((t) => t.kind !== 'agencies') || scan.overall !== null || Object.keys(scan.toolScores).length > 0
  );
}

/** One agency's own workbook, from the engine's summary. */
export function agencyFromSummary(
  summary: Summary,
  file: string | null,
  fallbackName: string | null = null,
): AgencyResult {
  const o = summary.overall;
  const hasItems = summary.items.some((i) => i.score !== null);
  const line = summary.settings.thresholds.surveyWeakBelow;
  const agency = summary.agency ?? fallbackName;
  return {
    source: 'workbook',
    file,
    sheet: null,
    row: null,
    at: null,
    agency,
    type: agencyTypeOf(agency),
    year: summary.year,
    frameworkYear: summary.framework.year,
    tools: summary.tools.map((t) => ({ tool: t.tool, weight: t.weight, score: t.score ?? t.reported, ref: null })),
    indicators: summary.indicators.map((i) => ({ no: i.no, tool: i.tool, score: i.score, ref: null })),
    overall: {
      score: o.score ?? o.reported,
      computed: o.score,
      reported: o.reported,
      reportedRef: null,
      rating: o.rating,
      stated: null,
    },
    weakItems: hasItems
      ? summary.weak.map((w) => ({ code: w.code, score: w.score, level: w.weak as Exclude<WeakLevel, null> }))
      : null,
    weakIndicators: summary.indicators.filter((i) => i.score !== null && i.score < line).map((i) => i.no),
    issues: [],
  };
}

/** The name of an item in the framework of a year (for the weak items counted across agencies). */
export function itemName(year: number, code: string): Text | null {
  return frameworkFor(year).framework.items.find((i) => i.code === code)?.name ?? null;
}

/** The one-agency gaps a result list is bound to have (no items, no indicators of its own): not warnings there. */
const LIST_GAPS = new Set<Issue['code']>(['indicator.missing', 'overall.incomplete', 'item.missing', 'scan.noTables']);

/**
 * A summary that knows about the multi-agency tables of its workbook: each table is reported once (info), each row's
 * disagreements with its own stated figures are warnings at their cells; a workbook holding only lists does not warn
 * about the one-agency scores it was never meant to have.
 */
export function withAgencyLists(summary: Summary): Summary {
  const tables = summary.scan.agencyTables ?? [];
  if (!tables.length) return summary;
  const found: Issue[] = tables.map((t) => ({
    code: 'agencyList.found',
    severity: 'info',
    sheet: t.sheet,
    cell: t.range.split(':')[0],
    params: { count: t.rows.length, range: `${t.sheet}!${t.range}` },
  }));
  const rows = agenciesOfScan(summary.scan, { settings: summary.settings, year: summary.year, refs: false }).flatMap(
    (a) => a.issues,
  );
  const own = hasOwnScores(summary.scan);
  const kept = own ? summary.issues : summary.issues.filter((i) => !LIST_GAPS.has(i.code));
  return { ...summary, issues: [...found, ...rows, ...kept] };
}
