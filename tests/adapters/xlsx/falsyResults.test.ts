/** A formula whose cached result is 0, false or "" must read as that value, not as a blank cell (exceljs drops falsy results in cell.value). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';

describe('formula results that are falsy', () => {
  it('0 and false read back as 0 and false', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 0;
    ws.getCell('B1').value = { formula: 'A1*1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { formula: 'A1>1', result: false } as ExcelJS.CellFormulaValue;
    const book = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const snap = await book.read();
    expect(snap.sheets[0]!.values[0]).toEqual([0, 0, false]);
    expect(snap.sheets[0]!.formulas).toMatchObject({ B1: 'A1*1', C1: 'A1>1' });
  });
});
