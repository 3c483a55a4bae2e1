import { describe, expect, it } from 'vitest';
import { ANALYSIS_THEMES, buildAnalysisSheet } from '../../../src/domain/specs/analysisSheet';
import { seedSummary } from '../../helpers/seedSummary';
import { specCells, specTexts } from '../../helpers/specCell';
import { rowStarting, squash, textAt } from '../../helpers/docText';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

const th = { lang: 'th', thaiDigits: false } as const;
const THAI = /[\u0E00-\u0E7F]/;
const LABELS = ['ข้อบกพร่อง/ข้อปรับปรุง', 'การพัฒนา', 'การรักษาระดับ'] as const;

/** The three texts of ประเด็น n (1-based): each under its label row, possibly continued on the next rows (pages). */
function themeTexts(spec: SheetSpec, n: number): Record<(typeof LABELS)[number], string> {
  const start = rowStarting(spec, `ประเด็นที่ ${n} `);
  const out: Record<string, string> = {};
  let current: string | null = null;
  for (let r = start + 1; r < spec.rows.length; r++) {
    const t = textAt(spec, r, 0);
    if (squash(t).startsWith('ประเด็นที่')) break;
    if ((LABELS as readonly string[]).includes(t)) {
      current = t;
      out[t] = '';
      continue;
    }
    if (current && spec.rows[r]?.[0]?.style === 'text') out[current] += `${t}\n`;
    else if (current) current = null;
  }
  return out as Record<(typeof LABELS)[number], string>;
}

/** The row of an item in the analysis tables ("ข้อ i1 …"). */
const itemRow = (spec: SheetSpec, code: string): number =>
  spec.rows.findIndex((_r, k) => textAt(spec, k, 1).startsWith(`ข้อ ${code} `));

describe('analysis sheet on the seed (section 3 of the document)', () => {
  const s = seedSummary();
  const spec = buildAnalysisSheet(s, th);

  it('opens with the section heading for this agency and year, then the framework status line', () => {
    expect(squash(textAt(spec, 0, 0))).toBe(
      squash(
        '3. ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลตุน ประจำปีงบประมาณ พ.ศ. 2567 แยกเป็น 7 ประเด็น ดังต่อไปนี้',
      ),
    );
    expect(squash(textAt(spec, 1, 0))).toBe(
      squash('คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. 2567 ของสำนักงาน ป.ป.ช. (ตรวจสอบแล้ว)'),
    );
  });

  it('has the 7 ประเด็น in order, each with its table header', () => {
    const heads = specTexts(spec).filter((t) => t.startsWith('ประเด็นที่'));
    expect(heads).toHaveLength(7);
    expect(squash(heads[0]!)).toBe(squash('ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ'));
    expect(specTexts(spec).filter((t) => squash(t) === 'เครื่องมือการประเมิน')).toHaveLength(7);
    expect(spec.key).toBe('analysis');
  });

  it.each([
    ['i1', 'Items!$C$2', 92],
    ['o9', 'Items!$C$34', 0],
    ['e9', 'Items!$C$25', 54.9],
    ['o34', 'Items!$C$59', 0],
  ])("item %s's score references the user's cell %s", (code, ref, value) => {
    const c = spec.rows[itemRow(spec, code)]![2]!;
    expect(c.formula).toBe(ref);
    expect(c.value).toBe(value);
  });

  it('the tool is written once per group, merged down its items (split where a page starts, written again there)', () => {
    const i1 = itemRow(spec, 'i1');
    expect(textAt(spec, i1, 0)).toBe('IIT');
    expect(spec.rows[itemRow(spec, 'i2')]![0]?.value).toBeUndefined();
    expect(spec.merges.some((m) => m.startsWith(`A${i1 + 1}:A`))).toBe(true);
  });

  it("every weak item is named with its score in its theme's shortcomings", () => {
    ANALYSIS_THEMES.forEach((theme) => {
      const texts = themeTexts(spec, theme.no);
      for (const it of s.weak.filter((w) => theme.topics.includes(w.topic))) {
        expect(squash(texts['ข้อบกพร่อง/ข้อปรับปรุง'])).toContain(squash(`${it.code} ${it.name.th} ได้`));
        expect(squash(texts['การพัฒนา'])).toContain(`${it.code}:`);
      }
    });
  });

  it('o9 reads as our own specific sentence', () => {
    expect(squash(themeTexts(spec, 1)['ข้อบกพร่อง/ข้อปรับปรุง'])).toContain(
      squash('o9 รายงานผลการดำเนินงานประจำปี ได้ 0 คะแนน: ยังไม่มีการเผยแพร่ที่ผ่านเกณฑ์'),
    );
  });

  it('strong items (OIT 100, survey ≥ 85) feed maintaining', () => {
    const keep = squash(themeTexts(spec, 7)['การรักษาระดับ']);
    expect(keep).toContain(squash('o23 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต (100)'));
    expect(keep).toContain(squash('i15 เชื่อมั่นในการจัดการเรื่องร้องเรียน (85.14)'));
    expect(keep).not.toContain('o26');
  });

  it('the weak EIT indicator 8 is analysed in ประเด็น 2', () => {
    expect(squash(themeTexts(spec, 2)['ข้อบกพร่อง/ข้อปรับปรุง'])).toContain(squash('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 71.15'));
  });

  it("never leaves a box empty nor copies the template's instructions", () => {
    for (let n = 1; n <= 7; n++) {
      const t = themeTexts(spec, n);
      for (const l of LABELS) expect(squash(t[l] ?? '').length).toBeGreaterThan(20);
    }
    for (const t of specTexts(spec)) expect(t).not.toMatch(/หน่วยงานวิเคราะห์ประเด็นใดก็ได้|ยกมาเป็นเพียงตัวอย่าง/);
  });

  it('under each ประเด็น, a line that turns red when a score the texts were drafted from changes', () => {
    const stale = specCells(spec).filter(({ cell }) => cell.style === 'stale' && cell.formula);
    expect(stale).toHaveLength(7);
    const f = stale[0]!.cell.formula!;
    // Theme 1 was drafted from i1 = 92 and o9 = 0 (among others): any of them changing shows the warning.
    expect(f).toContain('IFERROR(ABS(Items!$C$2-92)>0.005,TRUE)');
    expect(f).toContain('IFERROR(ABS(Items!$C$34-0)>0.005,TRUE)');
    expect(f).toMatch(/^IF\(OR\(.*\),"คะแนนต้นทางเปลี่ยนไปหลังร่างข้อความนี้: ให้วิเคราะห์ใหม่ก่อนเผยแพร่",""\)$/);
    expect(stale[0]!.cell.value).toBe('');
  });

  it('colours our own score cells with the same thresholds', () => {
    expect(spec.conditionalFormats.length).toBeGreaterThan(0);
    expect(spec.conditionalFormats[0]!.formula).toMatch(/^AND\(ISNUMBER\(C\d+\),C\d+<70\)$/);
    // The rules sit on the score cells, wherever pages moved the rows.
    for (const rule of spec.conditionalFormats) {
      const top = Number(/^C(\d+)/.exec(rule.range)![1]) - 1;
      expect(
        typeof spec.rows[top]![2]?.value === 'number' || spec.rows[top]![2]?.formula !== undefined,
        rule.range,
      ).toBe(true);
    }
  });

  it('prints portrait A4 with a print area, page starts and Thai page numbers', () => {
    expect(spec.print).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      area: `A1:C${spec.rows.length}`,
      footer: { center: '&14หน้า &P จาก {pages}' },
    });
    expect(spec.print.rowBreaks!.length).toBeGreaterThan(5);
  });
});

describe('analysis sheet edge cases', () => {
  it('a theme with no weak item says so, and still proposes development and maintaining', () => {
    const spec = buildAnalysisSheet(seedSummary({}, { items: { i10: 95, i12: 90 } }), th);
    const t = themeTexts(spec, 4);
    expect(squash(t['ข้อบกพร่อง/ข้อปรับปรุง'])).toMatch(/^ไม่พบข้อบกพร่องในประเด็นนี้/);
    expect(squash(t['การพัฒนา'])).toContain('i10,i11,i12');
    expect(squash(t['การรักษาระดับ'])).toContain(squash('i10 ยืมทรัพย์สินราชการอย่างถูกต้อง (95)'));
  });

  it('a missing item shows "ไม่มีข้อมูล" and is mentioned, not invented', () => {
    const spec = buildAnalysisSheet(seedSummary({}, { items: { o5: null } }), th);
    const row = itemRow(spec, 'o5');
    expect(squash(textAt(spec, row, 2))).toBe('ไม่มีข้อมูล');
    expect(spec.rows[row]![2]?.formula).toBeUndefined();
    expect(squash(themeTexts(spec, 3)['ข้อบกพร่อง/ข้อปรับปรุง'])).toContain(squash('o5 ข่าวประชาสัมพันธ์: ไม่มีคะแนนในสมุดงาน'));
  });

  it('a score no formula can read as we did (Thai digits, units: formulaRef null) is written as a value', () => {
    const s = seedSummary();
    const items = s.items.map((i) => (i.code === 'o1' ? { ...i, numericCell: false, formulaRef: null } : i));
    const spec = buildAnalysisSheet({ ...s, items }, th);
    expect(spec.rows[itemRow(spec, 'o1')]![2]).toEqual({ value: 100, style: 'score' });
  });

  it("the question as the user's table words it, where it has one", () => {
    const s = seedSummary();
    const items = s.items.map((i) =>
      i.code === 'i1'
        ? { ...i, text: 'การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด' }
        : i,
    );
    const spec = buildAnalysisSheet({ ...s, items }, th);
    expect(squash(textAt(spec, itemRow(spec, 'i1'), 1))).toBe(
      squash('ข้อ i1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด'),
    );
  });

  it('English texts throughout (only the agency name may be Thai)', () => {
    const spec = buildAnalysisSheet(seedSummary({ agency: 'Tun TAO' }), { lang: 'en', thaiDigits: false });
    expect(spec.name).toBe('ITA Analysis');
    for (const { cell } of specCells(spec)) if (typeof cell.value === 'string') expect(cell.value).not.toMatch(THAI);
    for (const { cell } of specCells(spec))
      if (cell.formula && cell.style === 'stale') expect(cell.formula).not.toMatch(THAI);
  });

  it('thaiDigits converts scores in text but keeps item codes and numeric cells', () => {
    const spec = buildAnalysisSheet(seedSummary(), { lang: 'th', thaiDigits: true });
    expect(squash(specTexts(spec).join('\n'))).toContain(squash('o9 รายงานผลการดำเนินงานประจำปี ได้ ๐ คะแนน'));
    expect(textAt(spec, 0, 0)).toContain('๒๕๖๗');
    expect(spec.rows[itemRow(spec, 'i1')]![2]?.value).toBe(92);
  });
});
