/** Core value types shared by every layer. Pure data: no host types leak in here. */
import type { MessageCode } from './messages';

/** One cell value as the domain sees it; adapters normalise host values (""→null, {formula,result}→result, rich text→string, dates→ISO string). */
export type Cell = string | number | boolean | null;
/** A rectangular block of cells, row-major. Rows may be ragged; a missing cell reads as null. */
export type Grid = readonly (readonly Cell[])[];

export type Lang = 'th' | 'en';
export type Tool = 'IIT' | 'EIT' | 'OIT';
export const TOOLS: readonly Tool[] = ['IIT', 'EIT', 'OIT'];

/** A sheet as read from the host: its used range, anchored at `origin` (0-based row/col of grid[0][0]). */
export type SheetSnapshot = {
  readonly name: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: Grid;
  /** Cells that hold formulas, keyed by A1 address (formula text without '='). Optional: hosts may omit. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Numeric cells (A1) formatted as a percentage: Excel shows them ×100 (0.7284 reads as 72.84%). Optional. */
  readonly percent?: readonly string[];
  /** Set when the used range exceeded the host's read cap: only the first `limit` cells (whole rows) were read. */
  readonly truncated?: { readonly cells: number; readonly limit: number };
};

export type WorkbookSnapshot = {
  readonly sheets: readonly SheetSnapshot[];
};

/** A place in the workbook, A1 style, as shown to users ("Sheet1", "C7"). */
export type Location = { readonly sheet: string; readonly cell: string };

export type Severity = 'error' | 'warning' | 'info';

/** A problem (or notable fact) found in the user's data: a result, not an exception. */
export type Issue = {
  /** A code of the message catalogue (an unknown code fails to compile). */
  readonly code: MessageCode;
  readonly severity: Severity;
  readonly sheet?: string;
  readonly cell?: string;
  /** Values substituted into the catalogue message ({name} placeholders). */
  readonly params?: Readonly<Record<string, string | number>>;
};
