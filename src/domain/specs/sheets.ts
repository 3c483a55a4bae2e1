/**
 * The sheets ITA Workbench writes, in workbook order: the one list from which the actions, their order, the pane's
 * buttons and the command line's report are derived. Adding a sheet type = an entry here + its spec + its tests.
 */
import type { MessageCode } from '../messages';
import type { Summary } from '../summary';
import { hasOwnScores } from '../batch/agencies';
import { buildAnalysisSheet } from './analysisSheet';
import { buildCoverSheet } from './coverSheet';
import { buildResultsSheet } from './resultsSheet';
import { buildFrameworkSheet } from './frameworkSheet';
import { buildConsolidatedSheet, hasAgencyList } from './consolidatedSheet';
import type { SpecOptions } from './layout';
import { buildPlannerSheet } from './plannerSheet';
import { buildPlanSheet } from './planSheet';
import type { SheetSpec } from './sheetSpec';
import { numberPages } from './document';
import { buildSummarySheet } from './summarySheet';

export type SheetBuilder = (summary: Summary, opts: SpecOptions) => SheetSpec;

/** The document's numbered sheets, in order (the cover carries no page number). */
const NUMBERED: readonly (readonly [string, SheetBuilder])[] = [
  ['results', buildResultsSheet],
  ['analysis', buildAnalysisSheet],
  ['plan', buildPlanSheet],
];
const numbered = new WeakMap<Summary, Map<string, SheetSpec[]>>();

/** A numbered sheet of the document: its page numbers follow the sheets before it, its footer counts the document's pages. */
function paged(key: string): SheetBuilder {
  return (summary, opts) => {
    const byOpts = numbered.get(summary) ?? new Map<string, SheetSpec[]>();
    numbered.set(summary, byOpts);
    const k = `${opts.lang}|${opts.thaiDigits}`;
    let specs = byOpts.get(k);
    if (!specs) {
      specs = numberPages(NUMBERED.map(([, build]) => build(summary, opts)));
      byOpts.set(k, specs);
    }
    return specs.find((s) => s.key === key)!;
  };
}

export type SheetDef = {
  readonly key: string;
  readonly build: SheetBuilder;
  /** The pane's button for this sheet alone. */
  readonly label: MessageCode;
  /** Part of the document the agency publishes (gets the framework's status and print conventions of the document). */
  readonly published: boolean;
  /** Whether this workbook calls for the sheet (absent: always); an action for a sheet that does not apply writes nothing. */
  readonly applies?: (summary: Summary) => boolean;
  /** Why it does not apply, for the user. */
  readonly notApplicable?: MessageCode;
};

/** One agency's own scores: the sheets about one agency apply (a workbook holding only a list of agencies has none). */
const ownScores = (s: Summary): boolean => hasOwnScores(s.scan);

export const OUR_SHEETS = [
  {
    key: 'summary',
    build: buildSummarySheet,
    label: 'ui.action.summary',
    published: false,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  // The published document, in the seed's order: cover; sections 1–2; section 3 (the 7 ประเด็น); section 4 (the plan).
  {
    key: 'cover',
    build: buildCoverSheet,
    label: 'ui.action.cover',
    published: true,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  {
    key: 'results',
    build: paged('results'),
    label: 'ui.action.results',
    published: true,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  {
    key: 'analysis',
    build: paged('analysis'),
    label: 'ui.action.analysis',
    published: true,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  {
    key: 'plan',
    build: paged('plan'),
    label: 'ui.action.plan',
    published: true,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  {
    key: 'planner',
    build: buildPlannerSheet,
    label: 'ui.action.planner',
    published: false,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  // The framework the numbers follow, editable: read back on the next run.
  {
    key: 'framework',
    build: buildFrameworkSheet,
    label: 'ui.action.framework',
    published: false,
    applies: ownScores,
    notApplicable: 'sheet.needsOwnScores',
  },
  // Many agencies at once (a published result list pasted in, a reviewer's compilation): only where the workbook holds one.
  {
    key: 'consolidated',
    build: buildConsolidatedSheet,
    label: 'ui.action.consolidated',
    published: false,
    applies: hasAgencyList,
    notApplicable: 'sheet.needsList',
  },
] as const satisfies readonly SheetDef[];

/** Which of our sheets a spec is (stable across runs; the marker records it). */
export type SheetKey = (typeof OUR_SHEETS)[number]['key'];

/** Our sheet keys in workbook order. */
export const SHEET_KEYS: readonly SheetKey[] = OUR_SHEETS.map((s) => s.key);

export function sheetDef(key: SheetKey): (typeof OUR_SHEETS)[number] {
  return OUR_SHEETS.find((s) => s.key === key)!;
}

/** Does the sheet apply to this workbook (SheetDef.applies; always when it has no predicate)? */
export function sheetApplies(key: SheetKey, summary: Summary): boolean {
  const def: SheetDef = sheetDef(key);
  return def.applies ? def.applies(summary) : true;
}
