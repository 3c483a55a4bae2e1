/**
 * The one port every host implements (office-js in Excel, the xlsx package adapter for the CLI and the browser preview).
 * A use case reads the whole workbook once and writes all its changes once: adapters batch accordingly.
 */
import type { ConditionalRule, SheetKey, SheetSpec } from '../domain/specs/sheetSpec';
import type { Settings } from '../domain/settings';
import type { WorkbookSnapshot } from '../domain/types';

/** Name of the very-hidden sheet where we record what we wrote (our marker); a numbered variant when a user's sheet has it. */
export const META_SHEET = 'ITA_Workbench_meta';

/** A sheet we created, provable by its recorded name and the signature text in signatureCell. */
export type OurSheet = { readonly key: SheetKey; readonly name: string; readonly signatureCell: string; readonly signature: string };
/** A conditional-format rule we added to a user's sheet. */
export type OurRule = ConditionalRule & { readonly sheet: string };
/** A blank cell of the user's table we filled with a computed value (formula). */
export type OurFill = { readonly sheet: string; readonly cell: string; readonly formula: string; readonly value: number | null };

export type Marker = {
  readonly app: 'ita-workbench';
  readonly version: 1;
  readonly sheets: readonly OurSheet[];
  readonly rules: readonly OurRule[];
  readonly fills: readonly OurFill[];
  readonly settings?: Partial<Settings>;
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
  /** What we record; written (app/marker.ts encodeMarker) into column A of `markerSheet`, created very hidden when missing. */
  readonly marker: Marker;
  /** The sheet that holds our marker: the one it is in now, else META_SHEET, else a free variant (a user's sheet has the name). */
  readonly markerSheet: string;
};

export type WorkbookPort = {
  /** Every sheet (hidden ones included) with its used range, in one batch. */
  read(): Promise<WorkbookSnapshot>;
  /** All changes in one batch. Never touches a cell, sheet or rule that is not named in `changes`. */
  write(changes: WorkbookChanges): Promise<void>;
  /** Select a cell for the user (Excel: activate the sheet and select; preview: scroll its grid). Optional: not every host can. */
  select?(sheet: string, cell: string): Promise<void>;
};
