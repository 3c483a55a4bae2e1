/** Every assessment year through the command line, on real .xlsx files: the year, the framework's status, --framework, year checks. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworkExact } from '../../src/domain/framework';
import type { WorkbookSnapshot } from '../../src/domain/types';
import { OIT_2568, OIT_2569, overallOf, yearWorkbook } from '../fixtures/yearGrids';
import { runCli, type Run } from '../helpers/cli';

const ita = (...argv: string[]): Promise<Run> => runCli(argv, { now: new Date('2026-12-02T00:00:00Z') });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-years-'));
});

async function xlsx(book: WorkbookSnapshot, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) wb.addWorksheet(s.name).addRows(s.values.map((r) => [...r]));
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

const IND = [96.2, 97.1, 98.4, 95.3, 96.0, 94.1, 93.2, 92.8, 88.5, 90.0];
const SCORES = Array.from({ length: 26 }, (_, k) => ([9, 10, 19, 24].includes(k) ? 0 : 100));

describe('FY2569 through the CLI', () => {
  let file = '';
  beforeAll(async () => {
    file = await xlsx(yearWorkbook({ year: null, oitNames: OIT_2569, oit: SCORES, indicators: IND }), 'fy2569.xlsx');
  });

  it('--json: framework {year, status, source}, the overall of the stated indicators, the pass level, items named', async () => {
    const r = await ita('analyze', file, '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.framework).toMatchObject({ year: 2569, status: 'partial', source: 'item-names' });
    expect(doc.framework.reason).toMatch(/OIT item names fit the FY2569 framework/);
    expect(doc.year).toBe(2569);
    expect(doc.planYear).toBe(2570);
    expect(Math.abs(doc.overall.score - overallOf(IND))).toBeLessThanOrEqual(0.01);
    // IIT 96.6, EIT 93.37 (< 95), OIT 89.25 (< 95): overall 92.59 → ผ่านดี by the per-tool rule.
    expect(doc.overall.rating.label).toBe('Pass, good');
    const o10 = doc.items.find((i: { code: string }) => i.code === 'O10');
    expect(o10).toMatchObject({ name: 'Online services (E-Service)', score: 0, weak: true, topic: 'e-service' });
    expect(doc.items.find((i: { code: string }) => i.code === 'O25')).toMatchObject({
      name: 'Using the ITA results to develop the organisation',
      weak: true,
    });
    expect(doc.items.filter((i: { score: number; weak: boolean }) => i.score === 100 && i.weak)).toEqual([]);
    expect(doc.indicators[8]).toMatchObject({ source: 'reported', score: 88.5, agrees: null });
  });

  it('the text report says which framework, how sure, and why that year', async () => {
    const r = await ita('analyze', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ใช้กรอบการประเมินปี 2569 (ข้อมูลบางส่วน)');
    expect(r.out).toContain('สมุดงานไม่ระบุปี: ชื่อข้อ OIT 26 จาก 26 ข้อตรงกับกรอบการประเมินปี 2569');
  });

  it('-o writes the sheets with the framework sheet; the plan names FY2569 items (No Gift, ITA measures)', async () => {
    const out = join(dir, 'fy2569-out.xlsx');
    const r = await ita('analyze', file, '-o', out, '--json');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('ITA กรอบการประเมิน')).toBeDefined();
    const plan = wb.worksheets.find((w) => w.name === 'ITA มาตรการ 2570')!;
    const text: string[] = [];
    plan.eachRow((row) =>
      row.eachCell((c) => {
        text.push(String(c.value ?? ''));
      }),
    );
    // Our printed texts carry their line breaks: compared without whitespace.
    const all = text.join('\n').replace(/\s+/g, '');
    expect(all).toContain('O20การขับเคลื่อนนโยบายNoGiftPolicy');
    expect(all).toContain('O25การนำผลการประเมินITAไปสู่การพัฒนาองค์กร');
    expect(all).toContain('กรอบการประเมินITAปีพ.ศ.2569ซึ่งยังไม่ครบถ้วน');
  });
});

describe('FY2568 and year checks', () => {
  let file = '';
  beforeAll(async () => {
    file = await xlsx(yearWorkbook({ year: 2568, oitNames: OIT_2568, oit: SCORES, indicators: IND }), 'fy2568.xlsx');
  });

  it('a FY2568 workbook is FY2568, by the year written', async () => {
    const doc = JSON.parse((await ita('analyze', file, '--json')).out);
    expect(doc.framework).toMatchObject({ year: 2568, status: 'partial', source: 'workbook' });
    expect(doc.items.find((i: { code: string }) => i.code === 'O17').name).toBe(
      'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    );
  });
  it('--year 2568 works; --year contradicting the workbook is warned', async () => {
    const doc = JSON.parse((await ita('analyze', file, '--json', '--year', '2569', '--lang', 'en')).out);
    expect(doc.framework).toMatchObject({ year: 2569, source: 'option' });
    expect(doc.warnings).toContainEqual(
      expect.objectContaining({
        code: 'year.optionContradicts',
        message: 'The assessment year is set to 2569 but the workbook says 2568: using 2569 as set',
      }),
    );
  });
  it("a plan year not after the assessment year is a usage error (given, or against the workbook's year)", async () => {
    const a = await ita('analyze', file, '--year', '2568', '--plan-year', '2568', '--lang', 'en');
    expect(a.code).toBe(2);
    expect(a.err).toContain('--plan-year 2568 must come after the assessment year 2568');
    const b = await ita('analyze', file, '--plan-year', '2567', '--lang', 'en');
    expect(b.code).toBe(2);
    expect(b.err).toContain('--plan-year 2567 must come after the assessment year 2568');
  });
  it('a year with no data at all: the nearest framework, said to be assumed', async () => {
    const doc = JSON.parse((await ita('analyze', file, '--json', '--year', '2590')).out);
    expect(doc.framework).toMatchObject({ year: 2570, status: 'assumed', source: 'option' });
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain('year.unknown');
  });
});

describe('--framework', () => {
  let file = '';
  beforeAll(async () => {
    file = await xlsx(yearWorkbook({ year: 2569, oitNames: OIT_2569, oit: SCORES, indicators: IND }), 'fy2569-y.xlsx');
  });

  it('a JSON bundle a province hands out: used, and said so', async () => {
    const fw = JSON.parse(JSON.stringify(frameworkExact(2569)));
    fw.status = 'verified';
    fw.indicators = fw.indicators.map((i: { grouping?: string; aggregate: string }) =>
      i.aggregate === 'reported' ? i : { ...i, grouping: 'verified' },
    );
    const p = join(dir, 'fy2569-verified.json');
    await writeFile(p, JSON.stringify(fw));
    const doc = JSON.parse((await ita('analyze', file, '--json', '--framework', p)).out);
    expect(doc.framework).toMatchObject({ year: 2569, status: 'verified', origin: { kind: 'file', file: p } });
    // Grouping verified: indicators 9 and 10 now come from the items, and disagree with the stated ones.
    expect(doc.indicators[8].source).toBe('items');
    expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['framework.file.used', 'indicator.mismatch']),
    );
  });

  it('an .xlsx holding an edited framework sheet', async () => {
    const out = join(dir, 'with-sheet.xlsx');
    expect((await ita('analyze', file, '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('ITA กรอบการประเมิน')!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'IIT' && typeof row.getCell(2).value === 'number') row.getCell(2).value = 0.2;
      if (row.getCell(1).value === 'OIT' && typeof row.getCell(2).value === 'number') row.getCell(2).value = 0.5;
    });
    const fwFile = join(dir, 'province-framework.xlsx');
    await wb.xlsx.writeFile(fwFile);
    const doc = JSON.parse((await ita('analyze', file, '--json', '--framework', fwFile)).out);
    expect(doc.framework).toMatchObject({ year: 2569, origin: { kind: 'file', file: fwFile } });
    expect(doc.tools.map((t: { weight: number }) => t.weight)).toEqual([0.2, 0.3, 0.5]);
    expect(doc.overall.score).toBeCloseTo(0.2 * 96.6 + 0.3 * ((94.1 + 93.2 + 92.8) / 3) + 0.5 * 89.25, 6);
  });

  it('a broken framework is refused, every problem named with its file, sheet and cell, in Thai', async () => {
    const out = join(dir, 'with-sheet2.xlsx');
    await ita('analyze', file, '-o', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('ITA กรอบการประเมิน')!;
    let cell = '';
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'O11') {
        row.getCell(4).value = 'เก้า';
        cell = `D${r}`;
      }
    });
    const bad = join(dir, 'bad-framework.xlsx');
    await wb.xlsx.writeFile(bad);
    const r = await ita('analyze', file, '--framework', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`ไฟล์กรอบการประเมิน "${bad}" ใช้ไม่ได้:`);
    expect(r.err).toContain(`${bad}: ITA กรอบการประเมิน!${cell}: ช่อง indicator ต้องเป็นตัวเลข (ได้ "เก้า")`);
    const j = await ita('analyze', file, '--framework', join(dir, 'nope.json'), '--lang', 'en');
    expect(j.code).toBe(1);
    const u = await ita('analyze', file, '--framework', 'fw.csv', '--lang', 'en');
    expect([u.code, u.err]).toEqual([2, expect.stringContaining('--framework must be an .xlsx')]);
  });
});
