/**
 * The sheets ITA Workbench writes, in workbook order: the one list from which the actions, their order, the pane's
 * buttons and the command line's report are derived. Adding a sheet type = an entry here + its spec + its tests.
 */
import type { MessageCode } from '../messages';
import type { Summary } from '../summary';
import { buildAnalysisSheet } from './analysisSheet';
import { buildFrameworkSheet } from './frameworkSheet';
import type { SpecOptions } from './layout';
import { buildPlannerSheet } from './plannerSheet';
import { buildPlanSheet } from './planSheet';
import type { SheetSpec } from './sheetSpec';
import { buildSummarySheet } from './summarySheet';

export type SheetBuilder = (summary: Summary, opts: SpecOptions) => SheetSpec;

export type SheetDef = {
  readonly key: string;
  readonly build: SheetBuilder;
  /** The pane's button for this sheet alone. */
  readonly label: MessageCode;
  /** Part of the document the agency publishes (gets the framework's status and print conventions of the document). */
  readonly published: boolean;
};

export const OUR_SHEETS = [
  { key: 'summary', build: buildSummarySheet, label: 'ui.action.summary', published: false },
  { key: 'analysis', build: buildAnalysisSheet, label: 'ui.action.analysis', published: true },
  { key: 'plan', build: buildPlanSheet, label: 'ui.action.plan', published: true },
  { key: 'planner', build: buildPlannerSheet, label: 'ui.action.planner', published: false },
  // The framework the numbers follow, editable: read back on the next run (issue 12).
  { key: 'framework', build: buildFrameworkSheet, label: 'ui.action.framework', published: false },
] as const satisfies readonly SheetDef[];

/** Which of our sheets a spec is (stable across runs; the marker records it). */
export type SheetKey = (typeof OUR_SHEETS)[number]['key'];

/** Our sheet keys in workbook order. */
export const SHEET_KEYS: readonly SheetKey[] = OUR_SHEETS.map((s) => s.key);

export function sheetDef(key: SheetKey): (typeof OUR_SHEETS)[number] {
  return OUR_SHEETS.find((s) => s.key === key)!;
}
