import { describe, expect, it } from 'vitest';
import { ANALYSIS_THEMES, buildAnalysisSheet } from '../../../src/domain/specs/analysisSheet';
import { seedSummary } from '../../helpers/seedSummary';
import { findText, specCellAt, specCells, specTexts } from '../../helpers/specCell';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';

const th = { lang: 'th', thaiDigits: false } as const;
const THAI = /[\u0E00-\u0E7F]/;
const LABELS = ['ข้อบกพร่อง/ข้อปรับปรุง', 'การพัฒนา', 'การรักษาระดับ'] as const;

/** The three texts of ประเด็น n (1-based), read from the sheet. */
function themeTexts(spec: SheetSpec, n: number): Record<(typeof LABELS)[number], string> {
  const start = spec.rows.findIndex((r) => typeof r[0]?.value === 'string' && (r[0].value as string).startsWith(`ประเด็นที่ ${n} `));
  const out: Record<string, string> = {};
  for (let r = start + 1; r < spec.rows.length && Object.keys(out).length < 3; r++) {
    const label = spec.rows[r]?.[0]?.value;
    if (typeof label === 'string' && (LABELS as readonly string[]).includes(label)) out[label] = String(spec.rows[r]![1]?.value ?? '');
  }
  return out as Record<(typeof LABELS)[number], string>;
}

describe('analysis sheet on the seed', () => {
  const s = seedSummary();
  const spec = buildAnalysisSheet(s, th);

  it('has the 7 ประเด็น in order, each with its table header', () => {
    const heads = specTexts(spec).filter((t) => t.startsWith('ประเด็นที่'));
    expect(heads).toHaveLength(7);
    expect(heads[0]).toBe('ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    expect(specTexts(spec).filter((t) => t === 'เครื่องมือการประเมิน')).toHaveLength(7);
    expect(spec.key).toBe('analysis');
  });

  it.each([
    ['i1', 'Items!$C$2', 92], ['o9', 'Items!$C$34', 0], ['e9', 'Items!$C$25', 54.9], ['o34', 'Items!$C$59', 0],
  ])('item %s\'s score references the user\'s cell %s', (code, ref, value) => {
    const at = findText(spec, (t) => t.startsWith(`${code} `))!;
    const row = Number(at.slice(1));
    const c = specCellAt(spec, `C${row}`)!;
    expect(c.formula).toBe(ref);
    expect(c.value).toBe(value);
  });

  it('every weak item is named with its score in its theme\'s shortcomings', () => {
    ANALYSIS_THEMES.forEach((theme) => {
      const texts = themeTexts(spec, theme.no);
      for (const it of s.weak.filter((w) => theme.topics.includes(w.topic))) {
        expect(texts['ข้อบกพร่อง/ข้อปรับปรุง']).toMatch(new RegExp(`${it.code} .* ได้ ${it.score === 0 ? '0' : ''}`));
        expect(texts['การพัฒนา']).toContain(`${it.code}:`);
      }
    });
  });

  it('o9 reads as our own specific sentence', () => {
    expect(themeTexts(spec, 1)['ข้อบกพร่อง/ข้อปรับปรุง']).toContain('o9 รายงานผลการดำเนินงานประจำปี ได้ 0 คะแนน: ยังไม่มีการเผยแพร่ที่ผ่านเกณฑ์');
  });

  it('strong items (OIT 100, survey ≥ 85) feed maintaining', () => {
    const keep = themeTexts(spec, 7)['การรักษาระดับ'];
    expect(keep).toContain('o23 ช่องทางแจ้งเรื่องร้องเรียนการทุจริต (100)');
    expect(keep).toContain('i15 เชื่อมั่นในการจัดการเรื่องร้องเรียน (85.14)');
    expect(keep).not.toContain('o26');
  });

  it('the weak EIT indicator 8 is analysed in ประเด็น 2', () => {
    expect(themeTexts(spec, 2)['ข้อบกพร่อง/ข้อปรับปรุง']).toContain('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 71.15');
  });

  it('never leaves a box empty nor copies the template\'s instructions', () => {
    for (let n = 1; n <= 7; n++) {
      const t = themeTexts(spec, n);
      for (const l of LABELS) expect(t[l]?.trim().length ?? 0).toBeGreaterThan(20);
    }
    for (const t of specTexts(spec)) expect(t).not.toMatch(/หน่วยงานวิเคราะห์ประเด็นใดก็ได้|ยกมาเป็นเพียงตัวอย่าง/);
  });

  it('merged text rows get explicit heights (Excel never grows merged cells)', () => {
    const at = findText(spec, (t) => t.startsWith('1. o9 '))!;
    expect(spec.merges).toContain(`B${at.slice(1)}:C${at.slice(1)}`);
    expect(spec.rowHeights?.[Number(at.slice(1)) - 1]).toBeGreaterThan(48);
  });

  it('colours our own score cells with the same thresholds', () => {
    expect(spec.conditionalFormats.length).toBeGreaterThan(0);
    expect(spec.conditionalFormats[0]!.formula).toMatch(/^AND\(ISNUMBER\(C\d+\),C\d+<70\)$/);
  });
});

describe('analysis sheet edge cases', () => {
  it('a theme with no weak item says so, and still proposes development and maintaining', () => {
    const spec = buildAnalysisSheet(seedSummary({}, { items: { i10: 95, i12: 90 } }), th);
    const t = themeTexts(spec, 4);
    expect(t['ข้อบกพร่อง/ข้อปรับปรุง']).toMatch(/^ไม่พบข้อบกพร่องในประเด็นนี้/);
    expect(t['การพัฒนา']).toContain('i10, i11, i12');
    expect(t['การรักษาระดับ']).toContain('i10 ยืมทรัพย์สินราชการอย่างถูกต้อง (95)');
  });

  it('a missing item shows "ไม่มีข้อมูล" and is mentioned, not invented', () => {
    const spec = buildAnalysisSheet(seedSummary({}, { items: { o5: null } }), th);
    const row = Number(findText(spec, (t) => t.startsWith('o5 '))!.slice(1));
    expect(specCellAt(spec, `C${row}`)).toMatchObject({ value: 'ไม่มีข้อมูล' });
    expect(specCellAt(spec, `C${row}`)?.formula).toBeUndefined();
    expect(themeTexts(spec, 3)['ข้อบกพร่อง/ข้อปรับปรุง']).toContain('o5 ข่าวประชาสัมพันธ์: ไม่มีคะแนนในสมุดงาน');
  });

  it('a score no formula can read as we did (Thai digits, units: formulaRef null) is written as a value', () => {
    const s = seedSummary();
    const items = s.items.map((i) => (i.code === 'o1' ? { ...i, numericCell: false, formulaRef: null } : i));
    const spec = buildAnalysisSheet({ ...s, items }, th);
    const row = Number(findText(spec, (t) => t.startsWith('o1 '))!.slice(1));
    expect(specCellAt(spec, `C${row}`)).toEqual({ value: 100, style: 'score' });
  });

  it('English texts throughout (only the agency name may be Thai)', () => {
    const spec = buildAnalysisSheet(seedSummary({ agency: 'Tun TAO' }), { lang: 'en', thaiDigits: false });
    expect(spec.name).toBe('ITA Analysis');
    for (const { cell } of specCells(spec)) if (typeof cell.value === 'string') expect(cell.value).not.toMatch(THAI);
  });

  it('thaiDigits converts scores in text but keeps item codes and numeric cells', () => {
    const spec = buildAnalysisSheet(seedSummary(), { lang: 'th', thaiDigits: true });
    expect(specTexts(spec).join('\n')).toContain('o9 รายงานผลการดำเนินงานประจำปี ได้ ๐ คะแนน');
    expect(specCellAt(spec, 'A1')?.value).toContain('๒๕๖๗');
    expect(specCellAt(spec, 'C8')?.value).toBe(92);
  });
});
