import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { META_SHEET, type Marker, type WorkbookChanges } from '../../../src/app/port';
import { officeMessage } from '../../../src/adapters/office/errors';
import { UserError } from '../../../src/app/userError';
import { createOfficePort, READ_BATCH_CELLS } from '../../../src/adapters/office/officePort';
import { MARKER_CHUNK } from '../../../src/app/marker';
import { charsToPoints, styleRects } from '../../../src/adapters/office/renderSheet';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { message } from '../../../src/domain/messages';
import { createFakeExcel, FakeOfficeError, type Scalar } from '../../helpers/fakeExcel';
import { measureSyncs } from '../../helpers/officeSyncs';

const baseMarker: Marker = {
  app: 'ita-workbench',
  version: 1,
  sheets: [],
  rules: [],
  fills: [],
  writtenAt: '2025-01-01T00:00:00.000Z',
};
const noChanges: WorkbookChanges = {
  removeSheets: [],
  addSheets: [],
  removeRules: [],
  addRules: [],
  fills: [],
  clearFills: [],
  marker: baseMarker,
  markerSheet: META_SHEET,
};

const spec: SheetSpec = {
  key: 'summary',
  name: 'สรุป',
  rows: [
    [
      { value: 'หัวข้อ', style: 'title' },
      { value: null, style: 'title' },
      { value: null, style: 'title' },
    ],
    [{ value: 2567 }, { value: '2567' }, { formula: 'A2+1', value: 2568, style: 'pct' }],
    [{ value: '- จัดทำคู่มือ' }, { value: '50%' }, null],
  ],
  styles: {
    title: { bold: true, size: 18, fill: '#1F4E78', color: '#FFFFFF', hAlign: 'center', border: 'thin' },
    pct: { numFmt: '0.00' },
  },
  baseStyle: { font: 'TH SarabunPSK', size: 16 },
  merges: ['A1:C1'],
  columnWidths: [30, 12],
  rowHeights: { 0: 28 },
  conditionalFormats: [
    { range: 'A2:C2', formula: 'A2<50', fill: '#FFC7CE', color: '#9C0006', bold: true, priority: 1 },
  ],
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: [1, 2],
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 },
  },
  freeze: { rows: 1, cols: 1 },
  inputRanges: ['B2'],
  tabColor: '#1F4E78',
};

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('office adapter: syncs do not grow with the number of sheets', () => {
  it.each([1, 10, 50])('%i sheets: read 3 syncs, write 5 syncs (a naive loop needs ~2 per sheet)', async (n) => {
    const m = await measureSyncs(n);
    expect(m.readSyncs).toBe(3);
    // check (2), record + remove, the new sheets, rules + fills + final record: app/writes.ts.
    expect(m.writeSyncs).toBe(5);
    expect(m.naiveReadSyncs).toBeGreaterThan(2 * n);
    expect(m.writeCommands).toBeGreaterThan(n); // the work grows, the round trips do not
  });

  it('a large used range is read in row chunks: syncs grow with data size only', async () => {
    const cols = 10;
    const rows = Math.ceil((READ_BATCH_CELLS * 2.5) / cols); // 2.5 batches of data
    const big: Scalar[][] = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => r * cols + c),
    );
    const fake = createFakeExcel([
      { name: 'ใหญ่', rows: big },
      { name: 'เล็ก', rows: [['a', 1]] },
    ]);
    const port = createOfficePort(fake.run, fake.host);
    const snap = await port.read();
    expect(port.syncs.count).toBe(2 + 3);
    // Each chunk load covers at most READ_BATCH_CELLS cells (whole rows).
    expect(fake.requests.filter((r) => r.includes('Range.load(values,formulas,numberFormat)'))).toHaveLength(4);
    const s = snap.sheets[0]!;
    expect(s.values).toHaveLength(rows);
    expect(s.values[rows - 1]![cols - 1]).toBe(rows * cols - 1);
    expect(s.values[5_555]![3]).toBe(55_553);
    expect(snap.sheets[1]!.values).toEqual([['a', 1]]);
  });
});

describe('office adapter: read normalises at the border', () => {
  it('"" → null, errors stay text, formulas keyed by A1 without "=", origin from the used range, visibility', async () => {
    const fake = createFakeExcel([
      { name: 'S', rows: [[], [null, 'ข้อ', 10, 20], [null, 'x', '', true]] },
      { name: 'H', rows: [[1]] },
    ]);
    fake.cellAt('S', 'D3')!.formula = '=C2+D2';
    fake.sheet('S').cells.set('5,1', { formula: '=1/0', format: {} }); // B6: #DIV/0!
    fake.sheet('H').visibility = 'Hidden';
    const snap = await createOfficePort(fake.run, fake.host).read();
    const s = snap.sheets[0]!;
    expect(s.origin).toEqual({ row: 1, col: 1 });
    expect(s.values).toEqual([
      ['ข้อ', 10, 20],
      ['x', null, 30],
      [null, null, null],
      [null, null, null],
      ['#DIV/0!', null, null],
    ]);
    expect(s.formulas).toEqual({ D3: 'C2+D2', B6: '1/0' });
    expect(snap.sheets[1]!.visibility).toBe('hidden');
  });
});

describe('office adapter: write renders a spec', () => {
  it('values, text kept as text with "@", formulas, styles, merges, widths in points, CF, print, freeze, tab colour', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }]);
    const port = createOfficePort(fake.run, fake.host);
    await port.write({ ...noChanges, addSheets: [spec] });
    expect(port.lastWriteIssues()).toEqual([]);
    const ws = fake.sheet('สรุป');
    expect(fake.valueAt('สรุป', 'A2')).toBe(2567);
    expect(fake.valueAt('สรุป', 'B2')).toBe('2567'); // text, not a number
    expect(fake.cellAt('สรุป', 'B2')!.numberFormat).toBe('@');
    expect(fake.valueAt('สรุป', 'A3')).toBe('- จัดทำคู่มือ');
    expect(fake.cellAt('สรุป', 'A3')!.formula).toBeUndefined();
    expect(fake.valueAt('สรุป', 'B3')).toBe('50%');
    expect(fake.cellAt('สรุป', 'C2')).toMatchObject({ formula: '=A2+1', numberFormat: '0.00' });
    expect(fake.valueAt('สรุป', 'C2')).toBe(2568);
    expect(fake.cellAt('สรุป', 'C3')).toMatchObject({ numberFormat: 'General' });
    expect(fake.cellAt('สรุป', 'C3')!.value).toBeUndefined();
    expect(fake.cellAt('สรุป', 'A1')!.format).toMatchObject({
      'font.name': 'TH SarabunPSK',
      'font.size': 18,
      'font.bold': true,
      'font.color': '#FFFFFF',
      'fill.color': '#1F4E78',
      horizontalAlignment: 'Center',
      'borders.EdgeTop.style': 'Continuous',
      'borders.EdgeTop.weight': 'Thin',
      'borders.InsideVertical.weight': 'Thin',
    });
    expect(fake.cellAt('สรุป', 'A2')!.format).toEqual({ 'font.name': 'TH SarabunPSK', 'font.size': 16 });
    expect(fake.cellAt('สรุป', 'B2')!.format['protection.locked']).toBe(false);
    expect(ws.merges).toEqual(['A1:C1']);
    expect(ws.columnWidths.get(0)).toBe(157.5); // 30 chars × 7 px × 0.75 pt
    expect(ws.columnWidths.get(1)).toBe(charsToPoints(12));
    expect(ws.rowHeights.get(0)).toBe(28);
    expect(ws.rules).toEqual([
      expect.objectContaining({
        range: 'A2:C2',
        type: 'Custom',
        formula: '=A2<50',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        bold: true,
      }),
    ]);
    expect(ws.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$2',
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 54,
      bottomMargin: 54,
    });
    expect(ws.freeze).toEqual({ rows: 1, cols: 1 });
    expect(ws.tabColor).toBe('#1F4E78');
    // One 2D assignment each for the block's number formats and formulas.
    expect(fake.requests.filter((r) => r.includes('Range.formulas='))).toHaveLength(1);
    expect(fake.requests.filter((r) => r.includes('Range.numberFormat=')).length).toBe(2); // the block + the marker column
  });

  it('the marker sheet is very hidden, chunked under MARKER_CHUNK, kept last when our sheets are re-added', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }]);
    const big = { ...baseMarker, settings: { agency: '-'.repeat(MARKER_CHUNK * 2) } };
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, addSheets: [spec], marker: big });
    const meta = fake.sheet(META_SHEET);
    expect(meta.visibility).toBe('VeryHidden');
    const chunks = [0, 1, 2].map((r) => fake.valueAt(META_SHEET, `A${r + 1}`));
    expect(chunks.every((c) => typeof c === 'string' && c.length <= MARKER_CHUNK)).toBe(true);
    expect(JSON.parse(chunks.join(''))).toEqual(big);
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, removeSheets: ['สรุป'], addSheets: [spec] });
    expect(fake.sheets.map((s) => s.name)).toEqual(['ข้อมูล', 'สรุป', META_SHEET]);
    expect(fake.valueAt(META_SHEET, 'A2')).toBeUndefined(); // old chunks cleared
  });

  it('without ExcelApi 1.9 print setup is skipped and reported as print.unsupported', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }], { excelApi: 8 });
    const port = createOfficePort(fake.run, fake.host);
    await port.write({ ...noChanges, addSheets: [spec] });
    expect(fake.sheet('สรุป').page).toEqual({});
    expect(port.lastWriteIssues()).toEqual([
      { code: 'print.unsupported', severity: 'info', sheet: 'สรุป', params: { sheet: 'สรุป' } },
    ]);
    expect(fake.valueAt('สรุป', 'A1')).toBe('หัวข้อ');
  });

  it("removes only our rule (exact formula) from a user range that also holds the user's own rule", async () => {
    const fake = createFakeExcel([
      {
        name: 'ข้อมูล',
        rows: [
          ['a', 1],
          ['b', 2],
        ],
      },
    ]);
    fake.sheet('ข้อมูล').rules.push({ id: 'user', range: 'B1:B2', type: 'Custom', formula: '=B1>1', fill: '#00FF00' });
    const rule = { sheet: 'ข้อมูล', range: 'B1:B2', formula: 'B1<2', fill: '#FFC7CE', priority: 1 };
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, addRules: [rule] });
    expect(fake.sheet('ข้อมูล').rules).toHaveLength(2);
    // Two recorded rules over overlapping ranges see the same rule: it is deleted once, not twice.
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, removeRules: [rule, { ...rule, range: 'B2' }] });
    expect(fake.sheet('ข้อมูล').rules.map((r) => r.id)).toEqual(['user']);
  });

  it('fills skip non-blank cells and report fill.skipped; nothing is written to a sheet that is gone', async () => {
    const fake = createFakeExcel([
      {
        name: 'ข้อมูล',
        rows: [
          ['a', 1],
          ['b', null],
        ],
      },
    ]);
    const port = createOfficePort(fake.run, fake.host);
    await port.write({
      ...noChanges,
      fills: [
        { sheet: 'ข้อมูล', cell: 'B2', formula: 'B1*2', value: 2 },
        { sheet: 'ข้อมูล', cell: 'B1', formula: 'B2*2', value: 4 },
        { sheet: 'หายไป', cell: 'A1', formula: '1', value: 1 },
      ],
    });
    expect(fake.valueAt('ข้อมูล', 'B2')).toBe(2);
    expect(fake.valueAt('ข้อมูล', 'B1')).toBe(1);
    expect(port.lastWriteIssues()).toEqual([{ code: 'fill.skipped', severity: 'info', sheet: 'ข้อมูล', cell: 'B1' }]);
    expect(fake.find('หายไป')).toBeUndefined();
  });
});

describe('office adapter: host errors become catalogue messages', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'office.cellEditMode'],
    ['AccessDenied', 'office.protected'],
    ['ItemNotFound', 'office.notFound'],
    ['ItemAlreadyExists', 'office.nameTaken'],
    ['RequestPayloadSizeLimitExceeded', 'office.tooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'office.tooLarge'],
    ['ApiNotFound', 'office.unsupported'],
    ['ActivityLimitReached', 'office.busy'],
  ])('%s → %s', (host, code) => {
    expect(officeMessage(new FakeOfficeError(host, 'raw text for developers'))).toEqual({ code, params: {} });
  });

  it.each([['GeneralException'], ['InvalidArgument']])(
    '%s → office.general with the code, never the raw message',
    (host) => {
      const u = officeMessage(new FakeOfficeError(host, 'Secret internal detail'));
      expect(u).toEqual({ code: 'office.general', params: { code: host } });
      expect(message(u.code, 'th', u.params)).not.toContain('Secret');
      expect(officeMessage(new TypeError('x'))).toEqual({ code: 'office.general', params: { code: 'Unknown' } });
    },
  );

  it('cell-edit mode: waits with delayForCellEdit (ExcelApi 1.11), fails with office.cellEditMode without it', async () => {
    const ok = createFakeExcel([{ name: 'A', rows: [[1]] }], { cellEditMode: true });
    await expect(createOfficePort(ok.run, ok.host).read()).resolves.toMatchObject({ sheets: [{ name: 'A' }] });
    expect(ok.runOptions).toEqual([{ delayForCellEdit: true }]);

    const old = createFakeExcel([{ name: 'A', rows: [[1]] }], { cellEditMode: true, excelApi: 10 });
    const err = await createOfficePort(old.run, old.host)
      .read()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ code: 'office.cellEditMode', params: {} });
    expect(console.error).toHaveBeenCalled();
  });

  it('a protected user sheet: the write is refused before anything is written, naming the sheet', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['a', null]] }]);
    fake.sheet('ข้อมูล').protected = true;
    const write = createOfficePort(fake.run, fake.host).write({
      ...noChanges,
      fills: [{ sheet: 'ข้อมูล', cell: 'B1', formula: '1', value: 1 }],
    });
    await expect(write).rejects.toMatchObject({
      name: 'WriteFailure',
      code: 'write.blocked',
      step: 'check',
      blockers: [{ code: 'preflight.protectedFill', params: { sheet: 'ข้อมูล' } }],
      state: { record: 'before', sheetsAdded: [] },
    });
    expect(fake.valueAt('ข้อมูล', 'B1')).toBeUndefined();
    expect(fake.find(META_SHEET)).toBeUndefined();
  });
});

describe('the fake is an honest model', () => {
  it('reading a property before load + sync throws PropertyNotLoaded', async () => {
    const fake = createFakeExcel([{ name: 'A', rows: [[1]] }]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      expect(() => r.formulas).toThrow(/PropertyNotLoaded/);
    });
  });

  it('null in a 2D array leaves the cell, "" clears it; typed "=…" is a formula unless the cell is text', async () => {
    const fake = createFakeExcel([{ name: 'A', rows: [[1, 2, 3]] }]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:C1').values = [[null, '', '=A1*10']];
      ws.getRange('A2').numberFormat = [['@']];
      ws.getRange('A2').values = [['=A1']];
      await ctx.sync();
    });
    expect(fake.valueAt('A', 'A1')).toBe(1);
    expect(fake.valueAt('A', 'B1')).toBeUndefined();
    expect(fake.valueAt('A', 'C1')).toBe(10);
    expect(fake.valueAt('A', 'A2')).toBe('=A1');
  });

  it('a failing command rejects the sync with its code; a mis-sized array is InvalidArgument', async () => {
    const fake = createFakeExcel([{ name: 'A', rows: [[1]] }]);
    const out = fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:B1').values = [[1]];
      await ctx.sync();
    });
    await expect(out).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add('A');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('styleRects groups equal styles into rectangles', () => {
    const s = { style: 'h' };
    expect(
      styleRects([
        [s, s, null],
        [s, s, { style: 'b' }],
        [null, s, null],
      ]),
    ).toEqual([
      { style: 'h', r0: 0, c0: 0, r1: 1, c1: 1 },
      { style: 'b', r0: 1, c0: 2, r1: 1, c1: 2 },
      { style: 'h', r0: 2, c0: 1, r1: 2, c1: 1 },
    ]);
  });
});
