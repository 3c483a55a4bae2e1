/** Types shared by the pane's components and its composition roots. */
import type { Analysis } from '../app/analysis';
import type { WorkbookPort } from '../app/port';
import type { RunResult } from '../app/workbench';
import type { Lang } from '../domain/types';
import type { MessageCode } from '../domain/messages';
import type { UserMessage } from '../app/userError';
import type { BuildersSource, Engine } from './engine';

export type Host = 'excel' | 'preview';
export type ThemeName = 'light' | 'dark';
/**
 * A failure as the pane shows it: why, what would block (a write refused before it began), and what is in the
 * workbook now (a write that stopped part-way); `state` null when nothing was being written.
 */
export type PaneError = {
  readonly reason: UserMessage;
  readonly blockers: readonly UserMessage[];
  readonly state: readonly UserMessage[] | null;
  readonly step?: MessageCode;
};
export type Status = 'idle' | 'running' | 'done' | 'failed';

export type PaneProps = {
  readonly port: WorkbookPort;
  readonly host: Host;
  /** The sheet builders, or how to load them (lazily: the first screen does not need them). */
  readonly builders: BuildersSource;
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
  /** Called after every scan and run with what the workbook now holds (the preview repaints its grid). */
  readonly onAnalysis?: (analysis: Analysis, run: RunResult | null) => void;
  /** Where the work runs (default: here, over `port`; the preview passes its Web Worker). */
  readonly engine?: Engine;
  /** The pane is the page's main landmark in Excel; inside the preview's own main it is a region. */
  readonly landmark?: 'main' | 'region';
  /** The sample workbook's address (first run: insert its sheets, or download it). */
  readonly sampleUrl?: string;
  /** The user guide's address. */
  readonly helpUrl?: string;
  /** Open the sample instead of inserting it (the preview opens it as its workbook). */
  readonly onOpenSample?: () => void;
};
