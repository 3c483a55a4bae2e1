import { describe, expect, it } from 'vitest';
import { buildPlanSheet } from '../../../src/domain/specs/planSheet';
import { frameworkExact } from '../../../src/domain/framework';
import { buildAnalysisSheet } from '../../../src/domain/specs/analysisSheet';
import { buildSummarySheet } from '../../../src/domain/specs/summarySheet';
import { seedSummary } from '../../helpers/seedSummary';
import { specCells } from '../../helpers/specCell';
import { rowStarting, squash, textAt } from '../../helpers/docText';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

const th = { lang: 'th', thaiDigits: false } as const;
const THAI = /[\u0E00-\u0E7F]/;
const HEADERS = ['มาตรการ/โครงการ/กิจกรรม', 'ขั้นตอน/วิธีปฏิบัติ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];

/** The table's header: the row printed again at the top of every page. */
const headerRow = (spec: SheetSpec): number => spec.print.repeatRows![0] - 1;
/** Measures as the table shows them: a row starting a measure (its period filled), with the continuation rows under it (next pages). */
function measures(spec: SheetSpec): string[][] {
  const out: string[][] = [];
  for (let r = headerRow(spec) + 1; r < spec.rows.length; r++) {
    const row = spec.rows[r]!;
    if (row[0]?.style !== 'planText') break;
    const cells = [0, 1, 2, 3].map((c) => textAt(spec, r, c));
    if (cells[3] !== '' || !out.length) out.push(cells);
    else out[out.length - 1] = out[out.length - 1]!.map((t, c) => (cells[c] ? `${t}\n${cells[c]}` : t));
  }
  return out;
}
const all = (spec: SheetSpec): string =>
  squash(
    spec.rows
      .flat()
      .map((c) => (typeof c?.value === 'string' ? c.value : ''))
      .join(' '),
  );

describe('measures plan on the seed (section 4 of the document)', () => {
  const s = seedSummary();
  const spec = buildPlanSheet(s, th);
  const rows = measures(spec);

  it("opens with section 4's heading, then the plan's title for the agency and the plan year, the status line, the 4 template columns", () => {
    expect(spec.key).toBe('plan');
    expect(spec.name).toBe('ITA มาตรการ 2568');
    expect(squash(textAt(spec, 0, 0))).toBe(squash('4. วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ ในปีงบประมาณ พ.ศ. 2568'));
    expect(rowStarting(spec, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในองค์การบริหารส่วนตำบลตุน')).toBeGreaterThan(0);
    expect(rowStarting(spec, 'ประจำปีงบประมาณ พ.ศ. 2568')).toBeGreaterThan(0);
    expect(rowStarting(spec, 'คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. 2567')).toBeGreaterThan(0);
    expect(spec.rows[headerRow(spec)]!.map((c) => squash(String(c?.value ?? '')))).toEqual(HEADERS.map(squash));
  });

  it("every weak item of the seed is answered, by the plan year's code and name (or marked † when FY2568 has none)", () => {
    const text = rows.map((r) => squash(r[0]!)).join(' ');
    for (const w of s.weak) {
      const fy68 = s.framework.items.find((i) => i.code === w.code)!;
      expect(text.includes(squash(fy68.code)) || text.includes('†'), w.code).toBe(true);
    }
    const o21 = frameworkExact(2568)!.items.find((i) => i.code === 'O21')!;
    expect(text).toContain(squash(`O21 ${o21.name.th}*`));
    // o26 and o28 are both O21 in FY2568: named once.
    expect(text.split(squash('O21 ประกาศเจตนารมณ์')).length - 1).toBe(1);
    expect(text).toContain(squash('o15 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง†'));
    expect(all(spec)).toContain(squash('† ข้อของปี 2567: ยังไม่พบข้อที่ตรงกันในกรอบการประเมินปี 2568'));
    expect(all(spec)).toContain(squash('* เลขข้อและชื่อข้อของปี 2568 ที่มีเครื่องหมาย * เป็นการอนุมาน'));
  });

  it('answers the agency, not the score: no FY2567 scores, no worth in points (that stays in the score planner)', () => {
    const text = rows.flat().join('\n');
    expect(text).not.toMatch(/\+\d+\.\d\d|คะแนนภาพรวม|ได้ \d+(\.\d+)? คะแนน|: \d+ คะแนน/);
  });

  it('the weak EIT indicator 8 gets its own measure (quarterly satisfaction surveys)', () => {
    const r = rows.find((x) => squash(x[0]!).includes(squash('ตัวชี้วัดที่ 8')))!;
    expect(squash(r[1]!)).toContain(squash('สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส'));
  });

  it('ends with the standing measures: reporting the measures themselves, and the yearly documents each with the year it covers', () => {
    const report = rows.find((r) => squash(r[0]!).startsWith(squash('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม')));
    expect(report, 'the report on the measures').toBeDefined();
    const yearly = rows[rows.length - 1]!;
    expect(squash(yearly[0]!)).toContain(squash('โดยระบุปีที่ข้อมูลนั้นครอบคลุม'));
    const steps = squash(yearly[1]!);
    expect(steps).toContain(squash('รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567'));
    expect(
      [
        squash('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 (O25; ภายในธันวาคม 2567)'),
        squash('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568 (O25*; ภายในธันวาคม 2567)'),
      ].some((x) => steps.includes(x)),
    ).toBe(true);
    expect(steps).toContain(
      squash('รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567 (O26*; ภายในธันวาคม 2567)'),
    );
    expect(steps).toContain(
      squash('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 (เอกสารฉบับนี้)'),
    );
  });

  it.each([
    ['ประกาศเจตนารมณ์', 'สำนักปลัด'],
    ['O23 การประเมินความเสี่ยง', 'หน่วยตรวจสอบภายใน'],
    ['O13 รายงานผลการจัดซื้อจัดจ้าง', 'งานพัสดุ กองคลัง'],
    ['O14 แผนการบริหารและพัฒนาทรัพยากรบุคคล', 'งานการเจ้าหน้าที่ สำนักปลัด'],
  ])("the measure answering %s is owned by the อบต.'s %s", (item, owner) => {
    const r = rows.find((x) => squash(x[0]!).includes(squash(item)))!;
    expect(squash(r[2]!)).toBe(squash(owner));
  });

  it("owners are the offices of the agency's type: a เทศบาลเมือง's divisions, never an อบต.'s", () => {
    const t = buildPlanSheet(seedSummary({ agency: 'เทศบาลเมืองศรีสะเกษ' }), th);
    const r = measures(t).find((x) => squash(x[0]!).includes(squash('O13 รายงานผลการจัดซื้อจัดจ้าง')))!;
    expect(squash(r[2]!)).toBe(squash('ฝ่ายพัสดุและทรัพย์สิน กองคลัง'));
    expect(
      t.rows
        .flat()
        .map((c) => String(c?.value ?? ''))
        .join(' '),
    ).not.toMatch(/องค์การบริหารส่วนตำบล|อบต\./);
    expect(all(t)).toContain(squash('นายกเทศมนตรีเมืองศรีสะเกษ'));
  });

  it('steps are numbered lines "1." (never "-"), and only the steps this agency needs', () => {
    for (const r of rows) {
      const firsts = r[1]!.split('\n').filter((l) => !/^\s/.test(l));
      firsts.forEach((l, k) => expect(l.startsWith(`${k + 1}. `), l).toBe(true));
    }
    const basics = rows.find((r) => squash(r[0]!).includes(squash('O2 ข้อมูลผู้บริหาร')))!;
    expect(squash(basics[1]!)).toContain(squash('ฝ่ายการเมืองและฝ่ายประจำ'));
    expect(basics[1]).not.toContain('Q&A');
  });

  it('the approval block: prepared, reviewed by the ปลัด, approved by the นายก อบต., with lines to sign and date', () => {
    const sign = specCells(spec)
      .filter(({ cell }) => cell.style === 'sign')
      .map(({ cell }) => String(cell.value));
    expect(sign).toHaveLength(3);
    expect(squash(sign[0]!)).toMatch(/^ลงชื่อ\.{8,}ผู้จัดทำ/);
    expect(squash(sign[1]!)).toContain(squash('ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลตุน'));
    expect(squash(sign[2]!)).toContain(squash('ตำแหน่ง นายกองค์การบริหารส่วนตำบลตุน'));
    for (const b of sign) expect(squash(b)).toMatch(/วันที่\.+เดือน\.+พ\.ศ\.\.+/);
  });

  it('prints landscape A4, one page wide, the header repeated, page starts, the print area and Thai page numbers', () => {
    const h = headerRow(spec) + 1;
    expect(spec.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: [h, h],
      area: `A1:D${spec.rows.length}`,
    });
    expect(spec.print.footer?.center).toBe('&14หน้า &P จาก {pages}');
    expect(spec.print.rowBreaks!.length).toBeGreaterThan(2);
    expect(spec.columnWidths).toHaveLength(4);
  });
});

describe('every sheet', () => {
  const hostile = seedSummary({ agency: '-อบต.ทดสอบ' });
  const specs = [buildSummarySheet, buildAnalysisSheet, buildPlanSheet].flatMap((b) => [
    b(hostile, th),
    b(hostile, { lang: 'en', thaiDigits: false }),
    b(hostile, { lang: 'th', thaiDigits: true }),
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
  it('thaiDigits converts the titles and periods, item codes keep Latin digits', () => {
    const spec = buildPlanSheet(seedSummary(), { lang: 'th', thaiDigits: true });
    const rows = measures(spec);
    expect(textAt(spec, 0, 0)).toContain('๒๕๖๘');
    expect(squash(rows[0]![3]!)).toBe(squash('ตุลาคม ๒๕๖๗ – ธันวาคม ๒๕๖๗'));
    expect(rows[0]![1]).toMatch(/^๑\. /);
    expect(rows.map((r) => r[0]).join(' ')).toMatch(/O21/);
  });

  it('English has no Thai outside the agency name', () => {
    const spec = buildPlanSheet(seedSummary({ agency: 'Tun TAO' }), { lang: 'en', thaiDigits: false });
    expect(spec.name).toBe('ITA Measures 2568');
    for (const { cell } of specCells(spec)) if (typeof cell.value === 'string') expect(cell.value).not.toMatch(THAI);
    expect(squash(measures(spec)[0]![3]!)).toBe(squash('October 2024 – December 2024'));
  });

  it('an agency with nothing weak still gets its own measures document (o34) and the standing measures', () => {
    const perfect = Object.fromEntries(seedSummary().items.map((i) => [i.code, 100]));
    const s = seedSummary(
      {},
      { items: perfect, indicators: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], overall: 100 },
    );
    const rows = measures(buildPlanSheet(s, th));
    expect(rows).toHaveLength(3);
    expect(squash(rows[0]![0]!)).toContain(squash('มาตรการส่งเสริมคุณธรรมและความโปร่งใส'));
  });
});
