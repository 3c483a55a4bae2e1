/** The default wiring of the domain's sheet builders and highlight rules into the use cases. */
import { buildPlannerSheet } from '../domain/planner/sheet';
import { buildAnalysisSheet } from '../domain/specs/analysisSheet';
import { buildHighlightRules } from '../domain/specs/highlight';
import { buildPlanSheet } from '../domain/specs/planSheet';
import { buildSummarySheet } from '../domain/specs/summarySheet';
import type { Builders } from './workbench';

export const defaultBuilders: Builders = {
  sheets: {
    summary: buildSummarySheet,
    analysis: buildAnalysisSheet,
    plan: buildPlanSheet,
    planner: buildPlannerSheet,
  },
  highlights: buildHighlightRules,
};
