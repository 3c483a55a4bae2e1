/**
 * The exceljs implementation of WorkbookPort (CLI, browser preview, tests). Node-free: file I/O lives in node.ts.
 * Host values are normalised here, at the border, into plain grids.
 */
import ExcelJS from 'exceljs';
import { encodeMarker } from '../../app/marker';
import type { OurFill, OurRule, WorkbookChanges, WorkbookPort } from '../../app/port';
import { a1, parseA1 } from '../../domain/a1';
import type { CellStyle, ConditionalRule, SheetSpec } from '../../domain/specs/sheetSpec';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../domain/types';

/** Excel's own read cap (office-js): we hold the exceljs adapter to the same limit. */
export const MAX_READ_CELLS = 5_000_000;

export type XlsxWorkbook = WorkbookPort & {
  /** Serialise the workbook as it is now. */
  toBuffer(): Promise<Uint8Array>;
  /** The exceljs workbook, for adapter tests and the preview. */
  readonly workbook: ExcelJS.Workbook;
};

/** Open an .xlsx from bytes. Throws when exceljs cannot parse it (classify the input first). */
export async function openXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // exceljs's typing wants a Node Buffer; at run time it accepts any ArrayBuffer view (also in the browser).
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wrap(wb, options);
}

export type ReadOptions = {
  /** Cells read per sheet at most (default MAX_READ_CELLS); a larger sheet comes back `truncated`. */
  readonly maxCells?: number;
};

/** A new workbook holding only our sheets: the safe output when the user's workbook cannot be rewritten. */
export async function newWorkbookWith(specs: readonly SheetSpec[]): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ITA Workbench';
  for (const spec of specs) renderSheet(wb, spec);
  return wrap(wb);
}

function wrap(wb: ExcelJS.Workbook, options: ReadOptions = {}): XlsxWorkbook {
  return {
    workbook: wb,
    read: () => Promise.resolve(readWorkbook(wb, options)),
    write: (changes) => {
      writeChanges(wb, changes);
      return Promise.resolve();
    },
    toBuffer: async () => new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}

// ---------------------------------------------------------------- read

/** Every sheet (hidden ones too), values normalised, used range anchored at `origin`. */
export function readWorkbook(wb: ExcelJS.Workbook, options: ReadOptions = {}): WorkbookSnapshot {
  const max = options.maxCells ?? MAX_READ_CELLS;
  return { sheets: wb.worksheets.map((ws) => readSheet(ws, max)) };
}

type Found = { row: number; col: number; value: Cell; formula?: string };

function readSheet(ws: ExcelJS.Worksheet, maxCells: number): SheetSnapshot {
  const found: Found[] = [];
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell's value lives in its master only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = normaliseCell(cell);
      if (value === null && formula === undefined) return;
      const r = rowNumber - 1, c = colNumber - 1;
      found.push(formula === undefined ? { row: r, col: c, value } : { row: r, col: c, value, formula });
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    });
  });
  const visibility = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
  if (found.length === 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], visibility };
  const width = c1 - c0 + 1;
  const height = r1 - r0 + 1;
  const cells = width * height;
  // Keep whole rows up to the cap, like a host that refuses larger reads.
  const keptRows = cells > maxCells ? Math.max(1, Math.floor(maxCells / width)) : height;
  const values: Cell[][] = Array.from({ length: keptRows }, () => new Array<Cell>(width).fill(null));
  const formulas: Record<string, string> = {};
  for (const f of found) {
    const rr = f.row - r0;
    if (rr >= keptRows) continue;
    values[rr]![f.col - c0] = f.value;
    if (f.formula !== undefined) formulas[a1(f.row, f.col)] = f.formula;
  }
  const snap: SheetSnapshot = { name: ws.name, origin: { row: r0, col: c0 }, values, formulas, visibility };
  return keptRows < height ? { ...snap, truncated: { cells, limit: maxCells } } : snap;
}


/** exceljs value → plain Cell; formulas (shared ones translated by exceljs) reported separately. */
export function normaliseCell(cell: ExcelJS.Cell): { value: Cell; formula?: string } {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const formula = cell.formula;
    // cell.value drops falsy results (exceljs copies only truthy fields: a formula giving 0 would read as blank);
    // cell.result keeps them.
    const value = normaliseValue(cell.result);
    return formula ? { value, formula } : { value };
  }
  return { value: normaliseValue(v) };
}

function normaliseValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o['richText'])) {
      const text = (o['richText'] as { text?: unknown }[]).map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
      return text === '' ? null : text;
    }
    if ('error' in o && typeof o['error'] === 'string') return o['error'];
    // Hyperlink: its text (which may itself be rich text).
    if ('hyperlink' in o || 'text' in o) return normaliseValue(o['text']);
    if ('result' in o) return normaliseValue(o['result']);
  }
  return null;
}

/** exceljs dates are UTC: a whole day reads "2024-10-01", a time keeps the full ISO string. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

// ---------------------------------------------------------------- write

function writeChanges(wb: ExcelJS.Workbook, changes: WorkbookChanges): void {
  for (const name of changes.removeSheets) {
    const ws = wb.getWorksheet(name);
    if (ws && name !== changes.markerSheet) wb.removeWorksheet(ws.id);
  }
  for (const rule of changes.removeRules) removeRule(wb, rule);
  for (const fill of changes.clearFills) clearFill(wb, fill);
  for (const fill of changes.fills) applyFill(wb, fill);
  for (const rule of changes.addRules) {
    const ws = wb.getWorksheet(rule.sheet);
    if (ws) addRule(ws, rule);
  }
  for (const spec of changes.addSheets) renderSheet(wb, spec);
  if (changes.marker) writeMarker(wb, changes.markerSheet, encodeMarker(changes.marker));
  else {
    // Nothing of ours remains ("remove what ITA Workbench added"): the marker sheet goes too.
    const meta = wb.getWorksheet(changes.markerSheet);
    if (meta) wb.removeWorksheet(meta.id);
  }
}

type CfRule = { type?: string; formulae?: unknown[]; priority?: number };
type Cf = { ref: string; rules: CfRule[] };

function sameRule(cf: Cf, r: CfRule, rule: OurRule): boolean {
  const f = r.formulae?.[0];
  return cf.ref === rule.range && r.type === 'expression' && typeof f === 'string' && f.replace(/^=/, '') === rule.formula;
}

function removeRule(wb: ExcelJS.Workbook, rule: OurRule): void {
  const ws = wb.getWorksheet(rule.sheet);
  if (!ws) return;
  const cfs = (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
  const kept: Cf[] = [];
  let removed = false;
  for (const cf of cfs) {
    // Remove one matching rule only: a user's identical rule, if any, stays.
    const rules = cf.rules.filter((r) => removed || !sameRule(cf, r, rule) || ((removed = true), false));
    if (rules.length > 0) kept.push(rules.length === cf.rules.length ? cf : { ...cf, rules });
  }
  (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings = kept;
}

function addRule(ws: ExcelJS.Worksheet, rule: ConditionalRule): void {
  const cfs = (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
  // Our rules keep their relative order after the user's (lower number = higher priority).
  const base = cfs.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  const font: Partial<ExcelJS.Font> = {};
  if (rule.color) font.color = { argb: argb(rule.color) };
  if (rule.bold) font.bold = true;
  ws.addConditionalFormatting({
    ref: rule.range,
    rules: [
      {
        type: 'expression',
        priority: base + rule.priority,
        formulae: [rule.formula],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font },
      },
    ],
  });
}

function isBlank(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Merge) return false;
  const v = cell.value;
  return v === null || v === undefined || v === '';
}

function applyFill(wb: ExcelJS.Workbook, fill: OurFill): void {
  const ws = wb.getWorksheet(fill.sheet);
  if (!ws || !parseA1(fill.cell)) return;
  const cell = ws.getCell(fill.cell);
  if (!isBlank(cell)) return;
  cell.value = fill.value === null ? { formula: fill.formula } as ExcelJS.CellFormulaValue : { formula: fill.formula, result: fill.value };
}

function clearFill(wb: ExcelJS.Workbook, fill: OurFill): void {
  const ws = wb.getWorksheet(fill.sheet);
  if (!ws || !parseA1(fill.cell)) return;
  const cell = ws.getCell(fill.cell);
  if (cell.type === ExcelJS.ValueType.Formula && cell.formula === fill.formula) cell.value = null;
}

/** The marker's chunks into column A of its very hidden sheet (replaced whole: the sheet is ours, app/marker.ts decides). */
function writeMarker(wb: ExcelJS.Workbook, name: string, chunks: readonly string[]): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name, { state: 'veryHidden' });
  chunks.forEach((part, i) => {
    ws.getCell(i + 1, 1).value = part;
  });
}

// ---------------------------------------------------------------- render a SheetSpec

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function toStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.font) font.name = s.font;
  if (s.size) font.size = s.size;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = s.underline;
  if (s.color) font.color = { argb: argb(s.color) };
  if (Object.keys(font).length > 0) out.font = font;
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  const al: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) al.horizontal = s.hAlign;
  if (s.vAlign) al.vertical = s.vAlign;
  if (s.wrap !== undefined) al.wrapText = s.wrap;
  if (Object.keys(al).length > 0) out.alignment = al;
  if (s.border && s.border !== 'none') {
    const b: Partial<ExcelJS.Border> = { style: s.border };
    out.border = { top: b, left: b, bottom: b, right: b };
  }
  if (s.numFmt) out.numFmt = s.numFmt;
  return out;
}

function mergeStyles(a: CellStyle | undefined, b: CellStyle | undefined): CellStyle {
  return { ...(a ?? {}), ...(b ?? {}) };
}

function eachCellOf(range: string, f: (row: number, col: number) => void): void {
  const [a, b] = range.split(':');
  const p = parseA1(a ?? '');
  const q = parseA1(b ?? a ?? '');
  if (!p || !q) return;
  for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
    for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) f(r, c);
}

/** Add one of our sheets at the end of the workbook, rendered from its spec. */
export function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)
      ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }]
      : [],
  });
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (key: string | undefined): Partial<ExcelJS.Style> => {
    const k = key ?? '';
    let s = styleCache.get(k);
    if (!s) {
      s = toStyle(mergeStyles(spec.baseStyle, key ? spec.styles[key] : undefined));
      styleCache.set(k, s);
    }
    return s;
  };
  spec.rows.forEach((row, r) => {
    row.forEach((sc, c) => {
      if (!sc) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (sc.formula !== undefined) {
        const result = sc.value ?? undefined;
        cell.value = (result === undefined ? { formula: sc.formula } : { formula: sc.formula, result }) as ExcelJS.CellFormulaValue;
      } else if (sc.value !== undefined && sc.value !== null) {
        // exceljs stores a JS string as a string cell (never parsed), so "- จัดทำคู่มือ" stays text.
        cell.value = sc.value;
      }
      const st = styleFor(sc.style);
      if (Object.keys(st).length > 0) cell.style = { ...st };
    });
  });
  for (const m of spec.merges) ws.mergeCells(m);
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (spec.rowHeights) {
    for (const [r, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(r) + 1).height = h;
  }
  for (const rule of spec.conditionalFormats) addRule(ws, rule);
  const p = spec.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
    ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
  };
  for (const range of spec.inputRanges ?? []) {
    eachCellOf(range, (r, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.protection = { locked: false };
      if (!cell.fill || (cell.fill as ExcelJS.FillPattern).pattern !== 'solid') {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      }
    });
  }
  return ws;
}
