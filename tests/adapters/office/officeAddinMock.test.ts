import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { renderSheet } from '../../../src/adapters/office/renderSheet';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

// Smoke test with Microsoft's office-addin-mock, as the official template does: it only records assignments,
// so the typed fake (fakeExcel.ts) carries the real checks; this proves the renderer runs on a plain office mock.
describe('renderSheet over office-addin-mock', () => {
  it('writes the block in one assignment with "@" for text and the base font', async () => {
    const range = { formulas: '', numberFormat: '', format: { font: { name: '', size: 0 }, fill: {} } };
    const mockData = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              range,
              getRange(_address: string) {
                return this.range;
              },
            },
            getItem(_name: string) {
              return this.sheet;
            },
          },
        },
      },
      run: async function (callback: (ctx: unknown) => Promise<void>) {
        await callback(this.context);
      },
    };
    const excel = new OfficeMockObject(mockData) as unknown as {
      run: typeof Excel.run;
      context: typeof mockData.context;
    };
    const spec: SheetSpec = {
      key: 'summary',
      name: 'สรุป',
      rows: [
        [{ value: '- ข้อ' }, { value: 85 }],
        [{ formula: 'B1*2', value: 170 }, null],
      ],
      styles: {},
      baseStyle: { font: 'TH SarabunPSK', size: 16 },
      merges: [],
      columnWidths: [],
      conditionalFormats: [],
      print: { orientation: 'portrait', paper: 'A4', fitToWidth: false },
    };
    await excel.run(async (ctx) => {
      renderSheet(ctx.workbook.worksheets.getItem('สรุป'), spec, false);
      await ctx.sync();
    });
    const r = excel.context.workbook.worksheets.sheet.range;
    expect(r.formulas).toEqual([
      ['- ข้อ', 85],
      ['=B1*2', null],
    ]);
    expect(r.numberFormat).toEqual([
      ['@', 'General'],
      ['General', 'General'],
    ]);
    expect(r.format.font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
  });
});
