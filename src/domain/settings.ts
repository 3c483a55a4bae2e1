/** User settings that steer the analysis; every field has a sensible default. */
import type { Lang } from './types';

export type Thresholds = {
  /** An OIT item below this is weak (default 100: anything not fully published). */
  readonly oitWeakBelow: number;
  /** An OIT item at or below this is critical (default 0: nothing published). */
  readonly oitCriticalAtOrBelow: number;
  /** An IIT/EIT item or any indicator below this is weak (default: the pass line 85). */
  readonly surveyWeakBelow: number;
  /** An IIT/EIT item or indicator below this is critical (default 70). */
  readonly surveyCriticalBelow: number;
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  oitWeakBelow: 100,
  oitCriticalAtOrBelow: 0,
  surveyWeakBelow: 85,
  surveyCriticalBelow: 70,
};

export type Settings = {
  /** Assessment year (พ.ศ.); overrides what the workbook states. */
  readonly year?: number;
  /** Plan year (พ.ศ.); default assessment year + 1. */
  readonly planYear?: number;
  /** Agency name; overrides what the workbook states. */
  readonly agency?: string;
  readonly lang: Lang;
  /** Write Thai digits (๐–๙) in inserted sheets' texts. */
  readonly thaiDigits: boolean;
  readonly thresholds: Thresholds;
  /** Target scores chosen in the what-if view (item code → score); the measures plan says what each is worth. Default: every document at 100. */
  readonly targets?: Readonly<Record<string, number>>;
  /**
   * Earlier years' overall scores (พ.ศ. → score), for section 1's multi-year table and chart; they win over a history
   * table found in the workbook for the same year. From the pane or `--history 2563=49.79,2564=55.10`.
   */
  readonly history?: readonly YearScore[];
};

export type YearScore = { readonly year: number; readonly score: number };

export const DEFAULT_SETTINGS: Settings = { lang: 'th', thaiDigits: false, thresholds: DEFAULT_THRESHOLDS };
