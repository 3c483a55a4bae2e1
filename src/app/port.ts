/**
 * The one port every host implements (office-js in Excel, the xlsx package adapter for the CLI and the browser preview).
 * A use case reads the whole workbook once and writes all its changes once: adapters batch accordingly.
 */
import type { ConditionalRule, SheetKey, SheetSpec } from '../domain/specs/sheetSpec';
import type { Settings, Thresholds } from '../domain/settings';
import type { WorkbookSnapshot } from '../domain/types';

/** Name of the very-hidden sheet where we record what we wrote (our marker); a numbered variant when a user's sheet has it. */
export const META_SHEET = 'ITA_Workbench_meta';

/**
 * A sheet we created, provable by its recorded name and the signature text in signatureCell. `pending` is set only in
 * a journal (a write in progress, see Marker.journal): 'add' = being added by that write (ours even while still
 * without any value, a retry replaces it), 'remove' = being removed by it (gone without anyone having renamed it).
 */
export type OurSheet = {
  readonly key: SheetKey;
  readonly name: string;
  readonly signatureCell: string;
  readonly signature: string;
  readonly pending?: 'add' | 'remove';
};
/** A conditional-format rule we added to a user's sheet. */
export type OurRule = ConditionalRule & { readonly sheet: string };
/** A blank cell of the user's table we filled with a computed value (formula). */
export type OurFill = {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly value: number | null;
};

export type Marker = {
  readonly app: 'ita-workbench';
  readonly version: 1;
  readonly sheets: readonly OurSheet[];
  readonly rules: readonly OurRule[];
  readonly fills: readonly OurFill[];
  readonly settings?: Partial<Settings>;
  /** Thresholds the recorded rules were built with (the preview paints what they paint without reading formulas back). */
  readonly highlightThresholds?: Thresholds;
  /**
   * True while a write is under way: written before anything else changes, it records the union of what was there and
   * what the write adds (sheets marked `pending`), so that a failure part-way leaves a workbook whose every sheet, rule
   * and fill of ours is still known, and a retry replaces them instead of duplicating them. The write ends by
   * replacing it with the plain marker.
   */
  readonly journal?: true;
  readonly writtenAt: string;
};

export type WorkbookChanges = {
  /** Our sheets from an earlier run, proven ours: deleted before the new ones are added. */
  readonly removeSheets: readonly string[];
  /** Sheets to add, names already resolved against the workbook; added in this order at the end. */
  readonly addSheets: readonly SheetSpec[];
  /** Our conditional-format rules from an earlier run, to remove (matched by sheet, range and formula). */
  readonly removeRules: readonly OurRule[];
  readonly addRules: readonly OurRule[];
  /** Computed values for blank cells of the user's tables; an adapter must skip a cell that is no longer blank. */
  readonly fills: readonly OurFill[];
  /** Fills of an earlier run to clear (only if the cell still holds exactly our formula). */
  readonly clearFills: readonly OurFill[];
  /**
   * What we record; written (app/marker.ts encodeMarker) into column A of `markerSheet`, created very hidden when
   * missing. null: nothing of ours remains ("remove what ITA Workbench added"), the marker sheet is deleted.
   */
  readonly marker: Marker | null;
  /**
   * The journal (Marker.journal): hosts whose write can stop part-way (Excel: a failed batch is not rolled back)
   * write it into `markerSheet` before any other change and replace it with `marker` at the end. A host that writes
   * all or nothing (a file written whole) may ignore it.
   */
  readonly journal?: Marker;
  /** The sheet that holds our marker: the one it is in now, else META_SHEET, else a free variant (a user's sheet has the name). */
  readonly markerSheet: string;
};

/** The steps of a write, in order (app/writes.ts says what each does and in which order, and why). */
export type WriteStep = 'check' | 'record' | 'remove' | 'sheets' | 'rules' | 'finish';
export const WRITE_STEPS: readonly WriteStep[] = ['check', 'record', 'remove', 'sheets', 'rules', 'finish'];
/** Where a write is: its step, and within 'sheets' which sheet of how many. */
export type WriteProgress = {
  readonly step: WriteStep;
  readonly sheet?: string;
  readonly index?: number;
  readonly count?: number;
};

export type WorkbookPort = {
  /** Every sheet (hidden ones included) with its used range; as few requests as the host's limits allow. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * All changes, in the order of app/writes.ts. Never touches a cell, sheet or rule that is not named in `changes`.
   * Fails with app/writeFailure.ts WriteFailure: what blocked it before anything was written (preflight), or what
   * is in the workbook now after a failure part-way.
   */
  write(changes: WorkbookChanges, onProgress?: (p: WriteProgress) => void): Promise<void>;
  /** Select a cell for the user (Excel: activate the sheet and select; preview: scroll its grid). Optional: not every host can. */
  select?(sheet: string, cell: string): Promise<void>;
  /**
   * Insert the sheets of an .xlsx (the sample) at the end of the workbook, as the user's own sheets. Optional: only
   * hosts that can (Excel: ExcelApi 1.13 insertWorksheetsFromBase64) have it.
   */
  insertSheets?(xlsx: Uint8Array): Promise<readonly string[]>;
};
