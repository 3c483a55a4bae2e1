import ExcelJS from 'exceljs';
import { runPortContract, type UserSheet } from '../../contract/portContract';
import { openXlsx, type XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';

/** Build the user's workbook as a real .xlsx file (bytes), then open it through the adapter. */
async function userWorkbook(sheets: UserSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

runPortContract('xlsx (exceljs)', async (sheets) => {
  let current: XlsxWorkbook = await openXlsx(await userWorkbook(sheets));
  const ws = (name: string): ExcelJS.Worksheet => {
    const w = current.workbook.getWorksheet(name);
    if (!w) throw new Error(`no sheet ${name}`);
    return w;
  };
  return {
    port: current,
    reread: async () => {
      current = await openXlsx(await current.toBuffer());
      return current;
    },
    probe: {
      ruleCount: async (name) =>
        (ws(name) as unknown as { conditionalFormattings: { rules: unknown[] }[] }).conditionalFormattings.reduce((n, cf) => n + cf.rules.length, 0),
      mergedRanges: async (name) => [...((ws(name) as unknown as { model: { merges: string[] } }).model.merges)],
      columnWidth: async (name, col) => ws(name).getColumn(col + 1).width,
    },
  };
});
