/**
 * Sheet specs: the domain describes a sheet to write (values, formulas, styles, merges, widths,
 * conditional formats, print setup); each adapter renders it. Rows/cols 0-based; A1 in strings.
 */
import type { Cell } from '../types';
import type { SheetKey } from './sheets';

export type Border = 'thin' | 'medium' | 'none';
export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export type CellStyle = {
  readonly font?: string;
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** "#RRGGBB" */
  readonly color?: string;
  /** "#RRGGBB" background fill. */
  readonly fill?: string;
  readonly hAlign?: HAlign;
  readonly vAlign?: VAlign;
  readonly wrap?: boolean;
  readonly border?: Border;
  /** Excel number format, e.g. "0.00", "@" (text). */
  readonly numFmt?: string;
};

/**
 * A cell to write. `formula` (without "=") wins over `value`; `value` is the cached result to store with it.
 * Text values are always written as text, never parsed as formulas (a value "- จัดทำคู่มือ" stays text).
 */
export type SpecCell = {
  readonly value?: Cell;
  readonly formula?: string;
  /** Key into SheetSpec.styles. */
  readonly style?: string;
  /** A hyperlink on the cell: to a file or web address, or to a place in this workbook. */
  readonly link?: { readonly url: string } | { readonly sheet: string; readonly cell: string };
};

export type ConditionalRule = {
  /** A1 range the rule applies to, on this sheet. */
  readonly range: string;
  /** Formula (no "="), relative to the range's top-left cell; true → format applies. */
  readonly formula: string;
  readonly fill: string;
  readonly color?: string;
  readonly bold?: boolean;
  /** Lower = higher priority among our rules. */
  readonly priority: number;
};

export type PrintSetup = {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Fit all columns on one page wide. */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, 1-based inclusive ("1:3" → [1,3]). */
  readonly repeatRows?: readonly [number, number];
  /** Margins in inches. */
  readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Pages tall when fitting (0 or absent: as many as needed). */
  readonly fitToHeight?: number;
  /** What prints: an A1 range (our signing row and working cells stay outside it). Absent: every written cell. */
  readonly area?: string;
  /** Manual page breaks: a new page starts at each of these 1-based rows (a heading kept with its table). */
  readonly rowBreaks?: readonly number[];
  /** Page header and footer, in Excel's header/footer codes (&P page, &N pages, &A sheet name), by section. */
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
  readonly centerHorizontally?: boolean;
  /** The number of the sheet's first printed page (a document spanning several sheets numbers on); absent: automatic. */
  readonly firstPageNumber?: number;
};

export type HeaderFooter = { readonly left?: string; readonly center?: string; readonly right?: string };

/**
 * A native chart on one of our sheets. Its data are ranges of the same sheet, so it stays live when those cells
 * change. Anchored from the top-left corner of `from` to the top-left corner of `to` (Excel's two-cell anchor).
 */
export type ChartSpec = {
  readonly kind: 'line' | 'column' | 'bar' | 'pie';
  readonly title?: string;
  /** Category labels: an A1 range on this sheet (one row or one column). */
  readonly categories: string;
  readonly series: readonly ChartSeries[];
  readonly from: string;
  readonly to: string;
  readonly valueAxis?: {
    readonly min?: number;
    readonly max?: number;
    readonly title?: string;
    readonly numFmt?: string;
  };
  readonly categoryAxisTitle?: string;
  readonly dataLabels?: boolean;
  readonly legend?: 'bottom' | 'right' | 'none';
};

export type ChartSeries = {
  /** The series' name as shown in the legend: a literal, or the A1 cell on this sheet that holds it. */
  readonly name: string;
  readonly nameCell?: string;
  /** Values: an A1 range on this sheet, as long as the categories. */
  readonly values: string;
  /** "#RRGGBB" */
  readonly color?: string;
};

export type { SheetKey };

export type SheetSpec = {
  /** Which of our sheets this is (stable across runs; the marker records it). */
  readonly key: SheetKey;
  /** Preferred sheet name (≤ 31 chars, no []:*?/\); the app resolves collisions with the user's sheets. */
  readonly name: string;
  /** Row-major cells from A1; null = leave empty. */
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Style applied to every written cell before its own (font family/size). */
  readonly baseStyle?: CellStyle;
  readonly merges: readonly string[];
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  /** Optional explicit row heights (points), by 0-based row index. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly conditionalFormats: readonly ConditionalRule[];
  readonly print: PrintSetup;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** Ranges (A1) the user is meant to edit (e.g. target scores): unlocked and styled as input. */
  readonly inputRanges?: readonly string[];
  readonly tabColor?: string;
  /** Native charts over this sheet's cells. */
  readonly charts?: readonly ChartSpec[];
};
