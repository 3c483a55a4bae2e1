/** The framework sheet through the app and the exceljs adapter: written with our sheets, edited by the user in the file, used on the next run. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultBuilders } from '../../src/app/builders';
import { ALL_ACTIONS, analyzeSnapshot, planChanges } from '../../src/app/workbench';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { validatePackage, describeInvalid } from '../helpers/ooxml';
import { OIT_2569, yearWorkbook } from '../fixtures/yearGrids';

async function xlsxOf(book: ReturnType<typeof yearWorkbook>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) wb.addWorksheet(s.name).addRows(s.values.map((r) => [...r]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function run(data: Uint8Array): Promise<{ out: Uint8Array; analysis: ReturnType<typeof analyzeSnapshot> }> {
  const book = await openXlsx(data);
  const analysis = analyzeSnapshot(await book.read(), DEFAULT_SETTINGS, {}, { today: new Date('2026-12-02') });
  const plan = planChanges(
    analysis,
    ALL_ACTIONS,
    defaultBuilders,
    { lang: 'th', thaiDigits: false },
    new Date('2026-12-02T00:00:00Z'),
  );
  await book.write(plan.changes);
  return { out: await book.toBuffer(), analysis };
}

describe("the framework sheet is the user's", () => {
  const names = OIT_2569.map((n, k) => (k === 9 ? 'บริการออนไลน์ผ่านเว็บไซต์ อบต.' : n));
  const input = yearWorkbook({
    year: 2569,
    oitNames: names,
    oit: OIT_2569.map((_n, k) => (k === 9 ? 0 : 100)),
    indicators: [95, 95, 95, 95, 95, 90, 90, 90, 80, 80],
  });

  it('written with our sheets; an edit in Excel is used on the next run, said so, and kept on rewriting', async () => {
    const first = await run(await xlsxOf(input));
    expect(describeInvalid(await validatePackage(first.out))).toEqual([]);
    // The typed O10 name is nobody's: by its code it is O10 (no warning about a mismatch).
    expect(first.analysis.summary.items.find((i) => i.code === 'O10')!.score).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('ITA กรอบการประเมิน')!;
    expect(ws).toBeDefined();
    // The user adds the agency's own wording as an alias of O10 and lowers the pass line of ผ่าน to 80.
    let aliasCell = '';
    let minCell = '';
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'O10') aliasCell = `H${r}`;
      if (row.getCell(6).value === 'ผ่าน') minCell = `A${r}`;
    });
    ws.getCell(aliasCell).value = 'บริการออนไลน์ผ่านเว็บไซต์ อบต.';
    ws.getCell(minCell).value = 80;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const second = await run(edited);
    const s = second.analysis.summary;
    expect(s.framework.origin).toEqual({ kind: 'workbook-sheet', sheet: 'ITA กรอบการประเมิน' });
    expect(s.issues).toContainEqual(expect.objectContaining({ code: 'framework.sheet.used' }));
    expect(s.framework.items.find((i) => i.code === 'O10')!.aliases).toEqual(['บริการออนไลน์ผ่านเว็บไซต์ อบต.']);
    expect(s.scheme.levels.find((l) => l.label.th === 'ผ่าน')!.min).toBe(80);
    // The published sheets say the user's version was used.
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(second.out as unknown as ArrayBuffer);
    const plan = out.worksheets.find((w) => w.name.startsWith('ITA มาตรการ'))!;
    const planText: string[] = [];
    plan.eachRow((row) =>
      row.eachCell((c) => {
        planText.push(String(c.value ?? ''));
      }),
    );
    expect(planText.join('').replace(/\s+/g, '')).toContain('ใช้กรอบการประเมินที่ผู้ใช้แก้ไขในแผ่นงาน"ITAกรอบการประเมิน"');

    // A third run over the rewritten file: still the user's version.
    const third = await run(second.out);
    expect(third.analysis.summary.framework.origin.kind).toBe('workbook-sheet');
    expect(third.analysis.summary.scheme.levels.find((l) => l.label.th === 'ผ่าน')!.min).toBe(80);
  });

  it('an unedited framework sheet changes nothing on the next run', async () => {
    const first = await run(await xlsxOf(input));
    const second = await run(first.out);
    expect(second.analysis.summary.framework.origin).toEqual({ kind: 'shipped' });
    expect(second.analysis.summary.issues.some((i) => i.code.startsWith('framework.sheet'))).toBe(false);
  });
});
