/**
 * Our charts as DrawingML: one chart part per ChartSpec (line, column, bar, pie) whose series reference cells of the
 * same sheet, so the chart follows them in plain Excel and LibreOffice; caches hold the spec's values so the chart
 * shows before any recalculation. A drawing part anchors them (two-cell anchors) on the sheet.
 */
import { colName, parseA1, quoteSheet } from '../../domain/a1';
import type { ChartSpec, SheetSpec } from '../../domain/specs/sheetSpec';
import type { Cell } from '../../domain/types';
import { esc } from './xml';

export const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Range = { r0: number; c0: number; r1: number; c1: number };

function parseRange(ref: string): Range | null {
  const [a, b] = ref.replace(/\$/g, '').split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? a ?? '');
  // Whole columns ("B:B") are not used by our specs: no chart rather than a guessed length.
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

function absRange(sheet: string, r: Range): string {
  const cell = (row: number, col: number): string => `$${colName(col)}$${row + 1}`;
  const a = cell(r.r0, r.c0);
  const b = cell(r.r1, r.c1);
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

function cellsOf(spec: SheetSpec, r: Range): Cell[] {
  const out: Cell[] = [];
  for (let row = r.r0; row <= r.r1; row++)
    for (let col = r.c0; col <= r.c1; col++) out.push(spec.rows[row]?.[col]?.value ?? null);
  return out;
}

function strCache(values: readonly Cell[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly Cell[], fmt: string): string {
  const pts = values
    .map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ''))
    .join('');
  return `<c:numCache><c:formatCode>${esc(fmt)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="th-TH" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string | undefined, size: number): string {
  return text ? `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>` : '';
}

/** Colours for series (and pie slices) the spec leaves uncoloured: LibreOffice draws a series without a fill as nothing. */
const PALETTE = ['1F4E79', 'C00000', '548235', 'BF8F00', '7030A0', '2E75B6', 'C55A11', '7F7F7F'];

const DLBLS =
  '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

/** The chart part for one ChartSpec on sheet `sheet` (its data are cells of that sheet). */
export function chartXml(chart: ChartSpec, spec: SheetSpec, sheet: string): string {
  const cat = parseRange(chart.categories);
  const catValues = cat ? cellsOf(spec, cat) : [];
  const catRef = cat
    ? catValues.every((v) => typeof v === 'number')
      ? `<c:cat><c:numRef><c:f>${esc(absRange(sheet, cat))}</c:f>${numCache(catValues, 'General')}</c:numRef></c:cat>`
      : `<c:cat><c:strRef><c:f>${esc(absRange(sheet, cat))}</c:f>${strCache(catValues)}</c:strRef></c:cat>`
    : '';
  const fmt = chart.valueAxis?.numFmt ?? 'General';
  const kind = chart.kind;
  const series = chart.series
    .map((s, i) => {
      const range = parseRange(s.values);
      const nameCell = s.nameCell ? parseRange(s.nameCell) : null;
      const tx = nameCell
        ? `<c:tx><c:strRef><c:f>${esc(absRange(sheet, nameCell))}</c:f>${strCache([spec.rows[nameCell.r0]?.[nameCell.c0]?.value ?? s.name])}</c:strRef></c:tx>`
        : `<c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
      const color = s.color ? s.color.replace('#', '').toUpperCase() : PALETTE[i % PALETTE.length]!;
      const spPr =
        kind === 'line'
          ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
          : kind === 'pie'
            ? ''
            : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
      // Each slice its own colour, white between slices.
      const slices =
        kind === 'pie'
          ? Array.from(
              { length: range ? (range.r1 - range.r0 + 1) * (range.c1 - range.c0 + 1) : 0 },
              (_, k) =>
                `<c:dPt><c:idx val="${k}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${PALETTE[k % PALETTE.length]}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`,
            ).join('')
          : '';
      const val = range
        ? `<c:val><c:numRef><c:f>${esc(absRange(sheet, range))}</c:f>${numCache(cellsOf(spec, range), fmt)}</c:numRef></c:val>`
        : '';
      const head = `<c:idx val="${i}"/><c:order val="${i}"/>${tx}${spPr}`;
      const labels = chart.dataLabels ? DLBLS : '';
      if (kind === 'line') {
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`;
        return `<c:ser>${head}${marker}${labels}${catRef}${val}<c:smooth val="0"/></c:ser>`;
      }
      if (kind === 'pie') return `<c:ser>${head}${slices}${labels}${catRef}${val}</c:ser>`;
      return `<c:ser>${head}<c:invertIfNegative val="0"/>${labels}${catRef}${val}</c:ser>`;
    })
    .join('');
  const CAT = 500100;
  const VAL = 500200;
  const axes = `<c:axId val="${CAT}"/><c:axId val="${VAL}"/>`;
  let plot: string;
  if (kind === 'line')
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  else if (kind === 'pie') plot = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  else
    plot = `<c:barChart><c:barDir val="${kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  let axesXml = '';
  if (kind !== 'pie') {
    const horizontal = kind === 'bar';
    const va = chart.valueAxis;
    const scaling = `<c:scaling><c:orientation val="minMax"/>${va?.max !== undefined ? `<c:max val="${va.max}"/>` : ''}${va?.min !== undefined ? `<c:min val="${va.min}"/>` : ''}</c:scaling>`;
    axesXml =
      `<c:catAx><c:axId val="${CAT}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
      `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${title(chart.categoryAxisTitle, 1100)}<c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
      `<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="${VAL}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines/>` +
      `${title(va?.title, 1100)}<c:numFmt formatCode="${esc(fmt)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
      `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  }
  const legend =
    chart.legend === 'none'
      ? ''
      : `<c:legend><c:legendPos val="${chart.legend === 'right' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>`;
  const font = spec.baseStyle?.font;
  const txPr = font
    ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200"><a:latin typeface="${esc(font)}"/><a:cs typeface="${esc(font)}"/></a:defRPr></a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title, 1400)}<c:autoTitleDeleted val="${chart.title ? 0 : 1}"/><c:plotArea><c:layout/>${plot}${axesXml}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${txPr}</c:chartSpace>`
  );
}

function marker(tag: 'from' | 'to', ref: string): string {
  const p = parseA1(ref) ?? { row: 0, col: 0 };
  return `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part holding the charts of a sheet; `rIds[i]` is the drawing's relationship to chart i. */
export function drawingXml(charts: readonly ChartSpec[], rIds: readonly string[]): string {
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', c.from)}${marker('to', c.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.title ?? `Chart ${i + 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
        `<c:chart xmlns:c="${NS_C}" r:id="${rIds[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}
