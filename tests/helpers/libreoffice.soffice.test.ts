import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from './soffice';

describe.skipIf(SKIP_SOFFICE)('LibreOffice helper', () => {
  it('recalculates formulas on load: a wrong cached value shows the true result', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('แรก');
    a.getCell('A1').value = 40;
    a.getCell('A2').value = 2;
    a.getCell('A3').value = { formula: 'A1+A2', result: 999 }; // deliberately wrong cache
    a.getCell('B1').value = '- จัดทำคู่มือ';
    const b = wb.addWorksheet('สอง');
    b.getCell('A1').value = { formula: 'แรก!A1*10', result: 1 };
    const dir = mkdtempSync(join(tmpdir(), 'ita-soffice-test-'));
    const path = join(dir, 'recalc.xlsx');
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));

    const [first] = await convertWithSoffice(path, 'csv', dir);
    const rows = parseCsv(readFileSync(first!, 'utf8'));
    expect(rows[2]?.[0]).toBe('42');
    expect(rows[0]?.[1]).toBe('- จัดทำคู่มือ');

    const second = await convertWithSoffice(path, 'csv', join(dir, 'two'), { sheet: 2 });
    expect(parseCsv(readFileSync(second[0]!, 'utf8'))[0]?.[0]).toBe('400');

    const all = await convertWithSoffice(path, 'csv', join(dir, 'all'), { sheet: 'all' });
    expect(all.map((p) => p.split('/').pop())).toEqual(['recalc-สอง.csv', 'recalc-แรก.csv']);

    const [pdf] = await convertWithSoffice(path, 'pdf', join(dir, 'pdf'));
    expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
  }, 240_000);
});
