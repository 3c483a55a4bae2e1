import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../../helpers/soffice';
import { changesOf } from '../../helpers/changes';

const SPEC: SheetSpec = {
  key: 'summary',
  name: 'สรุป ITA',
  rows: [
    [{ value: 'ตัวชี้วัด' }, { value: 'คะแนน' }],
    [{ value: 'IIT 1' }, { formula: "'สรุปผล'!D10", value: 93.5 }],
    [{ value: 'ค่าเฉลี่ย IIT' }, { formula: "ROUND(AVERAGE('สรุปผล'!D10:D14),2)", value: 0 }], // cached value wrong on purpose
    [{ value: '- จัดทำคู่มือ' }, { value: '=1+1' }],
  ],
  styles: {},
  baseStyle: { font: 'TH SarabunPSK', size: 16 },
  merges: [],
  columnWidths: [30, 12],
  conditionalFormats: [{ range: 'B2:B3', formula: 'B2<80', fill: '#FFC7CE', priority: 1 }],
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
};

describe.skipIf(SKIP_SOFFICE)('xlsx adapter output read by LibreOffice', () => {
  it('opens the sample with our sheet added, recalculates our formulas, keeps dash lines as text', async () => {
    const wb = await openXlsx(new Uint8Array(readFileSync(join(__dirname, '../../../samples/ita-2567-sample.xlsx'))));
    await wb.write(changesOf({ addSheets: [SPEC] }));
    const dir = mkdtempSync(join(tmpdir(), 'ita-xlsx-soffice-'));
    const path = join(dir, 'out.xlsx');
    writeFileSync(path, await wb.toBuffer());
    const [csv] = await convertWithSoffice(path, 'csv', dir, { sheet: 3 });
    const rows = parseCsv(readFileSync(csv!, 'utf8'));
    expect(rows[1]).toEqual(['IIT 1', '93.5']);
    expect(rows[2]).toEqual(['ค่าเฉลี่ย IIT', '90.55']); // (93.5+94.86+95.62+80.95+87.81)/5
    expect(rows[3]).toEqual(['- จัดทำคู่มือ', '=1+1']);
  }, 240_000);
});
