import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { META_SHEET, type OurFill, type OurRule, type WorkbookChanges } from '../../../src/app/port';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { newWorkbookWith, openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { writeFileAtomic, readXlsxFile } from '../../../src/adapters/xlsx/node';
import { cellAt, sheetOf } from '../../contract/portContract';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';

/** A user's workbook with the things officers really have: styles, merges, number formats, formulas, CF, names, a hidden sheet. */
async function richUserWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน ITA');
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 55.5;
  ws.getColumn(3).width = 12;
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = 'ผลการประเมิน ITA ปี 2567';
  ws.getCell('A1').font = { name: 'TH SarabunPSK', size: 18, bold: true, color: { argb: 'FF1F4E79' } };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const rows: [string, string, number | string][] = [
    ['i1', 'การปฏิบัติงาน', 92.5],
    ['i2', 'การใช้งบประมาณ', 81.25],
    ['i3', 'การใช้อำนาจ', '92.00'],
    ['o1', 'ข้อมูลพื้นฐาน', 100],
  ];
  rows.forEach(([code, name, score], i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = code;
    ws.getCell(r, 2).value = { richText: [{ text: name, font: { bold: true } }, { text: ' (ตัวชี้วัด)' }] };
    ws.getCell(r, 3).value = score;
    ws.getCell(r, 3).numFmt = '0.00';
    ws.getCell(r, 3).border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    ws.getCell(r, 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  ws.getCell('C6').value = { formula: 'AVERAGE(C2:C5)', result: 91.25 };
  ws.getCell('D2').value = { formula: 'C2*2', result: 185 };
  ws.getCell('D3').value = { sharedFormula: 'D2', result: 162.5 };
  ws.getCell('E2').value = new Date(Date.UTC(2024, 9, 1));
  ws.getCell('E3').value = { text: 'itas.nacc.go.th', hyperlink: 'https://itas.nacc.go.th' };
  ws.getCell('E4').value = { error: '#N/A' };
  ws.getCell('E5').value = 'C3 is blank on purpose';
  ws.getRow(1).height = 30;
  ws.addConditionalFormatting({
    ref: 'C2:C5',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['C2<85'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  wb.definedNames.add("'คะแนน ITA'!$C$2:$C$5", 'scores');
  const hidden = wb.addWorksheet('ซ่อน', { state: 'hidden' });
  hidden.getCell('A1').value = 'ลับ';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const SPEC: SheetSpec = {
  key: 'analysis',
  name: 'วิเคราะห์ ITA',
  rows: [
    [{ value: 'การวิเคราะห์ผลการประเมิน', style: 'title' }, null, null],
    [
      { value: 'ข้อ', style: 'head' },
      { value: 'คะแนน', style: 'head' },
      { value: 'เป้าหมาย', style: 'head' },
    ],
    [{ value: 'i1' }, { formula: "'คะแนน ITA'!C2", value: 92.5, style: 'num' }, { value: 95, style: 'num' }],
    [{ value: '- จัดทำคู่มือการปฏิบัติงาน' }, { value: '=SUM(1,2)' }, { value: '+1' }],
    [{ value: '@mention' }, null, null],
  ],
  styles: {
    title: { bold: true, size: 20, hAlign: 'center', color: '#1F4E79' },
    head: { bold: true, fill: '#D9E1F2', border: 'thin', hAlign: 'center', vAlign: 'middle', wrap: true },
    num: { numFmt: '0.00', border: 'thin', italic: true },
  },
  baseStyle: { font: 'TH SarabunPSK', size: 16 },
  merges: ['A1:C1'],
  columnWidths: [40, 12, 12],
  rowHeights: { 0: 36 },
  conditionalFormats: [
    { range: 'B3:B3', formula: 'B3<C3', fill: '#FFC7CE', color: '#9C0006', bold: true, priority: 1 },
  ],
  print: {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: [1, 2],
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 },
  },
  freeze: { rows: 2, cols: 1 },
  inputRanges: ['C3:C3'],
  tabColor: '#2E75B6',
};

const RULE: OurRule = {
  sheet: 'คะแนน ITA',
  range: 'C2:C5',
  formula: 'AND(ISNUMBER(C2),C2<90)',
  fill: '#FFEB9C',
  priority: 1,
};
const FILL: OurFill = { sheet: 'คะแนน ITA', cell: 'C7', formula: 'ROUND(C6,2)', value: 91.25 };
const changes = (over: Partial<WorkbookChanges> = {}): WorkbookChanges => ({
  removeSheets: [],
  addSheets: [SPEC],
  removeRules: [],
  addRules: [RULE],
  fills: [FILL],
  clearFills: [],
  marker: {
    app: 'ita-workbench',
    version: 1,
    sheets: [{ key: 'analysis', name: SPEC.name, signatureCell: 'A1', signature: 'การวิเคราะห์ผลการประเมิน' }],
    rules: [RULE],
    fills: [FILL],
    writtenAt: '2025-01-01T00:00:00Z',
  },
  markerSheet: META_SHEET,
  ...over,
});

type CellPrint = { value: unknown; formula: string | undefined; style: string };
function userCells(wb: ExcelJS.Workbook): Record<string, CellPrint> {
  const out: Record<string, CellPrint> = {};
  for (const name of ['คะแนน ITA', 'ซ่อน']) {
    wb.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (name === 'คะแนน ITA' && cell.address === 'C7') return; // our fill
        // A cell with nothing in it is the same as no cell (exceljs creates them when a row grows).
        if (cell.value === null && JSON.stringify(cell.style) === '{}') return;
        out[`${name}!${cell.address}`] = {
          value: JSON.parse(JSON.stringify(cell.value)),
          formula: cell.formula || undefined,
          style: JSON.stringify(cell.style),
        };
      }),
    );
  }
  return out;
}
const layout = (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet('คะแนน ITA')!;
  return {
    merges: (ws as unknown as { model: { merges: string[] } }).model.merges,
    widths: [1, 2, 3, 4].map((c) => ws.getColumn(c).width),
    height: ws.getRow(1).height,
    names: wb.definedNames.model,
    hidden: wb.getWorksheet('ซ่อน')!.state,
  };
};
const ruleCount = (wb: ExcelJS.Workbook, name: string): number =>
  (
    wb.getWorksheet(name) as unknown as { conditionalFormattings: { rules: unknown[] }[] }
  ).conditionalFormattings.reduce((n, cf) => n + cf.rules.length, 0);

/** The written file read by another library (exceljs), to compare what users see, not what our reader says. */
async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(\\w+)"`).exec(wbXml)?.[1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  return zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
}

describe('xlsx adapter: reading real-world values', () => {
  it('normalises rich text, hyperlinks, dates, errors, shared formulas, text scores and merges', async () => {
    const snap = await (await openXlsx(await richUserWorkbook())).read();
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['คะแนน ITA', 'visible'],
      ['ซ่อน', 'hidden'],
    ]);
    const s = sheetOf(snap, 'คะแนน ITA');
    expect(s.origin).toEqual({ row: 0, col: 0 });
    expect(cellAt(s, 'A1')).toBe('ผลการประเมิน ITA ปี 2567');
    expect(cellAt(s, 'B1')).toBeNull(); // merged, not master
    expect(cellAt(s, 'B2')).toBe('การปฏิบัติงาน (ตัวชี้วัด)');
    expect(cellAt(s, 'C4')).toBe('92.00');
    expect(cellAt(s, 'C6')).toBe(91.25);
    expect(s.formulas?.['C6']).toBe('AVERAGE(C2:C5)');
    expect(cellAt(s, 'D3')).toBe(162.5);
    expect(s.formulas?.['D3']).toBe('C3*2'); // shared formula, translated
    expect(cellAt(s, 'E2')).toBe('2024-10-01');
    expect(cellAt(s, 'E3')).toBe('itas.nacc.go.th');
    expect(cellAt(s, 'E4')).toBe('#N/A');
  });

  it('caps a sheet at maxCells (whole rows) and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('big');
    for (let r = 1; r <= 50; r++) for (let c = 1; c <= 10; c++) ws.getCell(r, c).value = r * 100 + c;
    const s = sheetOf(
      await (await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), { maxCells: 105 })).read(),
      'big',
    );
    expect(s.values).toHaveLength(10);
    expect(cellAt(s, 'J10')).toBe(1010);
    expect(s.truncated).toEqual({ cells: 500, limit: 105 });
  });
});

describe('xlsx adapter: writing never touches the user content', () => {
  it('keeps every pre-existing cell (value, formula, style), merge, width, name, hidden sheet and rule', async () => {
    const original = await richUserWorkbook();
    const before = await excel(original);
    const cellsBefore = userCells(before);
    const layoutBefore = layout(before);
    expect(ruleCount(before, 'คะแนน ITA')).toBe(1);

    const first = await openXlsx(original);
    await first.write(changes());
    const firstBytes = await first.toBuffer();
    const afterFirst = await excel(firstBytes);
    expect(userCells(afterFirst)).toEqual(cellsBefore);
    expect(layout(afterFirst)).toEqual(layoutBefore);
    expect(ruleCount(afterFirst, 'คะแนน ITA')).toBe(2);
    expect(afterFirst.worksheets.map((w) => w.name)).toEqual(['คะแนน ITA', 'ซ่อน', 'วิเคราะห์ ITA', META_SHEET]);
    expect(afterFirst.getWorksheet('คะแนน ITA')!.getCell('C7').formula).toBe('ROUND(C6,2)');

    // The second run, from the re-read file: remove what the first made, write it again.
    const again = await openXlsx(firstBytes);
    await again.write(changes({ removeSheets: [SPEC.name], removeRules: [RULE], clearFills: [FILL] }));
    const secondBytes = await again.toBuffer();
    const afterSecond = await excel(secondBytes);
    expect(userCells(afterSecond)).toEqual(cellsBefore);
    expect(layout(afterSecond)).toEqual(layoutBefore);
    expect(ruleCount(afterSecond, 'คะแนน ITA')).toBe(2);
    expect(ruleCount(afterSecond, 'วิเคราะห์ ITA')).toBe(1);
    expect(afterSecond.worksheets.map((w) => w.name)).toEqual(['คะแนน ITA', 'ซ่อน', 'วิเคราะห์ ITA', META_SHEET]);
    // The user's own rule is still the very same rule.
    const cfs = (
      afterSecond.getWorksheet('คะแนน ITA') as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((c) => `${c.ref} ${c.rules[0]!.formulae[0]}`).sort()).toEqual([
      'C2:C5 AND(ISNUMBER(C2),C2<90)',
      'C2:C5 C2<85',
    ]);

    // Raw XML: the user's hidden sheet is byte-identical between the two runs.
    expect(await sheetXml(secondBytes, 'ซ่อน')).toBe(await sheetXml(firstBytes, 'ซ่อน'));
    expect(await sheetXml(secondBytes, 'ซ่อน')).toBe(await sheetXml(original, 'ซ่อน'));
    // The user's scored sheet after the second run is the first run's, byte for byte (ours removed and put back).
    expect(await sheetXml(secondBytes, 'คะแนน ITA')).toBe(await sheetXml(firstBytes, 'คะแนน ITA'));
  });
});

describe('xlsx adapter: rendering a SheetSpec', () => {
  it('writes text starting with = + - @ as strings in the XML (no <f>), formulas with cached values', async () => {
    const wb = await newWorkbookWith([SPEC]);
    const bytes = await wb.toBuffer();
    const xml = await sheetXml(bytes, 'วิเคราะห์ ITA');
    const cellXml = (ref: string) => new RegExp(`<c r="${ref}"[^>]*(/>|>.*?</c>)`).exec(xml)?.[0] ?? '';
    for (const ref of ['A4', 'B4', 'C4', 'A5']) {
      expect(cellXml(ref)).toMatch(/t="(s|inlineStr|str)"/);
      expect(cellXml(ref)).not.toContain('<f>');
    }
    expect(cellXml('B3')).toMatch(/<f>(&apos;|')คะแนน ITA(&apos;|')!C2<\/f>/);
    expect(cellXml('B3')).toContain('<v>92.5</v>');
  });

  it('styles, merges, widths, heights, CF, print setup, freeze, tab colour and input cells', async () => {
    const bytes = await (await newWorkbookWith([SPEC])).toBuffer();
    const v = await validatePackage(bytes);
    expect(describeInvalid(v)).toEqual([]);
    const wb = await excel(bytes);
    const ws = wb.getWorksheet('วิเคราะห์ ITA')!;
    expect(ws.getCell('A1').font).toMatchObject({
      name: 'TH SarabunPSK',
      size: 20,
      bold: true,
      color: { argb: 'FF1F4E79' },
    });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A2').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A2').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B3').numFmt).toBe('0.00');
    expect(ws.getCell('B3').font).toMatchObject({ italic: true, name: 'TH SarabunPSK', size: 16 });
    expect(ws.getCell('A4').font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
    expect((ws as unknown as { model: { merges: string[] } }).model.merges).toEqual(['A1:C1']);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([40, 12, 12]);
    expect(ws.getRow(1).height).toBe(36);
    expect(ruleCount(wb, 'วิเคราะห์ ITA')).toBe(1);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.properties.tabColor).toMatchObject({ argb: 'FF2E75B6' });
    expect(ws.getCell('C3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B3').protection?.locked).not.toBe(false);
  });
});

describe('xlsx adapter: file I/O', () => {
  it('writes atomically (no temp file left) and reads back the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-xlsx-'));
    const path = join(dir, 'ผล.xlsx');
    const bytes = await (await newWorkbookWith([SPEC])).toBuffer();
    await writeFileAtomic(path, bytes);
    await writeFileAtomic(path, bytes); // overwrite works too
    expect(readdirSync(dir)).toEqual(['ผล.xlsx']);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    expect(await readXlsxFile(path)).toEqual(bytes);
    await expect(writeFileAtomic(join(dir, 'no-such-dir', 'x.xlsx'), bytes)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['ผล.xlsx']);
  });
});
