/**
 * Our document sheets through office-js (the typed fake): the print area, the page starts, the numbered Thai footer,
 * the first page number, hyperlinks and the native chart of section 1, each only where the host supports it, and
 * still a constant number of syncs for the whole write (five: app/writes.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { META_SHEET, type WorkbookChanges } from '../../../src/app/port';
import { createOfficePort } from '../../../src/adapters/office/officePort';
import { OUR_SHEETS } from '../../../src/domain/specs/sheets';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { chartsOf, createFakeExcel, pageBreaksOf } from '../../helpers/fakeExcel';
import { seedSummary } from '../../helpers/seedSummary';

const noChanges: WorkbookChanges = {
  removeSheets: [],
  addSheets: [],
  removeRules: [],
  addRules: [],
  fills: [],
  clearFills: [],
  marker: { app: 'ita-workbench', version: 1, sheets: [], rules: [], fills: [], writtenAt: '2026-12-02T00:00:00.000Z' },
  markerSheet: META_SHEET,
};
const s = seedSummary({
  history: [
    { year: 2565, score: 61.25 },
    { year: 2566, score: 70.05 },
  ],
});
const build = (key: string): SheetSpec =>
  OUR_SHEETS.find((d) => d.key === key)!.build(s, { lang: 'th', thaiDigits: false });
const results = build('results');
const plan = build('plan');
const linked: SheetSpec = {
  ...results,
  name: 'ลิงก์',
  rows: [
    [
      { value: 'เว็บไซต์', link: { url: 'https://www.tun.go.th/ita' } },
      { value: 'ไปที่สรุป', link: { sheet: 'ITA สรุปคะแนน', cell: 'A1' } },
    ],
  ],
  charts: [],
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: true },
};

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('document sheets through office-js', () => {
  it('print area, page starts, numbered Thai footer and first page number as the spec lays them out; a constant number of syncs', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }]);
    const port = createOfficePort(fake.run, fake.host);
    await port.write({ ...noChanges, addSheets: [results, plan] });
    // Constant, whatever the sheets hold: check (2), record + remove, the sheets, rules + record (app/writes.ts).
    expect(port.syncs.count).toBeLessThanOrEqual(5);
    for (const spec of [results, plan]) {
      const ws = fake.sheet(spec.name);
      expect(ws.page).toMatchObject({
        paperSize: 'A4',
        orientation: spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        printArea: spec.print.area,
        firstPageNumber: spec.print.firstPageNumber,
        centerHorizontally: true,
        'footer.center': `&"TH SarabunPSK,Regular"${spec.print.footer!.center}`,
      });
      expect(String(ws.page['footer.center'])).toMatch(/หน้า &P จาก \d+$/);
      expect(pageBreaksOf(ws)).toEqual(spec.print.rowBreaks ?? []);
    }
    expect(fake.sheet(plan.name).page['printTitleRows']).toBe(
      `$${plan.print.repeatRows![0]}:$${plan.print.repeatRows![1]}`,
    );
    expect(port.lastWriteIssues()).toEqual([]);
  });

  it("the multi-year chart is a native chart over the table's cells, placed on its anchor", async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }]);
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, addSheets: [results] });
    const c = results.charts![0]!;
    const [chart] = chartsOf(fake.sheet(results.name));
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      source: c.series[0]!.values,
      series: [{ values: c.series[0]!.values, categories: c.categories, name: 'คะแนนภาพรวม', color: '#2F5597' }],
      title: c.title,
      legend: { visible: false },
      dataLabels: { showValue: true },
      valueAxis: { minimum: 0, maximum: 100, numberFormat: '0' },
    });
    // The spec's anchor is the top-left of `to`; office-js covers its end cell whole: the cell before it.
    const to = /^([A-Z]+)(\d+)$/.exec(c.to)!;
    expect(chart!.position).toEqual({
      from: c.from,
      to: `${String.fromCharCode(to[1]!.charCodeAt(0) - 1)}${Number(to[2]) - 1}`,
    });
  });

  it('hyperlinks to an address and to a place in the workbook', async () => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }]);
    await createOfficePort(fake.run, fake.host).write({ ...noChanges, addSheets: [linked] });
    expect(fake.cellAt('ลิงก์', 'A1')!.format['hyperlink']).toEqual({
      address: 'https://www.tun.go.th/ita',
      textToDisplay: 'เว็บไซต์',
    });
    expect(fake.cellAt('ลิงก์', 'B1')!.format['hyperlink']).toEqual({
      documentReference: "'ITA สรุปคะแนน'!A1",
      textToDisplay: 'ไปที่สรุป',
    });
  });

  it.each([
    [8, ['print.unsupported'], true],
    [7, ['print.unsupported', 'chart.unsupported'], false],
  ])('ExcelApi 1.%i: what the host cannot do is skipped and said (%j)', async (api, codes, chart) => {
    const fake = createFakeExcel([{ name: 'ข้อมูล', rows: [['x']] }], { excelApi: api });
    const port = createOfficePort(fake.run, fake.host);
    await port.write({ ...noChanges, addSheets: [results] });
    expect(port.lastWriteIssues().map((i) => i.code)).toEqual(codes);
    expect(fake.sheet(results.name).page).toEqual({});
    expect(pageBreaksOf(fake.sheet(results.name))).toEqual([]);
    expect(chartsOf(fake.sheet(results.name)).length).toBe(chart ? 1 : 0);
    expect(fake.valueAt(results.name, 'A1')).toBeDefined();
  });
});
