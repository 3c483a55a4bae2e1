import { squash } from '../../helpers/docText';
import { describe, expect, it } from 'vitest';
import { buildPlannerSheet, plannerCells } from '../../../src/domain/specs/plannerSheet';
import { itemGains } from '../../../src/domain/planner/gains';
import { seedSummary } from '../../helpers/seedSummary';
import { specCellAt, specCells } from '../../helpers/specCell';

const s = seedSummary();
const spec = buildPlannerSheet(s, { lang: 'th', thaiDigits: false });
const at = (ref: string) => specCellAt(spec, ref);

describe('buildPlannerSheet: the seed', () => {
  it('is our planner sheet: name, fonts, A4 portrait fit to width', () => {
    expect(spec.key).toBe('planner');
    expect(spec.name).toBe('ITA แผนยกระดับคะแนน');
    expect(spec.baseStyle).toMatchObject({ font: 'TH SarabunPSK', size: 16 });
    expect(spec.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: true });
    expect(spec.name.length).toBeLessThanOrEqual(31);
  });

  it('one row per improvable document, ranked by gain, target 100 in an input cell, gain by formula', () => {
    const docs = itemGains(s)
      .filter((g) => g.kind === 'document')
      .map((g) => g.code);
    expect(docs).toHaveLength(19);
    docs.forEach((code, k) => {
      const r = 7 + k;
      expect(at(`B${r}`)!.value).toBe(code);
      expect(at(`G${r}`)).toMatchObject({ value: 100, style: 'input' });
      expect(at(`I${r}`)!.formula).toBe(`IF(ISNUMBER(G${r}),(MIN(100,MAX(0,G${r}))-F${r})*H${r},0)`);
    });
    expect(at('B7')!.value).toBe('o26');
    expect(at('F7')).toMatchObject({ formula: 'Items!$C$51', value: 0 }); // the user's own cell
    expect(at('H7')!.value).toBeCloseTo(0.02, 12);
    expect(at('I7')!.value).toBeCloseTo(2, 9);
    expect(squash(String(at('D7')!.value))).toBe(squash('o26/o27/o28 → O21 ปี 2568'));
    expect(squash(String(at('D18')!.value))).toBe(squash('o2 → O2 ปี 2568'));
    expect(squash(String(spec.rows.find((r) => r[1]?.value === 'o34')?.[3]?.value))).toBe(
      squash('o34 → ไม่ทราบข้อที่ตรงกันในปี 2568'),
    );
    expect(squash(String(at('D20')!.value))).toBe(squash('o12 → O11 ปี 2568'));
    expect(spec.inputRanges).toEqual(['G7:G25', 'G27:G40', 'G50:G52']);
  });

  it('cumulative overall and rating after each document (the path: the 9th reaches ผ่าน)', () => {
    expect(at('J7')).toMatchObject({ formula: '$F$69+SUM($I$7:I7)' });
    expect(at('J15')!.value).toBeCloseTo(85.8331, 4);
    expect(at('K14')!.value).toBe('ไม่ผ่าน (ต้องปรับปรุง)');
    expect(at('K15')!.value).toBe('ผ่าน');
    // the per-tool rule sees the cumulative OIT score, not only the overall
    expect(at('K15')!.formula).toContain('MIN($F$66,$F$67,($F$68+SUM($I$7:I15)/0.4))>=85');
  });

  it('perception apart: IIT targets start at the current score (no gain assumed), EIT items say their gain is unknown', () => {
    expect(at('A26')!.value).toMatch(/ไม่แน่นอน/);
    expect(at('B27')!.value).toBe('i10');
    expect(at('G27')).toMatchObject({ formula: 'F27', style: 'input' });
    expect(at('I27')!.value).toBe(0);
    expect(at('B48')!.value).toBe('e9');
    expect(at('G48')).toBeNull();
    expect(at('I48')!.value).toBe('ไม่ทราบ');
  });

  it('projection block: indicators by the structure from the target cells, EIT from its indicator targets, rating by the scheme', () => {
    const c = plannerCells(s);
    expect(c).toMatchObject({ projectedOverall: 'G69', projectedRating: 'G70' });
    expect(c.targetOf('o26')).toBe('G7');
    expect(c.eitTargetOf(8)).toBe('G52');
    expect(at('G64')!.formula).toMatch(/^AVERAGE\(AVERAGE\(Items!\$C\$26,IF\(ISNUMBER\(\$G\$18\)/); // 9 = mean of 5 sub-means; o2 listed at row 18
    expect(at('G63')!.formula).toBe('IF(ISNUMBER($G$52),MIN(100,MAX(0,$G$52)),$F$52)');
    expect(at('F69')!.formula).toBe('IF(COUNT(F66,F67,F68)=3,H66*F66+H67*F67+H68*F68,"")');
    expect(at('G69')!.value).toBeCloseTo(91.9998, 4); // every document at 100, perception unchanged
    expect(at('G70')!.value).toBe('ผ่าน'); // EIT 82.78 blocks ผ่านดี
    expect(at('G70')!.formula).toContain('IF(AND(G69>=85,MIN(G66,G67,G68)>=85),"ผ่านดี"');
  });

  it('the plan in sentences at the bottom, and no text that Excel would take for a formula', () => {
    const texts = specCells(spec).flatMap(({ cell }) => (typeof cell.value === 'string' ? [cell.value] : []));
    expect(texts).toContain(
      'แก้เอกสาร OIT 9 ข้อ (o26, o28, o30, o34, o15, o17, o18, o19, o21) คะแนนภาพรวมจะเป็น 85.83 (ผ่าน)',
    );
    expect(texts.some((t) => t.startsWith('ผ่านดี: EIT ได้ 82.78 ต่ำกว่า 85'))).toBe(true);
    expect(texts.some((t) => /^[=+\-@]/.test(t))).toBe(false);
  });

  it('English and Thai digits', () => {
    const en = buildPlannerSheet(seedSummary({ lang: 'en' }), { lang: 'en', thaiDigits: false });
    expect(en.name).toBe('ITA Score planner');
    expect(squash(String(specCellAt(en, 'D7')!.value))).toBe(squash('o26/o27/o28 → O21 FY2568'));
    const thd = buildPlannerSheet(s, { lang: 'th', thaiDigits: true });
    expect(squash(String(specCellAt(thd, 'D7')!.value))).toBe(squash('o26/o27/o28 → O21 ปี ๒๕๖๘'));
    expect(thd.styles['input']!.numFmt).toBe('[$-D00041E]0.00');
  });
});

describe('buildPlannerSheet: thin or odd inputs', () => {
  it('no scores at all: no rows to rank, no crash, projection empty', () => {
    const allNull = Object.fromEntries(s.items.map((i) => [i.code, null]));
    const sp = buildPlannerSheet(seedSummary({}, { items: allNull, indicators: [], overall: null }), {
      lang: 'en',
      thaiDigits: false,
    });
    expect(specCells(sp).some(({ cell }) => cell.value === '(nothing to fix)')).toBe(true);
    // rows: header 5, A 6, (nothing) 7, B 8, (nothing) 9, C 10, EIT indicators 11–13: only their targets are inputs
    expect(sp.inputRanges).toEqual(['G11:G13']);
  });
  it('letter grades (FY2565): the rating formula uses AA … F', () => {
    const old = buildPlannerSheet(seedSummary({}, { year: 2565 }), { lang: 'en', thaiDigits: false });
    const rating = specCells(old).find(
      ({ cell }) => cell.formula?.startsWith('IF(ISNUMBER(G') && cell.formula.includes('"AA"'),
    );
    expect(rating).toBeDefined();
    expect(rating!.cell.formula).not.toContain('MIN(');
  });
});
