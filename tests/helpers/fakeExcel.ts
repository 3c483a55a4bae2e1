/**
 * A typed in-memory model of the part of the Excel JavaScript API the office adapter calls.
 *
 * Honest where it matters: commands are queued and run at context.sync() in order (a failing command rejects the
 * sync with an OfficeExtension-like error carrying `code`, and the commands before it stay applied); a property is
 * readable only after load + sync (otherwise PropertyNotLoaded); `isNullObject` only after a sync; null in a 2D
 * array leaves a cell, "" clears it; typed input is parsed as Excel parses it ("=…", "+…", "-…", "@…" become
 * formulas, "2567" a number) unless the cell's number format is "@"; formulas are evaluated (a small subset).
 *
 * Every fake class `implements Members<Excel.X, …>`: names and parameter types come from @types/office-js, so a
 * misspelt method fails to compile here, and the adapter itself is compiled against the real types.
 */
import { colName, quoteSheet, rangeA1 } from '../../src/domain/a1';

/** The office-js members K of T as a fake implements them: same names and parameters; proxies returned are fakes. */
type Members<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[P] extends OfficeExtension.ClientObject
      ? object
      : T[P] extends readonly OfficeExtension.ClientObject[]
        ? readonly object[]
        : T[P];
};

// ---------------------------------------------------------------- the model

export type Scalar = string | number | boolean;
export type FakeCell = {
  value?: Scalar;
  /** Formula text with its leading "=". */
  formula?: string;
  numberFormat?: string;
  /** Format properties by path, e.g. "font.bold", "fill.color", "borders.EdgeTop.style", "protection.locked". */
  format: Record<string, unknown>;
};
export type FakeRule = {
  id: string;
  range: string;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
};
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FakeSheet = {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Map<string, FakeCell>;
  merges: string[];
  rules: FakeRule[];
  /** Points, by 0-based column / row. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  page: Record<string, unknown>;
  freeze?: { rows: number; cols: number };
  tabColor?: string;
  /** A protected sheet refuses every change to it (AccessDenied), as Excel does. */
  protected: boolean;
};

export type FakeOptions = {
  /** Highest ExcelApi 1.x minor version the simulated host supports (default 17). */
  excelApi?: number;
  /** The user is editing a cell: every sync fails unless the run asked for delayForCellEdit (ExcelApi 1.11). */
  cellEditMode?: boolean;
  /**
   * Bytes a request and a response may each carry (Excel on the web: 5 MB); 0 = no limit. A request over it is
   * refused whole (RequestPayloadSizeLimitExceeded, nothing applied); a response over it fails the sync
   * (ResponsePayloadSizeLimitExceeded) after its commands ran.
   */
  payloadLimit?: number;
};

/**
 * A fault to inject: the sync numbered `sync` (1-based, as syncCount counts) fails before its command `after`
 * (0 = before any), or the command numbered `op` (0-based over every command this fake applies) fails. The commands
 * before it stay applied, as in Excel, which does not roll back a batch.
 */
export type Fault =
  | { readonly sync: number; readonly after?: number; readonly code?: string }
  | { readonly op: number; readonly code?: string };

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
type Bounds = { r0: number; c0: number; r1: number; c1: number };

/** An error as context.sync() rejects with it: OfficeExtension.Error's shape. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'OfficeExtension.Error';
    this.code = code;
    this.debugInfo = { code, message: detail, errorLocation: detail };
  }
}

const key = (r: number, c: number): string => `${r},${c}`;

// The fake runs in Node and (bundled) in the browser: no Buffer.
const encoder = new TextEncoder();
const utf8Bytes = (s: string): number => encoder.encode(s).length;

function parseCellRef(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(s);
  if (!m?.[1] || !m[2]) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1", "A1:C3", "A:C", "3:5", "$1:$3" → 0-based inclusive bounds. */
export function parseBounds(address: string): Bounds {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [a = '', b = a] = local.split(':');
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    const c0 = parseCellRef(`${a}1`)!.col;
    const c1 = parseCellRef(`${b}1`)!.col;
    return { r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { r0: Number(a) - 1, c0: 0, r1: Number(b) - 1, c1: MAX_COLS - 1 };
  const p = parseCellRef(a);
  const q = parseCellRef(b);
  if (!p || !q) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

const intersects = (a: Bounds, b: Bounds): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** The simulated workbook plus the request log. Build one with `createFakeExcel`. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly options: Required<FakeOptions>;
  /** context.sync() calls (including the implicit one Excel.run makes for commands left queued). */
  syncCount = 0;
  /** The active sheet and selected range, as the user would see them. */
  selection: { sheet: string; address: string } | undefined = undefined;
  /** Every command, in order, as "sync#n Object.member(args)". */
  readonly requests: string[] = [];
  /** Commands per sync. */
  readonly batches: number[] = [];
  /** Whether each run asked for delayForCellEdit. */
  readonly runOptions: (Excel.RunOptions | undefined)[] = [];
  /** Workbook structure protection (Review › Protect Workbook): sheets cannot be added, deleted, renamed, moved, hidden. */
  structureProtected = false;
  /** The next fault to inject (cleared once it fires). */
  fault: Fault | null = null;
  /** Commands applied so far (what `Fault.op` counts). */
  opCount = 0;
  /** Bytes of each request and response, per sync (for the tests of chunking by size). */
  readonly payloads: { request: number; response: number }[] = [];
  /** Turns the bytes of an .xlsx into sheets for insertWorksheetsFromBase64 (the fake cannot read a package itself). */
  readXlsx: ((bytes: Uint8Array) => { name: string; rows: (Scalar | null)[][] }[]) | null = null;
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.options = {
      excelApi: options.excelApi ?? 17,
      cellEditMode: options.cellEditMode ?? false,
      payloadLimit: options.payloadLimit ?? 0,
    };
  }

  /** Office.context.requirements.isSetSupported, for the adapter's OfficeHost. */
  readonly host = {
    isSetSupported: (name: string, version: string): boolean => {
      const minor = Number(version.split('.')[1] ?? '0');
      return name === 'ExcelApi' && version.startsWith('1.') && minor <= this.options.excelApi;
    },
  };

  newId(): string {
    return `{${this.nextId++}}`;
  }

  addSheet(name: string, rows: readonly (readonly (Scalar | null)[])[] = []): FakeSheet {
    checkSheetName(name);
    if (this.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name}`);
    const sheet: FakeSheet = {
      id: this.newId(),
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      rules: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      page: {},
      protected: false,
    };
    // Seed values as stored content (as a user typed them, text kept as text).
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') sheet.cells.set(key(r, c), { value: v, format: {} });
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  /** The value Excel would show at an A1 address (formulas evaluated), or undefined when empty. */
  valueAt(sheet: string, ref: string): Scalar | undefined {
    const p = parseCellRef(ref)!;
    return cellValue(this, this.sheet(sheet), p.row, p.col);
  }

  cellAt(sheet: string, ref: string): FakeCell | undefined {
    const p = parseCellRef(ref)!;
    return this.sheet(sheet).cells.get(key(p.row, p.col));
  }

  /** Excel.run over this model (typed as the real one). */
  get run(): typeof Excel.run {
    return makeRun(this);
  }
}

function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
    throw new FakeOfficeError('InvalidArgument', `sheet name ${name}`);
}

export function createFakeExcel(
  sheets: readonly { name: string; rows: readonly (readonly (Scalar | null)[])[] }[] = [],
  options: FakeOptions = {},
): FakeExcel {
  const fake = new FakeExcel(options);
  for (const s of sheets) fake.addSheet(s.name, s.rows);
  return fake;
}

// ---------------------------------------------------------------- typed input and formulas

/** What a cell becomes when `input` is written to it (values/formulas setters), as Excel parses typed input. */
function writeInput(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return; // null: leave the cell as it is
  delete cell.formula;
  delete cell.value;
  if (input === '') return; // "": clear
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (cell.numberFormat === '@') {
    cell.value = s; // a text cell takes what is typed literally
    return;
  }
  if (/^[=+\-@]/.test(s) && s.length > 1 && !isNumeric(s)) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    return;
  }
  if (isNumeric(s)) cell.value = Number(s);
  else if (/^(true|false)$/i.test(s)) cell.value = s.toUpperCase() === 'TRUE';
  else if (/^-?\d+(\.\d+)?%$/.test(s)) cell.value = Number(s.slice(0, -1)) / 100;
  else cell.value = s;
}

const isNumeric = (s: string): boolean => /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());

/** Values computed while one range's values are loaded (nothing changes meanwhile): formulas over formulas stay linear. */
let memo: Map<string, Scalar | undefined> | null = null;

function cellValue(fake: FakeExcel, sheet: FakeSheet, r: number, c: number, depth = 0): Scalar | undefined {
  const cell = sheet.cells.get(key(r, c));
  if (!cell) return undefined;
  if (cell.formula === undefined) return cell.value;
  const k = `${sheet.id}:${r},${c}`;
  if (memo?.has(k)) return memo.get(k);
  const v = evaluate(fake, sheet, cell.formula.slice(1), depth + 1);
  memo?.set(k, v);
  return v;
}

type Val = Scalar | Scalar[];

/** A small formula evaluator: numbers, "text", refs, ranges, + - * / & comparisons, SUM AVERAGE MIN MAX COUNT AND OR NOT IF ISNUMBER. */
function evaluate(fake: FakeExcel, sheet: FakeSheet, src: string, depth: number): Scalar {
  if (depth > 50) return '#REF!';
  const toks =
    src.match(
      /"[^"]*"|\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?|\d+(\.\d+)?|[A-Z][A-Z0-9.]*(?=\()|<=|>=|<>|[-+*/&(),<>=]|\S/gi,
    ) ?? [];
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const refVals = (ref: string): Scalar[] => {
    const b = parseBounds(ref);
    const out: Scalar[] = [];
    for (let r = b.r0; r <= b.r1; r++)
      for (let c = b.c0; c <= b.c1; c++) {
        const v = cellValue(fake, sheet, r, c, depth);
        if (v !== undefined) out.push(v);
      }
    return out;
  };
  const num = (v: Val): number => {
    const x = Array.isArray(v) ? v[0] : v;
    if (typeof x === 'number') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x === undefined || x === '') return 0;
    if (isNumeric(x)) return Number(x);
    throw new Error('#VALUE!');
  };
  const flat = (args: Val[]): Scalar[] => args.flatMap((a) => (Array.isArray(a) ? a : [a]));
  const nums = (args: Val[]): number[] => flat(args).filter((x): x is number => typeof x === 'number');
  const call = (name: string, args: Val[]): Scalar => {
    switch (name.toUpperCase()) {
      case 'SUM':
        return nums(args).reduce((a, b) => a + b, 0);
      case 'AVERAGE': {
        const n = nums(args);
        if (!n.length) throw new Error('#DIV/0!');
        return n.reduce((a, b) => a + b, 0) / n.length;
      }
      case 'MIN':
        return nums(args).length ? Math.min(...nums(args)) : 0;
      case 'MAX':
        return nums(args).length ? Math.max(...nums(args)) : 0;
      case 'COUNT':
        return nums(args).length;
      case 'AND':
        return flat(args).every((x) => Boolean(x));
      case 'OR':
        return flat(args).some((x) => Boolean(x));
      case 'NOT':
        return !flat(args)[0];
      case 'IF':
        return ((flat([args[0] ?? false])[0] ? args[1] : args[2]) as Scalar) ?? false;
      case 'ISNUMBER':
        return typeof (Array.isArray(args[0]) ? args[0][0] : args[0]) === 'number';
      default:
        throw new Error('#NAME?');
    }
  };
  const primary = (): Val => {
    const t = toks[i++];
    if (t === undefined) throw new Error('#VALUE!');
    if (t === '(') {
      const v = expr();
      i++;
      return v;
    }
    if (t === '-') return -num(primary());
    if (t === '+') return primary();
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^\d/.test(t)) return Number(t);
    if (/^\$?[A-Z]{1,3}\$?\d+:/i.test(t)) return refVals(t);
    if (/^\$?[A-Z]{1,3}\$?\d+$/i.test(t)) return refVals(t)[0] ?? 0;
    if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === 'TRUE';
    if (/^[A-Z]/i.test(t) && peek() === '(') {
      i++;
      const args: Val[] = [];
      while (peek() !== ')' && peek() !== undefined) {
        args.push(expr());
        if (peek() === ',') i++;
      }
      i++;
      return call(t, args);
    }
    throw new Error('#NAME?');
  };
  const term = (): Val => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = toks[i++];
      const w = num(primary());
      if (op === '/' && w === 0) throw new Error('#DIV/0!');
      v = op === '*' ? num(v) * w : num(v) / w;
    }
    return v;
  };
  const sum = (): Val => {
    let v = term();
    while (peek() === '+' || peek() === '-' || peek() === '&') {
      const op = toks[i++];
      const w = term();
      v = op === '&' ? `${String(v)}${String(w)}` : op === '+' ? num(v) + num(w) : num(v) - num(w);
    }
    return v;
  };
  const expr = (): Val => {
    const v = sum();
    const op = peek();
    if (op && ['<', '>', '=', '<=', '>=', '<>'].includes(op)) {
      i++;
      const a = num(v);
      const b = num(sum());
      return { '<': a < b, '>': a > b, '=': a === b, '<=': a <= b, '>=': a >= b, '<>': a !== b }[op as '<'];
    }
    return v;
  };
  try {
    const v = expr();
    if (i < toks.length) return '#NAME?';
    return Array.isArray(v) ? (v[0] ?? 0) : v;
  } catch (e) {
    return e instanceof Error && e.message.startsWith('#') ? e.message : '#VALUE!';
  }
}

// ---------------------------------------------------------------- proxies

type Op = { desc: string; run: () => void; bytes?: number };
type LoadArg = string | string[] | OfficeExtension.LoadOption | undefined;

/** "a, b/c" | ["a"] | { select } → property paths. */
function loadList(names: LoadArg): string[] {
  const raw = typeof names === 'string' || Array.isArray(names) ? names : (names?.select ?? '');
  return (typeof raw === 'string' ? raw.split(',') : raw).map((x) => x.trim()).filter(Boolean);
}

class Ctx implements Members<Excel.RequestContext, 'workbook' | 'sync'> {
  readonly fake: FakeExcel;
  readonly workbook: FakeWorkbookProxy;
  readonly delay: boolean;
  queue: Op[] = [];
  /** Bumped at each sync: proxies created before it may report isNullObject. */
  generation = 0;

  constructor(fake: FakeExcel, delay: boolean) {
    this.fake = fake;
    this.delay = delay;
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queue a command; `bytes` is what it carries in the request (data arrays), default its description's length. */
  enqueue(desc: string, run: () => void, bytes?: number): void {
    this.queue.push({ desc, run, ...(bytes !== undefined ? { bytes } : {}) });
  }

  /** Bytes the current sync's loads put into the response (Proxy.loadProps adds to it). */
  response = 0;

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const fake = this.fake;
    fake.syncCount++;
    fake.batches.push(ops.length);
    const n = fake.syncCount;
    await Promise.resolve();
    if (fake.options.cellEditMode && !this.delay)
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'cell edit mode');
    const request = ops.reduce((b, op) => b + (op.bytes ?? op.desc.length) + 16, 0);
    this.response = 0;
    fake.payloads.push({ request, response: 0 });
    const limit = fake.options.payloadLimit;
    if (limit && request > limit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    ops.forEach((op, k) => {
      const f = fake.fault;
      if (f && ('op' in f ? f.op === fake.opCount : f.sync === n && (f.after ?? 0) === k)) {
        fake.fault = null;
        throw new FakeOfficeError(f.code ?? 'GeneralException', `injected fault before ${op.desc}`);
      }
      fake.requests.push(`sync#${n} ${op.desc}`);
      fake.opCount++;
      op.run();
    });
    fake.payloads[fake.payloads.length - 1]!.response = this.response;
    if (limit && this.response > limit)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${this.response} bytes`);
    this.generation++;
  }
}

type Batch<T> = (ctx: Excel.RequestContext) => Promise<T>;

function makeRun(fake: FakeExcel): typeof Excel.run {
  function run<T>(batch: Batch<T>): Promise<T>;
  function run<T>(object: OfficeExtension.ClientObject, batch: Batch<T>): Promise<T>;
  function run<T>(objects: OfficeExtension.ClientObject[], batch: Batch<T>): Promise<T>;
  function run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  function run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
  async function run<T>(a: unknown, b?: Batch<T>): Promise<T> {
    const batch = (b ?? a) as Batch<T>;
    const options = b ? (a as Excel.RunOptions) : undefined;
    fake.runOptions.push(options);
    // delayForCellEdit exists from ExcelApi 1.11; an older host ignores it.
    const delay = Boolean(options?.delayForCellEdit) && fake.options.excelApi >= 11;
    const ctx = new Ctx(fake, delay);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch returns.
    if (ctx.queue.length) await ctx.sync();
    return result;
  }
  return run;
}

/** Base of every proxy: loaded properties, PropertyNotLoaded on an unloaded read. */
abstract class Proxy {
  readonly ctx: Ctx;
  protected readonly loaded = new Map<string, unknown>();
  private readonly born: number;
  private nullResolved: boolean | undefined;

  constructor(ctx: Ctx) {
    this.ctx = ctx;
    this.born = ctx.generation;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new FakeOfficeError('PropertyNotLoaded', `${this.constructor.name}.${prop} read before load + sync`);
    return this.loaded.get(prop) as T;
  }

  /** Properties this proxy can load, read at sync time from the model. */
  protected abstract snapshot(prop: string): unknown;

  /** Resolve (at sync) whether the object exists; null objects answer isNullObject. */
  protected exists(): boolean {
    return true;
  }

  protected loadProps(names: LoadArg, desc: string): void {
    const list = loadList(names);
    this.ctx.enqueue(`${desc}.load(${list.join(',')})`, () => {
      if (!this.exists()) return;
      for (const p of list) {
        const v = this.snapshot(p);
        // What the response carries: 2D arrays as JSON (Thai text is 3 bytes a character in UTF-8).
        if (Array.isArray(v) && Array.isArray(v[0])) this.ctx.response += utf8Bytes(JSON.stringify(v));
        this.loaded.set(p, v);
      }
    });
  }

  /** Queue the existence check (the real host resolves each proxy's path within the batch). */
  protected trackNull(desc: string): void {
    this.ctx.enqueue(`${desc} (resolve)`, () => {
      this.nullResolved = !this.exists();
    });
  }

  get isNullObject(): boolean {
    if (this.ctx.generation <= this.born || this.nullResolved === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', `${this.constructor.name}.isNullObject read before sync`);
    }
    return this.nullResolved;
  }
}

class FakeWorkbookProxy implements Members<Excel.Workbook, 'worksheets' | 'protection' | 'insertWorksheetsFromBase64'> {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  private readonly ctx: Ctx;
  constructor(ctx: Ctx) {
    this.ctx = ctx;
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }

  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): { value: string[] } {
    const result = { value: [] as string[] };
    this.ctx.enqueue(
      'Workbook.insertWorksheetsFromBase64()',
      () => {
        const fake = this.ctx.fake;
        if (fake.options.excelApi < 13)
          throw new FakeOfficeError('ApiNotFound', 'insertWorksheetsFromBase64 needs ExcelApi 1.13');
        if (fake.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
        if (!fake.readXlsx) throw new FakeOfficeError('InvalidArgument', 'fake: set readXlsx to insert a workbook');
        if (options?.positionType && options.positionType !== 'End')
          throw new FakeOfficeError('InvalidArgument', 'fake: only positionType End');
        for (const s of fake.readXlsx(Uint8Array.from(atob(base64File), (c) => c.charCodeAt(0)))) {
          // Excel gives an inserted sheet whose name is taken a numbered name.
          let name = s.name;
          for (let k = 2; fake.find(name); k++) name = `${s.name} (${k})`;
          result.value.push(fake.addSheet(name, s.rows).id);
        }
      },
      base64File.length,
    );
    return result;
  }
}

class FakeWorkbookProtection extends Proxy implements Members<Excel.WorkbookProtection, 'protected' | 'load'> {
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return this.ctx.fake.structureProtected;
    throw new FakeOfficeError('InvalidArgument', `fake WorkbookProtection cannot load ${prop}`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  load(names?: LoadArg): this {
    if (this.ctx.fake.options.excelApi < 7)
      throw new FakeOfficeError('ApiNotFound', 'WorkbookProtection needs ExcelApi 1.7');
    this.loadProps(names, 'WorkbookProtection');
    return this;
  }
}

class FakeWorksheetProtection extends Proxy implements Members<Excel.WorksheetProtection, 'protected' | 'load'> {
  private readonly ws: FakeWorksheet;
  constructor(ctx: Ctx, ws: FakeWorksheet) {
    super(ctx);
    this.ws = ws;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return this.ws.resolve().protected;
    throw new FakeOfficeError('InvalidArgument', `fake WorksheetProtection cannot load ${prop}`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  load(names?: LoadArg): this {
    this.loadProps(names, 'WorksheetProtection');
    return this;
  }
}

/** Structure changes refuse while the workbook structure is protected (AccessDenied, as Excel). */
function structural(fake: FakeExcel, what: string): void {
  if (fake.structureProtected) throw new FakeOfficeError('AccessDenied', `workbook structure is protected: ${what}`);
}

class FakeWorksheetCollection
  extends Proxy
  implements Members<Excel.WorksheetCollection, 'items' | 'load' | 'add' | 'getItem' | 'getItemOrNullObject'>
{
  private itemProps: string[] = [];

  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  protected snapshot(): unknown {
    return this.ctx.fake.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s);
      ws.fill(this.itemProps);
      return ws;
    });
  }

  load(names?: LoadArg): this {
    const list = loadList(names);
    this.itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    this.loadProps('items', 'Worksheets');
    return this;
  }

  add(name?: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `sheet being added: ${name}`);
      return sheet;
    });
    this.ctx.enqueue(`Worksheets.add(${name})`, () => {
      structural(this.ctx.fake, 'add');
      sheet = this.ctx.fake.addSheet(name ?? `Sheet${this.ctx.fake.sheets.length + 1}`);
    });
    return ws;
  }

  getItem(key: string): FakeWorksheet {
    let bound: FakeSheet | undefined;
    return new FakeWorksheet(this.ctx, () => {
      // Excel takes a sheet's name or its id.
      bound ??= this.ctx.fake.find(key) ?? this.ctx.fake.sheets.find((s) => s.id === key);
      if (!bound || !this.ctx.fake.sheets.includes(bound)) throw new FakeOfficeError('ItemNotFound', `sheet ${key}`);
      return bound;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(
      this.ctx,
      () => {
        const s = this.ctx.fake.find(key);
        if (!s) throw new FakeOfficeError('ItemNotFound', `null object ${key}: commands on a null object fail`);
        return s;
      },
      () => this.ctx.fake.find(key) !== undefined,
    );
    ws.track(`Worksheets.getItemOrNullObject(${key})`);
    return ws;
  }
}

class FakeWorksheet
  extends Proxy
  implements
    Members<
      Excel.Worksheet,
      | 'name'
      | 'visibility'
      | 'position'
      | 'tabColor'
      | 'id'
      | 'load'
      | 'delete'
      | 'getRange'
      | 'getRangeByIndexes'
      | 'getUsedRangeOrNullObject'
      | 'freezePanes'
      | 'pageLayout'
      | 'activate'
      | 'protection'
      | 'charts'
      | 'horizontalPageBreaks'
    >
{
  readonly resolve: () => FakeSheet;
  private readonly present: () => boolean;

  constructor(ctx: Ctx, resolve: () => FakeSheet, present?: () => boolean) {
    super(ctx);
    this.resolve = resolve;
    this.present = present ?? (() => true);
  }

  protected override exists(): boolean {
    return this.present();
  }

  track(desc: string): void {
    this.trackNull(desc);
  }

  /** Items of a loaded collection arrive with their properties. */
  fill(props: readonly string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }

  protected snapshot(prop: string): unknown {
    const s = this.resolve();
    switch (prop) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.ctx.fake.sheets.indexOf(s);
      case 'tabColor':
        return s.tabColor ?? '';
      case 'id':
        return s.id;
      default:
        throw new FakeOfficeError('InvalidArgument', `fake Worksheet cannot load ${prop}`);
    }
  }

  private set(prop: string, apply: (s: FakeSheet) => void): void {
    this.ctx.enqueue(`Worksheet.${prop}=`, () => apply(this.resolve()));
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', (s) => {
      structural(this.ctx.fake, 'rename');
      checkSheetName(v);
      if (this.ctx.fake.find(v) && this.ctx.fake.find(v) !== s) throw new FakeOfficeError('ItemAlreadyExists', v);
      s.name = v;
    });
  }
  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(v: Excel.SheetVisibility | Visibility) {
    this.set('visibility', (s) => {
      structural(this.ctx.fake, 'visibility');
      s.visibility = v as Visibility;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(v: number) {
    this.set('position', (s) => {
      structural(this.ctx.fake, 'move');
      const all = this.ctx.fake.sheets;
      if (v < 0 || v >= all.length) throw new FakeOfficeError('InvalidArgument', `position ${v}`);
      all.splice(all.indexOf(s), 1);
      all.splice(v, 0, s);
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(v: string) {
    this.set('tabColor', (s) => {
      s.tabColor = v;
    });
  }

  load(names?: LoadArg): this {
    this.loadProps(names, 'Worksheet');
    return this;
  }

  activate(): void {
    this.ctx.enqueue('Worksheet.activate()', () => {
      const s = this.resolve();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      this.ctx.fake.selection = { sheet: s.name, address: this.ctx.fake.selection?.address ?? 'A1' };
    });
  }

  delete(): void {
    this.ctx.enqueue('Worksheet.delete()', () => {
      structural(this.ctx.fake, 'delete');
      const s = this.resolve();
      const all = this.ctx.fake.sheets;
      if (!all.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
      all.splice(all.indexOf(s), 1);
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      throw new FakeOfficeError('InvalidArgument', 'fake: getRange() without address is not modelled');
    return new FakeRange(this.ctx, this, () => parseBounds(address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const used = (): Bounds | null => {
      let b: Bounds | null = null;
      for (const [k, cell] of this.resolve().cells) {
        const content = cell.value !== undefined || cell.formula !== undefined;
        if (!content && (valuesOnly || Object.keys(cell.format).length === 0)) continue;
        const [r = 0, c = 0] = k.split(',').map(Number);
        b = b
          ? { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }
      return b;
    };
    const range = new FakeRange(
      this.ctx,
      this,
      () => {
        const b = used();
        if (!b) throw new FakeOfficeError('ItemNotFound', 'null used range');
        return b;
      },
      () => used() !== null,
    );
    range.track('Worksheet.getUsedRangeOrNullObject');
    return range;
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.ctx, this);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.ctx, this);
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.ctx, this);
  }

  // Charts and page breaks (issue 8): modelled below in "charts, page breaks, headers and footers, hyperlinks".
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.ctx, this);
  }
}

function writable(s: FakeSheet): FakeSheet {
  if (s.protected) throw new FakeOfficeError('AccessDenied', `sheet ${s.name} is protected`);
  return s;
}

class FakeRange
  extends Proxy
  implements
    Members<
      Excel.Range,
      | 'address'
      | 'rowCount'
      | 'columnCount'
      | 'values'
      | 'formulas'
      | 'numberFormat'
      | 'load'
      | 'merge'
      | 'clear'
      | 'format'
      | 'conditionalFormats'
      | 'select'
      | 'hyperlink'
    >
{
  readonly ws: FakeWorksheet;
  readonly bounds: () => Bounds;
  private readonly present: () => boolean;

  constructor(ctx: Ctx, ws: FakeWorksheet, bounds: () => Bounds, present?: () => boolean) {
    super(ctx);
    this.ws = ws;
    this.bounds = bounds;
    this.present = present ?? (() => true);
  }

  protected override exists(): boolean {
    return this.present();
  }

  track(desc: string): void {
    this.trackNull(desc);
  }

  /** Bounded to what a 2D read can hold; whole columns/rows are too large to load (as in Excel). */
  private grid<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const b = this.bounds();
    const cells = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
    if (cells > 5_000_000) throw new FakeOfficeError('RangeExceedsLimit', `${cells} cells`);
    const s = this.ws.resolve();
    return Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) =>
      Array.from({ length: b.c1 - b.c0 + 1 }, (_, j) => f(s.cells.get(key(b.r0 + i, b.c0 + j)), b.r0 + i, b.c0 + j)),
    );
  }

  protected snapshot(prop: string): unknown {
    const b = this.bounds();
    const s = this.ws.resolve();
    switch (prop) {
      case 'address':
        return `${quoteSheet(s.name)}!${rangeA1(b.r0, b.c0, b.r1, b.c1)}`;
      case 'rowCount':
        return b.r1 - b.r0 + 1;
      case 'columnCount':
        return b.c1 - b.c0 + 1;
      case 'values': {
        memo = new Map();
        try {
          return this.grid((_, r, c) => cellValue(this.ctx.fake, s, r, c) ?? '');
        } finally {
          memo = null;
        }
      }
      // A constant reads back as itself (text "=x" in a text cell too, as in Excel); a formula as "=…".
      case 'formulas':
        return this.grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'numberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      default:
        throw new FakeOfficeError('InvalidArgument', `fake Range cannot load ${prop}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.write2d('values', v, writeInput);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write2d('formulas', v, writeInput);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write2d('numberFormat', v, (cell, x) => {
      if (x !== null && x !== undefined) cell.numberFormat = String(x);
    });
  }

  private write2d(prop: string, v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    // Copy now: the caller may reuse its array before the sync, the real proxy serialises at assignment.
    const data = v.map((row) => [...row]);
    const json = JSON.stringify(data);
    this.ctx.enqueue(
      `Range.${prop}=${json.slice(0, 60)}`,
      () => {
        const b = this.bounds();
        const s = writable(this.ws.resolve());
        const rows = b.r1 - b.r0 + 1;
        const cols = b.c1 - b.c0 + 1;
        if (data.length !== rows || data.some((row) => row.length !== cols)) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `${prop}: ${data.length}×${data[0]?.length ?? 0} array for a ${rows}×${cols} range`,
          );
        }
        data.forEach((row, i) =>
          row.forEach((x, j) => {
            const k = key(b.r0 + i, b.c0 + j);
            const cell = s.cells.get(k) ?? { format: {} };
            apply(cell, x);
            s.cells.set(k, cell);
          }),
        );
      },
      utf8Bytes(json),
    );
  }

  load(names?: LoadArg): this {
    this.loadProps(names, 'Range');
    return this;
  }

  select(): void {
    this.ctx.enqueue('Range.select()', () => {
      const b = this.bounds();
      this.ctx.fake.selection = { sheet: this.ws.resolve().name, address: rangeA1(b.r0, b.c0, b.r1, b.c1) };
    });
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(`Range.merge(${String(across)})`, () => {
      const b = this.bounds();
      const s = writable(this.ws.resolve());
      if (s.merges.some((m) => intersects(parseBounds(m), b)))
        throw new FakeOfficeError('MergedRangeConflict', rangeA1(b.r0, b.c0, b.r1, b.c1));
      s.merges.push(rangeA1(b.r0, b.c0, b.r1, b.c1));
    });
  }

  clear(
    applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents',
  ): void {
    this.ctx.enqueue(`Range.clear(${applyTo ?? 'All'})`, () => {
      const b = this.bounds();
      const s = writable(this.ws.resolve());
      for (const [k, cell] of [...s.cells]) {
        const [r = 0, c = 0] = k.split(',').map(Number);
        if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
        if (applyTo === 'Contents') {
          delete cell.value;
          delete cell.formula;
        } else s.cells.delete(k);
      }
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  get hyperlink(): Excel.RangeHyperlink {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: reading a hyperlink back is not modelled');
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    setHyperlink(this, v);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this);
  }

  /** Run `f` on every cell of the range (bounded ranges) when the batch runs. */
  eachCell(desc: string, f: (cell: FakeCell) => void): void {
    this.ctx.enqueue(desc, () => {
      const b = this.bounds();
      const s = writable(this.ws.resolve());
      const whole = b.r1 - b.r0 + 1 >= MAX_ROWS || b.c1 - b.c0 + 1 >= MAX_COLS;
      if (whole) {
        // Whole rows/columns: only cells that exist (the model stores no defaults).
        for (const [k, cell] of s.cells) {
          const [r = 0, c = 0] = k.split(',').map(Number);
          if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) f(cell);
        }
        return;
      }
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          const k = key(r, c);
          const cell = s.cells.get(k) ?? { format: {} };
          f(cell);
          s.cells.set(k, cell);
        }
    });
  }
}

/** A format part that writes `path` on every cell of its range; reading formats back is not modelled. */
abstract class FormatPart {
  protected readonly range: FakeRange;
  protected readonly path: string;
  constructor(range: FakeRange, path: string) {
    this.range = range;
    this.path = path;
  }
  protected put(prop: string, v: unknown): void {
    const p = `${this.path}${prop}`;
    this.range.eachCell(`Range.format.${p}=${String(v)}`, (cell) => {
      cell.format[p] = v;
    });
  }
  protected unreadable(prop: string): never {
    throw new FakeOfficeError('PropertyNotLoaded', `fake: reading format ${this.path}${prop} is not modelled`);
  }
}

class FakeRangeFormat
  extends FormatPart
  implements
    Members<
      Excel.RangeFormat,
      | 'font'
      | 'fill'
      | 'borders'
      | 'protection'
      | 'horizontalAlignment'
      | 'verticalAlignment'
      | 'wrapText'
      | 'columnWidth'
      | 'rowHeight'
    >
{
  constructor(range: FakeRange) {
    super(range, '');
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.range, 'font.');
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.range, 'fill.');
  }
  get borders(): FakeBorders {
    return new FakeBorders(this.range);
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.range, 'protection.');
  }
  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.unreadable('horizontalAlignment');
  }
  set horizontalAlignment(
    v:
      | Excel.HorizontalAlignment
      | 'General'
      | 'Left'
      | 'Center'
      | 'Right'
      | 'Fill'
      | 'Justify'
      | 'CenterAcrossSelection'
      | 'Distributed',
  ) {
    this.put('horizontalAlignment', v);
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.unreadable('verticalAlignment');
  }
  set verticalAlignment(v: Excel.VerticalAlignment | 'Center' | 'Bottom' | 'Top' | 'Justify' | 'Distributed') {
    this.put('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.unreadable('wrapText');
  }
  set wrapText(v: boolean) {
    this.put('wrapText', v);
  }
  get columnWidth(): number {
    return this.unreadable('columnWidth');
  }
  set columnWidth(v: number) {
    const r = this.range;
    r.ctx.enqueue(`Range.format.columnWidth=${v}`, () => {
      const b = r.bounds();
      const s = writable(r.ws.resolve());
      for (let c = b.c0; c <= b.c1; c++) s.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.unreadable('rowHeight');
  }
  set rowHeight(v: number) {
    const r = this.range;
    r.ctx.enqueue(`Range.format.rowHeight=${v}`, () => {
      const b = r.bounds();
      const s = writable(r.ws.resolve());
      for (let i = b.r0; i <= b.r1; i++) s.rowHeights.set(i, v);
    });
  }
}

class FakeRangeFont
  extends FormatPart
  implements Members<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'underline' | 'color'>
{
  get name(): string {
    return this.unreadable('name');
  }
  set name(v: string) {
    this.put('name', v);
  }
  get size(): number {
    return this.unreadable('size');
  }
  set size(v: number) {
    this.put('size', v);
  }
  get bold(): boolean {
    return this.unreadable('bold');
  }
  set bold(v: boolean) {
    this.put('bold', v);
  }
  get italic(): boolean {
    return this.unreadable('italic');
  }
  set italic(v: boolean) {
    this.put('italic', v);
  }
  get underline(): Excel.RangeUnderlineStyle {
    return this.unreadable('underline');
  }
  set underline(v: Excel.RangeUnderlineStyle | 'None' | 'Single' | 'Double' | 'SingleAccountant' | 'DoubleAccountant') {
    this.put('underline', v);
  }
  get color(): string {
    return this.unreadable('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
}

class FakeRangeFill extends FormatPart implements Members<Excel.RangeFill, 'color'> {
  get color(): string {
    return this.unreadable('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
}

class FakeProtection extends FormatPart implements Members<Excel.FormatProtection, 'locked'> {
  get locked(): boolean {
    return this.unreadable('locked');
  }
  set locked(v: boolean) {
    this.put('locked', v);
  }
}

class FakeBorders implements Members<Excel.RangeBorderCollection, 'getItem'> {
  private readonly range: FakeRange;
  constructor(range: FakeRange) {
    this.range = range;
  }
  getItem(
    index:
      | Excel.BorderIndex
      | 'EdgeTop'
      | 'EdgeBottom'
      | 'EdgeLeft'
      | 'EdgeRight'
      | 'InsideVertical'
      | 'InsideHorizontal'
      | 'DiagonalDown'
      | 'DiagonalUp',
  ): FakeBorder {
    return new FakeBorder(this.range, `borders.${index}.`);
  }
}

class FakeBorder extends FormatPart implements Members<Excel.RangeBorder, 'style' | 'weight' | 'color'> {
  get style(): Excel.BorderLineStyle {
    return this.unreadable('style');
  }
  set style(
    v:
      | Excel.BorderLineStyle
      | 'None'
      | 'Continuous'
      | 'Dash'
      | 'DashDot'
      | 'DashDotDot'
      | 'Dot'
      | 'Double'
      | 'SlantDashDot',
  ) {
    this.put('style', v);
  }
  get weight(): Excel.BorderWeight {
    return this.unreadable('weight');
  }
  set weight(v: Excel.BorderWeight | 'Hairline' | 'Thin' | 'Medium' | 'Thick') {
    this.put('weight', v);
  }
  get color(): string {
    return this.unreadable('color');
  }
  set color(v: string) {
    this.put('color', v);
  }
}

// ---------------------------------------------------------------- conditional formats

class FakeConditionalFormatCollection
  extends Proxy
  implements Members<Excel.ConditionalFormatCollection, 'items' | 'load' | 'add'>
{
  private readonly range: FakeRange;
  private itemProps: string[] = [];
  constructor(ctx: Ctx, range: FakeRange) {
    super(ctx);
    this.range = range;
  }

  get items(): FakeConditionalFormat[] {
    return this.read('items');
  }

  protected snapshot(): unknown {
    const b = this.range.bounds();
    const s = this.range.ws.resolve();
    // The collection of a range holds the rules that intersect it.
    return s.rules
      .filter((r) => intersects(parseBounds(r.range), b))
      .map((rule) => {
        const cf = new FakeConditionalFormat(this.ctx, s, () => rule);
        cf.fill(this.itemProps);
        return cf;
      });
  }

  load(names?: LoadArg): this {
    const list = loadList(names);
    this.itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    this.loadProps('items', 'ConditionalFormats');
    return this;
  }

  add(
    type:
      | Excel.ConditionalFormatType
      | 'Custom'
      | 'DataBar'
      | 'ColorScale'
      | 'IconSet'
      | 'TopBottom'
      | 'PresetCriteria'
      | 'ContainsText'
      | 'CellValue',
  ): FakeConditionalFormat {
    let rule: FakeRule | undefined;
    const sheet = (): FakeSheet => this.range.ws.resolve();
    const cf = new FakeConditionalFormat(
      this.ctx,
      undefined,
      () => {
        if (!rule) throw new FakeOfficeError('ItemNotFound', 'conditional format not added yet');
        return rule;
      },
      sheet,
    );
    this.ctx.enqueue(`ConditionalFormats.add(${type})`, () => {
      const b = this.range.bounds();
      const s = writable(sheet());
      rule = { id: this.ctx.fake.newId(), range: rangeA1(b.r0, b.c0, b.r1, b.c1), type };
      s.rules.push(rule);
    });
    return cf;
  }
}

class FakeConditionalFormat
  extends Proxy
  implements Members<Excel.ConditionalFormat, 'id' | 'type' | 'custom' | 'customOrNullObject' | 'delete'>
{
  private readonly rule: () => FakeRule;
  private readonly sheetOf: () => FakeSheet;
  constructor(ctx: Ctx, sheet: FakeSheet | undefined, rule: () => FakeRule, sheetOf?: () => FakeSheet) {
    super(ctx);
    this.rule = rule;
    this.sheetOf = sheetOf ?? (() => sheet!);
  }

  fill(props: readonly string[]): void {
    for (const p of props) {
      if (p.startsWith('customOrNullObject/')) this.customOrNullObject.fill(p.slice('customOrNullObject/'.length));
      else this.loaded.set(p, this.snapshot(p));
    }
  }

  protected snapshot(prop: string): unknown {
    const r = this.rule();
    if (prop === 'id') return r.id;
    if (prop === 'type') return r.type;
    throw new FakeOfficeError('InvalidArgument', `fake ConditionalFormat cannot load ${prop}`);
  }

  get id(): string {
    return this.read('id');
  }
  get type(): Excel.ConditionalFormatType {
    return this.read('type');
  }

  private customCache: FakeCustomConditionalFormat | undefined;
  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(
      this.ctx,
      () => {
        const r = this.rule();
        if (r.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'custom of a non-custom rule');
        return r;
      },
      () => writable(this.sheetOf()),
      true,
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    this.customCache ??= new FakeCustomConditionalFormat(
      this.ctx,
      () => this.rule(),
      () => writable(this.sheetOf()),
      false,
    );
    return this.customCache;
  }

  delete(): void {
    this.ctx.enqueue('ConditionalFormat.delete()', () => {
      const r = this.rule();
      const s = writable(this.sheetOf());
      const i = s.rules.indexOf(r);
      if (i < 0) throw new FakeOfficeError('ItemNotFound', `rule ${r.id} already deleted`);
      s.rules.splice(i, 1);
    });
  }
}

class FakeCustomConditionalFormat extends Proxy implements Members<Excel.CustomConditionalFormat, 'rule' | 'format'> {
  readonly ruleOf: () => FakeRule;
  readonly sheetOf: () => FakeSheet;
  private readonly always: boolean;
  private ruleProxy: FakeConditionalFormatRule | undefined;
  constructor(ctx: Ctx, rule: () => FakeRule, sheet: () => FakeSheet, always: boolean) {
    super(ctx);
    this.ruleOf = rule;
    this.sheetOf = sheet;
    this.always = always;
  }
  protected override exists(): boolean {
    return this.always || this.ruleOf().type === 'Custom';
  }
  protected snapshot(prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `fake CustomConditionalFormat cannot load ${prop}`);
  }
  /** Loaded as part of a collection: "rule/formula". */
  fill(path: string): void {
    this.forceNull(!this.exists());
    if (path === 'rule/formula' && this.exists()) this.rule.set('formula', this.ruleOf().formula ?? '');
  }
  private forceNull(isNull: boolean): void {
    Object.defineProperty(this, 'isNullObject', { value: isNull, configurable: true });
  }
  get rule(): FakeConditionalFormatRule {
    this.ruleProxy ??= new FakeConditionalFormatRule(this);
    return this.ruleProxy;
  }
  get format(): FakeConditionalRangeFormat {
    return new FakeConditionalRangeFormat(this);
  }
}

class FakeConditionalFormatRule implements Members<Excel.ConditionalFormatRule, 'formula'> {
  private readonly owner: FakeCustomConditionalFormat;
  private readonly values = new Map<string, unknown>();
  constructor(owner: FakeCustomConditionalFormat) {
    this.owner = owner;
  }
  set(prop: string, v: unknown): void {
    this.values.set(prop, v);
  }
  get formula(): string {
    if (!this.values.has('formula'))
      throw new FakeOfficeError('PropertyNotLoaded', 'ConditionalFormatRule.formula read before load + sync');
    return String(this.values.get('formula'));
  }
  set formula(v: string) {
    this.owner.ctx.enqueue(`ConditionalFormat.custom.rule.formula=${v}`, () => {
      writable(this.owner.sheetOf());
      this.owner.ruleOf().formula = v;
    });
  }
}

class FakeConditionalRangeFormat implements Members<Excel.ConditionalRangeFormat, 'fill' | 'font'> {
  private readonly owner: FakeCustomConditionalFormat;
  constructor(owner: FakeCustomConditionalFormat) {
    this.owner = owner;
  }
  private put(desc: string, f: (r: FakeRule) => void): void {
    this.owner.ctx.enqueue(`ConditionalFormat.custom.format.${desc}`, () => {
      writable(this.owner.sheetOf());
      f(this.owner.ruleOf());
    });
  }
  get fill(): Members<Excel.ConditionalRangeFill, 'color'> {
    const put = this.put.bind(this);
    return {
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: CF fill colour is write-only');
      },
      set color(v: string) {
        put(`fill.color=${v}`, (r) => {
          r.fill = v;
        });
      },
    };
  }
  get font(): Members<Excel.ConditionalRangeFont, 'color' | 'bold'> {
    const put = this.put.bind(this);
    return {
      get color(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: CF font is write-only');
      },
      set color(v: string) {
        put(`font.color=${v}`, (r) => {
          r.fontColor = v;
        });
      },
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'fake: CF font is write-only');
      },
      set bold(v: boolean) {
        put(`font.bold=${String(v)}`, (r) => {
          r.bold = v;
        });
      },
    };
  }
}

// ---------------------------------------------------------------- page layout, freeze panes

class FakePageLayout implements Members<
  Excel.PageLayout,
  | 'orientation'
  | 'paperSize'
  | 'zoom'
  | 'leftMargin'
  | 'rightMargin'
  | 'topMargin'
  | 'bottomMargin'
  | 'setPrintTitleRows'
  | 'setPrintArea'
  | 'firstPageNumber'
  | 'centerHorizontally'
  | 'headersFooters'
> {
  private readonly ctx: Ctx;
  private readonly ws: FakeWorksheet;
  constructor(ctx: Ctx, ws: FakeWorksheet) {
    this.ctx = ctx;
    this.ws = ws;
  }
  private put(prop: string, v: unknown): void {
    this.ctx.enqueue(`PageLayout.${prop}=${JSON.stringify(v)}`, () => {
      if (this.ctx.fake.options.excelApi < 9) throw new FakeOfficeError('ApiNotFound', 'PageLayout needs ExcelApi 1.9');
      writable(this.ws.resolve()).page[prop] = v;
    });
  }
  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: page layout is write-only');
  }
  get orientation(): Excel.PageOrientation {
    return this.unreadable();
  }
  set orientation(v: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.put('orientation', v);
  }
  get paperSize(): Excel.PaperType {
    return this.unreadable();
  }
  set paperSize(v: Excel.PaperType | 'A4' | 'Letter') {
    this.put('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.unreadable();
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.put('zoom', v);
  }
  get leftMargin(): number {
    return this.unreadable();
  }
  set leftMargin(v: number) {
    this.put('leftMargin', v);
  }
  get rightMargin(): number {
    return this.unreadable();
  }
  set rightMargin(v: number) {
    this.put('rightMargin', v);
  }
  get topMargin(): number {
    return this.unreadable();
  }
  set topMargin(v: number) {
    this.put('topMargin', v);
  }
  get bottomMargin(): number {
    return this.unreadable();
  }
  set bottomMargin(v: number) {
    this.put('bottomMargin', v);
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    if (typeof printArea !== 'string')
      throw new FakeOfficeError('InvalidArgument', 'fake: pass the print area as "A1:D40"');
    parseBounds(printArea);
    this.put('printArea', printArea);
  }
  get firstPageNumber(): number | '' {
    return this.unreadable();
  }
  set firstPageNumber(v: number | '') {
    this.put('firstPageNumber', v);
  }
  get centerHorizontally(): boolean {
    return this.unreadable();
  }
  set centerHorizontally(v: boolean) {
    this.put('centerHorizontally', v);
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup((prop, v) => this.put(prop, v));
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    if (typeof printTitleRows !== 'string')
      throw new FakeOfficeError('InvalidArgument', 'fake: pass the rows as "$1:$3"');
    this.put('printTitleRows', printTitleRows);
  }
}

class FakeFreezePanes implements Members<Excel.WorksheetFreezePanes, 'freezeAt' | 'freezeRows' | 'freezeColumns'> {
  private readonly ctx: Ctx;
  private readonly ws: FakeWorksheet;
  constructor(ctx: Ctx, ws: FakeWorksheet) {
    this.ctx = ctx;
    this.ws = ws;
  }
  private put(desc: string, f: (s: FakeSheet) => void): void {
    this.ctx.enqueue(`FreezePanes.${desc}`, () => f(this.ws.resolve()));
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    const bounds =
      typeof frozenRange === 'string' ? () => parseBounds(frozenRange) : (frozenRange as unknown as FakeRange).bounds;
    this.put('freezeAt', (s) => {
      const b = bounds();
      s.freeze = { rows: b.r1 + 1, cols: b.c1 + 1 };
    });
  }
  freezeRows(count?: number): void {
    this.put(`freezeRows(${count})`, (s) => {
      s.freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.put(`freezeColumns(${count})`, (s) => {
      s.freeze = { rows: 0, cols: count ?? 1 };
    });
  }
}

/** A1 of a 0-based column, re-exported for tests reading widths by letter. */
export const columnLetter = colName;

/**
 * Everything the model holds about the workbook, as plain data in a stable form, for comparing two states cell for
 * cell: sheets in order with their cells (a cell with nothing in it, no value, formula, number format or format, is
 * the same as no cell), rules, merges, widths, heights, page setup, freeze panes, tab colour, protection.
 */
const MODEL_KEYS = new Set([
  'id',
  'name',
  'visibility',
  'protected',
  'cells',
  'merges',
  'rules',
  'columnWidths',
  'rowHeights',
  'page',
  'freeze',
  'tabColor',
]);

export function modelOf(fake: FakeExcel): unknown {
  return {
    structureProtected: fake.structureProtected,
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells.entries()]
        .filter(
          ([, c]) =>
            c.value !== undefined ||
            c.formula !== undefined ||
            c.numberFormat !== undefined ||
            Object.keys(c.format).length > 0,
        )
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([k, c]) => [k, { value: c.value, formula: c.formula, numberFormat: c.numberFormat, format: c.format }]),
      merges: [...s.merges].sort(),
      rules: s.rules.map(({ id: _id, ...r }) => r),
      columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      page: s.page,
      freeze: s.freeze,
      tabColor: s.tabColor,
      // What other parts of the fake keep on a sheet (charts, page breaks).
      extra: Object.fromEntries(Object.entries(s).filter(([k]) => !MODEL_KEYS.has(k))),
    })),
  };
}

/** A deep copy of a fake's workbook (same sheets, cells, rules, ids), with fresh counters and logs. */
export function cloneFake(fake: FakeExcel): FakeExcel {
  const copy = new FakeExcel(fake.options);
  copy.structureProtected = fake.structureProtected;
  copy.readXlsx = fake.readXlsx;
  // Every part of a sheet, what the rendering bits add too (charts, page breaks): plain data, copied whole.
  for (const s of fake.sheets) copy.sheets.push(structuredClone(s));
  // Ids stay unique after the copy: start the copy's counter past every id the original gave.
  const next = Number(fake.newId().slice(1, -1));
  for (let i = 0; i < next; i++) copy.newId();
  return copy;
}

// ---------------------------------------------------------------- charts, page breaks, headers and footers, hyperlinks (issue 8)

/** A chart as the fake holds it: what our renderer set, for tests to read. */
export type FakeChartModel = {
  type: string;
  /** The range the chart was added over. */
  source: string;
  series: { name?: string; values: string; categories?: string; color?: string }[];
  title?: string;
  legend: { visible?: boolean; position?: string };
  dataLabels: { showValue?: boolean };
  valueAxis: { minimum?: number; maximum?: number; numberFormat?: string };
  position?: { from: string; to?: string };
};

/** The charts of a fake sheet (created on first use). */
export function chartsOf(sheet: FakeSheet): FakeChartModel[] {
  const s = sheet as FakeSheet & { charts?: FakeChartModel[] };
  s.charts ??= [];
  return s.charts;
}

/** The manual page breaks of a fake sheet: the rows (1-based) new pages start at. */
export function pageBreaksOf(sheet: FakeSheet): number[] {
  const s = sheet as FakeSheet & { rowBreaks?: number[] };
  s.rowBreaks ??= [];
  return s.rowBreaks;
}

const addressOf = (r: FakeRange): string => {
  const b = r.bounds();
  return rangeA1(b.r0, b.c0, b.r1, b.c1);
};

function requireApi(ctx: Ctx, minor: number, what: string): void {
  if (ctx.fake.options.excelApi < minor) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
}

/** Range.hyperlink = …: the link is kept on the range's top-left cell (format "hyperlink"), as Excel shows it there. */
function setHyperlink(range: FakeRange, v: Excel.RangeHyperlink): void {
  const link = { ...v };
  range.ctx.enqueue(`Range.hyperlink=${JSON.stringify(link).slice(0, 60)}`, () => {
    requireApi(range.ctx, 7, 'Range.hyperlink');
    const b = range.bounds();
    const s = writable(range.ws.resolve());
    const k = key(b.r0, b.c0);
    const cell = s.cells.get(k) ?? { format: {} };
    cell.format['hyperlink'] = link;
    s.cells.set(k, cell);
  });
}

class FakeHeaderFooterGroup implements Members<Excel.HeaderFooterGroup, 'defaultForAllPages'> {
  private readonly put: (prop: string, v: unknown) => void;
  constructor(put: (prop: string, v: unknown) => void) {
    this.put = put;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return new FakeHeaderFooter(this.put);
  }
}

/** Header and footer texts, stored on the sheet's page record as "header.center", "footer.left" … */
class FakeHeaderFooter implements Members<
  Excel.HeaderFooter,
  'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter'
> {
  private readonly put: (prop: string, v: unknown) => void;
  constructor(put: (prop: string, v: unknown) => void) {
    this.put = put;
  }
  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: headers and footers are write-only');
  }
  get leftHeader(): string {
    return this.unreadable();
  }
  set leftHeader(v: string) {
    this.put('header.left', v);
  }
  get centerHeader(): string {
    return this.unreadable();
  }
  set centerHeader(v: string) {
    this.put('header.center', v);
  }
  get rightHeader(): string {
    return this.unreadable();
  }
  set rightHeader(v: string) {
    this.put('header.right', v);
  }
  get leftFooter(): string {
    return this.unreadable();
  }
  set leftFooter(v: string) {
    this.put('footer.left', v);
  }
  get centerFooter(): string {
    return this.unreadable();
  }
  set centerFooter(v: string) {
    this.put('footer.center', v);
  }
  get rightFooter(): string {
    return this.unreadable();
  }
  set rightFooter(v: string) {
    this.put('footer.right', v);
  }
}

class FakePageBreakCollection implements Members<Excel.PageBreakCollection, 'add'> {
  private readonly ctx: Ctx;
  private readonly ws: FakeWorksheet;
  constructor(ctx: Ctx, ws: FakeWorksheet) {
    this.ctx = ctx;
    this.ws = ws;
  }
  add(pageBreakRange: Excel.Range | string): object {
    if (typeof pageBreakRange !== 'string')
      throw new FakeOfficeError('InvalidArgument', 'fake: pass the break as "A12"');
    this.ctx.enqueue(`HorizontalPageBreaks.add(${pageBreakRange})`, () => {
      requireApi(this.ctx, 9, 'PageBreakCollection');
      const b = parseBounds(pageBreakRange);
      pageBreaksOf(writable(this.ws.resolve())).push(b.r0 + 1);
    });
    return {};
  }
}

class FakeChartCollection implements Members<Excel.ChartCollection, 'add'> {
  private readonly ctx: Ctx;
  private readonly ws: FakeWorksheet;
  constructor(ctx: Ctx, ws: FakeWorksheet) {
    this.ctx = ctx;
    this.ws = ws;
  }
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): FakeChart {
    const model: FakeChartModel = {
      type: String(type),
      source: '',
      series: [],
      legend: {},
      dataLabels: {},
      valueAxis: {},
    };
    const range = sourceData as unknown as FakeRange;
    this.ctx.enqueue(`Charts.add(${String(type)},${String(seriesBy)})`, () => {
      requireApi(this.ctx, 1, 'ChartCollection.add');
      model.source = addressOf(range);
      model.series.push({ values: model.source });
      chartsOf(writable(this.ws.resolve())).push(model);
    });
    return new FakeChart(this.ctx, model);
  }
}

/** A chart proxy: every setter is queued and writes the model at sync, like the host. */
class FakeChart implements Members<Excel.Chart, 'series' | 'title' | 'legend' | 'dataLabels' | 'axes' | 'setPosition'> {
  readonly ctx: Ctx;
  readonly model: FakeChartModel;
  constructor(ctx: Ctx, model: FakeChartModel) {
    this.ctx = ctx;
    this.model = model;
  }
  queue(desc: string, minor: number, f: (m: FakeChartModel) => void): void {
    this.ctx.enqueue(`Chart.${desc}`, () => {
      requireApi(this.ctx, minor, `Chart.${desc}`);
      f(this.model);
    });
  }
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this);
  }
  get title(): FakeChartTitle {
    return new FakeChartTitle(this);
  }
  get legend(): FakeChartLegend {
    return new FakeChartLegend(this);
  }
  get dataLabels(): FakeChartDataLabels {
    return new FakeChartDataLabels(this);
  }
  get axes(): FakeChartAxes {
    return new FakeChartAxes(this);
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string'))
      throw new FakeOfficeError('InvalidArgument', 'fake: pass cells as "A1"');
    this.queue(`setPosition(${startCell},${String(endCell)})`, 1, (m) => {
      m.position = endCell === undefined ? { from: startCell } : { from: startCell, to: endCell };
    });
  }
}

class FakeChartSeriesCollection implements Members<Excel.ChartSeriesCollection, 'getItemAt' | 'add'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.chart, () => {
      const s = this.chart.model.series[index];
      if (!s) throw new FakeOfficeError('ItemNotFound', `chart series ${index}`);
      return s;
    });
  }
  add(name?: string, index?: number): FakeChartSeries {
    let made: FakeChartModel['series'][number] | undefined;
    this.chart.queue(`series.add(${String(name)},${String(index)})`, 7, (m) => {
      made = { values: '', ...(name !== undefined ? { name } : {}) };
      m.series.push(made);
    });
    return new FakeChartSeries(this.chart, () => {
      if (!made) throw new FakeOfficeError('ItemNotFound', 'chart series being added');
      return made;
    });
  }
}

class FakeChartSeries implements Members<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues' | 'format'> {
  private readonly chart: FakeChart;
  private readonly item: () => FakeChartModel['series'][number];
  constructor(chart: FakeChart, item: () => FakeChartModel['series'][number]) {
    this.chart = chart;
    this.item = item;
  }
  get name(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  set name(v: string) {
    this.chart.queue(`series.name=${v}`, 1, () => {
      this.item().name = v;
    });
  }
  setValues(sourceData: Excel.Range): void {
    const r = sourceData as unknown as FakeRange;
    this.chart.queue('series.setValues', 7, () => {
      this.item().values = addressOf(r);
    });
  }
  setXAxisValues(sourceData: Excel.Range): void {
    const r = sourceData as unknown as FakeRange;
    this.chart.queue('series.setXAxisValues', 7, () => {
      this.item().categories = addressOf(r);
    });
  }
  get format(): object {
    const color = (v: string): void => {
      this.chart.queue(`series.color=${v}`, 1, () => {
        this.item().color = v;
      });
    };
    return {
      fill: { setSolidColor: color },
      line: {
        set color(v: string) {
          color(v);
        },
      },
    };
  }
}

class FakeChartTitle implements Members<Excel.ChartTitle, 'text'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  get text(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  set text(v: string) {
    this.chart.queue(`title.text=${v}`, 1, (m) => {
      m.title = v;
    });
  }
}

class FakeChartLegend implements Members<Excel.ChartLegend, 'visible' | 'position'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  get visible(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  set visible(v: boolean) {
    this.chart.queue(`legend.visible=${v}`, 1, (m) => {
      m.legend.visible = v;
    });
  }
  get position(): Excel.ChartLegendPosition {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  set position(v: Excel.ChartLegendPosition | 'Invalid' | 'Top' | 'Bottom' | 'Left' | 'Right' | 'Corner' | 'Custom') {
    this.chart.queue(`legend.position=${v}`, 1, (m) => {
      m.legend.position = v;
    });
  }
}

class FakeChartDataLabels implements Members<Excel.ChartDataLabels, 'showValue'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  get showValue(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  set showValue(v: boolean) {
    this.chart.queue(`dataLabels.showValue=${v}`, 1, (m) => {
      m.dataLabels.showValue = v;
    });
  }
}

class FakeChartAxes implements Members<Excel.ChartAxes, 'valueAxis'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  get valueAxis(): FakeChartAxis {
    return new FakeChartAxis(this.chart);
  }
}

class FakeChartAxis implements Members<Excel.ChartAxis, 'minimum' | 'maximum' | 'numberFormat'> {
  private readonly chart: FakeChart;
  constructor(chart: FakeChart) {
    this.chart = chart;
  }
  private unreadable(): never {
    throw new FakeOfficeError('PropertyNotLoaded', 'fake: chart properties are write-only');
  }
  get minimum(): number {
    return this.unreadable();
  }
  set minimum(v: number) {
    this.chart.queue(`valueAxis.minimum=${v}`, 1, (m) => {
      m.valueAxis.minimum = v;
    });
  }
  get maximum(): number {
    return this.unreadable();
  }
  set maximum(v: number) {
    this.chart.queue(`valueAxis.maximum=${v}`, 1, (m) => {
      m.valueAxis.maximum = v;
    });
  }
  get numberFormat(): string {
    return this.unreadable();
  }
  set numberFormat(v: string) {
    this.chart.queue(`valueAxis.numberFormat=${v}`, 8, (m) => {
      m.valueAxis.numberFormat = v;
    });
  }
}
