/** Shared layout of our sheets: fonts, styles, Thai digits, safe text, and a small row builder. */
import { parseA1, rangeA1 } from '../a1';
import type { Text } from '../framework';
import type { CellStyle, SpecCell } from './sheetSpec';
import { arabicToThaiDigits } from '../thai';
import type { Lang } from '../types';
import { lineHeight, type FontSpec } from '../text/metrics';
import { lineCount, wrapText } from '../text/wrap';

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
  return s.replace(/(?<![A-Za-z])([ioeIOE]\d+)|(\d+)/g, (m, code: string | undefined) =>
    code ? m : arabicToThaiDigits(m),
  );
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
  /** Words a line must not cut on this sheet, besides the shipped ones (the agency's name, district, province). */
  readonly keep: string[];
};

/** The parts of a SheetSpec every sheet of ours shares: the draft's cells, merges and row heights, the widths, styles and base font. */
export function fromDraft(d: Draft, columnWidths: readonly number[], styles: Readonly<Record<string, CellStyle>>) {
  return { rows: d.rows, styles, baseStyle: BASE_STYLE, merges: d.merges, columnWidths, rowHeights: d.rowHeights };
}

export function newDraft(): Draft {
  return { rows: [], merges: [], rowHeights: {}, keep: [] };
}

/** Append a row; returns its 0-based index. */
export function addRow(d: Draft, cells: readonly (SpecCell | null)[]): number {
  d.rows.push([...cells]);
  return d.rows.length - 1;
}

/** Append a row whose first cell spans columns 0..lastCol; returns its index. */
export function addSpanRow(d: Draft, cell: SpecCell, lastCol: number): number {
  // The merged-over cells carry the style too: a merged cell's borders are drawn from the cells it covers.
  const covered: SpecCell | null = cell.style ? { style: cell.style } : null;
  const r = addRow(d, [cell, ...Array.from({ length: lastCol }, () => covered)]);
  if (lastCol > 0) d.merges.push(rangeA1(r, 0, r, lastCol));
  return r;
}

/** Merge columns c0..c1 of row r (the text lives in c0). */
export function mergeCols(d: Draft, r: number, c0: number, c1: number): void {
  d.merges.push(rangeA1(r, c0, r, c1));
}

// ---------------------------------------------------------------- measured text, rows and pages

/**
 * Column widths are in Excel's character units, whose size depends on the workbook's default font: 7 px (5.25 pt)
 * for Calibri 11 in Excel, 9⅓ px (7 pt) where LibreOffice lacks Calibri and draws DejaVu Sans instead. Texts are
 * wrapped for the narrower (every host has at least that room) and tables are sized for the wider (no host has to
 * shrink the page to fit), so the same rows and page breaks hold everywhere.
 */
export const WRAP_UNIT_PT = 5.25;
export const FIT_UNIT_PT = 7;
/** Room a cell keeps between its borders and its text (both sides together). */
export const CELL_PADDING_PT = 4;
/** Room above and below a row's text. */
const ROW_PADDING_PT = 4;
const EMPTY_ROW_PT = 12;
/** A little of every line left free: hosts differ by a fraction of a point in how they set text. */
const WRAP_SLACK = 0.97;
/** Where the host breaks the lines itself, its dictionary may break earlier than ours: a tenth of each line spare. */
const HOST_WRAP_MARGIN = 0.9;

export const A4 = { width: 595.28, height: 841.89 } as const;
export type Margins = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
/** Our printed pages: A4 margins in inches; the footer (page numbers) sits in the bottom margin. */
export const PORTRAIT_MARGINS: Margins = { left: 0.7, right: 0.5, top: 0.6, bottom: 0.75 };
export const LANDSCAPE_MARGINS: Margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75 };

/** Column units a table may take in total to print at 100 % on A4 in every host. */
export function pageUnits(orientation: 'portrait' | 'landscape', m: Margins): number {
  const w = orientation === 'portrait' ? A4.width : A4.height;
  return Math.floor((w - (m.left + m.right) * 72) / FIT_UNIT_PT);
}

/** Printable height of a page in points (between the top and bottom margins). */
export function pageHeight(orientation: 'portrait' | 'landscape', m: Margins): number {
  const h = orientation === 'portrait' ? A4.height : A4.width;
  return h - (m.top + m.bottom) * 72;
}

/** Points of text a cell `units` wide holds on one line (in the narrowest host). */
export function cellTextWidth(units: number): number {
  return Math.max(10, units * WRAP_UNIT_PT - CELL_PADDING_PT) * WRAP_SLACK;
}

/** Lines a text needs in a column of `width` character units, measured with the font and Thai word boundaries. */
export function estimateLines(s: string, width: number, font: FontSpec = { size: BASE_FONT_SIZE }): number {
  return lineCount(s, cellTextWidth(width), font);
}

/** Height in points of `lines` lines of text at `size`, with the row's padding. */
export function linesHeight(lines: number, size = BASE_FONT_SIZE): number {
  return Math.ceil(lines * lineHeight(size) + ROW_PADDING_PT);
}

/** The last column of the merge each cell starts (by "row,col"; the first merge listed wins), parsed once. */
function mergeEnds(merges: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of merges) {
    const [a, b] = x.split(':').map(parseA1);
    const key = a && b ? `${a.row},${a.col}` : null;
    if (key !== null && !out.has(key)) out.set(key, b!.col);
  }
  return out;
}

/** Width (character units) of the cell at (r, c), summed over its merge. */
function spanWidth(ends: ReadonlyMap<string, number>, widths: readonly number[], r: number, c: number): number {
  const end = ends.get(`${r},${c}`) ?? c;
  let w = 0;
  for (let k = c; k <= end; k++) w += widths[k] ?? 10;
  return w;
}

/** The font a cell's text is set in (size and weight from its style over the base style). */
export function cellFont(
  cell: SpecCell,
  styles: Readonly<Record<string, CellStyle>>,
  base: CellStyle = BASE_STYLE,
): FontSpec {
  const st = cell.style ? styles[cell.style] : undefined;
  return { size: st?.size ?? base.size ?? BASE_FONT_SIZE, bold: st?.bold ?? base.bold ?? false };
}

/**
 * Every row given the height of its tallest cell's text, measured with the font and Thai word boundaries (neither
 * Excel nor LibreOffice grows merged or explicitly sized rows on its own). With `hardWrap` (our printed sheets), the
 * line breaks are written into the texts, so every host breaks exactly where we measured: at spaces and Thai word
 * boundaries, never inside a word. Without it (sheets whose texts are read back as data), the host wraps, and the
 * height leaves it a margin for breaking elsewhere.
 */
export function autoHeights(
  d: Draft,
  widths: readonly number[],
  styles: Readonly<Record<string, CellStyle>>,
  o: { readonly hardWrap?: boolean } = {},
): void {
  const ends = mergeEnds(d.merges);
  d.rows.forEach((row, r) => {
    let h = 0;
    row.forEach((cell, c) => {
      if (!cell) return;
      const shown = cell.value;
      if (shown === null || shown === undefined || shown === '') return;
      const font = cellFont(cell, styles);
      const width = cellTextWidth(spanWidth(ends, widths, r, c)) * (o.hardWrap ? 1 : HOST_WRAP_MARGIN);
      let lines = 1;
      if (typeof shown === 'string') {
        const wrapped = wrapText(shown, width, { ...font, keep: d.keep });
        lines = wrapped.length;
        // A formula's text is its own (wrapped by whoever wrote it); a value is ours to break.
        if (o.hardWrap && cell.formula === undefined) row[c] = { ...cell, value: wrapped.join('\n') };
      }
      h = Math.max(h, linesHeight(lines, font.size));
    });
    d.rowHeights[r] = Math.max(d.rowHeights[r] ?? 0, h || EMPTY_ROW_PT);
  });
}

/** Explicit height for one row from the given texts and widths (character units), for rows laid out by hand. */
export function fitRow(
  d: Draft,
  r: number,
  texts: readonly { readonly text: string; readonly width: number; readonly font?: FontSpec }[],
): void {
  const lines = Math.max(1, ...texts.map((t) => estimateLines(t.text, t.width, t.font)));
  d.rowHeights[r] = Math.max(d.rowHeights[r] ?? 0, linesHeight(lines));
}

/** Keep rows from..to (0-based, inclusive) on one page when they fit on one. */
export type Keep = {
  readonly from: number;
  readonly to: number;
  /** Lines of the long text just before the block to carry over with it when it starts a page (an approval block never alone under a table's header). */
  readonly lead?: number;
};

/**
 * Page starts (1-based rows) for rows of these heights: a new page wherever the next row would not fit, and before a
 * kept block that would not fit in what is left of the page but fits on a fresh one (a heading with its table).
 * `repeat` is the height of the rows printed again at the top of every later page. Every page start is returned, so
 * each host paginates exactly so (its own breaks only come after ours).
 */
export function paginate(
  heights: readonly number[],
  capacity: number,
  keeps: readonly Keep[],
  repeat = 0,
  first = 0,
): number[] {
  const starts: number[] = [];
  const sum = (a: number, b: number): number => {
    let t = 0;
    for (let k = a; k <= b; k++) t += heights[k] ?? 0;
    return t;
  };
  let used = 0;
  for (let r = first; r < heights.length; r++) {
    const h = heights[r] ?? 0;
    const room = capacity - (starts.length ? repeat : 0);
    // The largest block starting here that fits on a fresh page decides.
    const block = keeps
      .filter((k) => k.from === r && sum(k.from, k.to) <= capacity - repeat)
      .sort((a, b) => b.to - a.to)[0];
    const need = block ? sum(block.from, block.to) : h;
    if (used > 0 && used + need > room) {
      starts.push(r + 1);
      used = 0;
    }
    used += h;
  }
  return starts;
}

/** Append a row whose cells span columns (`spans`: [first, last] per cell, in order); merged-over cells get the cell's style (borders). */
export function addSpannedRow(
  d: Draft,
  cells: readonly (SpecCell | null)[],
  spans: readonly (readonly [number, number])[],
): number {
  const row: (SpecCell | null)[] = [];
  spans.forEach(([c0, c1], k) => {
    const cell = cells[k] ?? null;
    row[c0] = cell;
    for (let c = c0 + 1; c <= c1; c++) row[c] = cell?.style ? { style: cell.style } : null;
  });
  const r = addRow(
    d,
    Array.from({ length: row.length }, (_, c) => row[c] ?? null),
  );
  spans.forEach(([c0, c1]) => {
    if (c1 > c0) d.merges.push(rangeA1(r, c0, r, c1));
  });
  return r;
}

/**
 * Append a row of long texts, wrapped to their spans, as several rows when it is taller than `maxLines` lines (a row
 * cannot break across pages: a too-tall one would be cut at the page's foot). The continuation rows carry on each
 * text under it, the other cells empty with their style (the table's borders run on). Returns the rows' indexes.
 */
export function addWrappedRows(
  d: Draft,
  cells: readonly (SpecCell | null)[],
  spans: readonly (readonly [number, number])[],
  widths: readonly number[],
  styles: Readonly<Record<string, CellStyle>>,
  maxLines: number,
): number[] {
  const wrapped = cells.map((cell, k) => {
    if (!cell || typeof cell.value !== 'string' || cell.formula !== undefined) return null;
    const [c0, c1] = spans[k]!;
    let units = 0;
    for (let c = c0; c <= c1; c++) units += widths[c] ?? 10;
    return wrapText(cell.value, cellTextWidth(units), { ...cellFont(cell, styles), keep: d.keep });
  });
  const chunks = Math.max(1, ...wrapped.map((w) => (w ? Math.ceil(w.length / maxLines) : 1)));
  // Balanced: no continuation row of a single stray line.
  const per = Math.max(1, ...wrapped.map((w) => (w ? Math.ceil(w.length / chunks) : 1)));
  const rows: number[] = [];
  for (let k = 0; k < chunks; k++) {
    const part = cells.map((cell, j) => {
      const w = wrapped[j];
      if (!cell) return null;
      if (!w) return k === 0 ? cell : cell.style ? { style: cell.style } : null;
      const lines = w.slice(k * per, (k + 1) * per);
      return lines.length ? { ...cell, value: lines.join('\n') } : cell.style ? { style: cell.style } : null;
    });
    rows.push(addSpannedRow(d, part, spans));
  }
  return rows;
}

/** A draft laid out on pages: its rows (tall texts split where a page ends), and where each page starts. */
export type Flowed = {
  readonly draft: Draft;
  /** Page starts (1-based rows of the new draft). */
  readonly starts: number[];
  /** The new index of an old row (its first part when it was split). */
  readonly at: (oldRow: number) => number;
};

const mergeRanges = (merges: readonly string[]): { r0: number; c0: number; r1: number; c1: number; s: string }[] =>
  merges.flatMap((m) => {
    const [a, b] = m.split(':').map(parseA1);
    return a && b ? [{ r0: a.row, c0: a.col, r1: b.row, c1: b.col, s: m }] : [];
  });

/**
 * Lay the rows out on pages of `capacity` points (`repeat`: the height of rows printed again on every later page).
 * A new page starts where the next row would not fit, or before a kept block (a heading with its table) that fits on
 * a fresh page but not in what is left; a row of `splittable` (long texts, already wrapped by autoHeights) is instead
 * cut at a line so the page is filled, the rest going on the next page. A cell merged down across a page start is
 * merged on each side of it, its text written again at the top of the next page (a tool name in its column).
 */
export function flow(
  d: Draft,
  styles: Readonly<Record<string, CellStyle>>,
  capacity: number,
  keeps: readonly Keep[],
  repeat: number,
  splittable: ReadonlySet<number>,
): Flowed {
  const out = newDraft();
  out.keep.push(...d.keep);
  const starts: number[] = [];
  const map: number[] = [];
  const merges = mergeRanges(d.merges);
  const rowMerges = (r: number) => merges.filter((m) => m.r0 === r && m.r1 === r);
  const height = (r: number): number => d.rowHeights[r] ?? 15;
  const sum = (a: number, b: number): number => {
    let t = 0;
    for (let k = a; k <= b; k++) t += height(k);
    return t;
  };
  let used = 0;
  const source: number[] = [];
  const push = (cells: (SpecCell | null)[], h: number, from: number): number => {
    out.rows.push(cells);
    const r = out.rows.length - 1;
    source[r] = from;
    out.rowHeights[r] = h;
    for (const m of rowMerges(from)) out.merges.push(rangeA1(r, m.c0, r, m.c1));
    used += h;
    return r;
  };
  const newPage = (): void => {
    starts.push(out.rows.length + 1);
    used = 0;
  };
  for (let r = 0; r < d.rows.length; r++) {
    const room = (): number => capacity - (starts.length ? repeat : 0);
    // A block ending in a long text needs only the text's first lines beside it (the text may go on overleaf).
    const blockNeed = (k: Keep): number =>
      sum(k.from, k.to) - (splittable.has(k.to) ? Math.max(0, height(k.to) - linesHeight(3)) : 0);
    const block = keeps
      .filter((k) => k.from === r && k.to > r && blockNeed(k) <= capacity - repeat)
      .sort((a, b) => b.to - a.to)[0];
    const need = block ? blockNeed(block) : height(r);
    let cells = d.rows[r]!;
    let h = height(r);
    if (splittable.has(r) && !block) {
      // Fill the page with as many lines as fit, carry the rest on.
      for (;;) {
        if (used + h <= room()) break;
        const lines = cells.map((c) =>
          c && typeof c.value === 'string' && c.formula === undefined ? c.value.split('\n') : null,
        );
        const lineH = Math.max(...cells.map((c) => (c ? lineHeight(cellFont(c, styles).size) : 0)));
        const most = Math.max(...lines.map((l) => l?.length ?? 1));
        // At least three lines here and two carried on (no lone line at a page's head or foot).
        const fit = Math.min(Math.floor((room() - used - ROW_PADDING_PT) / lineH), most - 2);
        if (fit < 3) {
          if (used > 0) {
            newPage();
            continue;
          }
          break;
        }
        const part = (k: 0 | 1) =>
          cells.map((c, j) => {
            const l = lines[j];
            if (!c) return null;
            if (!l) return k === 0 ? c : c.style ? { style: c.style } : null;
            const mine = k === 0 ? l.slice(0, fit) : l.slice(fit);
            return mine.length ? { ...c, value: mine.join('\n') } : c.style ? { style: c.style } : null;
          });
        const first = part(0);
        const hFirst = Math.max(
          EMPTY_ROW_PT,
          ...first.map((c) =>
            c && typeof c.value === 'string' ? linesHeight(c.value.split('\n').length, cellFont(c, styles).size) : 0,
          ),
        );
        const mapped = push(first, hFirst, r);
        if (map[r] === undefined) map[r] = mapped;
        newPage();
        cells = part(1);
        h = Math.max(
          EMPTY_ROW_PT,
          ...cells.map((c) =>
            c && typeof c.value === 'string' ? linesHeight(c.value.split('\n').length, cellFont(c, styles).size) : 0,
          ),
        );
      }
      const last = push(cells, h, r);
      if (map[r] === undefined) map[r] = last;
      continue;
    }
    if (used > 0 && used + need > room()) {
      // The block goes over: with it, the last lines of the long text before it, when that text has lines to spare.
      const lead = block?.lead ?? 0;
      const prev = out.rows.length - 1;
      const prevOld = source[prev] ?? -1;
      const prevCells = out.rows[prev];
      const prevLines = prevCells
        ? Math.max(...prevCells.map((c) => (c && typeof c.value === 'string' ? c.value.split('\n').length : 0)))
        : 0;
      if (lead > 0 && prevCells && prevOld >= 0 && splittable.has(prevOld) && prevLines >= lead + 3) {
        const keepN = prevLines - lead;
        const piece = (k: 0 | 1) =>
          prevCells.map((c) => {
            if (!c || typeof c.value !== 'string' || c.formula !== undefined)
              return k === 0 ? c : c?.style ? { style: c.style } : null;
            const ls = c.value.split('\n');
            const mine = k === 0 ? ls.slice(0, keepN) : ls.slice(keepN);
            return mine.length ? { ...c, value: mine.join('\n') } : c.style ? { style: c.style } : null;
          });
        const hOf = (cs: (SpecCell | null)[]): number =>
          Math.max(
            EMPTY_ROW_PT,
            ...cs.map((c) =>
              c && typeof c.value === 'string' ? linesHeight(c.value.split('\n').length, cellFont(c, styles).size) : 0,
            ),
          );
        const head = piece(0);
        const tail = piece(1);
        used -= out.rowHeights[prev] ?? 0;
        out.rows[prev] = head;
        out.rowHeights[prev] = hOf(head);
        used += out.rowHeights[prev]!;
        newPage();
        push(tail, hOf(tail), prevOld);
      } else newPage();
    }
    map[r] = push([...cells], h, r);
  }
  // Merges down the rows (a tool over its items): split at the page starts, the text repeated on the new page.
  for (const m of merges) {
    if (m.r0 === m.r1) continue;
    const a = map[m.r0]!;
    const b = map[m.r1]!;
    const cuts = starts.map((s) => s - 1).filter((s) => s > a && s <= b);
    let top = a;
    for (const cut of [...cuts, b + 1]) {
      if (cut - 1 > top || m.c1 > m.c0) out.merges.push(rangeA1(top, m.c0, cut - 1, m.c1));
      if (cut <= b) {
        const master = out.rows[a]![m.c0];
        const row = out.rows[cut]!;
        if (master) row[m.c0] = { ...master };
      }
      top = cut;
    }
  }
  return { draft: out, starts, at: (old) => map[old] ?? old };
}
