/** What the scanner finds in a workbook. Locations are A1 addresses on the named sheet. */
import type { Cell, Issue, Tool } from '../types';
import type { HistoryPoint } from './history';
import type { Rank } from './rank';
import type { AgencyTable } from './agencyTable';

/** One occurrence of an item score in the user's tables. Duplicates are kept (each with its own place) and warned. */
export type ItemHit = {
  /** Normalised code: lower-case tool letter + number, e.g. "i1", "o34". */
  readonly code: string;
  readonly tool: Tool;
  /** Parsed score, or null when the cell is blank/unreadable (an issue says why). */
  readonly score: number | null;
  /** The raw cell value the score was read from. */
  readonly raw: Cell;
  readonly sheet: string;
  /** Cell of the score. */
  readonly cell: string;
  /** Cell holding the code (or the question text that starts with it). */
  readonly codeCell: string;
  /** Question text, when the table has one (code stripped). */
  readonly text?: string;
  /** Index into ScanResult.tables. */
  readonly table: number;
};

/** A value the workbook states (indicator score, overall score): where it is and what it says. */
export type Reported = {
  readonly value: number;
  readonly raw: Cell;
  readonly sheet: string;
  readonly cell: string;
};

export type IndicatorHit = {
  /** Indicator number 1..10. */
  readonly no: number;
  /** The name as typed. */
  readonly label: string;
  readonly sheet: string;
  /** Cell of the name (or number) that identified the row. */
  readonly labelCell: string;
  /** Where the score is or would be (blank cell in the score column). Null when the table has no score column. */
  readonly scoreCell: string | null;
  /** The reported score, when the cell holds a readable number. */
  readonly reported: Reported | null;
  readonly table: number;
};

export type TableInfo = {
  /** agencies: a multi-agency table (one agency per row: name, tool scores, indicators, total, rating). */
  readonly kind: 'items' | 'indicators' | 'agencies';
  readonly sheet: string;
  /** Bounding range, A1 ("B3:D20"). */
  readonly range: string;
  readonly orientation: 'rows' | 'columns';
};

export type Found<T> = { readonly value: T; readonly sheet: string; readonly cell: string };

export type ScanResult = {
  readonly items: readonly ItemHit[];
  readonly indicators: readonly IndicatorHit[];
  /** Overall score stated in the workbook (e.g. "คะแนนภาพรวมอยู่ที่ 72.84 คะแนน"). */
  readonly overall: Reported | null;
  /** Tool scores stated in the workbook, where found. */
  readonly toolScores: Partial<Record<Tool, Reported>>;
  /** Assessment year (พ.ศ.) as stated in the workbook. */
  readonly year: Found<number> | null;
  /** Plan year (พ.ศ.) where the workbook states one distinctly (e.g. a measures title). */
  readonly planYear: Found<number> | null;
  readonly agency: Found<string> | null;
  /** District (อำเภอ/เขต) and province (จังหวัด) the workbook names, for the document's titles. */
  readonly district?: Found<string> | null;
  readonly province?: Found<string> | null;
  /** The rank the workbook states ("อยู่ในระดับ 5,240 ของหน่วยงานประเภท องค์การบริหารส่วนตำบล"). */
  readonly rank?: Found<Rank> | null;
  /** Earlier years' overall scores from a table in the workbook, oldest first. */
  readonly history?: readonly HistoryPoint[];
  readonly tables: readonly TableInfo[];
  readonly issues: readonly Issue[];
  /** Multi-agency tables (published result lists, reviewers' compilations); absent when there is none. */
  readonly agencyTables?: readonly AgencyTable[];
  /** Cells formatted as percentages (scan/percent.ts percentKey): read ×100, so formulas over them read `cell*100`. */
  readonly percent?: ReadonlySet<string>;
};

export type ScanOptions = {
  /** Sheets to skip by name (our own output sheets). */
  readonly skipSheets?: readonly string[];
};
