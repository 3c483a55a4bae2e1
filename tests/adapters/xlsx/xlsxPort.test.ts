import ExcelJS from 'exceljs';
import { runPortContract, type UserSheet } from '../../contract/portContract';
import { openXlsx, type XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { columnWidth, mergedRanges, ruleCount, sheetXml, unzipParts, type Parts } from './rawParts';

/** Build the user's workbook as a real .xlsx file (bytes, by exceljs), then open it through the adapter. */
async function userWorkbook(sheets: UserSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

runPortContract('xlsx (package)', async (sheets) => {
  let current: XlsxWorkbook = await openXlsx(await userWorkbook(sheets));
  // The probe looks at the written bytes through another zip library and the XML text, not through our reader.
  const parts = async (): Promise<Parts> => unzipParts(await current.toBuffer());
  return {
    port: current,
    reread: async () => {
      current = await openXlsx(await current.toBuffer());
      return current;
    },
    probe: {
      ruleCount: async (name) => ruleCount(sheetXml(await parts(), name)),
      mergedRanges: async (name) => mergedRanges(sheetXml(await parts(), name)),
      columnWidth: async (name, col) => columnWidth(sheetXml(await parts(), name), col),
    },
  };
});
