/**
 * The use cases, written against WorkbookPort: plan and apply the actions on an analysis (app/analysis.ts)
 * (summary sheet, highlights, analysis, measures plan, score planner, fill blank indicator cells).
 * Re-running replaces only what we wrote before (proven by the marker) and never duplicates it.
 */
import type { SummarizeContext } from '../domain/score';
import type { SpecOptions } from '../domain/specs/layout';
import type { ConditionalRule, SheetKey, SheetSpec } from '../domain/specs/sheetSpec';
import { sheetApplies, sheetDef, SHEET_KEYS, type SheetBuilder } from '../domain/specs/sheets';
import type { Settings } from '../domain/settings';
import type { Summary } from '../domain/summary';
import type { Issue, Lang } from '../domain/types';
import { colName } from '../domain/a1';
import { message } from '../domain/messages';
import { analyzeSnapshot, type Analysis } from './analysis';
import { markerSheetFor, signatureFor } from './marker';
import {
  type Marker,
  type OurFill,
  type OurRule,
  type OurSheet,
  type WorkbookChanges,
  type WorkbookPort,
  type WriteProgress,
} from './port';
import { sanitizeSheetName, uniqueSheetName } from './sheetNames';
import { isStarted, journalFor } from './writes';

export type SheetAction = SheetKey;
export type Action = SheetAction | 'highlight' | 'fill';
/** "Do everything": every sheet of ours and the highlights; not filling the user's blank cells, which the user asks for explicitly. */
export const ALL_ACTIONS: readonly Action[] = [...SHEET_KEYS, 'highlight'];
export type { SheetBuilder, SpecOptions };
// The analysis lives in app/analysis.ts (the pane's first screen loads it without the sheet builders).
export { analyzeSnapshot, effectiveSettings, reanalyze, type Analysis } from './analysis';
/** How the domain's sheet specs and highlight rules are made; injected so the app stays testable. */
export type Builders = {
  readonly sheets: Partial<Record<SheetKey, SheetBuilder>>;
  readonly highlights: (summary: Summary) => readonly (ConditionalRule & { readonly sheet: string })[];
};

const SIGNATURE_STYLE = '__itaSignature';

/** Append the signing row (visible, small): it and the marker together prove the sheet is ours. */
export function signSpec(
  spec: SheetSpec,
  lang: Lang,
  when: string,
): { spec: SheetSpec; signatureCell: string; signature: string } {
  const signature = signatureFor(spec.key);
  const label = lang === 'th' ? `สร้างโดย ${signature} เมื่อ ${when}` : `Made by ${signature} on ${when}`;
  // The signing row goes below the document: outside the print area, so it never prints on a page.
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((r) => r.length));
  const area = spec.print.area ?? `A1:${colName(width - 1)}${Math.max(1, spec.rows.length)}`;
  const rows = [...spec.rows, [], [{ value: label, style: SIGNATURE_STYLE }]];
  return {
    spec: {
      ...spec,
      rows,
      print: { ...spec.print, area },
      styles: { ...spec.styles, [SIGNATURE_STYLE]: { size: 10, italic: true, color: '#767676', wrap: false } },
    },
    signatureCell: `A${rows.length}`,
    signature,
  };
}

export type Plan = {
  readonly changes: WorkbookChanges;
  readonly issues: readonly Issue[];
  readonly written: readonly OurSheet[];
};

/** Work out every change the chosen actions make, against what is in the workbook now. */
export function planChanges(
  a: Analysis,
  actions: readonly Action[],
  builders: Builders,
  opts: SpecOptions,
  now: Date = new Date(),
): Plan {
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
  const remove = (s: OurSheet): void => {
    removeSheets.push(s.name);
    freed.add(s.name);
  };
  for (const key of SHEET_KEYS) {
    // After a write that stopped part-way a key may have more than one sheet: the complete one and one started.
    const olds = a.ourSheets.filter((s) => s.key === key);
    // A sheet a stopped write had only started (no value yet) is never kept: it is incomplete and ours.
    for (const s of olds.filter((x) => isStarted(a.snapshot, x))) remove(s);
    const complete = olds.filter((x) => !isStarted(a.snapshot, x));
    if (!want.has(key) || !builders.sheets[key]) {
      keptSheets.push(...complete.map(settled));
      continue;
    }
    complete.forEach(remove);
    for (const g of a.goneSheets.filter((s) => s.key === key))
      issues.push({ code: 'sheet.renamedByUser', severity: 'info', params: { name: g.name } });
  }
  const markerSheet = markerSheetFor(a.snapshot, a.markerSheet);
  const taken = new Set([...existing.filter((n) => !freed.has(n)), markerSheet]);
  for (const key of SHEET_KEYS) {
    const build = builders.sheets[key];
    if (!want.has(key) || !build) continue;
    const raw = build(a.summary, opts);
    const name = uniqueSheetName(raw.name, taken);
    taken.add(name);
    if (name !== sanitizeSheetName(raw.name))
      issues.push({ code: 'sheet.nameTaken', severity: 'info', params: { name: raw.name, used: name } });
    const signed = signSpec({ ...raw, name }, opts.lang, when);
    addSheets.push(signed.spec);
    written.push({ key, name, signatureCell: signed.signatureCell, signature: signed.signature });
  }
  if (skipped.length && !written.length) {
    for (const k of skipped) {
      const def = sheetDef(k);
      const name = message(def.label, opts.lang);
      issues.push({
        code: 'sheet.notApplicable',
        severity: 'info',
        params: { name, reason: def.notApplicable ? message(def.notApplicable, opts.lang) : '' },
      });
    }
  }
  const oldRules = a.marker?.rules ?? [];
  const userSheets = new Set(existing.filter((n) => n !== markerSheet && !a.ourSheets.some((s) => s.name === n)));
  const highlight = want.has('highlight');
  const addRules: OurRule[] = highlight ? builders.highlights(a.summary).filter((r) => userSheets.has(r.sheet)) : [];
  const oldFills = a.marker?.fills ?? [];
  const fill = want.has('fill');
  const fills: OurFill[] = fill ? fillsFor(a.summary) : [];
  const thresholds = highlight ? a.summary.settings.thresholds : a.marker?.highlightThresholds;
  const marker: Marker = {
    app: 'ita-workbench',
    version: 1,
    sheets: [...keptSheets, ...written],
    rules: highlight ? addRules : oldRules,
    fills: fill ? fills : oldFills,
    settings: rememberable(a.summary.settings),
    ...(thresholds ? { highlightThresholds: thresholds } : {}),
    writtenAt: now.toISOString(),
  };
  const changes: WorkbookChanges = {
    removeSheets,
    addSheets,
    removeRules: highlight ? oldRules : [],
    addRules,
    fills,
    clearFills: fill ? oldFills : [],
    marker,
    markerSheet,
  };
  return { changes: { ...changes, journal: journalFor(a, changes, marker) }, issues, written };
}

/** A sheet of ours as a final marker records it (no `pending`: it is there and complete). */
function settled(s: OurSheet): OurSheet {
  const { pending: _pending, ...rest } = s;
  return rest;
}

function rememberable(s: Settings): Partial<Settings> {
  const { year, planYear, agency, lang, thaiDigits, thresholds, targets, history } = s;
  return {
    ...(year !== undefined ? { year } : {}),
    ...(planYear !== undefined ? { planYear } : {}),
    ...(agency !== undefined ? { agency } : {}),
    lang,
    thaiDigits,
    thresholds,
    ...(targets ? { targets } : {}),
    ...(history ? { history } : {}),
  };
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

export type RunOptions = {
  /** Settings the user gave explicitly (they win over what the workbook remembers). */
  readonly explicit?: Partial<Settings>;
  /** Frameworks replacing a shipped one (the CLI's --framework). */
  readonly context?: SummarizeContext;
  readonly now?: Date;
  readonly onProgress?: (p: WriteProgress) => void;
  /**
   * Called with the analysis before anything is planned or written: it may throw (a UserError) to stop with nothing
   * written, and the issues it returns follow the analysis's (the CLI's refusals of an empty workbook, a plan year
   * before the year, a --framework of another year).
   */
  readonly check?: (a: Analysis) => readonly Issue[] | void;
  /**
   * Write our sheets into this new, empty workbook instead of the one read (the CLI's --separate): values only, no
   * reference to the user's sheets (they are not there), so no highlights and no fills either.
   */
  readonly separate?: WorkbookPort;
};

/** For a separate workbook: no references to the user's sheets (they are not there), values only. */
export function detached(summary: Summary): Summary {
  return {
    ...summary,
    items: summary.items.map((i) => ({ ...i, numericCell: false, formulaRef: null })),
    indicators: summary.indicators.map((i) => ({ ...i, formula: null, reportedFormula: null })),
    overall: { ...summary.overall, reportedFormula: null },
    history: summary.history.map((h) => ({ ...h, formulaRef: null })),
  };
}

/**
 * Read the workbook, analyse it, and (when actions are given) write all their changes, in the order of app/writes.ts.
 * The one path of every host: the pane (engine.ts), the preview's worker, the command line.
 */
export async function run(
  port: WorkbookPort,
  settings: Settings,
  actions: readonly Action[],
  builders: Builders,
  options: RunOptions = {},
): Promise<RunResult> {
  const snapshot = await port.read();
  const analysis = analyzeSnapshot(snapshot, settings, options.explicit ?? {}, options.context ?? {});
  const checked = options.check?.(analysis) ?? [];
  const issues = [...analysis.issues, ...checked];
  if (!actions.length) return { ...analysis, issues, plan: null };
  const s = analysis.summary.settings;
  const opts = { lang: s.lang, thaiDigits: s.thaiDigits };
  const target = options.separate ?? port;
  const plan = options.separate
    ? planChanges(
        { ...analysis, summary: detached(analysis.summary), ourSheets: [], goneSheets: [], marker: null },
        actions.filter((x) => x !== 'highlight' && x !== 'fill'),
        builders,
        opts,
        options.now,
      )
    : planChanges(analysis, actions, builders, opts, options.now);
  await target.write(plan.changes, options.onProgress);
  return { ...analysis, plan, issues: [...issues, ...plan.issues] };
}
