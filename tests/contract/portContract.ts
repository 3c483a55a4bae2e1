/**
 * The port contract: every WorkbookPort adapter (exceljs, office-js over a typed fake) runs this suite.
 * It speaks only through the port, so what it proves holds for every host.
 */
import { describe, expect, it } from 'vitest';
import {
  META_SHEET,
  type Marker,
  type OurFill,
  type OurRule,
  type WorkbookChanges,
  type WorkbookPort,
} from '../../src/app/port';
import { a1, parseA1 } from '../../src/domain/a1';
import type { SheetSpec } from '../../src/domain/specs/sheetSpec';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/types';

/** Optional host-specific looks at what the port cannot show (rules, merges, widths), on the latest state. */
export type PortProbe = {
  ruleCount(sheet: string): Promise<number>;
  mergedRanges(sheet: string): Promise<string[]>;
  /** Width (Excel character units) of a 0-based column, or undefined when default. */
  columnWidth(sheet: string, col: number): Promise<number | undefined>;
};

export type PortUnderTest = {
  port: WorkbookPort;
  /** Persist what was written and open it again (a fresh port over the saved state). */
  reread: () => Promise<WorkbookPort>;
  /** Looks at the latest state (after the latest write or reread). */
  probe?: PortProbe;
};

export type UserSheet = { name: string; rows: Cell[][] };
export type MakePort = (sheets: UserSheet[]) => Promise<PortUnderTest>;

/** Value at an A1 address of a snapshot sheet (null outside the used range). */
export function cellAt(sheet: SheetSnapshot, ref: string): Cell {
  const p = parseA1(ref);
  if (!p) throw new Error(`bad ref ${ref}`);
  return sheet.values[p.row - sheet.origin.row]?.[p.col - sheet.origin.col] ?? null;
}

export function sheetOf(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`sheet ${name} not in snapshot: ${snap.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** Every non-null value of a sheet by A1 address. */
export function nonNullCells(sheet: SheetSnapshot): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) out[a1(r + sheet.origin.row, c + sheet.origin.col)] = v;
    }),
  );
  return out;
}

/** The marker as stored: column A of META_SHEET, chunks joined. */
export function markerText(snap: WorkbookSnapshot): string {
  const meta = sheetOf(snap, META_SHEET);
  const parts: string[] = [];
  for (let r = 0; r < meta.values.length; r++) {
    const v = cellAt(meta, `A${r + meta.origin.row + 1}`);
    if (typeof v === 'string') parts.push(v);
  }
  return parts.join('');
}

const USER_SHEETS: UserSheet[] = [
  {
    name: 'คะแนน',
    rows: [
      ['ข้อ', 'คะแนน', 'หมายเหตุ', 'ผ่าน'],
      ['i1', 92.5, null, true],
      ['i2', null, 'ไม่มีคะแนน', false],
      ['o1', 100, '=ไม่ใช่สูตร', null],
    ],
  },
  // A used range that does not start at A1.
  { name: 'Offset', rows: [[], [null, null, null], [null, null, 'x', 7]] },
  { name: 'Empty', rows: [] },
];

const spec = (name: string, over: Partial<SheetSpec> = {}): SheetSpec => ({
  key: 'summary',
  name,
  rows: [
    [{ value: 'หัวข้อ', style: 'title' }, null, null],
    [{ value: 10 }, { value: 20 }, { formula: 'A2+B2', value: 30 }],
    [{ value: '= ไม่ใช่สูตร' }, { value: '+66 81 234 5678' }, { value: '- จัดทำคู่มือ' }],
    [{ value: '@ผู้ใช้' }, { value: true }, { value: 0.5 }],
  ],
  styles: { title: { bold: true, size: 18 } },
  baseStyle: { font: 'TH SarabunPSK', size: 16 },
  merges: ['A1:C1'],
  columnWidths: [30, 12, 14],
  conditionalFormats: [{ range: 'B2:C2', formula: 'B2<50', fill: '#FFC7CE', priority: 1 }],
  print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
  freeze: { rows: 1, cols: 0 },
  ...over,
});

const marker = (over: Partial<Marker> = {}): Marker => ({
  app: 'ita-workbench',
  version: 1,
  sheets: [],
  rules: [],
  fills: [],
  writtenAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

/** The user's cells on sheet คะแนน, which no write of ours may change. */
const USER_CELLS = {
  A1: 'ข้อ',
  B1: 'คะแนน',
  C1: 'หมายเหตุ',
  D1: 'ผ่าน',
  A2: 'i1',
  B2: 92.5,
  D2: true,
  A3: 'i2',
  C3: 'ไม่มีคะแนน',
  D3: false,
  A4: 'o1',
  B4: 100,
  C4: '=ไม่ใช่สูตร',
};

const changes = (over: Partial<WorkbookChanges> = {}): WorkbookChanges => ({
  removeSheets: [],
  addSheets: [],
  removeRules: [],
  addRules: [],
  fills: [],
  clearFills: [],
  marker: marker(),
  markerSheet: META_SHEET,
  ...over,
});

const RULE: OurRule = {
  sheet: 'คะแนน',
  range: 'B2:B4',
  formula: 'AND(ISNUMBER(B2),B2<60)',
  fill: '#FFC7CE',
  color: '#9C0006',
  priority: 1,
};
const FILL: OurFill = { sheet: 'คะแนน', cell: 'B3', formula: 'AVERAGE(B2,B4)', value: 96.25 };

/** Register the contract suite for one adapter. */
export function runPortContract(adapterName: string, makePort: MakePort): void {
  describe(`WorkbookPort contract: ${adapterName}`, () => {
    const expectUserCellsUnchanged = (snap: WorkbookSnapshot): void => {
      const s = sheetOf(snap, 'คะแนน');
      expect(nonNullCells(s)).toEqual(USER_CELLS);
      expect(nonNullCells(sheetOf(snap, 'Offset'))).toEqual({ C3: 'x', D3: 7 });
    };

    it('read returns every sheet, values normalised, with the origin of the used range', async () => {
      const { port } = await makePort(USER_SHEETS);
      const snap = await port.read();
      expect(snap.sheets.map((s) => s.name)).toEqual(['คะแนน', 'Offset', 'Empty']);
      const s = sheetOf(snap, 'คะแนน');
      expect(s.origin).toEqual({ row: 0, col: 0 });
      expect(cellAt(s, 'B2')).toBe(92.5);
      expect(cellAt(s, 'C2')).toBeNull();
      expect(cellAt(s, 'B3')).toBeNull();
      expect(cellAt(s, 'D2')).toBe(true);
      expect(cellAt(s, 'D3')).toBe(false);
      expect(cellAt(s, 'C4')).toBe('=ไม่ใช่สูตร');
      expect(s.formulas?.['C4']).toBeUndefined();
      // No "" anywhere: empty is null.
      for (const row of s.values) for (const v of row) expect(v).not.toBe('');
      const off = sheetOf(snap, 'Offset');
      expect(off.origin.row).toBeLessThanOrEqual(2);
      expect(off.origin.col).toBeLessThanOrEqual(2);
      expect(cellAt(off, 'C3')).toBe('x');
      expect(cellAt(off, 'D3')).toBe(7);
      expect(Object.keys(nonNullCells(sheetOf(snap, 'Empty')))).toEqual([]);
      for (const sh of snap.sheets) expect(sh.visibility ?? 'visible').toBe('visible');
    });

    it('write adds sheets from a spec: values, formulas with cached values, merges, widths', async () => {
      const t = await makePort(USER_SHEETS);
      await t.port.write(changes({ addSheets: [spec('สรุป ITA')] }));
      const again = await t.reread();
      const snap = await again.read();
      expect(snap.sheets.map((s) => s.name).slice(0, 4)).toEqual(['คะแนน', 'Offset', 'Empty', 'สรุป ITA']);
      const s = sheetOf(snap, 'สรุป ITA');
      expect(cellAt(s, 'A1')).toBe('หัวข้อ');
      expect(cellAt(s, 'A2')).toBe(10);
      expect(cellAt(s, 'C2')).toBe(30);
      expect(s.formulas?.['C2']).toBe('A2+B2');
      expect(cellAt(s, 'B4')).toBe(true);
      expect(cellAt(s, 'C4')).toBe(0.5);
      // Merged A1:C1: the value lives in the master cell only.
      expect(cellAt(s, 'B1')).toBeNull();
      expect(cellAt(s, 'C1')).toBeNull();
      if (t.probe) {
        expect(await t.probe.mergedRanges('สรุป ITA')).toEqual(['A1:C1']);
        expect(await t.probe.columnWidth('สรุป ITA', 0)).toBeCloseTo(30, 0);
        expect(await t.probe.columnWidth('สรุป ITA', 2)).toBeCloseTo(14, 0);
        expect(await t.probe.ruleCount('สรุป ITA')).toBe(1);
      }
    });

    it('text starting with = + - @ stays text, never a formula', async () => {
      const t = await makePort(USER_SHEETS);
      await t.port.write(changes({ addSheets: [spec('สรุป')] }));
      const s = sheetOf(await (await t.reread()).read(), 'สรุป');
      expect(cellAt(s, 'A3')).toBe('= ไม่ใช่สูตร');
      expect(cellAt(s, 'B3')).toBe('+66 81 234 5678');
      expect(cellAt(s, 'C3')).toBe('- จัดทำคู่มือ');
      expect(cellAt(s, 'A4')).toBe('@ผู้ใช้');
      for (const ref of ['A3', 'B3', 'C3', 'A4']) expect(s.formulas?.[ref]).toBeUndefined();
    });

    it('the marker sheet is created very hidden and reads back whole, in chunks under 30,000 characters', async () => {
      const t = await makePort(USER_SHEETS);
      // Big enough to need several cells.
      const fills: OurFill[] = Array.from({ length: 1200 }, (_, i) => ({
        sheet: 'คะแนน',
        cell: `Z${i + 1}`,
        formula: `AVERAGE(A${i + 1}:Y${i + 1})`,
        value: i / 3,
      }));
      const m = marker({
        fills,
        sheets: [{ key: 'summary', name: 'สรุป', signatureCell: 'A1', signature: 'ITA Workbench' }],
      });
      await t.port.write(changes({ addSheets: [spec('สรุป')], marker: m }));
      const snap = await (await t.reread()).read();
      const meta = sheetOf(snap, META_SHEET);
      expect(meta.visibility).toBe('veryHidden');
      expect(JSON.parse(markerText(snap))).toEqual(m);
      const chunks = Object.values(nonNullCells(meta));
      expect(chunks.length).toBeGreaterThan(1);
      for (const c of chunks) expect(typeof c === 'string' && c.length < 30_000).toBe(true);
      // A second write replaces the marker rather than appending to it.
      const m2 = marker({ writtenAt: '2025-02-02T00:00:00.000Z' });
      await (await t.reread()).write(changes({ marker: m2 }));
      const snap2 = await (await t.reread()).read();
      expect(snap2.sheets.filter((s) => s.name === META_SHEET)).toHaveLength(1);
      expect(JSON.parse(markerText(snap2))).toEqual(m2);
      expectUserCellsUnchanged(snap2);
    });

    it('fills write only blank cells; clearFills clear only cells still holding our formula', async () => {
      const t = await makePort(USER_SHEETS);
      const blocked: OurFill = { sheet: 'คะแนน', cell: 'B2', formula: 'AVERAGE(B3,B4)', value: 100 };
      await t.port.write(changes({ fills: [FILL, blocked] }));
      let s = sheetOf(await (await t.reread()).read(), 'คะแนน');
      expect(cellAt(s, 'B3')).toBeCloseTo(96.25, 6);
      expect(s.formulas?.['B3']).toBe('AVERAGE(B2,B4)');
      expect(cellAt(s, 'B2')).toBe(92.5); // not blank: skipped
      expect(s.formulas?.['B2']).toBeUndefined();
      // Clearing: B3 still holds our formula → cleared; C3 (user text) is named but is not ours → kept.
      const notOurs: OurFill = { sheet: 'คะแนน', cell: 'C3', formula: 'X', value: 1 };
      await (await t.reread()).write(changes({ clearFills: [FILL, notOurs] }));
      const snap = await (await t.reread()).read();
      s = sheetOf(snap, 'คะแนน');
      expect(cellAt(s, 'B3')).toBeNull();
      expect(s.formulas?.['B3']).toBeUndefined();
      expectUserCellsUnchanged(snap);
    });

    it('a fill of a cell that became non-blank is skipped', async () => {
      const t = await makePort([
        {
          name: 'คะแนน',
          rows: [
            ['ข้อ', 'คะแนน'],
            ['i1', 'กรอกแล้ว'],
          ],
        },
      ]);
      await t.port.write(changes({ fills: [{ sheet: 'คะแนน', cell: 'B2', formula: '1+1', value: 2 }] }));
      const s = sheetOf(await (await t.reread()).read(), 'คะแนน');
      expect(cellAt(s, 'B2')).toBe('กรอกแล้ว');
      expect(s.formulas?.['B2']).toBeUndefined();
    });

    it('removeSheets deletes exactly the named sheets', async () => {
      const t = await makePort(USER_SHEETS);
      await t.port.write(changes({ addSheets: [spec('ของเรา 1'), spec('ของเรา 2', { key: 'plan' })] }));
      const p2 = await t.reread();
      expect((await p2.read()).sheets.map((s) => s.name)).toEqual([
        'คะแนน',
        'Offset',
        'Empty',
        'ของเรา 1',
        'ของเรา 2',
        META_SHEET,
      ]);
      await p2.write(changes({ removeSheets: ['ของเรา 1'] }));
      const snap = await (await t.reread()).read();
      expect(snap.sheets.map((s) => s.name)).toEqual(['คะแนน', 'Offset', 'Empty', 'ของเรา 2', META_SHEET]);
      expectUserCellsUnchanged(snap);
    });

    it('writing the same changes again after a re-read duplicates nothing and leaves user cells alone', async () => {
      const t = await makePort(USER_SHEETS);
      const sheets = [spec('สรุป ITA'), spec('แผน', { key: 'plan' })];
      const m = marker({
        sheets: sheets.map((s) => ({ key: s.key, name: s.name, signatureCell: 'A1', signature: 'หัวข้อ' })),
        rules: [RULE],
        fills: [FILL],
      });
      await t.port.write(changes({ addSheets: sheets, addRules: [RULE], fills: [FILL], marker: m }));
      const p2 = await t.reread();
      const first = await p2.read();
      const rulesAfterFirst = t.probe ? await t.probe.ruleCount('คะแนน') : undefined;
      // The second run removes what the first made (proven by the marker) and writes it again.
      await p2.write(
        changes({
          removeSheets: sheets.map((s) => s.name),
          addSheets: sheets,
          removeRules: [RULE],
          addRules: [RULE],
          clearFills: [FILL],
          fills: [FILL],
          marker: m,
        }),
      );
      const second = await (await t.reread()).read();
      expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
      expect(second.sheets.map((s) => s.name)).toEqual(['คะแนน', 'Offset', 'Empty', 'สรุป ITA', 'แผน', META_SHEET]);
      for (const name of ['สรุป ITA', 'แผน', 'คะแนน']) {
        expect(nonNullCells(sheetOf(second, name))).toEqual(nonNullCells(sheetOf(first, name)));
      }
      expect(JSON.parse(markerText(second))).toEqual(m);
      if (t.probe) {
        expect(rulesAfterFirst).toBe(1);
        expect(await t.probe.ruleCount('คะแนน')).toBe(1);
        expect(await t.probe.ruleCount('สรุป ITA')).toBe(1);
      }
      const s = sheetOf(second, 'คะแนน');
      expect(cellAt(s, 'B3')).toBeCloseTo(96.25, 6);
      const { B3: _ours, ...userCells } = nonNullCells(s);
      expect(userCells).toEqual(USER_CELLS);
      expect(nonNullCells(sheetOf(second, 'Offset'))).toEqual({ C3: 'x', D3: 7 });
    });

    it('removing our rule leaves the user sheet with no rule of ours', async () => {
      const t = await makePort(USER_SHEETS);
      await t.port.write(changes({ addRules: [RULE] }));
      if (t.probe) expect(await t.probe.ruleCount('คะแนน')).toBe(1);
      await (await t.reread()).write(changes({ removeRules: [RULE] }));
      if (t.probe) expect(await t.probe.ruleCount('คะแนน')).toBe(0);
      expectUserCellsUnchanged(await (await t.reread()).read());
    });

    it("marker null removes everything of ours, the marker sheet included: the user's sheets and cells as before", async () => {
      const t = await makePort(USER_SHEETS);
      const before = await t.port.read();
      const sheets = [spec('สรุป ITA')];
      const m = marker({
        sheets: sheets.map((s) => ({ key: s.key, name: s.name, signatureCell: 'A1', signature: 'หัวข้อ' })),
        rules: [RULE],
        fills: [FILL],
      });
      await t.port.write(changes({ addSheets: sheets, addRules: [RULE], fills: [FILL], marker: m }));
      const p2 = await t.reread();
      await p2.read();
      await p2.write(changes({ removeSheets: ['สรุป ITA'], removeRules: [RULE], clearFills: [FILL], marker: null }));
      const after = await (await t.reread()).read();
      expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
      for (const s of before.sheets) expect(nonNullCells(sheetOf(after, s.name)), s.name).toEqual(nonNullCells(s));
      if (t.probe) expect(await t.probe.ruleCount('คะแนน')).toBe(0);
    });
  });
}
