/**
 * Renders a SheetSpec onto an office-js worksheet proxy. Only queues commands: the caller syncs once for all
 * sheets. Values and number formats go in ONE 2D assignment per sheet; styles one set per rectangle.
 */
import { a1, colName, parseA1, quoteSheet, rangeA1 } from '../../domain/a1';
import type {
  CellStyle,
  ChartSpec,
  ConditionalRule,
  HeaderFooter,
  SheetSpec,
  SpecCell,
} from '../../domain/specs/sheetSpec';
import type { Cell } from '../../domain/types';

/**
 * Excel's column width unit (the OOXML `width`, as exceljs and the spec use it) → points, which office-js uses.
 * Excel renders width w as round(w × maximum digit width) pixels; the digit width is 7 px for the default
 * Calibri 11 at 96 dpi, and 1 px = 0.75 pt. (A workbook whose Normal font differs renders slightly wider/narrower.)
 */
export function charsToPoints(width: number): number {
  return Math.round(width * MAX_DIGIT_PX) * 0.75;
}

/** Inverse of charsToPoints (for reading widths back in tests and probes). */
export function pointsToChars(points: number): number {
  return points / 0.75 / MAX_DIGIT_PX;
}

const MAX_DIGIT_PX = 7;

type Rect = { style: string; r0: number; c0: number; r1: number; c1: number };

/** Cells sharing a style key, grouped into rectangles: horizontal runs per row, then equal runs stacked. */
export function styleRects(rows: SheetSpec['rows']): Rect[] {
  const open = new Map<string, Rect>(); // key "style|c0|c1" → rect still growing downwards
  const done: Rect[] = [];
  rows.forEach((row, r) => {
    const runs: Rect[] = [];
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (style === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      runs.push({ style, r0: r, c0: c, r1: r, c1: end });
      c = end + 1;
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.style}|${run.c0}|${run.c1}`;
      seen.add(key);
      const prev = open.get(key);
      if (prev && prev.r1 === r - 1) prev.r1 = r;
      else {
        if (prev) done.push(prev);
        open.set(key, run);
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  });
  return [...done, ...open.values()];
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Apply a style (number format excepted: that goes in the 2D numberFormat array) to a range. */
export function applyStyle(range: Excel.Range, st: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (st.font !== undefined) f.font.name = st.font;
  if (st.size !== undefined) f.font.size = st.size;
  if (st.bold !== undefined) f.font.bold = st.bold;
  if (st.italic !== undefined) f.font.italic = st.italic;
  if (st.underline !== undefined) f.font.underline = st.underline ? 'Single' : 'None';
  if (st.color !== undefined) f.font.color = st.color;
  if (st.fill !== undefined) f.fill.color = st.fill;
  if (st.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[st.hAlign];
  if (st.vAlign !== undefined) f.verticalAlignment = V_ALIGN[st.vAlign];
  if (st.wrap !== undefined) f.wrapText = st.wrap;
  if (st.border !== undefined) {
    const edges: Parameters<Excel.RangeBorderCollection['getItem']>[0][] = [
      Excel_Edge.top,
      Excel_Edge.bottom,
      Excel_Edge.left,
      Excel_Edge.right,
      // Inside edges only exist for blocks wider/taller than one cell.
      ...(cols > 1 ? [Excel_Edge.insideVertical] : []),
      ...(rows > 1 ? [Excel_Edge.insideHorizontal] : []),
    ];
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      if (st.border === 'none') b.style = 'None';
      else {
        b.style = 'Continuous';
        b.weight = st.border === 'thin' ? 'Thin' : 'Medium';
      }
    }
  }
}

// String values of Excel.BorderIndex: the `Excel` enums exist only inside Office, so we never read them at run time.
const Excel_Edge = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
  insideVertical: 'InsideVertical',
  insideHorizontal: 'InsideHorizontal',
} as const;

/** Add one of our custom conditional-format rules to a range. */
export function addRule(range: Excel.Range, rule: ConditionalRule): void {
  const cf = range.conditionalFormats.add('Custom');
  cf.custom.rule.formula = `=${rule.formula}`;
  cf.custom.format.fill.color = rule.fill;
  if (rule.color !== undefined) cf.custom.format.font.color = rule.color;
  if (rule.bold !== undefined) cf.custom.format.font.bold = rule.bold;
}

type Entry = { formula: Cell; numFmt: string };

/**
 * The one 2D formulas array and number-format array for a spec's cells. Text is written with number format "@"
 * (ARCHITECTURE pitfall): typed input in a text cell is never parsed, so "- จัดทำคู่มือ", "=x", "2567" and
 * "50%" all stay the text they are. Formula cells never get "@" (a formula in a text cell stays text).
 * Empty spec cells get `null`, which office-js treats as "leave the cell as it is" (the sheet is new: empty).
 */
export function cellEntry(
  cell: SpecCell | null | undefined,
  styles: SheetSpec['styles'],
  base: CellStyle | undefined,
): Entry {
  const own = cell?.style !== undefined ? styles[cell.style]?.numFmt : undefined;
  const fmt = own ?? base?.numFmt ?? 'General';
  if (!cell) return { formula: null, numFmt: fmt };
  if (cell.formula !== undefined) return { formula: `=${cell.formula}`, numFmt: fmt === '@' ? 'General' : fmt };
  const v = cell.value ?? null;
  if (typeof v === 'string') return { formula: v, numFmt: '@' };
  return { formula: v, numFmt: fmt };
}

/**
 * What the host can do (Office.context.requirements): page setup, print area, breaks, header and footer need
 * ExcelApi 1.9; hyperlinks 1.7; charts with their series, axes and number formats 1.8.
 */
export type OfficeCapabilities = { readonly print: boolean; readonly links: boolean; readonly charts: boolean };

/** The capabilities from a requirement-set probe. */
export function capabilities(isSetSupported: (name: string, version: string) => boolean): OfficeCapabilities {
  return {
    print: isSetSupported('ExcelApi', '1.9'),
    links: isSetSupported('ExcelApi', '1.7'),
    charts: isSetSupported('ExcelApi', '1.8'),
  };
}

const CHART_TYPE = { line: 'Line', column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie' } as const;

/** One of our charts, natively: series over this sheet's ranges, placed on the spec's two-cell anchor. */
export function addChart(ws: Excel.Worksheet, c: ChartSpec): void {
  const [first, ...rest] = c.series;
  if (!first) return;
  const chart = ws.charts.add(CHART_TYPE[c.kind], ws.getRange(first.values), 'Columns');
  const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
  c.series.forEach((s, k) => {
    const sr = series[k]!;
    if (k > 0) sr.setValues(ws.getRange(s.values));
    sr.setXAxisValues(ws.getRange(c.categories));
    sr.name = s.name;
    if (s.color) {
      if (c.kind === 'line') sr.format.line.color = s.color;
      else sr.format.fill.setSolidColor(s.color);
    }
  });
  if (c.title) chart.title.text = c.title;
  chart.legend.visible = c.legend !== 'none';
  if (c.legend && c.legend !== 'none') chart.legend.position = c.legend === 'bottom' ? 'Bottom' : 'Right';
  if (c.dataLabels) chart.dataLabels.showValue = true;
  const v = c.valueAxis;
  if (v?.min !== undefined) chart.axes.valueAxis.minimum = v.min;
  if (v?.max !== undefined) chart.axes.valueAxis.maximum = v.max;
  if (v?.numFmt) chart.axes.valueAxis.numberFormat = v.numFmt;
  // The spec anchors at the top-left corners of `from` and `to`; office-js covers `endCell` whole.
  const to = parseA1(c.to);
  const end = to ? a1(Math.max(0, to.row - 1), Math.max(0, to.col - 1)) : c.to;
  chart.setPosition(c.from, end);
}

/** Excel's header/footer text from the spec's sections (&L left, &C centre, &R right). */
function headerFooterParts(h: HeaderFooter | undefined): { left?: string; center?: string; right?: string } {
  return {
    ...(h?.left ? { left: h.left } : {}),
    ...(h?.center ? { center: h.center } : {}),
    ...(h?.right ? { right: h.right } : {}),
  };
}

/** A cell's hyperlink: a web or file address, or a place in this workbook. */
function linkOf(cell: SpecCell): Excel.RangeHyperlink | null {
  if (!cell.link) return null;
  const text = typeof cell.value === 'string' ? { textToDisplay: cell.value } : {};
  return 'url' in cell.link
    ? { address: cell.link.url, ...text }
    : { documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.cell}`, ...text };
}

/** Queue every command that renders `spec` on `ws` (a new, empty sheet). Print setup, links and charts only where supported. */
export function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, can: boolean | OfficeCapabilities): void {
  const caps: OfficeCapabilities = typeof can === 'boolean' ? { print: can, links: can, charts: can } : can;
  const canPrint = caps.print;
  const nRows = spec.rows.length;
  const nCols = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (nRows > 0 && nCols > 0) {
    const block = ws.getRange(rangeA1(0, 0, nRows - 1, nCols - 1));
    if (spec.baseStyle) applyStyle(block, spec.baseStyle, nRows, nCols);
    for (const r of styleRects(spec.rows)) {
      const st = spec.styles[r.style];
      if (st) applyStyle(ws.getRange(rangeA1(r.r0, r.c0, r.r1, r.c1)), st, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
    }
    const entries = spec.rows.map((row) =>
      Array.from({ length: nCols }, (_, c) => cellEntry(row[c], spec.styles, spec.baseStyle)),
    );
    // Number formats first: they decide how the formulas array below is taken (text stays text).
    block.numberFormat = entries.map((row) => row.map((e) => e.numFmt));
    block.formulas = entries.map((row) => row.map((e) => e.formula));
  }
  for (const m of spec.merges) ws.getRange(m).merge(false);
  spec.columnWidths.forEach((w, c) => {
    ws.getRange(`${colName(c)}:${colName(c)}`).format.columnWidth = charsToPoints(w);
  });
  for (const [row, h] of Object.entries(spec.rowHeights ?? {})) {
    const n = Number(row) + 1;
    ws.getRange(`${n}:${n}`).format.rowHeight = h;
  }
  for (const r of spec.inputRanges ?? []) ws.getRange(r).format.protection.locked = false;
  for (const rule of [...spec.conditionalFormats].sort((a, b) => a.priority - b.priority))
    addRule(ws.getRange(rule.range), rule);
  if (canPrint) {
    const pl = ws.pageLayout;
    pl.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file format).
    if (spec.print.fitToWidth || spec.print.fitToHeight)
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: spec.print.fitToHeight ?? 0 };
    // What prints: the document only (our signing row and working cells stay outside), its pages as laid out.
    if (spec.print.area) pl.setPrintArea(spec.print.area);
    for (const r of spec.print.rowBreaks ?? []) if (r > 1) ws.horizontalPageBreaks.add(`A${r}`);
    if (spec.print.firstPageNumber !== undefined) pl.firstPageNumber = spec.print.firstPageNumber;
    if (spec.print.centerHorizontally !== undefined) pl.centerHorizontally = spec.print.centerHorizontally;
    const hf = pl.headersFooters.defaultForAllPages;
    const head = headerFooterParts(spec.print.header);
    const foot = headerFooterParts(spec.print.footer);
    // A font code first, so Thai prints in the sheet's font rather than the printer's default.
    const font = spec.baseStyle?.font ? `&"${spec.baseStyle.font.replace(/"/g, '')},Regular"` : '';
    if (head.left) hf.leftHeader = font + head.left;
    if (head.center) hf.centerHeader = font + head.center;
    if (head.right) hf.rightHeader = font + head.right;
    if (foot.left) hf.leftFooter = font + foot.left;
    if (foot.center) hf.centerFooter = font + foot.center;
    if (foot.right) hf.rightFooter = font + foot.right;
    if (spec.print.repeatRows) pl.setPrintTitleRows(`$${spec.print.repeatRows[0]}:$${spec.print.repeatRows[1]}`);
    const m = spec.print.margins;
    if (m) {
      // PageLayout margins are in points; the spec's in inches.
      pl.leftMargin = m.left * 72;
      pl.rightMargin = m.right * 72;
      pl.topMargin = m.top * 72;
      pl.bottomMargin = m.bottom * 72;
    }
  }
  if (caps.links) {
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const link = cell ? linkOf(cell) : null;
        if (link) ws.getRange(a1(r, c)).hyperlink = link;
      }),
    );
  }
  if (caps.charts) for (const chart of spec.charts ?? []) addChart(ws, chart);
  const fr = spec.freeze;
  if (fr && fr.rows > 0 && fr.cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1(0, 0, fr.rows - 1, fr.cols - 1)));
  else if (fr && fr.rows > 0) ws.freezePanes.freezeRows(fr.rows);
  else if (fr && fr.cols > 0) ws.freezePanes.freezeColumns(fr.cols);
  if (spec.tabColor !== undefined) ws.tabColor = spec.tabColor;
}
