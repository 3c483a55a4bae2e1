/** The summary of an assessment: what the engine computes from a scan, by the year's framework. Types here; computation in score.ts. */
import type { FrameworkInUse, RatingScheme, Text } from './framework';
import type { Rank } from './scan/rank';
import type { ScanResult } from './scan/types';
import type { Settings } from './settings';
import type { Issue, Location, Tool } from './types';

/** critical: the worst (OIT 0, survey < 70 by default); weak: below the line; null: fine. */
export type WeakLevel = 'critical' | 'weak' | null;

export type ItemResult = {
  /** The item's code as its year numbers it (o10 in FY2567, O10 in FY2569). */
  readonly code: string;
  /** What the item is about, stable across years (framework.ts FrameworkItem.topic). */
  readonly topic: string;
  /** Further topics merged into this item. */
  readonly covers: readonly string[];
  readonly tool: Tool;
  readonly name: Text;
  readonly indicator: number | null;
  /** The score used (first occurrence), null when missing or unreadable. */
  readonly score: number | null;
  readonly weak: WeakLevel;
  /** Where the score stands in the user's workbook; null when the item is not in the workbook. */
  readonly location: Location | null;
  /** Whether the cell at `location` holds a real number (so a formula can reference it). */
  readonly numericCell: boolean;
  /**
   * A formula expression (no "=") giving this item's score from its cell: `'Sheet'!$C$5`, or `VALUE('Sheet'!$C$5)`
   * when the cell holds the number as plain text ("92.00"); null when no formula can read it (Thai digits, units…).
   */
  readonly formulaRef: string | null;
  readonly duplicates: readonly Location[];
  /** Question text as typed, where the table had one. */
  readonly text?: string;
};

export type SubIndicatorResult = {
  readonly no: string;
  readonly name: Text;
  readonly items: readonly string[];
  readonly score: number | null;
};

export type IndicatorResult = {
  readonly no: number;
  readonly tool: Tool;
  readonly name: Text;
  /**
   * The score used: computed from items where the year's grouping is verified and all items are present, else the
   * reported one; where the grouping is not verified, the reported one, else the estimate (source 'estimate').
   */
  readonly score: number | null;
  /** From items by a verified grouping (FY2567); null where the grouping is not verified or an item is missing. */
  readonly computed: number | null;
  /** From items by a grouping that is NOT verified (FY2568+): shown only as an estimate, never checked against the stated value. */
  readonly estimate: number | null;
  readonly reported: number | null;
  readonly source: 'items' | 'reported' | 'estimate' | 'missing';
  /** Stated and computed agree within the tolerance (score.ts agreement); null when one of them is missing. */
  readonly agrees: boolean | null;
  /** Where the workbook states this indicator's score. */
  readonly reportedAt: Location | null;
  /** The blank score cell of the user's indicator table, when there is one (a candidate for "fill"). */
  readonly blankScoreCell: Location | null;
  readonly items: readonly string[];
  readonly sub?: readonly SubIndicatorResult[];
  readonly weak: WeakLevel;
  /**
   * Excel formula (no "=") computing the score from the user's cells, e.g. AVERAGE('IIT'!$C$5,…);
   * null when some input is not a plain number in a cell (then writers use the value).
   */
  readonly formula: string | null;
  /** Formula (no "=") reading the stated score where the workbook states it (percent cells ×100); null: use `reported`. */
  readonly reportedFormula: string | null;
};

export type ToolResult = {
  readonly tool: Tool;
  readonly score: number | null;
  readonly weight: number;
  readonly indicators: readonly number[];
  readonly reported: number | null;
  readonly reportedAt: Location | null;
  /** Stated and computed agree within the tolerance; null when one of them is missing. */
  readonly agrees: boolean | null;
  /** Some indicator of the tool is only an estimate (source 'estimate'). */
  readonly estimated: boolean;
};

export type RatingResult = {
  readonly label: Text;
  readonly pass: boolean;
  readonly scheme: string;
  /** Index into the scheme's levels. */
  readonly level: number;
  /** Tools below the per-tool minimum of a higher level the overall score alone would reach (e.g. EIT < 85 blocks ผ่านดี). */
  readonly blockedBy: readonly { readonly level: Text; readonly tools: readonly Tool[] }[];
};

export type OverallResult = {
  readonly score: number | null;
  readonly reported: number | null;
  readonly reportedAt: Location | null;
  /** Formula (no "=") reading the stated overall score in its cell (percent cells ×100); null: use `reported`. */
  readonly reportedFormula: string | null;
  readonly rating: RatingResult | null;
  /** Stated and computed agree within the tolerance; null when one of them is missing. */
  readonly agrees: boolean | null;
  /** Some indicator behind it is only an estimate: the score and the rating must be labelled as estimates. */
  readonly estimated: boolean;
};

export type Summary = {
  /** Assessment year (พ.ศ.). */
  readonly year: number;
  readonly planYear: number;
  readonly agency: string | null;
  /** The framework used, with its status as used, where the year came from and whose data it is (framework.ts FrameworkInUse). */
  readonly framework: FrameworkInUse;
  /** False when the year has no framework of its own and the nearest was used (an issue says so). */
  readonly frameworkExact: boolean;
  readonly scheme: RatingScheme;
  readonly items: readonly ItemResult[];
  readonly indicators: readonly IndicatorResult[];
  readonly tools: readonly ToolResult[];
  readonly overall: OverallResult;
  /** Weak items, worst first (critical before weak, then by score, then by code order). */
  readonly weak: readonly ItemResult[];
  readonly issues: readonly Issue[];
  readonly settings: Settings;
  readonly scan: ScanResult;
  /** District and province named in the workbook (for the document's titles), null when not stated. */
  readonly district: string | null;
  readonly province: string | null;
  /** The rank as the workbook states it, with where. */
  readonly rank: (Rank & { readonly location: Location }) | null;
  /** Earlier years' overall scores, oldest first (years before the assessment year only). */
  readonly history: readonly HistoryEntry[];
};

/** One earlier year's overall score: from the settings (pane, --history) or from a table in the workbook (formulaRef to it). */
export type HistoryEntry = {
  readonly year: number;
  readonly score: number;
  readonly source: 'settings' | 'workbook';
  readonly location: Location | null;
  readonly formulaRef: string | null;
};
