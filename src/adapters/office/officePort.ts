/**
 * The office-js implementation of WorkbookPort: the ONLY module that calls Excel.run / context.sync.
 *
 * Syncs do not grow with the number of sheets, only with the amount of data: a read costs 2 + one per batch of
 * cells (at most READ_BATCH_CELLS cells and about READ_BUDGET bytes each); a write 2 to check, 1 to record and remove,
 * one per REQUEST_BUDGET bytes of new sheets, and 1 for rules, fills and the final record (app/writes.ts says why
 * in this order). Excel on the web refuses a request or a response over 5 MB, and Excel does not roll back a failed
 * batch: both shape this module.
 */
import type { WorkbookPort } from '../../app/port';
import { WEB_PAYLOAD_LIMIT } from '../../app/preflight';
import { UNCHANGED, WriteFailure } from '../../app/writeFailure';
import { a1, parseA1 } from '../../domain/a1';
import type { Cell, Issue, SheetSnapshot, WorkbookSnapshot } from '../../domain/types';
import { UserError } from '../../app/userError';
import { kindOfCode, NumKind } from '../../domain/numberFormat';
import { officeMessage } from './errors';

/** Excel's own cap on cells per read (larger loads may come back null instead of failing). */
export const MAX_READ_CELLS = 5_000_000;
/** Cells loaded per sync at most (bytes permitting: see readAll). */
export const READ_BATCH_CELLS = 25_000;
/**
 * What a cell's value, formula and number format weigh in a response before anything was read, in bytes: numbers
 * and short codes (ITA score tables) weigh far less; what is read corrects it sheet by sheet.
 */
export const INITIAL_BYTES_PER_CELL = 40;
/** Response bytes a read batch aims at: well under Excel on the web's 5 MB, as a batch's weight is an estimate. */
export const READ_BUDGET = 3 * 1024 * 1024;

export type SyncCounter = { count: number };
/** What the host can do: Office.context.requirements, injectable for tests. */
export type OfficeHost = { isSetSupported(name: string, version: string): boolean };

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

/** Excel said the request or its response was too large (Excel on the web: 5 MB each way). */
export function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : '';
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The port over `run` (Excel.run in the add-in; a typed fake in tests). */
export function createOfficePort(run: typeof Excel.run = Excel.run, host: OfficeHost = officeHost()): OfficePort {
  const syncs: SyncCounter = { count: 0 };
  const sync = async (ctx: Excel.RequestContext): Promise<void> => {
    syncs.count++;
    await ctx.sync();
  };
  const excel = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    // delayForCellEdit (ExcelApi 1.11) waits until the user leaves cell-edit mode instead of failing.
    host.isSetSupported('ExcelApi', '1.11') ? run({ delayForCellEdit: true }, batch) : run(batch);
  const guarded = async <T>(what: string, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excel(batch);
    } catch (e) {
      console.error(`[ITA Workbench] office ${what} failed`, e);
      throw new UserError(officeMessage(e), e);
    }
  };
  let issues: readonly Issue[] = [];
  const port: OfficePort = {
    syncs,
    lastWriteIssues: () => issues,
    read: () => guarded('read', (ctx) => readAll(ctx, sync)),
    write: async (changes, onProgress) => {
      issues = [];
      // The write's code (and the sheet rendering) comes with the first write: reading needs none of it.
      const { Write } = await import(/* webpackChunkName: "office-write" */ './officeWrite');
      const w = new Write(changes, sync, host, onProgress ?? (() => undefined));
      try {
        await excel((ctx) => w.run(ctx));
        issues = w.issues;
      } catch (e) {
        console.error(`[ITA Workbench] office write failed at ${w.step}`, e);
        if (e instanceof WriteFailure) throw e;
        const state =
          w.step === 'check'
            ? UNCHANGED
            : await excel((ctx) => w.verify(ctx)).catch((v: unknown) => {
                console.error('[ITA Workbench] reading the workbook back after the failure failed too', v);
                return w.known();
              });
        throw new WriteFailure({ reason: officeMessage(e), step: w.step, state }, e);
      }
    },
    // Show the user a cell: activate its sheet and select it (one sync).
    select: (sheet, cell) =>
      guarded('select', async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await sync(ctx);
      }),
  };
  // insertWorksheetsFromBase64 is ExcelApi 1.13: hosts without it get no insertSheets (the pane offers a download).
  if (host.isSetSupported('ExcelApi', '1.13')) {
    port.insertSheets = (xlsx) =>
      guarded('insert', async (ctx) => {
        const ids = ctx.workbook.insertWorksheetsFromBase64(toBase64(xlsx), { positionType: 'End' });
        await sync(ctx);
        const added = ids.value.map((id) => ctx.workbook.worksheets.getItem(id).load('name'));
        await sync(ctx);
        return added.map((ws) => ws.name);
      });
  }
  return port;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

type Sync = (ctx: Excel.RequestContext) => Promise<void>;

// ---------------------------------------------------------------- read

export const VISIBILITY: Readonly<Record<string, SheetSnapshot['visibility']>> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

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

/** A number whose format shows it as a percentage ("0.00%": 0.7284 shows 72.84%), as the xlsx adapter lists them. */
export function isPercent(value: unknown, format: unknown): boolean {
  return typeof value === 'number' && typeof format === 'string' && kindOfCode(format) === NumKind.Percent;
}

/** A rectangle of one sheet's used range to load: rows from `row` (relative to the used range), all columns or a part. */
type Piece = { sheet: number; row: number; rows: number; col: number; cols: number };
type Loaded = Piece & { values: unknown[][]; formulas: unknown[][]; formats: unknown[][] };

const encoder = new TextEncoder();
const byteSize = (x: unknown): number => encoder.encode(JSON.stringify(x)).length;

/** Split a piece in two (by rows, or by columns when it is one row); null when it is a single cell. */
function halve(p: Piece): [Piece, Piece] | null {
  if (p.rows > 1) {
    const top = Math.ceil(p.rows / 2);
    return [
      { ...p, rows: top },
      { ...p, row: p.row + top, rows: p.rows - top },
    ];
  }
  if (p.cols > 1) {
    const left = Math.ceil(p.cols / 2);
    return [
      { ...p, cols: left },
      { ...p, col: p.col + left, cols: p.cols - left },
    ];
  }
  return null;
}

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
  const queue: Piece[] = [];
  const shapes = items.map((_, i) => {
    const r = used[i];
    if (!r || r.isNullObject) return { origin: { row: 0, col: 0 }, rows: 0, cols: 0, truncated: undefined };
    const origin = addressOrigin(r.address);
    const cols = r.columnCount;
    const keep = Math.min(r.rowCount, Math.floor(budget / cols));
    budget -= keep * cols;
    const truncated = keep < r.rowCount ? { cells: r.rowCount * cols, limit: keep * cols } : undefined;
    const perChunk = Math.max(1, Math.floor(READ_BATCH_CELLS / cols));
    for (let first = 0; first < keep; first += perChunk)
      queue.push({ sheet: i, row: first, rows: Math.min(perChunk, keep - first), col: 0, cols });
    return { origin, rows: keep, cols, truncated };
  });

  // Batches of at most READ_BATCH_CELLS cells and, by what each sheet's cells have weighed so far, READ_BUDGET
  // bytes of response. A response Excel still finds too large is split in halves and read again (a load changes
  // nothing, so repeating it is safe): long Thai texts weigh 3 bytes a character, twice (values and formulas).
  const weight = new Map<number, number>();
  let heaviest = INITIAL_BYTES_PER_CELL;
  const perCell = (sheet: number): number => weight.get(sheet) ?? heaviest;
  const done: Loaded[] = [];
  while (queue.length) {
    const batch: Piece[] = [];
    let cells = 0;
    let bytes = 0;
    while (queue.length) {
      const p = queue[0]!;
      const n = p.rows * p.cols;
      const b = n * perCell(p.sheet);
      if (batch.length && (cells + n > READ_BATCH_CELLS || bytes + b > READ_BUDGET)) break;
      queue.shift();
      if (!batch.length && b > READ_BUDGET) {
        // Alone and still too heavy by what we know: only as many rows as should fit.
        const fit = Math.max(1, Math.floor(READ_BUDGET / (perCell(p.sheet) * p.cols)));
        if (fit < p.rows) queue.unshift({ ...p, row: p.row + fit, rows: p.rows - fit });
        batch.push({ ...p, rows: Math.min(fit, p.rows) });
        break;
      }
      batch.push(p);
      cells += n;
      bytes += b;
    }
    const ranges = batch.map((p) => {
      const shape = shapes[p.sheet]!;
      const range = items[p.sheet]!.getRangeByIndexes(
        shape.origin.row + p.row,
        shape.origin.col + p.col,
        p.rows,
        p.cols,
      );
      // The number formats too: a number formatted % is a score shown ×100 (SheetSnapshot.percent).
      range.load('values,formulas,numberFormat');
      return range;
    });
    try {
      await sync(ctx);
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      // Too large after all: what failed weighs more than the limit over its cells (by how much is unknown: assume
      // twice), so split it and go again.
      const n = batch.reduce((s, p) => s + p.rows * p.cols, 0);
      const least = Math.ceil((2 * WEB_PAYLOAD_LIMIT) / n);
      heaviest = Math.max(heaviest, least);
      for (const p of batch) weight.set(p.sheet, Math.max(perCell(p.sheet), least));
      if (batch.length > 1) queue.unshift(...batch);
      else {
        const halves = halve(batch[0]!);
        if (!halves) throw e;
        queue.unshift(...halves);
      }
      continue;
    }
    batch.forEach((p, k) => {
      const r = ranges[k]!;
      done.push({ ...p, values: r.values, formulas: r.formulas, formats: r.numberFormat });
      const w = Math.ceil((byteSize(r.values) + byteSize(r.formulas) + byteSize(r.numberFormat)) / (p.rows * p.cols));
      weight.set(p.sheet, Math.max(weight.get(p.sheet) ?? 0, w));
      heaviest = Math.max(heaviest, w);
    });
  }

  const out: SheetSnapshot[] = items.map((ws, i) => {
    const shape = shapes[i] ?? { origin: { row: 0, col: 0 }, rows: 0, cols: 0, truncated: undefined };
    const values: Cell[][] = Array.from({ length: shape.rows }, () => new Array<Cell>(shape.cols).fill(null));
    const formulas: Record<string, string> = {};
    const percent: string[] = [];
    for (const ch of done) {
      if (ch.sheet !== i) continue;
      for (let r = 0; r < ch.rows; r++) {
        const row = ch.values[r] ?? [];
        const frow = ch.formulas[r] ?? [];
        const nrow = ch.formats[r] ?? [];
        const target = values[ch.row + r]!;
        for (let c = 0; c < ch.cols; c++) {
          target[ch.col + c] = normaliseValue(row[c]);
          const f: unknown = frow[c];
          const at = (): string => a1(shape.origin.row + ch.row + r, shape.origin.col + ch.col + c);
          if (isFormula(f, row[c])) formulas[at()] = f.slice(1);
          if (isPercent(row[c], nrow[c])) percent.push(at());
        }
      }
    }
    const snap: SheetSnapshot = {
      name: ws.name,
      origin: shape.origin,
      values,
      formulas,
      ...(percent.length ? { percent } : {}),
      visibility: VISIBILITY[ws.visibility] ?? 'visible',
      ...(shape.truncated ? { truncated: shape.truncated } : {}),
    };
    return snap;
  });
  return { sheets: out };
}
