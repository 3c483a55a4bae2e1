/**
 * Sync counts of the office adapter over the typed fake, for tests and `npm run bench`: a read and a realistic
 * re-run write (remove our sheets/rules/fills of the earlier run, write them again) on workbooks of N sheets.
 */
import { META_SHEET, type Marker, type OurFill, type OurRule, type WorkbookChanges } from '../../src/app/port';
import { createOfficePort } from '../../src/adapters/office/officePort';
import type { SheetSpec } from '../../src/domain/specs/sheetSpec';
import { createFakeExcel, type Scalar } from './fakeExcel';

export type SyncMeasure = {
  readonly sheets: number;
  readonly readSyncs: number;
  readonly writeSyncs: number;
  /** A naive loop: load the sheet list, then per sheet one sync for its used range and one for its values. */
  readonly naiveReadSyncs: number;
  /** A naive loop: load the sheet list, then per sheet touched one sync to look and one to write. */
  readonly naiveWriteSyncs: number;
  /** Commands sent by the write (they grow with the work, syncs do not). */
  readonly writeCommands: number;
};

const table = (i: number): Scalar[][] => [
  ['ข้อ', 'คะแนน', 'หมายเหตุ'],
  ...Array.from({ length: 12 }, (_, r): Scalar[] => [
    `i${r + 1}`,
    r === 3 ? '' : 60 + ((r * 7 + i) % 40),
    `แถว ${r + 1}`,
  ]),
];

const ourSpec = (name: string, key: SheetSpec['key']): SheetSpec => ({
  key,
  name,
  rows: [
    [{ value: 'สรุป', style: 'h' }, null],
    [{ value: 1 }, { formula: 'A2*2', value: 2 }],
    [{ value: '- ข้อความ' }, { value: 'x', style: 'h' }],
  ],
  styles: { h: { bold: true, fill: '#DDEEFF', border: 'thin' } },
  merges: ['A1:B1'],
  columnWidths: [20, 10],
  conditionalFormats: [{ range: 'A2:B2', formula: 'A2<50', fill: '#FFC7CE', priority: 1 }],
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
  freeze: { rows: 1, cols: 0 },
});

/** Read and re-run-write sync counts on a workbook of `sheets` user sheets. */
export async function measureSyncs(sheets: number): Promise<SyncMeasure> {
  const names = Array.from({ length: sheets }, (_, i) => `ชีต ${i + 1}`);
  const fake = createFakeExcel(names.map((name, i) => ({ name, rows: table(i) })));
  const rules: OurRule[] = names.map((sheet) => ({
    sheet,
    range: 'B2:B13',
    formula: 'B2<85',
    fill: '#FFC7CE',
    priority: 1,
  }));
  const fills: OurFill[] = names.map((sheet) => ({ sheet, cell: 'B5', formula: 'AVERAGE(B2:B4)', value: null }));
  const specs = [ourSpec('สรุปผล ITA', 'summary'), ourSpec('แผนยกระดับ', 'plan')];
  const marker: Marker = {
    app: 'ita-workbench',
    version: 1,
    sheets: specs.map((s) => ({ key: s.key, name: s.name, signatureCell: 'A1', signature: 'สรุป' })),
    rules,
    fills,
    writtenAt: '2025-01-01T00:00:00.000Z',
  };
  const first: WorkbookChanges = {
    removeSheets: [],
    addSheets: specs,
    removeRules: [],
    addRules: rules,
    fills,
    clearFills: [],
    marker,
    markerSheet: META_SHEET,
  };
  await createOfficePort(fake.run, fake.host).write(first);

  const port = createOfficePort(fake.run, fake.host);
  await port.read();
  const readSyncs = port.syncs.count;
  const before = fake.requests.length;
  await port.write({ ...first, removeSheets: specs.map((s) => s.name), removeRules: rules, clearFills: fills });
  const writeSyncs = port.syncs.count - readSyncs;
  const total = sheets + specs.length + 1; // user sheets + ours + the marker sheet
  return {
    sheets,
    readSyncs,
    writeSyncs,
    naiveReadSyncs: 1 + 2 * total,
    naiveWriteSyncs: 1 + 2 * (sheets + 2 * specs.length + 1),
    writeCommands: fake.requests.length - before,
  };
}
