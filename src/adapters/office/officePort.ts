/**
 * The office-js implementation of WorkbookPort: the ONLY module that calls Excel.run / context.sync.
 *
 * Syncs do not grow with the number of sheets, only with the amount of data: a read costs 2 + one per batch of
 * cells (at most READ_BATCH_CELLS cells and about READ_BUDGET bytes each); a write 2 to check, 1 to record and remove,
 * one per REQUEST_BUDGET bytes of new sheets, and 1 for rules, fills and the final record (app/writes.ts says why
 * in this order). Excel on the web refuses a request or a response over 5 MB, and Excel does not roll back a failed
 * batch: both shape this module.
 */
import { encodeMarker } from '../../app/marker';
import type { Marker, OurFill, OurRule, WorkbookChanges, WorkbookPort, WriteProgress, WriteStep } from '../../app/port';
import { preflight, REQUEST_BUDGET, sheetBatches, WEB_PAYLOAD_LIMIT, type HostFacts } from '../../app/preflight';
import { UNCHANGED, WriteFailure, type WriteState } from '../../app/writeFailure';
import { a1, parseA1 } from '../../domain/a1';
import type { Cell, Issue, SheetSnapshot, WorkbookSnapshot } from '../../domain/types';
import { toUserError, UserFacingError } from './errors';
import { addRule, renderSheet } from './renderSheet';

/** Excel's own cap on cells per read (larger loads may come back null instead of failing). */
export const MAX_READ_CELLS = 5_000_000;
/** Cells loaded per sync at most (bytes permitting: see readAll). */
export const READ_BATCH_CELLS = 25_000;
/**
 * What a cell's value and formula weigh in a response before anything was read, in bytes: numbers and short codes
 * (ITA score tables) weigh far less; what is read corrects it sheet by sheet.
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
      throw new UserFacingError(toUserError(e), e);
    }
  };
  let issues: readonly Issue[] = [];
  const port: OfficePort = {
    syncs,
    lastWriteIssues: () => issues,
    read: () => guarded('read', (ctx) => readAll(ctx, sync)),
    write: async (changes, onProgress) => {
      issues = [];
      const w = new Write(changes, sync, host, onProgress ?? (() => undefined));
      try {
        await excel((ctx) => w.run(ctx));
        issues = w.issues;
      } catch (e) {
        console.error(`[ITA Workbench] office write failed at ${w.step}`, e);
        if (e instanceof WriteFailure) throw e;
        const state = w.step === 'check' ? UNCHANGED : await excel((ctx) => w.verify(ctx)).catch((v: unknown) => {
          console.error('[ITA Workbench] reading the workbook back after the failure failed too', v);
          return w.known();
        });
        throw new WriteFailure({ reason: toUserError(e), step: w.step, state }, e);
      }
    },
    // Show the user a cell: activate its sheet and select it (one sync).
    select: (sheet, cell) => guarded('select', async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await sync(ctx);
    }),
  };
  // insertWorksheetsFromBase64 is ExcelApi 1.13: hosts without it get no insertSheets (the pane offers a download).
  if (host.isSetSupported('ExcelApi', '1.13')) {
    port.insertSheets = (xlsx) => guarded('insert', async (ctx) => {
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

/** A rectangle of one sheet's used range to load: rows from `row` (relative to the used range), all columns or a part. */
type Piece = { sheet: number; row: number; rows: number; col: number; cols: number };
type Loaded = Piece & { values: unknown[][]; formulas: unknown[][] };

const encoder = new TextEncoder();
const byteSize = (x: unknown): number => encoder.encode(JSON.stringify(x)).length;

/** Split a piece in two (by rows, or by columns when it is one row); null when it is a single cell. */
function halve(p: Piece): [Piece, Piece] | null {
  if (p.rows > 1) {
    const top = Math.ceil(p.rows / 2);
    return [{ ...p, rows: top }, { ...p, row: p.row + top, rows: p.rows - top }];
  }
  if (p.cols > 1) {
    const left = Math.ceil(p.cols / 2);
    return [{ ...p, cols: left }, { ...p, col: p.col + left, cols: p.cols - left }];
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
    for (let first = 0; first < keep; first += perChunk) queue.push({ sheet: i, row: first, rows: Math.min(perChunk, keep - first), col: 0, cols });
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
      const range = items[p.sheet]!.getRangeByIndexes(shape.origin.row + p.row, shape.origin.col + p.col, p.rows, p.cols);
      range.load('values,formulas');
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
      done.push({ ...p, values: r.values, formulas: r.formulas });
      const w = Math.ceil((byteSize(r.values) + byteSize(r.formulas)) / (p.rows * p.cols));
      weight.set(p.sheet, Math.max(weight.get(p.sheet) ?? 0, w));
      heaviest = Math.max(heaviest, w);
    });
  }

  const out: SheetSnapshot[] = items.map((ws, i) => {
    const shape = shapes[i] ?? { origin: { row: 0, col: 0 }, rows: 0, cols: 0, truncated: undefined };
    const values: Cell[][] = Array.from({ length: shape.rows }, () => new Array<Cell>(shape.cols).fill(null));
    const formulas: Record<string, string> = {};
    for (const ch of done) {
      if (ch.sheet !== i) continue;
      for (let r = 0; r < ch.rows; r++) {
        const row = ch.values[r] ?? [];
        const frow = ch.formulas[r] ?? [];
        const target = values[ch.row + r]!;
        for (let c = 0; c < ch.cols; c++) {
          target[ch.col + c] = normaliseValue(row[c]);
          const f: unknown = frow[c];
          if (isFormula(f, row[c])) formulas[a1(shape.origin.row + ch.row + r, shape.origin.col + ch.col + c)] = f.slice(1);
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
/** What the check step saw, kept to tell afterwards what a failure changed. */
type Seen = {
  readonly names: ReadonlySet<string>;
  /** Sheet ids before the write, by lower-case name: a sheet of the same name afterwards may be another one. */
  readonly ids: ReadonlyMap<string, string>;
  readonly facts: HostFacts;
  /** Ids of the custom rules with one of our formulas in our ranges before the write. */
  readonly ruleIds: ReadonlySet<string>;
  /** Fill targets that were blank, cleared-fill cells that held our formula. */
  readonly blankBefore: ReadonlySet<string>;
  readonly oursBefore: ReadonlySet<string>;
  /** Column A of the marker sheet before the write (joined), and how many cells it used. */
  readonly markerText: string | null;
  readonly markerRows: number;
};

const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;
const customFormula = (cf: Excel.ConditionalFormat): string | null =>
  cf.type === 'Custom' && !cf.customOrNullObject.isNullObject ? cf.customOrNullObject.rule.formula : null;
/**
 * A custom rule without a formula: what a write that stopped between adding a rule and setting its formula leaves.
 * Nobody can make one in Excel's interface; in a range our record names, it is ours.
 */
const isOrphan = (cf: Excel.ConditionalFormat): boolean => {
  const f = customFormula(cf);
  return f === '' || f === '=';
};

/** One write, in the order of app/writes.ts; remembers where it is so that a failure can be told truthfully. */
class Write {
  step: WriteStep = 'check';
  issues: Issue[] = [];
  private seen: Seen | null = null;
  /** Syncs that went through: what is known for sure even if nothing can be read back. */
  private readonly committed = new Set<string>();
  private readonly lower: (n: string) => string = (n) => n.toLowerCase();

  constructor(
    private readonly changes: WorkbookChanges,
    private readonly sync: Sync,
    private readonly host: OfficeHost,
    private readonly onProgress: (p: WriteProgress) => void,
  ) {}

  private enter(step: WriteStep, extra: Omit<WriteProgress, 'step'> = {}): void {
    this.step = step;
    this.onProgress({ step, ...extra });
  }

  async run(ctx: Excel.RequestContext): Promise<void> {
    const c = this.changes;
    const sheets = ctx.workbook.worksheets;
    this.enter('check');
    const seen = await this.check(ctx);
    this.seen = seen;
    const blockers = preflight(c, seen.facts);
    if (blockers.length) throw new WriteFailure({ reason: { code: 'write.blocked' }, blockers, step: 'check', state: UNCHANGED });
    const has = (name: string): boolean => seen.names.has(this.lower(name));

    // record + remove: the journal first (one assignment), then what this write replaces.
    this.enter('record');
    const meta = this.markerSheet(ctx, has(c.markerSheet));
    if (c.journal && (c.marker !== null || has(c.markerSheet))) this.writeMarker(meta, c.journal, seen.markerRows);
    this.enter('remove');
    this.removeOld(seen);
    for (const name of c.removeSheets) if (name !== c.markerSheet && has(name)) sheets.getItem(name).delete();
    await this.sync(ctx);
    this.committed.add('remove');

    // sheets: as many per request as fit its bytes.
    const canPrint = this.host.isSetSupported('ExcelApi', '1.9');
    let index = 0;
    for (const batch of sheetBatches(c.addSheets, REQUEST_BUDGET)) {
      for (const spec of batch) {
        this.enter('sheets', { sheet: spec.name, index: ++index, count: c.addSheets.length });
        renderSheet(sheets.add(spec.name), spec, canPrint);
        if (!canPrint) this.issues.push({ code: 'print.unsupported', severity: 'info', sheet: spec.name, params: { sheet: spec.name } });
      }
      await this.sync(ctx);
      for (const spec of batch) this.committed.add(`sheet:${spec.name}`);
    }

    // rules, fills, then the final record (or, removing everything, the marker sheet goes).
    this.enter('rules');
    for (const rule of [...c.addRules].sort((a, b) => a.priority - b.priority)) {
      if (has(rule.sheet)) addRule(sheets.getItem(rule.sheet).getRange(rule.range), rule);
    }
    for (const { fill, range } of this.fillProbes) {
      // A cell cleared in the remove step (our fill of the earlier run) counts as blank.
      if (this.cleared.has(cellKey(fill.sheet, fill.cell)) || seen.blankBefore.has(cellKey(fill.sheet, fill.cell))) range.formulas = [[`=${fill.formula}`]];
      else this.issues.push({ code: 'fill.skipped', severity: 'info', sheet: fill.sheet, cell: fill.cell });
    }
    this.enter('finish');
    if (c.marker !== null) {
      this.writeMarker(meta, c.marker, c.journal ? encodeMarker(c.journal).length : seen.markerRows);
      // Keep the marker last, after the sheets just added (they go to the end).
      const removed = c.removeSheets.filter((n) => n !== c.markerSheet && has(n)).length;
      if (c.addSheets.length) meta.position = seen.names.size - removed + c.addSheets.length + (has(c.markerSheet) ? 0 : 1) - 1;
    } else if (has(c.markerSheet)) meta.delete();
    await this.sync(ctx);
  }

  private fillProbes: FillProbe[] = [];
  private clearProbes: FillProbe[] = [];
  private ruleProbes: RuleProbe[] = [];
  private readonly cleared = new Set<string>();

  /** Two syncs, loads only: the workbook's sheets and their protection, then what the write must look at. */
  private async check(ctx: Excel.RequestContext): Promise<Seen> {
    const c = this.changes;
    const wb = ctx.workbook;
    const sheets = wb.worksheets;
    sheets.load('items/name,items/visibility,items/id');
    // Structure protection is ExcelApi 1.7; sheet protection 1.2. Without them the facts say "unknown".
    const structure = this.host.isSetSupported('ExcelApi', '1.7') ? wb.protection.load('protected') : null;
    await this.sync(ctx);
    const items = sheets.items;
    const names = new Set(items.map((s) => this.lower(s.name)));
    const has = (name: string): boolean => names.has(this.lower(name));
    const protections = this.host.isSetSupported('ExcelApi', '1.2') ? items.map((s) => s.protection.load('protected')) : null;

    this.ruleProbes = [...c.removeRules, ...c.addRules].filter((r) => has(r.sheet)).map((rule) => {
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
    this.fillProbes = c.fills.filter((f) => has(f.sheet)).map(probe);
    this.clearProbes = c.clearFills.filter((f) => has(f.sheet)).map(probe);
    // The marker sheet is ours and holds column A only: its used range is the record.
    const metaUsed = has(c.markerSheet) ? sheets.getItem(c.markerSheet).getUsedRangeOrNullObject(true) : null;
    metaUsed?.load('values,address,rowCount');
    await this.sync(ctx);

    const formulas = new Set([...c.removeRules, ...c.addRules].map((r) => `=${r.formula}`));
    const ruleIds = new Set<string>();
    const recorded = new Set(c.removeRules);
    for (const { rule, cfs } of this.ruleProbes) {
      for (const cf of cfs.items) if (formulas.has(customFormula(cf) ?? '') || (recorded.has(rule) && isOrphan(cf))) ruleIds.add(cf.id);
    }
    const blankBefore = new Set(this.fillProbes.filter(({ range }) => range.values[0]?.[0] === '' && range.formulas[0]?.[0] === '').map(({ fill }) => cellKey(fill.sheet, fill.cell)));
    const oursBefore = new Set(this.clearProbes.filter(({ fill, range }) => holds(range, fill)).map(({ fill }) => cellKey(fill.sheet, fill.cell)));
    const meta = metaUsed && !metaUsed.isNullObject ? metaUsed : null;
    const facts: HostFacts = {
      sheets: items.map((s, i) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? 'visible', protected: protections ? protections[i]!.protected : null })),
      structureProtected: structure ? structure.protected : null,
      requestLimit: WEB_PAYLOAD_LIMIT,
    };
    return {
      names, ids: new Map(items.map((s) => [this.lower(s.name), s.id])), facts, ruleIds, blankBefore, oursBefore,
      markerText: meta ? columnText(meta) : null,
      markerRows: meta ? addressOrigin(meta.address).row + meta.rowCount : 0,
    };
  }

  /** Queue the removal of our earlier rules and fills (found in the check step). */
  private removeOld(seen: Seen): void {
    const c = this.changes;
    const removeFormulas = new Set(c.removeRules.map((r) => `${r.sheet}\u0000=${r.formula}`));
    const deleted = new Set<string>();
    for (const { rule, cfs } of this.ruleProbes) {
      for (const cf of cfs.items) {
        if (deleted.has(cf.id) || !seen.ruleIds.has(cf.id)) continue;
        if (!isOrphan(cf) && !removeFormulas.has(`${rule.sheet}\u0000${customFormula(cf) ?? ''}`)) continue;
        deleted.add(cf.id);
        cf.delete();
      }
    }
    for (const { fill, range } of this.clearProbes) {
      // Only a cell that still holds exactly our formula is ours to clear; "" clears, null would leave it.
      if (seen.oursBefore.has(cellKey(fill.sheet, fill.cell))) {
        range.formulas = [['']];
        this.cleared.add(cellKey(fill.sheet, fill.cell));
      }
    }
  }

  /** The marker sheet: the one there, or a new one made very hidden at once (before anything is written into it). */
  private markerSheet(ctx: Excel.RequestContext, exists: boolean): Excel.Worksheet {
    const sheets = ctx.workbook.worksheets;
    if (exists || this.changes.marker === null) return sheets.getItem(this.changes.markerSheet);
    const meta = sheets.add(this.changes.markerSheet);
    meta.visibility = 'VeryHidden';
    return meta;
  }

  /** A marker into column A in one assignment: its chunks, then "" over whatever the previous one used below them. */
  private writeMarker(meta: Excel.Worksheet, marker: Marker, previousRows: number): void {
    const chunks = encodeMarker(marker);
    const rows = Math.max(chunks.length, previousRows);
    const target = meta.getRange(`A1:A${rows}`);
    // "@" first: a chunk may begin with "-" or "=" and must stay text.
    target.numberFormat = Array.from({ length: rows }, () => ['@']);
    target.values = Array.from({ length: rows }, (_, i) => [chunks[i] ?? '']);
  }

  /** What is surely in the workbook from the syncs that went through, when it cannot be read back. */
  known(): WriteState {
    const c = this.changes;
    const removedSure = this.committed.has('remove');
    return {
      checked: false,
      sheetsAdded: c.addSheets.filter((s) => this.committed.has(`sheet:${s.name}`)).map((s) => s.name),
      sheetsStarted: [],
      sheetsRemoved: removedSure ? c.removeSheets.filter((n) => n !== c.markerSheet && this.seen?.names.has(this.lower(n))) : [],
      rulesAdded: 0,
      rulesRemoved: 0,
      fillsWritten: 0,
      fillsCleared: removedSure ? this.cleared.size : 0,
      record: removedSure && c.journal ? 'journal' : 'before',
    };
  }

  /** After a failure: read back what this write left (two syncs), and take back an empty marker sheet it made visible. */
  async verify(ctx: Excel.RequestContext): Promise<WriteState> {
    const c = this.changes;
    const seen = this.seen;
    if (!seen) return UNCHANGED;
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility,items/id');
    await this.sync(ctx);
    const now = new Map(sheets.items.map((s) => [this.lower(s.name), s]));
    const idsNow = new Set(sheets.items.map((s) => s.id));
    // A sheet of ours from this write: there now under its name, and not the sheet that had the name before.
    const isNew = (name: string): boolean => {
      const ws = now.get(this.lower(name));
      return ws !== undefined && ws.id !== seen.ids.get(this.lower(name));
    };
    const signatures = (c.marker?.sheets ?? []).filter((s) => c.addSheets.some((a) => a.name === s.name) && isNew(s.name))
      .map((s) => ({ s, range: sheets.getItem(s.name).getRange(s.signatureCell).load('values') }));
    const metaNow = now.get(this.lower(c.markerSheet));
    const metaUsed = metaNow ? sheets.getItem(c.markerSheet).getUsedRangeOrNullObject(true).load('values,address') : null;
    const rules = [...c.removeRules, ...c.addRules].filter((r) => now.has(this.lower(r.sheet))).map((rule) => {
      const cfs = sheets.getItem(rule.sheet).getRange(rule.range).conditionalFormats;
      cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
      return cfs;
    });
    const cells = [...c.fills, ...c.clearFills].filter((f) => now.has(this.lower(f.sheet))).map((fill) => ({ fill, range: sheets.getItem(fill.sheet).getRange(fill.cell).load('values,formulas') }));
    await this.sync(ctx);

    const signed = new Set(signatures.filter(({ s, range }) => String(range.values[0]?.[0] ?? '').includes(s.signature)).map(({ s }) => s.name));
    const addFormulas = new Set(c.addRules.map((r) => `=${r.formula}`));
    const present = new Set<string>();
    for (const cfs of rules) for (const cf of cfs.items) if (addFormulas.has(customFormula(cf) ?? '') || isOrphan(cf) || seen.ruleIds.has(cf.id)) present.add(cf.id);
    const text = metaUsed && !metaUsed.isNullObject ? columnText(metaUsed) : '';
    let record: WriteState['record'] = 'before';
    if (c.journal && text === encodeMarker(c.journal).join('')) record = 'journal';
    else if (c.marker && text === encodeMarker(c.marker).join('')) record = 'final';
    else if (!metaNow && seen.names.has(this.lower(c.markerSheet))) record = 'none';
    // A marker sheet this write had just added and not yet filled: nothing of ours is in it, take it back.
    if (metaNow && !seen.names.has(this.lower(c.markerSheet)) && !text) {
      metaNow.delete();
      await this.sync(ctx);
    }
    const key = (f: OurFill): string => cellKey(f.sheet, f.cell);
    return {
      checked: true,
      sheetsAdded: c.addSheets.filter((s) => signed.has(s.name)).map((s) => s.name),
      sheetsStarted: c.addSheets.filter((s) => !signed.has(s.name) && isNew(s.name)).map((s) => s.name),
      sheetsRemoved: c.removeSheets.filter((n) => n !== c.markerSheet && seen.ids.has(this.lower(n)) && !idsNow.has(seen.ids.get(this.lower(n))!)),
      rulesAdded: [...present].filter((id) => !seen.ruleIds.has(id)).length,
      rulesRemoved: [...seen.ruleIds].filter((id) => !present.has(id)).length,
      fillsWritten: cells.filter(({ fill, range }) => c.fills.includes(fill) && seen.blankBefore.has(key(fill)) && holds(range, fill)).length,
      fillsCleared: cells.filter(({ fill, range }) => c.clearFills.includes(fill) && seen.oursBefore.has(key(fill)) && !holds(range, fill)).length,
      record,
    };
  }
}

/** Column A of a loaded used range as one text (the marker's chunks joined); '' when it does not start in column A. */
function columnText(used: Excel.Range): string {
  if (addressOrigin(used.address).col !== 0) return '';
  return used.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join('');
}

/** Whether a probed cell holds exactly our fill's formula. */
function holds(range: Excel.Range, fill: OurFill): boolean {
  const f: unknown = range.formulas[0]?.[0];
  return isFormula(f, range.values[0]?.[0]) && f === `=${fill.formula}`;
}
