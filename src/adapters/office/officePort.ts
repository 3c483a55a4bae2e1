/**
 * The office-js implementation of WorkbookPort: the ONLY module that calls Excel.run / context.sync.
 * Every use case costs a constant number of syncs whatever the number of sheets (read: 3, write: 3);
 * only a read of a lot of data adds syncs, one per READ_BATCH_CELLS, to keep each response small.
 */
import { encodeMarker } from '../../app/marker';
import type { OurFill, OurRule, WorkbookChanges, WorkbookPort } from '../../app/port';
import { a1, parseA1 } from '../../domain/a1';
import type { Cell, Issue, SheetSnapshot, WorkbookSnapshot } from '../../domain/types';
import { toUserError, UserFacingError } from './errors';
import { addRule, capabilities, renderSheet, type OfficeCapabilities } from './renderSheet';

/** Excel's own cap on cells per read (larger loads may come back null instead of failing). */
export const MAX_READ_CELLS = 5_000_000;
/**
 * Cells loaded per sync. Excel on the web caps a request/response at 5 MB; values + formulas of 25,000 cells stay
 * under it as long as a cell averages < ~100 bytes, which ITA score tables (numbers, short codes) do by far.
 */
export const READ_BATCH_CELLS = 25_000;

export type SyncCounter = { count: number };
/** What the host can do: Office.context.requirements, injectable for tests. */
export type OfficeHost = { isSetSupported(name: string, version: string): boolean };
type WriteReport = { readonly issues: readonly Issue[] };

/** A WorkbookPort over office-js, plus diagnostics. */
export type OfficePort = WorkbookPort & {
  /** Total context.sync() calls made by this port (the bench and the tests read it). */
  readonly syncs: SyncCounter;
  /** What the latest write skipped or could not do (fill.skipped, print.unsupported), as info issues. */
  lastWriteIssues(): readonly Issue[];
};

function officeHost(): OfficeHost {
  return {
    isSetSupported: (name, version) =>
      typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(name, version)),
  };
}

/** The port over `run` (Excel.run in the add-in; a typed fake in tests). */
export function createOfficePort(run: typeof Excel.run = Excel.run, host: OfficeHost = officeHost()): OfficePort {
  const syncs: SyncCounter = { count: 0 };
  const sync = async (ctx: Excel.RequestContext): Promise<void> => {
    syncs.count++;
    await ctx.sync();
  };
  const guarded = async <T>(what: string, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      // delayForCellEdit (ExcelApi 1.11) waits until the user leaves cell-edit mode instead of failing.
      return host.isSetSupported('ExcelApi', '1.11') ? await run({ delayForCellEdit: true }, batch) : await run(batch);
    } catch (e) {
      console.error(`[ITA Workbench] office ${what} failed`, e);
      throw new UserFacingError(toUserError(e), e);
    }
  };
  let issues: readonly Issue[] = [];
  return {
    syncs,
    lastWriteIssues: () => issues,
    read: () => guarded('read', (ctx) => readAll(ctx, sync)),
    write: async (changes) => {
      issues = [];
      const report = await guarded('write', (ctx) => writeAll(ctx, sync, changes, capabilities((n, v) => host.isSetSupported(n, v))));
      issues = report.issues;
    },
    // Show the user a cell: activate its sheet and select it (one sync).
    select: (sheet, cell) => guarded('select', async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await sync(ctx);
    }),
  };
}

type Sync = (ctx: Excel.RequestContext) => Promise<void>;

// ---------------------------------------------------------------- read

const VISIBILITY: Readonly<Record<string, SheetSnapshot['visibility']>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Excel gives "" for empty cells and error values as text ("#DIV/0!"); the domain wants null for empty. */
export function normaliseValue(v: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** "'My Sheet'!B2:D10" → the 0-based top-left of the address. */
export function addressOrigin(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const first = local.split(':')[0] ?? '';
  return parseA1(first) ?? { row: 0, col: 0 };
}

/**
 * A text cell reads back its text through `formulas` too ("=ไม่ใช่สูตร" stored as text gives "=ไม่ใช่สูตร" in both
 * arrays); a real formula's value is its result, never its own source text.
 */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

type Chunk = { sheet: number; range: Excel.Range; firstRow: number; rows: number };

async function readAll(ctx: Excel.RequestContext, sync: Sync): Promise<WorkbookSnapshot> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/position');
  await sync(ctx);
  const items = [...sheets.items].sort((a, b) => a.position - b.position);
  const used = items.map((ws) => {
    // valuesOnly: a formatted but empty cell does not widen the range.
    const r = ws.getUsedRangeOrNullObject(true);
    r.load('address,rowCount,columnCount');
    return r;
  });
  await sync(ctx);

  let budget = MAX_READ_CELLS;
  const chunks: Chunk[] = [];
  const shapes = items.map((ws, i) => {
    const r = used[i];
    if (!r || r.isNullObject) return { origin: { row: 0, col: 0 }, rows: 0, cols: 0, truncated: undefined };
    const origin = addressOrigin(r.address);
    const cols = r.columnCount;
    const keep = Math.min(r.rowCount, Math.floor(budget / cols));
    budget -= keep * cols;
    const truncated = keep < r.rowCount ? { cells: r.rowCount * cols, limit: keep * cols } : undefined;
    const perChunk = Math.max(1, Math.floor(READ_BATCH_CELLS / cols));
    for (let first = 0; first < keep; first += perChunk) {
      const rows = Math.min(perChunk, keep - first);
      const range = ws.getRangeByIndexes(origin.row + first, origin.col, rows, cols);
      chunks.push({ sheet: i, range, firstRow: first, rows });
    }
    return { origin, rows: keep, cols, truncated };
  });

  // Group chunks into batches of at most READ_BATCH_CELLS (a chunk wider than that is a batch of its own).
  let cells = 0;
  let pending = false;
  for (const ch of chunks) {
    const n = ch.rows * (shapes[ch.sheet]?.cols ?? 0);
    if (pending && cells + n > READ_BATCH_CELLS) {
      await sync(ctx);
      cells = 0;
    }
    ch.range.load('values,formulas');
    cells += n;
    pending = true;
  }
  if (pending) await sync(ctx);

  const out: SheetSnapshot[] = items.map((ws, i) => {
    const shape = shapes[i] ?? { origin: { row: 0, col: 0 }, rows: 0, cols: 0, truncated: undefined };
    const values: Cell[][] = [];
    const formulas: Record<string, string> = {};
    for (const ch of chunks) {
      if (ch.sheet !== i) continue;
      const vs = ch.range.values;
      const fs = ch.range.formulas;
      for (let r = 0; r < ch.rows; r++) {
        const row = vs[r] ?? [];
        values.push(Array.from({ length: shape.cols }, (_, c) => normaliseValue(row[c])));
        const frow = fs[r] ?? [];
        for (let c = 0; c < shape.cols; c++) {
          const f: unknown = frow[c];
          if (isFormula(f, row[c])) formulas[a1(shape.origin.row + ch.firstRow + r, shape.origin.col + c)] = f.slice(1);
        }
      }
    }
    const snap: SheetSnapshot = {
      name: ws.name,
      origin: shape.origin,
      values,
      formulas,
      visibility: VISIBILITY[ws.visibility] ?? 'visible',
      ...(shape.truncated ? { truncated: shape.truncated } : {}),
    };
    return snap;
  });
  return { sheets: out };
}

// ---------------------------------------------------------------- write

type RuleProbe = { rule: OurRule; cfs: Excel.ConditionalFormatCollection };
type FillProbe = { fill: OurFill; range: Excel.Range };

async function writeAll(ctx: Excel.RequestContext, sync: Sync, changes: WorkbookChanges, can: OfficeCapabilities): Promise<WriteReport> {
  const issues: Issue[] = [];
  const sheets = ctx.workbook.worksheets;

  // Sync 1: which sheets exist (a command on a sheet that is gone would fail the whole batch).
  sheets.load('items/name');
  await sync(ctx);
  const existing = new Set(sheets.items.map((s) => s.name));
  const has = (name: string): boolean => existing.has(name);

  // Sync 2: what we must look at before touching user sheets: our old rules, fill targets, fills to clear.
  const ruleProbes: RuleProbe[] = changes.removeRules.filter((r) => has(r.sheet)).map((rule) => {
    const cfs = sheets.getItem(rule.sheet).getRange(rule.range).conditionalFormats;
    // Conditional formats cannot be listed per sheet reliably; the recorded range narrows the search.
    cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
    return { rule, cfs };
  });
  const probe = (fill: OurFill): FillProbe => {
    const range = sheets.getItem(fill.sheet).getRange(fill.cell);
    range.load('values,formulas');
    return { fill, range };
  };
  const fillProbes = changes.fills.filter((f) => has(f.sheet)).map(probe);
  const clearProbes = changes.clearFills.filter((f) => has(f.sheet)).map(probe);
  if (ruleProbes.length || fillProbes.length || clearProbes.length) await sync(ctx);

  // Sync 3: every change, in one batch.
  const deleted = new Set<string>();
  for (const { rule, cfs } of ruleProbes) {
    for (const cf of cfs.items) {
      if (deleted.has(cf.id) || cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
      if (cf.customOrNullObject.rule.formula !== `=${rule.formula}`) continue;
      deleted.add(cf.id);
      cf.delete();
    }
  }
  const cleared = new Set<string>();
  for (const { fill, range } of clearProbes) {
    // Only a cell that still holds exactly our formula is ours to clear; "" clears, null would leave it.
    const f: unknown = range.formulas[0]?.[0];
    if (isFormula(f, range.values[0]?.[0]) && f === `=${fill.formula}`) {
      range.formulas = [['']];
      cleared.add(`${fill.sheet}!${fill.cell}`);
    }
  }
  let removed = 0;
  for (const name of changes.removeSheets) {
    if (name === changes.markerSheet || !has(name)) continue;
    sheets.getItem(name).delete();
    removed++;
  }
  for (const spec of changes.addSheets) {
    const ws = sheets.add(spec.name);
    renderSheet(ws, spec, can);
    if (!can.print) issues.push({ code: 'print.unsupported', severity: 'info', sheet: spec.name, params: { sheet: spec.name } });
    if (!can.charts && spec.charts?.length) issues.push({ code: 'chart.unsupported', severity: 'info', sheet: spec.name, params: { sheet: spec.name } });
  }
  for (const rule of [...changes.addRules].sort((a, b) => a.priority - b.priority)) {
    if (has(rule.sheet)) addRule(sheets.getItem(rule.sheet).getRange(rule.range), rule);
  }
  for (const { fill, range } of fillProbes) {
    // A cell cleared just above (our fill of the earlier run) counts as blank.
    const blank = cleared.has(`${fill.sheet}!${fill.cell}`) || (range.values[0]?.[0] === '' && range.formulas[0]?.[0] === '');
    if (blank) range.formulas = [[`=${fill.formula}`]];
    else issues.push({ code: 'fill.skipped', severity: 'info', sheet: fill.sheet, cell: fill.cell });
  }
  writeMarker(sheets, changes, has(changes.markerSheet), existing.size - removed + changes.addSheets.length);
  await sync(ctx);
  return { issues };
}

function writeMarker(sheets: Excel.WorksheetCollection, changes: WorkbookChanges, exists: boolean, countWithMeta: number): void {
  const chunks = encodeMarker(changes.marker);
  let meta: Excel.Worksheet;
  if (exists) {
    meta = sheets.getItem(changes.markerSheet);
    meta.getRange('A:A').clear('Contents');
    // Keep the marker last, after the sheets just added (they go to the end).
    if (changes.addSheets.length) meta.position = countWithMeta - 1;
  } else meta = sheets.add(changes.markerSheet);
  const target = meta.getRange(`A1:A${chunks.length}`);
  // "@" first: a chunk may begin with "-" or "=" and must stay text.
  target.numberFormat = chunks.map(() => ['@']);
  target.values = chunks.map((c) => [c]);
  meta.visibility = 'VeryHidden';
}
