import { describe, expect, it } from 'vitest';
import { buildPlanSheet } from '../../../src/domain/specs/planSheet';
import { buildAnalysisSheet } from '../../../src/domain/specs/analysisSheet';
import { buildSummarySheet } from '../../../src/domain/specs/summarySheet';
import { seedSummary } from '../../helpers/seedSummary';
import { specCellAt, specCells } from '../../helpers/specCell';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

const th = { lang: 'th', thaiDigits: false } as const;
const THAI = /[\u0E00-\u0E7F]/;
/** Measure rows: everything under the header row (row 4, below the title, the basis and the framework's status line). */
const measureRows = (spec: SheetSpec) => spec.rows.slice(4).map((r) => r.map((c) => String(c?.value ?? '')));

describe('measures plan on the seed', () => {
  const s = seedSummary();
  const spec = buildPlanSheet(s, th);
  const rows = measureRows(spec);

  it('is titled for the plan year and the agency', () => {
    expect(spec.key).toBe('plan');
    expect(spec.name).toBe('ITA มาตรการ 2568');
    expect(specCellAt(spec, 'A1')?.value).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลตุน ประจำปีงบประมาณ พ.ศ. 2568');
  });

  it('says under the title which framework the numbers follow, and that it is verified', () => {
    expect(specCellAt(spec, 'A3')?.value).toBe('คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. 2567 ของสำนักงาน ป.ป.ช. (ตรวจสอบแล้ว)');
  });

  it('has the 4 template columns plus the items answered', () => {
    expect(spec.rows[3]!.map((c) => c?.value)).toEqual(['มาตรการ/โครงการ/กิจกรรม', 'ขั้นตอน/วิธีปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'ข้อที่ตอบสนอง']);
  });

  it('has a measure naming o26 and o28 (No Gift)', () => {
    const noGift = rows.find((r) => r[4]!.includes('o26 ') && r[4]!.includes('o28 '));
    expect(noGift?.[0]).toContain('No Gift');
    expect(noGift?.[1]).toMatch(/ลงนาม.*2568/);
  });

  it('every weak item of the seed is answered by some measure, once', () => {
    const answered = rows.flatMap((r) => r[4]!.split('\n').map((l) => l.split(' ')[0]));
    for (const w of s.weak) expect(answered.filter((c) => c === w.code)).toHaveLength(1);
    expect(s.weak.length).toBe(22);
  });

  it('publishes this measures document (o34) first, early in the fiscal year', () => {
    expect(rows[0]![4]).toContain('o34');
    expect(rows[0]![3]).toBe('ตุลาคม 2567 – ธันวาคม 2567');
  });

  it.each([
    ['o15', 'กองคลัง (งานพัสดุ)', 'ตุลาคม 2567 – กันยายน 2568'],
    ['o18', 'กองการเจ้าหน้าที่', 'ตุลาคม 2567 – กันยายน 2568'],
    ['o30', 'หน่วยตรวจสอบภายใน', 'ตุลาคม 2567 – กันยายน 2568'],
    ['i10', 'กองคลัง', 'ตุลาคม 2567 – มีนาคม 2568'],
    ['o25', 'งานวิเคราะห์นโยบายและแผน สำนักปลัด', 'มกราคม 2568 – มิถุนายน 2568'],
  ])('the measure answering %s has owner %s and period %s', (code, owner, period) => {
    const r = rows.find((x) => x[4]!.split('\n').some((l) => l.startsWith(`${code} `)))!;
    expect(r[2]).toBe(owner);
    expect(r[3]).toBe(period);
  });

  it('the weak EIT indicator 8 gets its own measure (quarterly satisfaction surveys)', () => {
    const r = rows.find((x) => x[4]!.includes('ตัวชี้วัดที่ 8'))!;
    expect(r[1]).toContain('สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส');
  });

  it('steps are numbered lines "1." (never "-"), and only the steps this agency needs', () => {
    for (const r of rows) {
      const lines = r[1]!.split('\n');
      lines.forEach((l, k) => expect(l.startsWith(`${k + 1}. `)).toBe(true));
    }
    const basics = rows.find((r) => r[4]!.startsWith('o2 '))!;
    expect(basics[1]).toContain('ฝ่ายการเมืองและฝ่ายประจำ');
    expect(basics[1]).not.toContain('Q&A');
  });

  it('prints landscape A4, fit to width, header repeated on every page, bordered wrapped cells', () => {
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: [4, 4] });
    expect(spec.styles.text).toMatchObject({ border: 'thin', wrap: true });
    expect(spec.columnWidths).toHaveLength(5);
  });

  it('gives every row an explicit height, taller where steps wrap (LibreOffice and merged cells never grow by themselves)', () => {
    spec.rows.forEach((_r, k) => expect(spec.rowHeights?.[k], `row ${k + 1}`).toBeGreaterThan(0));
    expect(spec.rowHeights?.[4]).toBeGreaterThanOrEqual(4 * 24);
  });
});

describe('every sheet', () => {
  const hostile = seedSummary({ agency: '-อบต.ทดสอบ' });
  const specs = [buildSummarySheet, buildAnalysisSheet, buildPlanSheet].flatMap((b) => [
    b(hostile, th), b(hostile, { lang: 'en', thaiDigits: false }), b(hostile, { lang: 'th', thaiDigits: true }),
  ]);
  it.each(specs.map((s) => [s.name, s] as const))('%s: no cell text starts with = + - @', (_name, spec) => {
    for (const { ref, cell } of specCells(spec)) {
      if (typeof cell.value === 'string') expect(cell.value, ref).not.toMatch(/^[=+\-@]/);
      if (cell.formula) expect(cell.formula, ref).not.toMatch(/^=/);
    }
  });
  it.each(specs.map((s) => [s.name, s] as const))('%s: rows fit the column widths, merges are valid', (_name, spec) => {
    for (const row of spec.rows) expect(row.length).toBeLessThanOrEqual(spec.columnWidths.length);
    for (const m of spec.merges) expect(m).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    expect(spec.baseStyle?.font).toBe('TH SarabunPSK');
  });
});

describe('plan options', () => {
  it('thaiDigits converts the title and periods, item codes keep Latin digits', () => {
    const spec = buildPlanSheet(seedSummary(), { lang: 'th', thaiDigits: true });
    const rows = measureRows(spec);
    expect(specCellAt(spec, 'A1')?.value).toContain('พ.ศ. ๒๕๖๘');
    expect(rows[0]![3]).toBe('ตุลาคม ๒๕๖๗ – ธันวาคม ๒๕๖๗');
    expect(rows[0]![4]).toMatch(/^o34 .*: ๐ คะแนน( —|$)/);
    expect(rows[0]![1]).toMatch(/^๑\. /);
  });

  it('English has no Thai outside the agency name', () => {
    const spec = buildPlanSheet(seedSummary({ agency: 'Tun TAO' }), { lang: 'en', thaiDigits: false });
    expect(spec.name).toBe('ITA Measures 2568');
    for (const { cell } of specCells(spec)) if (typeof cell.value === 'string') expect(cell.value).not.toMatch(THAI);
    expect(measureRows(spec)[0]![3]).toBe('October 2024 – December 2024');
  });

  it('an agency with nothing weak still gets its own measures document (o34) as the single row', () => {
    const perfect = Object.fromEntries(seedSummary().items.map((i) => [i.code, 100]));
    const s = seedSummary({}, { items: perfect, indicators: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], overall: 100 });
    const rows = measureRows(buildPlanSheet(s, th));
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toContain('มาตรการส่งเสริมคุณธรรมและความโปร่งใส');
  });
});

describe('every measure says what it is worth (score planner)', () => {
  it('o26 answers with its gain of 2.00 overall points and its FY2568 code', async () => {
    const { buildPlanSheet: build } = await import('../../../src/domain/specs/planSheet');
    const { seedSummary: seed } = await import('../../helpers/seedSummary');
    const spec = build(seed(), { lang: 'th', thaiDigits: false });
    const texts = spec.rows.flat().map((c) => (c && typeof c.value === 'string' ? c.value : ''));
    const o26 = texts.flatMap((t) => t.split('\n')).find((l) => l.startsWith('o26'));
    expect(o26).toMatch(/2\.00/);
    expect(o26).toContain('O21');
  });
});
