/** Contracts between the preview's root (which owns the lazy import of the xlsx adapter) and its components. */
import type { WorkbookPort } from '../app/port';
import type { Engine } from '../taskpane/engine';

/** An opened .xlsx: the port the pane drives, plus what only the preview needs. */
export type PreviewWorkbook = WorkbookPort & {
  readonly select: NonNullable<WorkbookPort['select']>;
  /** The workbook as it is now, as .xlsx bytes. */
  toBuffer(): Promise<Uint8Array>;
  /** Where the preview's grid shows a selected cell. */
  onSelect(listener: ((sheet: string, cell: string) => void) | null): void;
};

export type Opened = {
  readonly workbook: PreviewWorkbook;
  readonly fileName: string;
  /** Where the pane's work runs when not on the page (the preview's Web Worker); absent: on the page, over `workbook`. */
  readonly engine?: Engine;
};

/** Open a file's bytes (the root injects the lazily loaded implementation). */
export type OpenWorkbook = (bytes: Uint8Array, fileName: string) => Promise<Opened>;
