/**
 * Before anything is written: would the host refuse part of these changes? Protected sheets we would touch, a
 * protected workbook structure, names taken since the workbook was read, sheets or cells too large for Excel, a
 * request too large for Excel on the web. Every blocker is said at once, before the first change, so a write never
 * starts that is known to stop half-way. Pure: the adapter gathers the facts, this decides.
 */
import { a1 } from '../domain/a1';
import type { SheetSpec } from '../domain/specs/sheetSpec';
import type { WorkbookChanges } from './port';
import type { UserMessage } from './userError';

/** What the host says about the workbook now. `protected: null` = the host cannot tell (older Excel). */
export type HostFacts = {
  readonly sheets: readonly {
    readonly name: string;
    readonly visibility: 'visible' | 'hidden' | 'veryHidden';
    readonly protected: boolean | null;
  }[];
  readonly structureProtected: boolean | null;
  /** Bytes one request may carry (Excel on the web: 5 MB); null when the host has no such limit. */
  readonly requestLimit: number | null;
};

/** Excel's own limits (Excel specifications and limits). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** Excel on the web: the request and the response of one sync may each carry at most 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What we let one request carry: a margin under the limit for the request's own envelope. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

const utf8 = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};

/** UTF-8 bytes of a string as JSON puts it on the wire (quotes and escapes roughly included). */
export function jsonBytes(s: string): number {
  return utf8(s) + 2;
}

/**
 * Bytes the requests that render a spec carry, over-estimated: every cell's text or formula and its number format
 * in the two 2D arrays, plus a fixed cost per formatting command (styles, merges, widths, heights, rules, charts).
 */
export function specBytes(spec: SheetSpec): number {
  let bytes = 2_048;
  for (const row of spec.rows) {
    for (const c of row) {
      bytes += 12; // separators, null, the number format
      if (!c) continue;
      if (c.formula !== undefined) bytes += jsonBytes(c.formula) + 1;
      else if (typeof c.value === 'string') bytes += jsonBytes(c.value);
      else if (c.value !== null && c.value !== undefined) bytes += 24;
      if (c.style !== undefined) bytes += 160; // a formatting command per styled cell at worst
    }
  }
  const commands =
    spec.merges.length +
    spec.columnWidths.length +
    Object.keys(spec.rowHeights ?? {}).length +
    spec.conditionalFormats.length * 4 +
    (spec.inputRanges?.length ?? 0) +
    (spec.charts?.length ?? 0) * 40;
  return bytes + commands * 200;
}

/** The longest text cell of a spec over Excel's 32,767 characters, as an A1 address, or null. */
function tooLongCell(spec: SheetSpec): string | null {
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const text = cell?.formula ?? (typeof cell?.value === 'string' ? cell.value : '');
      if (text.length > EXCEL_MAX_CELL_CHARS) return a1(r, c);
    }
  }
  return null;
}

/** Everything that would stop these changes part-way, each as a sentence naming the sheet (empty: go ahead). */
export function preflight(changes: WorkbookChanges, facts: HostFacts): UserMessage[] {
  const out: UserMessage[] = [];
  const find = (name: string) => facts.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const removing = new Set(changes.removeSheets.filter((n) => find(n)).map((n) => n.toLowerCase()));
  const markerExists = find(changes.markerSheet) !== undefined;
  const structural =
    changes.addSheets.length > 0 ||
    removing.size > 0 ||
    (!markerExists && changes.marker !== null) ||
    (markerExists && changes.marker === null);
  if (structural && facts.structureProtected === true) out.push({ code: 'preflight.structureProtected' });

  // Sheets whose cells or rules we change: the user's (rules, fills) and our marker sheet.
  const touched = new Map<string, 'highlight' | 'fill' | 'marker'>();
  for (const r of [...changes.removeRules, ...changes.addRules])
    if (!touched.has(r.sheet)) touched.set(r.sheet, 'highlight');
  for (const f of [...changes.clearFills, ...changes.fills]) if (!touched.has(f.sheet)) touched.set(f.sheet, 'fill');
  if (markerExists && changes.marker !== null) touched.set(changes.markerSheet, 'marker');
  for (const [name, why] of touched) {
    const s = find(name);
    if (!s?.protected || removing.has(name.toLowerCase())) continue;
    out.push({
      code:
        why === 'highlight'
          ? 'preflight.protectedHighlight'
          : why === 'fill'
            ? 'preflight.protectedFill'
            : 'preflight.protectedMarker',
      params: { sheet: name },
    });
  }

  for (const spec of changes.addSheets) {
    if (find(spec.name) && !removing.has(spec.name.toLowerCase()))
      out.push({ code: 'preflight.nameTaken', params: { name: spec.name } });
    const cols = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
    if (spec.rows.length > EXCEL_MAX_ROWS || cols > EXCEL_MAX_COLS)
      out.push({ code: 'preflight.sheetTooLarge', params: { sheet: spec.name } });
    const long = tooLongCell(spec);
    if (long)
      out.push({ code: 'preflight.cellTooLong', params: { sheet: spec.name, cell: long, max: EXCEL_MAX_CELL_CHARS } });
    if (facts.requestLimit !== null && specBytes(spec) > Math.min(REQUEST_BUDGET, facts.requestLimit)) {
      out.push({ code: 'preflight.requestTooLarge', params: { sheet: spec.name } });
    }
  }

  // Excel keeps at least one visible sheet: removing ours must not leave none.
  const visibleLeft =
    facts.sheets.filter((s) => s.visibility === 'visible' && !removing.has(s.name.toLowerCase())).length +
    changes.addSheets.length;
  if (removing.size > 0 && visibleLeft === 0) out.push({ code: 'preflight.lastVisible' });
  return out;
}

/** Our sheets grouped into requests of at most `budget` bytes each, in order (a sheet larger than that goes alone). */
export function sheetBatches(specs: readonly SheetSpec[], budget: number): SheetSpec[][] {
  const out: SheetSpec[][] = [];
  let cur: SheetSpec[] = [];
  let bytes = 0;
  for (const s of specs) {
    const b = specBytes(s);
    if (cur.length && bytes + b > budget) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s);
    bytes += b;
  }
  if (cur.length) out.push(cur);
  return out;
}
