/**
 * The use cases, written against WorkbookPort: scan + summarise a workbook, and plan/apply the actions
 * (summary sheet, highlights, analysis, measures plan, score planner, fill blank indicator cells).
 * Re-running replaces only what we wrote before (proven by the marker) and never duplicates it.
 */
import type { SpecOptions } from '../domain/specs/layout';
import type { ConditionalRule, SheetKey, SheetSpec } from '../domain/specs/sheetSpec';
import { sheetApplies, sheetDef, SHEET_KEYS, type SheetBuilder } from '../domain/specs/sheets';
import { withAgencyLists } from '../domain/batch/agencies';
import { scanWorkbook } from '../domain/scan/scan';
import { summarize, type SummarizeContext } from '../domain/score';
import { frameworksInWorkbook } from '../domain/specs/frameworkSheet';
import type { Settings } from '../domain/settings';
import type { Summary } from '../domain/summary';
import type { Issue, Lang, SheetSnapshot, WorkbookSnapshot } from '../domain/types';
import { colName, parseA1 } from '../domain/a1';
import { message } from '../domain/messages';
import { decodeMarker, markerSheetFor, provenSheets, signatureFor } from './marker';
import { type Marker, type OurFill, type OurRule, type OurSheet, type WorkbookChanges, type WorkbookPort } from './port';
import { sanitizeSheetName, uniqueSheetName } from './sheetNames';

export type SheetAction = SheetKey;
export type Action = SheetAction | 'highlight' | 'fill';
/** "Do everything": every sheet of ours and the highlights; not filling the user's blank cells, which the user asks for explicitly. */
export const ALL_ACTIONS: readonly Action[] = [...SHEET_KEYS, 'highlight'];
export type { SheetBuilder, SpecOptions };
/** How the domain's sheet specs and highlight rules are made; injected so the app stays testable. */
export type Builders = {
  readonly sheets: Partial<Record<SheetKey, SheetBuilder>>;
  readonly highlights: (summary: Summary) => readonly (ConditionalRule & { readonly sheet: string })[];
};

export type Analysis = {
  readonly snapshot: WorkbookSnapshot;
  readonly summary: Summary;
  readonly marker: Marker | null;
  /** The sheet holding our marker now (null: none yet). */
  readonly markerSheet: string | null;
  /** Our sheets of an earlier run that are still there and signed. */
  readonly ourSheets: readonly OurSheet[];
  /** Our sheets of an earlier run that were deleted or renamed by the user. */
  readonly goneSheets: readonly OurSheet[];
  readonly issues: readonly Issue[];
};

/** Settings remembered in the workbook (marker), overridden by what the caller passes. */
export function effectiveSettings(marker: Marker | null, given: Settings, explicit: Partial<Settings> = {}): Settings {
  return { ...given, ...(marker?.settings ?? {}), ...explicit } as Settings;
}

/** Blank out cells we filled earlier (still holding our formula), so they read as blank again and are not taken as the user's. */
function withoutOurFills(wb: WorkbookSnapshot, fills: readonly OurFill[]): WorkbookSnapshot {
  if (!fills.length) return wb;
  const sheets = wb.sheets.map((s): SheetSnapshot => {
    const mine = fills.filter((f) => f.sheet === s.name && (s.formulas?.[f.cell] ?? '').replace(/^=/, '') === f.formula);
    if (!mine.length) return s;
    const values = s.values.map((r) => [...r]);
    for (const f of mine) {
      const p = parseA1(f.cell);
      const row = p ? values[p.row - s.origin.row] : undefined;
      if (p && row) row[p.col - s.origin.col] = null;
    }
    return { ...s, values };
  });
  return { sheets };
}

/**
 * What the host could not read, said rather than capped silently: a sheet read only partly (whole rows up to a
 * limit), or not at all (the workbook's limit was reached before it). Items there would otherwise read as missing.
 */
export function readIssues(wb: WorkbookSnapshot): Issue[] {
  const out: Issue[] = [];
  for (const s of wb.sheets) {
    if (!s.truncated) continue;
    const lastRow = s.values.length ? s.origin.row + s.values.length : 0;
    out.push(lastRow === 0
      ? { code: 'read.sheetNotRead', severity: 'warning', sheet: s.name, params: { cells: s.truncated.cells } }
      : { code: 'scan.sheetTooLarge', severity: 'warning', sheet: s.name, cell: `A${lastRow}`, params: { cells: s.truncated.cells, limit: s.truncated.limit, rows: lastRow } });
  }
  return out;
}

/**
 * Scan a snapshot and summarise it, skipping our own sheets and our earlier fills. A framework sheet the user edited
 * (issue 12) replaces the shipped framework of its year; `context.frameworks` (--framework) come first.
 */
export function analyzeSnapshot(snapshot: WorkbookSnapshot, settings: Settings, explicit: Partial<Settings> = {}, context: SummarizeContext = {}): Analysis {
  const { marker, sheet: markerSheet, issues: markerIssues } = decodeMarker(snapshot);
  const { proven, gone } = provenSheets(snapshot, marker);
  const effective = effectiveSettings(marker, settings, explicit);
  const clean = withoutOurFills(snapshot, marker?.fills ?? []);
  const own = frameworksInWorkbook(clean);
  const scan = scanWorkbook(clean, { skipSheets: [...(markerSheet ? [markerSheet] : []), ...proven.map((s) => s.name), ...own.sheets] });
  const frameworks = [...(context.frameworks ?? []), ...own.frameworks.filter((f) => !context.frameworks?.some((g) => g.framework.year === f.framework.year))];
  // A workbook's multi-agency tables are reported once, and a list alone does not warn about one agency's missing scores.
  const summary = withAgencyLists(summarize({ ...scan, issues: [...scan.issues, ...own.issues] }, effective, { ...context, frameworks }));
  return { snapshot, summary, marker, markerSheet, ourSheets: proven, goneSheets: gone, issues: [...markerIssues, ...readIssues(snapshot), ...summary.issues] };
}

const SIGNATURE_STYLE = '__itaSignature';

/** Append the signing row (visible, small): it and the marker together prove the sheet is ours. */
export function signSpec(spec: SheetSpec, lang: Lang, when: string): { spec: SheetSpec; signatureCell: string; signature: string } {
  const signature = signatureFor(spec.key);
  const label = lang === 'th' ? `สร้างโดย ${signature} เมื่อ ${when}` : `Made by ${signature} on ${when}`;
  // The signing row goes below the document: outside the print area, so it never prints on a page.
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((r) => r.length));
  const area = spec.print.area ?? `A1:${colName(width - 1)}${Math.max(1, spec.rows.length)}`;
  const rows = [...spec.rows, [], [{ value: label, style: SIGNATURE_STYLE }]];
  return {
    spec: { ...spec, rows, print: { ...spec.print, area }, styles: { ...spec.styles, [SIGNATURE_STYLE]: { size: 10, italic: true, color: '#767676', wrap: false } } },
    signatureCell: `A${rows.length}`,
    signature,
  };
}

export type Plan = { readonly changes: WorkbookChanges; readonly issues: readonly Issue[]; readonly written: readonly OurSheet[] };

/** Work out every change the chosen actions make, against what is in the workbook now. */
export function planChanges(a: Analysis, actions: readonly Action[], builders: Builders, opts: SpecOptions, now: Date = new Date()): Plan {
  const issues: Issue[] = [];
  // A sheet the workbook does not call for (SheetDef.applies) is not written; said when nothing else was asked.
  const skipped = SHEET_KEYS.filter((k) => actions.includes(k) && !sheetApplies(k, a.summary));
  const want = new Set(actions.filter((x) => !skipped.includes(x as SheetKey)));
  const when = now.toISOString().slice(0, 10);
  const removeSheets: string[] = [];
  const addSheets: SheetSpec[] = [];
  const written: OurSheet[] = [];
  const keptSheets: OurSheet[] = [];
  const existing = a.snapshot.sheets.map((s) => s.name);
  const freed = new Set<string>();
  for (const key of SHEET_KEYS) {
    const old = a.ourSheets.find((s) => s.key === key);
    if (!want.has(key)) { if (old) keptSheets.push(old); continue; }
    const build = builders.sheets[key];
    if (!build) continue;
    if (old) { removeSheets.push(old.name); freed.add(old.name); }
    for (const g of a.goneSheets.filter((s) => s.key === key)) issues.push({ code: 'sheet.renamedByUser', severity: 'info', params: { name: g.name } });
  }
  const markerSheet = markerSheetFor(a.snapshot, a.markerSheet);
  const taken = new Set([...existing.filter((n) => !freed.has(n)), markerSheet]);
  for (const key of SHEET_KEYS) {
    const build = builders.sheets[key];
    if (!want.has(key) || !build) continue;
    const raw = build(a.summary, opts);
    const name = uniqueSheetName(raw.name, taken);
    taken.add(name);
    if (name !== sanitizeSheetName(raw.name)) issues.push({ code: 'sheet.nameTaken', severity: 'info', params: { name: raw.name, used: name } });
    const signed = signSpec({ ...raw, name }, opts.lang, when);
    addSheets.push(signed.spec);
    written.push({ key, name, signatureCell: signed.signatureCell, signature: signed.signature });
  }
  if (skipped.length && !written.length) {
    for (const k of skipped) {
      const def = sheetDef(k);
      const name = message(def.label, opts.lang);
      issues.push({ code: 'sheet.notApplicable', severity: 'info', params: { name, reason: def.notApplicable ? message(def.notApplicable, opts.lang) : '' } });
    }
  }
  const oldRules = a.marker?.rules ?? [];
  const userSheets = new Set(existing.filter((n) => n !== markerSheet && !a.ourSheets.some((s) => s.name === n)));
  const highlight = want.has('highlight');
  const addRules: OurRule[] = highlight ? builders.highlights(a.summary).filter((r) => userSheets.has(r.sheet)) : [];
  const oldFills = a.marker?.fills ?? [];
  const fill = want.has('fill');
  const fills: OurFill[] = fill ? fillsFor(a.summary) : [];
  const marker: Marker = {
    app: 'ita-workbench',
    version: 1,
    sheets: [...keptSheets, ...written],
    rules: highlight ? addRules : oldRules,
    fills: fill ? fills : oldFills,
    settings: rememberable(a.summary.settings),
    writtenAt: now.toISOString(),
  };
  return {
    changes: {
      removeSheets, addSheets,
      removeRules: highlight ? oldRules : [], addRules,
      fills, clearFills: fill ? oldFills : [],
      marker,
      markerSheet,
    },
    issues,
    written,
  };
}

function rememberable(s: Settings): Partial<Settings> {
  const { year, planYear, agency, lang, thaiDigits, thresholds, targets, history } = s;
  return { ...(year !== undefined ? { year } : {}), ...(planYear !== undefined ? { planYear } : {}), ...(agency !== undefined ? { agency } : {}), lang, thaiDigits, thresholds, ...(targets ? { targets } : {}), ...(history ? { history } : {}) };
}

/** Blank score cells of the user's indicator table get the computed score: a live formula where one exists, else the value. */
export function fillsFor(summary: Summary): OurFill[] {
  return summary.indicators
    .filter((i) => i.blankScoreCell && i.score !== null)
    .map((i) => ({
      sheet: i.blankScoreCell!.sheet,
      cell: i.blankScoreCell!.cell,
      formula: i.formula ?? String(Math.round((i.score as number) * 100) / 100),
      value: i.score,
    }));
}

export type RunResult = Analysis & { readonly plan: Plan | null };

/** Read the workbook, analyse it, and (when actions are given) write all their changes in one batch. */
export async function run(port: WorkbookPort, settings: Settings, actions: readonly Action[], builders: Builders, explicit: Partial<Settings> = {}, now?: Date): Promise<RunResult> {
  const snapshot = await port.read();
  const analysis = analyzeSnapshot(snapshot, settings, explicit);
  if (!actions.length) return { ...analysis, plan: null };
  const s = analysis.summary.settings;
  const plan = planChanges(analysis, actions, builders, { lang: s.lang, thaiDigits: s.thaiDigits }, now);
  await port.write(plan.changes);
  return { ...analysis, plan, issues: [...analysis.issues, ...plan.issues] };
}
