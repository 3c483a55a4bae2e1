/**
 * Scan + summarise a workbook: what it holds, which sheets, rules and fills of it are ours, and its result. Apart
 * from the planning and writing (app/workbench.ts) so that whatever shows a result needs none of the sheet builders.
 */
import { scanWorkbook } from '../domain/scan/scan';
import { summarize, type SummarizeContext } from '../domain/score';
import { withAgencyLists } from '../domain/batch/agencies';
import { frameworksInWorkbook } from '../domain/specs/frameworkSheet';
import type { Settings } from '../domain/settings';
import type { Summary } from '../domain/summary';
import type { Issue, SheetSnapshot, WorkbookSnapshot } from '../domain/types';
import { parseA1 } from '../domain/a1';
import { decodeMarker, provenSheets } from './marker';
import type { Marker, OurFill, OurSheet } from './port';

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
    const mine = fills.filter(
      (f) => f.sheet === s.name && (s.formulas?.[f.cell] ?? '').replace(/^=/, '') === f.formula,
    );
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
    out.push(
      lastRow === 0
        ? { code: 'read.sheetNotRead', severity: 'warning', sheet: s.name, params: { cells: s.truncated.cells } }
        : {
            code: 'scan.sheetTooLarge',
            severity: 'warning',
            sheet: s.name,
            cell: `A${lastRow}`,
            params: { cells: s.truncated.cells, limit: s.truncated.limit, rows: lastRow },
          },
    );
  }
  return out;
}

/**
 * Scan a snapshot and summarise it, skipping our own sheets and our earlier fills. A framework sheet the user edited
 * (issue 12) replaces the shipped framework of its year; `context.frameworks` (--framework) come first.
 */
export function analyzeSnapshot(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  explicit: Partial<Settings> = {},
  context: SummarizeContext = {},
): Analysis {
  const { marker, sheet: markerSheet, issues: markerIssues } = decodeMarker(snapshot);
  const { proven, gone } = provenSheets(snapshot, marker);
  const effective = effectiveSettings(marker, settings, explicit);
  const clean = withoutOurFills(snapshot, marker?.fills ?? []);
  const own = frameworksInWorkbook(clean);
  const scan = scanWorkbook(clean, {
    skipSheets: [...(markerSheet ? [markerSheet] : []), ...proven.map((s) => s.name), ...own.sheets],
  });
  const frameworks = [
    ...(context.frameworks ?? []),
    ...own.frameworks.filter((f) => !context.frameworks?.some((g) => g.framework.year === f.framework.year)),
  ];
  // A workbook's multi-agency tables are reported once, and a list alone does not warn about one agency's missing scores.
  const summary = withAgencyLists(
    summarize({ ...scan, issues: [...scan.issues, ...own.issues] }, effective, { ...context, frameworks }),
  );
  return {
    snapshot,
    summary,
    marker,
    markerSheet,
    ourSheets: proven,
    goneSheets: gone,
    issues: [...markerIssues, ...readIssues(snapshot), ...summary.issues],
  };
}

/**
 * The same workbook under other settings, without reading it again: only scoring depends on the settings (year,
 * plan year, agency, thresholds, digits, targets), so the snapshot already read is analysed anew.
 */
export function reanalyze(a: Analysis, settings: Settings, explicit: Partial<Settings> = {}): Analysis {
  return analyzeSnapshot(a.snapshot, settings, explicit);
}
