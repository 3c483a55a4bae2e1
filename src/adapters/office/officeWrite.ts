/**
 * The office-js write, in the order of app/writes.ts (a lazy chunk: the pane's first screen only reads). Loaded by
 * officePort.ts when something is to be written; it calls context.sync only through the port's counted sync.
 */
import { encodeMarker } from '../../app/marker';
import type { Marker, OurFill, OurRule, WorkbookChanges, WriteProgress, WriteStep } from '../../app/port';
import { preflight, REQUEST_BUDGET, sheetBatches, WEB_PAYLOAD_LIMIT, type HostFacts } from '../../app/preflight';
import { UNCHANGED, WriteFailure, type WriteState } from '../../app/writeFailure';
import type { Issue } from '../../domain/types';
import { addressOrigin, isFormula, VISIBILITY, type OfficeHost } from './officePort';
import { addRule, capabilities, renderSheet } from './renderSheet';

type Sync = (ctx: Excel.RequestContext) => Promise<void>;

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
export class Write {
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
    if (blockers.length)
      throw new WriteFailure({ reason: { code: 'write.blocked' }, blockers, step: 'check', state: UNCHANGED });
    const has = (name: string): boolean => seen.names.has(this.lower(name));

    // record + remove: the journal first (one assignment), then what this write replaces.
    this.enter('record');
    const meta = this.markerSheet(ctx, has(c.markerSheet));
    if (c.journal && (c.marker !== null || has(c.markerSheet))) this.writeMarker(meta, c.journal, seen.markerRows);
    // A first write has nothing to remove: its failure here is the record's.
    if (c.removeSheets.length || c.removeRules.length || c.clearFills.length) this.enter('remove');
    this.removeOld(seen);
    for (const name of c.removeSheets) if (name !== c.markerSheet && has(name)) sheets.getItem(name).delete();
    await this.sync(ctx);
    this.committed.add('remove');

    // sheets: as many per request as fit its bytes.
    const can = capabilities((n, v) => this.host.isSetSupported(n, v));
    let index = 0;
    for (const batch of sheetBatches(c.addSheets, REQUEST_BUDGET)) {
      for (const spec of batch) {
        this.enter('sheets', { sheet: spec.name, index: ++index, count: c.addSheets.length });
        renderSheet(sheets.add(spec.name), spec, can);
        if (!can.print)
          this.issues.push({
            code: 'print.unsupported',
            severity: 'info',
            sheet: spec.name,
            params: { sheet: spec.name },
          });
        if (!can.charts && spec.charts?.length)
          this.issues.push({
            code: 'chart.unsupported',
            severity: 'info',
            sheet: spec.name,
            params: { sheet: spec.name },
          });
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
      if (this.cleared.has(cellKey(fill.sheet, fill.cell)) || seen.blankBefore.has(cellKey(fill.sheet, fill.cell)))
        range.formulas = [[`=${fill.formula}`]];
      else this.issues.push({ code: 'fill.skipped', severity: 'info', sheet: fill.sheet, cell: fill.cell });
    }
    this.enter('finish');
    if (c.marker !== null) {
      this.writeMarker(meta, c.marker, c.journal ? encodeMarker(c.journal).length : seen.markerRows);
      // Keep the marker last, after the sheets just added (they go to the end).
      const removed = c.removeSheets.filter((n) => n !== c.markerSheet && has(n)).length;
      if (c.addSheets.length)
        meta.position = seen.names.size - removed + c.addSheets.length + (has(c.markerSheet) ? 0 : 1) - 1;
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
    const protections = this.host.isSetSupported('ExcelApi', '1.2')
      ? items.map((s) => s.protection.load('protected'))
      : null;

    this.ruleProbes = [...c.removeRules, ...c.addRules]
      .filter((r) => has(r.sheet))
      .map((rule) => {
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
      for (const cf of cfs.items)
        if (formulas.has(customFormula(cf) ?? '') || (recorded.has(rule) && isOrphan(cf))) ruleIds.add(cf.id);
    }
    const blankBefore = new Set(
      this.fillProbes
        .filter(({ range }) => range.values[0]?.[0] === '' && range.formulas[0]?.[0] === '')
        .map(({ fill }) => cellKey(fill.sheet, fill.cell)),
    );
    const oursBefore = new Set(
      this.clearProbes
        .filter(({ fill, range }) => holds(range, fill))
        .map(({ fill }) => cellKey(fill.sheet, fill.cell)),
    );
    const meta = metaUsed && !metaUsed.isNullObject ? metaUsed : null;
    const facts: HostFacts = {
      sheets: items.map((s, i) => ({
        name: s.name,
        visibility: VISIBILITY[s.visibility] ?? 'visible',
        protected: protections ? protections[i]!.protected : null,
      })),
      structureProtected: structure ? structure.protected : null,
      requestLimit: WEB_PAYLOAD_LIMIT,
    };
    return {
      names,
      ids: new Map(items.map((s) => [this.lower(s.name), s.id])),
      facts,
      ruleIds,
      blankBefore,
      oursBefore,
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
      sheetsRemoved: removedSure
        ? c.removeSheets.filter((n) => n !== c.markerSheet && this.seen?.names.has(this.lower(n)))
        : [],
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
    const signatures = (c.marker?.sheets ?? [])
      .filter((s) => c.addSheets.some((a) => a.name === s.name) && isNew(s.name))
      .map((s) => ({ s, range: sheets.getItem(s.name).getRange(s.signatureCell).load('values') }));
    const metaNow = now.get(this.lower(c.markerSheet));
    const metaUsed = metaNow
      ? sheets.getItem(c.markerSheet).getUsedRangeOrNullObject(true).load('values,address')
      : null;
    const rules = [...c.removeRules, ...c.addRules]
      .filter((r) => now.has(this.lower(r.sheet)))
      .map((rule) => {
        const cfs = sheets.getItem(rule.sheet).getRange(rule.range).conditionalFormats;
        cfs.load('items/id,items/type,items/customOrNullObject/rule/formula');
        return cfs;
      });
    const cells = [...c.fills, ...c.clearFills]
      .filter((f) => now.has(this.lower(f.sheet)))
      .map((fill) => ({ fill, range: sheets.getItem(fill.sheet).getRange(fill.cell).load('values,formulas') }));
    await this.sync(ctx);

    const signed = new Set(
      signatures
        .filter(({ s, range }) => String(range.values[0]?.[0] ?? '').includes(s.signature))
        .map(({ s }) => s.name),
    );
    const addFormulas = new Set(c.addRules.map((r) => `=${r.formula}`));
    const present = new Set<string>();
    for (const cfs of rules)
      for (const cf of cfs.items)
        if (addFormulas.has(customFormula(cf) ?? '') || isOrphan(cf) || seen.ruleIds.has(cf.id)) present.add(cf.id);
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
      sheetsRemoved: c.removeSheets.filter(
        (n) => n !== c.markerSheet && seen.ids.has(this.lower(n)) && !idsNow.has(seen.ids.get(this.lower(n))!),
      ),
      rulesAdded: [...present].filter((id) => !seen.ruleIds.has(id)).length,
      rulesRemoved: [...seen.ruleIds].filter((id) => !present.has(id)).length,
      fillsWritten: cells.filter(
        ({ fill, range }) => c.fills.includes(fill) && seen.blankBefore.has(key(fill)) && holds(range, fill),
      ).length,
      fillsCleared: cells.filter(
        ({ fill, range }) => c.clearFills.includes(fill) && seen.oursBefore.has(key(fill)) && !holds(range, fill),
      ).length,
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
