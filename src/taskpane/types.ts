/** Types shared by the pane's components and its composition roots. */
import type { Analysis, Builders, RunResult } from '../app/workbench';
import type { WorkbookPort } from '../app/port';
import type { Lang } from '../domain/types';
import type { MessageCode } from '../domain/messages';

export type Host = 'excel' | 'preview';
export type ThemeName = 'light' | 'dark';
/** A sentence from the catalogue (src/domain/messages.ts), never a raw error text. */
export type UserMessage = { readonly code: MessageCode; readonly params?: Readonly<Record<string, string | number>> };
/** Maps any failure to a catalogue sentence (the office adapter's toUserError inside Excel). */
export type DescribeError = (e: unknown) => UserMessage;
export type Step = 'reading' | 'analysing' | 'writing';
export type Status = 'idle' | 'running' | 'done' | 'failed';

export type PaneProps = {
  readonly port: WorkbookPort;
  readonly host: Host;
  readonly builders: Builders;
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
  readonly describeError?: DescribeError;
  /** Called after every scan and run with what the workbook now holds (the preview repaints its grid). */
  readonly onAnalysis?: (analysis: Analysis, run: RunResult | null) => void;
};
