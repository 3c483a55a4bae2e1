/** Shared layout of our sheets: fonts, styles, Thai digits, safe text, and a small row builder. */
import { parseA1, rangeA1 } from '../a1';
import type { Text } from '../framework';
import type { CellStyle, SpecCell } from './sheetSpec';
import { arabicToThaiDigits } from '../thai';
import type { Lang } from '../types';

export type SpecOptions = { readonly lang: Lang; readonly thaiDigits: boolean };

/** Official Thai documents use TH SarabunPSK 16 pt (cabinet resolution, 2010). */
export const FONT_SARABUN_PSK = 'TH SarabunPSK';
/** Its common successor, a drop-in alternative where SarabunPSK is not installed. */
export const FONT_SARABUN_NEW = 'TH Sarabun New';
export const BASE_FONT_SIZE = 16;

export const BASE_STYLE: CellStyle = { font: FONT_SARABUN_PSK, size: BASE_FONT_SIZE, vAlign: 'top', wrap: true };
export const HEADER_FILL = '#DDEBF7';
export const THEME_FILL = '#FCE4D6';

/** "0.00", or the same shown with Thai digits (LCID 0D = Thai numerals, 041E = Thai): the cell stays a number. */
export function scoreFormat(opts: SpecOptions): string {
  return opts.thaiDigits ? '[$-D00041E]0.00' : '0.00';
}

/** The styles every sheet of ours shares (keys into SheetSpec.styles). */
export function commonStyles(opts: SpecOptions): Record<string, CellStyle> {
  const cell: CellStyle = { border: 'thin', wrap: true, vAlign: 'top' };
  return {
    title: { bold: true, size: 18, hAlign: 'center', wrap: true },
    subtitle: { bold: true, hAlign: 'center', wrap: true },
    header: { ...cell, bold: true, fill: HEADER_FILL, hAlign: 'center', vAlign: 'middle' },
    theme: { ...cell, bold: true, fill: THEME_FILL },
    text: { ...cell, numFmt: '@' },
    center: { ...cell, hAlign: 'center', numFmt: '@' },
    label: { ...cell, bold: true, numFmt: '@' },
    score: { ...cell, hAlign: 'right', numFmt: scoreFormat(opts) },
    scoreBold: { ...cell, hAlign: 'right', bold: true, numFmt: scoreFormat(opts) },
    flag: { ...cell, hAlign: 'center', bold: true, color: '#C00000' },
    note: { italic: true, wrap: true, size: 14 },
    warning: { bold: true, wrap: true, color: '#C00000' },
  };
}

export function tr(t: Text, lang: Lang): string {
  return t[lang];
}

/** Characters that make Excel (or office-js) read a typed value as a formula. */
const FORMULA_LEAD: Readonly<Record<string, string>> = { '=': '＝', '+': '＋', '-': '–', '@': '＠' };

/** Never let a text start with = + - @ (it would be taken as a formula): swap the lead for a look-alike. */
export function safeText(s: string): string {
  const t = s.replace(/^\s+/, '');
  const lead = FORMULA_LEAD[t.charAt(0)];
  return lead ? lead + t.slice(1) : t;
}

/** Thai digits in running text, but item codes (o9, i10, e4) keep theirs: they are identifiers NACC writes in Latin. */
export function thaiDigitsInText(s: string): string {
  return s.replace(/(?<![A-Za-z])([ioeIOE]\d+)|(\d+)/g, (m, code: string | undefined) => (code ? m : arabicToThaiDigits(m)));
}

/** Text for a cell: safe, and with Thai digits when asked. */
export function txt(s: string, opts: SpecOptions): string {
  return safeText(opts.thaiDigits ? thaiDigitsInText(s) : s);
}

/** A score shown inside text: two decimals, Thai digits when asked. */
export function scoreStr(n: number, opts: SpecOptions): string {
  const s = (Math.round(n * 100) / 100).toFixed(2);
  return opts.thaiDigits ? arabicToThaiDigits(s) : s;
}

/** Numbered lines "1. …" (never "-" bullets), one per line inside a cell. */
export function numbered(lines: readonly string[]): string {
  return lines.map((l, k) => `${k + 1}. ${l}`).join('\n');
}

export const textCell = (s: string, opts: SpecOptions, style = 'text'): SpecCell => ({ value: txt(s, opts), style });

/** A sheet being laid out row by row; 0-based row indexes. */
export type Draft = {
  readonly rows: (SpecCell | null)[][];
  readonly merges: string[];
  readonly rowHeights: Record<number, number>;
};

/** The parts of a SheetSpec every sheet of ours shares: the draft's cells, merges and row heights, the widths, styles and base font. */
export function fromDraft(d: Draft, columnWidths: readonly number[], styles: Readonly<Record<string, CellStyle>>) {
  return { rows: d.rows, styles, baseStyle: BASE_STYLE, merges: d.merges, columnWidths, rowHeights: d.rowHeights };
}

export function newDraft(): Draft {
  return { rows: [], merges: [], rowHeights: {} };
}

/** Append a row; returns its 0-based index. */
export function addRow(d: Draft, cells: readonly (SpecCell | null)[]): number {
  d.rows.push([...cells]);
  return d.rows.length - 1;
}

/** Append a row whose first cell spans columns 0..lastCol; returns its index. */
export function addSpanRow(d: Draft, cell: SpecCell, lastCol: number): number {
  const r = addRow(d, [cell, ...Array<null>(lastCol).fill(null)]);
  if (lastCol > 0) d.merges.push(rangeA1(r, 0, r, lastCol));
  return r;
}

/** Merge columns c0..c1 of row r (the text lives in c0). */
export function mergeCols(d: Draft, r: number, c0: number, c1: number): void {
  d.merges.push(rangeA1(r, c0, r, c1));
}

/** Points per line of 16 pt Thai text (tall vowels and tone marks need room). */
const LINE_PT = 24;
const EMPTY_ROW_PT = 12;

/** Lines a text needs in a column of `width` character units; conservative, since the font may fall back to a wider one. */
export function estimateLines(s: string, width: number): number {
  // Thai combining marks (above/below vowels, tone marks) take no width.
  const perLine = Math.max(6, Math.floor(width * 0.65));
  return s.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length / perLine)), 0);
}

/** Width (character units) of the cell at (r, c), summed over its merge. */
function spanWidth(merges: readonly string[], widths: readonly number[], r: number, c: number): number {
  const m = merges.map((x) => x.split(':').map(parseA1)).find(([a, b]) => a && b && a.row === r && a.col === c);
  const end = m?.[1]?.col ?? c;
  let w = 0;
  for (let k = c; k <= end; k++) w += widths[k] ?? 10;
  return w;
}

/** Explicit height for every row from its wrapped texts: neither Excel nor LibreOffice grows merged cells, and LibreOffice keeps default heights. */
export function autoHeights(d: Draft, widths: readonly number[], styles: Readonly<Record<string, CellStyle>>): void {
  d.rows.forEach((row, r) => {
    let h = 0;
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === undefined) return;
      const size = (cell.style ? styles[cell.style]?.size : undefined) ?? BASE_FONT_SIZE;
      const lines = typeof cell.value === 'string' ? estimateLines(cell.value, spanWidth(d.merges, widths, r, c) * (BASE_FONT_SIZE / size)) : 1;
      h = Math.max(h, lines * LINE_PT * (size / BASE_FONT_SIZE));
    });
    d.rowHeights[r] = Math.max(d.rowHeights[r] ?? 0, h || EMPTY_ROW_PT);
  });
}

/** Explicit height for one row from the given texts and widths (kept for callers laying out rows by hand). */
export function fitRow(d: Draft, r: number, texts: readonly { readonly text: string; readonly width: number }[]): void {
  const lines = Math.max(1, ...texts.map((t) => estimateLines(t.text, t.width)));
  if (lines > 1) d.rowHeights[r] = Math.max(d.rowHeights[r] ?? 0, lines * LINE_PT);
}
