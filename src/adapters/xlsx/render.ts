/**
 * One of our sheets as SpreadsheetML, from its SheetSpec: every feature of the spec (values, formulas with cached
 * values, styles, merges, widths, heights, conditional formats, freeze panes, tab colour, input cells, hyperlinks,
 * print setup with area, titles, breaks, header and footer, and charts). Text is always a string cell (inline),
 * never a formula, whatever it starts with; inline strings leave the user's shared-string table untouched.
 */
import { a1, colName, parseA1, quoteSheet } from '../../domain/a1';
import type { ConditionalRule, HeaderFooter, SheetSpec, SpecCell } from '../../domain/specs/sheetSpec';
import type { Cell } from '../../domain/types';
import { chartXml, drawingXml } from './chart';
import type { OurStyle, StyleBook } from './styles';
import { esc, escapeXstring, needsPreserve } from './xml';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  worksheet: `${NS_REL}/worksheet`,
  styles: `${NS_REL}/styles`,
  hyperlink: `${NS_REL}/hyperlink`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
  officeDocument: `${NS_REL}/officeDocument`,
};
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

const INPUT_FILL = '#FFF2CC';

export type NewRel = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external?: boolean;
};
export type NewPart = { readonly part: string; readonly xml: string; readonly contentType: string | null };

/** What rendering needs from the package being written: styles, and fresh part names for drawings and charts. */
export type RenderContext = {
  readonly styles: StyleBook;
  /** A part name not in use yet, e.g. ("drawings", "drawing") → "xl/drawings/drawing3.xml". */
  readonly newPart: (folder: string, base: string) => string;
  /** The relative target from one part to another. */
  readonly target: (from: string, to: string) => string;
};

export type RenderedSheet = {
  readonly xml: string;
  readonly rels: readonly NewRel[];
  /** Drawing and chart parts (with their relationship parts). */
  readonly parts: readonly NewPart[];
  /** Print titles and print area: defined names scoped to this sheet. */
  readonly names: readonly { readonly name: string; readonly formula: string }[];
};

function numText(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

function inlineStr(ref: string, s: string, style: string): string {
  const t = escapeXstring(s);
  return `<c r="${ref}"${style} t="inlineStr"><is><t${needsPreserve(s) ? ' xml:space="preserve"' : ''}>${t}</t></is></c>`;
}

function cellXml(ref: string, sc: SpecCell | null, styleIdx: number): string | null {
  const st = styleIdx > 0 ? ` s="${styleIdx}"` : '';
  if (sc && sc.formula !== undefined) {
    const v: Cell = sc.value ?? null;
    const f = `<f>${esc(sc.formula)}</f>`;
    if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${st}>${f}<v>${numText(v)}</v></c>`;
    if (typeof v === 'boolean') return `<c r="${ref}"${st} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}"${st} t="str">${f}<v>${escapeXstring(v)}</v></c>`;
    return `<c r="${ref}"${st}>${f}</c>`;
  }
  const v = sc?.value ?? null;
  if (typeof v === 'string' && v !== '') return inlineStr(ref, v, st);
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${st}><v>${numText(v)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${st} t="b"><v>${v ? 1 : 0}</v></c>`;
  return styleIdx > 0 ? `<c r="${ref}"${st}/>` : null;
}

function eachCell(range: string, f: (row: number, col: number) => void): void {
  const [a, b] = range.split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? a ?? '');
  if (!p || !q) return;
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
    for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) f(r, c);
}

/** A conditional-format rule as its own <conditionalFormatting> element (what we insert, and later remove, whole). */
export function cfXml(rule: ConditionalRule, dxfId: number, priority: number, prefix = ''): string {
  const e = (n: string): string => prefix + n;
  return (
    `<${e('conditionalFormatting')} sqref="${esc(rule.range)}"><${e('cfRule')} type="expression" dxfId="${dxfId}" priority="${priority}">` +
    `<${e('formula')}>${esc(rule.formula)}</${e('formula')}></${e('cfRule')}></${e('conditionalFormatting')}>`
  );
}

function headerFooterText(h: HeaderFooter | undefined, font: string | undefined): string {
  if (!h) return '';
  // A font code first, so Thai text prints in the sheet's font rather than the printer's default.
  const f = font ? `&"${font.replace(/"/g, '')},Regular"` : '';
  return (
    (h.left ? `&L${f}${h.left}` : '') + (h.center ? `&C${f}${h.center}` : '') + (h.right ? `&R${f}${h.right}` : '')
  );
}

/** Render one spec as a worksheet part named `part`, the sheet being called `name` in the workbook. */
export function renderSheet(spec: SheetSpec, part: string, ctx: RenderContext): RenderedSheet {
  const name = spec.name;
  const styleKey = (sc: SpecCell | null): OurStyle => ({
    ...(spec.baseStyle ?? {}),
    ...(sc?.style ? (spec.styles[sc.style] ?? {}) : {}),
  });
  // Input cells: unlocked, and the input fill unless their style has a fill of its own.
  const inputs = new Set<string>();
  for (const range of spec.inputRanges ?? []) eachCell(range, (r, c) => inputs.add(`${r},${c}`));
  const heights = spec.rowHeights ?? {};
  let maxRow = spec.rows.length - 1;
  let maxCol = 0;
  for (const k of inputs) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    if (r > maxRow) maxRow = r;
    if (c > maxCol) maxCol = c;
  }
  for (const row of spec.rows) if (row.length - 1 > maxCol) maxCol = row.length - 1;
  const rowsXml: string[] = [];
  const xfOf = new Map<string, number>();
  const mergeRanges = spec.merges.map((x) => x.split(':').map((a) => parseA1(a)));
  for (let r = 0; r <= maxRow; r++) {
    const row = spec.rows[r] ?? [];
    const width = Math.max(row.length, maxCol + 1);
    let cells = '';
    for (let c = 0; c < width; c++) {
      const sc = row[c] ?? null;
      const isInput = inputs.has(`${r},${c}`);
      if (!sc && !isInput) continue;
      const key = `${sc?.style ?? ''}\u0000${isInput ? 1 : 0}`;
      let idx = xfOf.get(key);
      if (idx === undefined) {
        let style: OurStyle = styleKey(sc);
        if (isInput) style = { ...style, unlocked: true, ...(style.fill ? {} : { fill: INPUT_FILL }) };
        idx = Object.keys(style).length > 0 ? ctx.styles.xf(style) : 0;
        xfOf.set(key, idx);
      }
      const x = cellXml(a1(r, c), sc, idx);
      if (x) cells += x;
    }
    const h = heights[r];
    if (!cells && h === undefined) continue;
    // Neither Excel nor LibreOffice fits row heights on opening a file: a 16 pt Thai row at the default 15 pt is
    // clipped. We store an estimate (not custom: the user's autofit still applies), from font size and wrapped lines.
    const est = h === undefined ? estimateHeight(spec, mergeRanges, row, r, styleKey) : undefined;
    rowsXml.push(
      `<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : est !== undefined ? ` ht="${est}"` : ''}>${cells}</row>`,
    );
  }

  const rels: NewRel[] = [];
  const relId = (): string => `rId${rels.length + 1}`;
  const parts: NewPart[] = [];

  // sheetPr: tab colour, fit to page.
  const p = spec.print;
  const fit = p.fitToWidth || (p.fitToHeight ?? 0) > 0;
  const sheetPr =
    spec.tabColor || fit
      ? `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace('#', '').toUpperCase()}"/>` : ''}${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`
      : '';
  const dim = `<dimension ref="${maxRow >= 0 ? `A1:${a1(Math.max(maxRow, 0), maxCol)}` : 'A1'}"/>`;
  let view = '<sheetView workbookViewId="0"';
  const fr = spec.freeze;
  if (fr && (fr.rows > 0 || fr.cols > 0)) {
    const pane = fr.rows > 0 && fr.cols > 0 ? 'bottomRight' : fr.rows > 0 ? 'bottomLeft' : 'topRight';
    view +=
      `><pane${fr.cols > 0 ? ` xSplit="${fr.cols}"` : ''}${fr.rows > 0 ? ` ySplit="${fr.rows}"` : ''} topLeftCell="${a1(fr.rows, fr.cols)}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${a1(fr.rows, fr.cols)}" sqref="${a1(fr.rows, fr.cols)}"/></sheetView>`;
  } else view += '/>';
  const cols = spec.columnWidths.length
    ? `<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const merges = spec.merges.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join('')}</mergeCells>`
    : '';
  const order = spec.conditionalFormats
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.i - b.i);
  const pri = new Map(order.map((r, k) => [r.i, k + 1]));
  const cf = spec.conditionalFormats.map((rule, i) => cfXml(rule, ctx.styles.dxf(rule), pri.get(i)!)).join('');
  const links: string[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((sc, c) => {
      if (!sc?.link) return;
      const ref = a1(r, c);
      const display = typeof sc.value === 'string' ? ` display="${esc(sc.value)}"` : '';
      if ('url' in sc.link) {
        const id = relId();
        rels.push({ id, type: `${NS_REL}/hyperlink`, target: sc.link.url, external: true });
        links.push(`<hyperlink ref="${ref}" r:id="${id}"${display}/>`);
      } else {
        links.push(
          `<hyperlink ref="${ref}" location="${esc(`${quoteSheet(sc.link.sheet)}!${sc.link.cell}`)}"${display}/>`,
        );
      }
    }),
  );
  const hyperlinks = links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '';
  const printOptions = p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '';
  const m = p.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`;
  const firstPage =
    p.firstPageNumber !== undefined ? ` firstPageNumber="${p.firstPageNumber}" useFirstPageNumber="1"` : '';
  const pageSetup = `<pageSetup paperSize="9"${firstPage} orientation="${p.orientation}"${fit ? ` fitToWidth="${p.fitToWidth ? 1 : 0}" fitToHeight="${p.fitToHeight ?? 0}"` : ''}/>`;
  const font = spec.baseStyle?.font;
  const head = headerFooterText(p.header, font);
  const foot = headerFooterText(p.footer, font);
  const headerFooter =
    head || foot
      ? `<headerFooter>${head ? `<oddHeader>${esc(head)}</oddHeader>` : ''}${foot ? `<oddFooter>${esc(foot)}</oddFooter>` : ''}</headerFooter>`
      : '';
  const breaks = [...new Set(p.rowBreaks ?? [])].filter((r) => r > 1).sort((a, b) => a - b);
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
  let drawing = '';
  if (spec.charts?.length) {
    const drawingPart = ctx.newPart('drawings', 'drawing');
    const chartRels: NewRel[] = [];
    for (const chart of spec.charts) {
      const chartPart = ctx.newPart('charts', 'chart');
      parts.push({ part: chartPart, xml: chartXml(chart, spec, name), contentType: CT.chart });
      chartRels.push({ id: `rId${chartRels.length + 1}`, type: REL.chart, target: ctx.target(drawingPart, chartPart) });
    }
    parts.push({
      part: drawingPart,
      xml: drawingXml(
        spec.charts,
        chartRels.map((r) => r.id),
      ),
      contentType: CT.drawing,
    });
    parts.push({ part: relsPart(drawingPart), xml: relsXml(chartRels), contentType: null });
    const id = relId();
    rels.push({ id, type: REL.drawing, target: ctx.target(part, drawingPart) });
    drawing = `<drawing r:id="${id}"/>`;
  }
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `${sheetPr}${dim}<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rowsXml.join('')}</sheetData>` +
    `${merges}${cf}${hyperlinks}${printOptions}${margins}${pageSetup}${headerFooter}${rowBreaks}${drawing}</worksheet>`;
  const q = quoteSheet(name);
  const names: { name: string; formula: string }[] = [];
  if (p.area) names.push({ name: '_xlnm.Print_Area', formula: `${q}!${absolute(p.area)}` });
  if (p.repeatRows) names.push({ name: '_xlnm.Print_Titles', formula: `${q}!$${p.repeatRows[0]}:$${p.repeatRows[1]}` });
  return { xml, rels, parts, names };
}

/** Base characters (Thai vowel and tone marks above or below take no width). */
function visibleLength(s: string): number {
  let n = 0;
  for (const ch of s) if (!/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\p{M}]/u.test(ch)) n++;
  return n;
}

/** A row's height in points: its largest font, times the lines its wrapped texts need; undefined when default. */
function estimateHeight(
  spec: SheetSpec,
  merges: readonly ReturnType<typeof parseA1>[][],
  row: readonly (SpecCell | null)[],
  r: number,
  style: (sc: SpecCell | null) => OurStyle,
): number | undefined {
  let best = 0;
  row.forEach((sc, c) => {
    if (!sc) return;
    const st = style(sc);
    const size = st.size ?? 11;
    let lines = 1;
    const text = typeof sc.value === 'string' ? sc.value : '';
    if (st.wrap && text) {
      // The cell's width: its column, or its merged range's columns.
      const m = merges.find(([a, b]) => a && b && a.row <= r && r <= b.row && a.col === c);
      const c1 = m && m[1] ? m[1].col : c;
      let width = 0;
      for (let k = c; k <= c1; k++) width += spec.columnWidths[k] ?? 8.43;
      // A column width unit holds about one 11 pt character; Thai script at 16 pt is about as wide.
      const perLine = Math.max(1, Math.floor((width * 1.35 * 11) / size));
      lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(visibleLength(part) / perLine)), 0);
    }
    best = Math.max(best, size * 1.32 * lines);
  });
  return best > 15.5 ? Math.round(best * 4) / 4 : undefined;
}

function absolute(range: string): string {
  return range
    .split(':')
    .map((r) => {
      const p = parseA1(r);
      return p ? `$${colName(p.col)}$${p.row + 1}` : r;
    })
    .join(':');
}

/** The marker sheet: its chunks as text in column A (inline strings), nothing else. */
export function markerSheetXml(chunks: readonly string[]): string {
  const rows = chunks.map((c, i) => `<row r="${i + 1}">${inlineStr(`A${i + 1}`, c, '')}</row>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

export function relsPart(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

export function relsXml(rels: readonly NewRel[]): string {
  const body = rels
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}
