import { describe, expect, it } from 'vitest';
import {
  FrameworkError,
  frameworkExact,
  frameworkFor,
  knownFrameworkYears,
  validateFramework,
  type Framework,
} from '../../../src/domain/framework';
import { formatCrossYear, mapToYear, normaliseName } from '../../../src/domain/planner/crossYear';

const fw67 = frameworkExact(2567)!;
const fw68 = frameworkExact(2568)!;

describe('FY2568 framework data (partial)', () => {
  it('is registered, validated, partial, and used for FY2568 (stated values win where its grouping is not verified)', () => {
    expect(knownFrameworkYears()).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570]);
    expect(fw68.status).toBe('partial');
    expect(frameworkFor(2568)).toMatchObject({ exact: true, framework: { year: 2568 } });
    expect(fw68.indicators.every((i) => i.grouping === 'inferred')).toBe(true);
  });
  it('OIT O1–O26 with the full names; the 12 shortened names kept as aliases', () => {
    const oit = fw68.items.filter((i) => i.tool === 'OIT');
    expect(oit.map((i) => i.code)).toEqual(Array.from({ length: 26 }, (_, k) => `O${k + 1}`));
    expect(oit.filter((i) => i.aliases?.length).length).toBe(12);
    const o = (c: string) => oit.find((i) => i.code === c)!;
    expect(o('O9').name.th).toBe('คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ');
    expect(o('O9').aliases).toEqual(['คู่มือการขอรับบริการ']);
    expect(o('O23').name.th).toBe('การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน');
    expect(o('O2').confidence).toMatch(/^verified/);
    expect(o('O5').confidence).toMatch(/^inferred/);
    expect(o('O10').confidence).toMatch(/third-party/);
    expect(oit.every((i) => i.indicator === 9 || i.indicator === 10)).toBe(true);
    expect(fw68.inferred!.some((x) => x.startsWith('weights'))).toBe(true);
  });
});

describe('mapToYear: FY2567 → FY2568 by topic (the cross-walk)', () => {
  it.each([
    ['o14', 'O12', ['o14', 'o16']],
    ['o16', 'O12', ['o14', 'o16']],
    ['o1', 'O1', ['o1', 'o3']],
    ['o3', 'O1', ['o1', 'o3']],
    ['o20', 'O16', ['o20', 'o21']],
    ['o21', 'O16', ['o20', 'o21']],
    ['o26', 'O21', ['o26', 'o27', 'o28']],
    ['o27', 'O21', ['o26', 'o27', 'o28']],
    ['o28', 'O21', ['o26', 'o27', 'o28']],
    ['o4', 'O3', ['o4', 'o6']],
    ['o6', 'O3', ['o4', 'o6']],
    ['o5', 'O4', ['o5']],
    ['o13', 'O10', ['o13']],
    ['o17', 'O13', ['o17']],
    ['o30', 'O23', ['o30']],
    ['o33', 'O26', ['o33']],
    ['i10', 'i10', ['i10']],
  ])('%s → %s (merged %o)', (code, to, merged) => {
    expect(mapToYear(code, fw67, fw68)).toMatchObject({ code: to, merged });
  });

  it.each([
    ['o2', 'O2'],
    ['o7', 'O5'],
    ['o8', 'O6'],
    ['o9', 'O7'],
    ['o10', 'O8'],
    ['o13', 'O10'],
    ['o22', 'O17'],
  ])('%s → %s', (code, to) => {
    expect(mapToYear(code, fw67, fw68)).toMatchObject({ code: to });
  });

  it.each(['o15', 'o34', 'o35'])('%s has no known counterpart: unknown, not guessed by code', (code) => {
    expect(mapToYear(code, fw67, fw68)).toEqual({ unknown: true });
  });

  it('o34 is not mapped to O25 of FY2568 (a prevention plan) although FY2569 O25 is the measures item', () => {
    expect(mapToYear('o34', fw67, fw68)).not.toHaveProperty('code');
    expect(mapToYear('o34', fw67, frameworkExact(2569)!)).toMatchObject({ code: 'O25' });
    expect(mapToYear('O21', fw68, frameworkExact(2569)!)).toMatchObject({ code: 'O20', merged: ['O21', 'O22'] });
  });

  it('formats as the measures plan prints it', () => {
    expect(formatCrossYear('o14', mapToYear('o14', fw67, fw68), 2568, 'th')).toBe('o14/o16 → O12 ปี 2568');
    expect(formatCrossYear('o34', mapToYear('o34', fw67, fw68), 2568, 'th')).toBe('o34 → ไม่ทราบข้อที่ตรงกันในปี 2568');
    expect(formatCrossYear('o34', mapToYear('o34', fw67, fw68), 2568, 'en')).toBe(
      'o34 → no known counterpart in FY2568',
    );
  });

  it('the match is by topic: renaming or recoding an item keeps it, another topic breaks it', () => {
    const renamed: Framework = {
      ...fw67,
      items: fw67.items.map((i) => (i.code === 'o14' ? { ...i, name: { th: 'อื่น ๆ', en: 'other' } } : i)),
    };
    expect(mapToYear('o14', renamed, fw68)).toMatchObject({ code: 'O12' });
    const recoded: Framework = { ...fw68, items: fw68.items.map((i) => (i.code === 'O12' ? { ...i, code: 'X9' } : i)) };
    expect(mapToYear('o14', fw67, recoded)).toMatchObject({ code: 'X9' });
    const retopic: Framework = {
      ...fw67,
      items: fw67.items.map((i) => (i.code === 'o14' ? { ...i, topic: 'something-else' } : i)),
    };
    expect(mapToYear('o14', retopic, fw68)).toEqual({ unknown: true });
  });

  it('normalised names ignore spaces, punctuation, case and stray Khmer marks', () => {
    expect(normaliseName('ประกาศต่าง ๆ เกี่ยวกับ การจัดซื้อจัดจ้าง')).toBe(normaliseName('ประกาศต่างๆเกี่ยวกับการจัดซื้อจัดจ้าง'));
    expect(normaliseName('E-Service')).toBe('eservice');
    expect(normaliseName('อำนาจ\u17b7หน้าที่')).toBe(normaliseName('อำนาจหน้าที่'));
  });
});

describe('validateFramework: a corrupt framework is a clear error, not a wrong score', () => {
  const clone = (): { -readonly [K in keyof Framework]: Framework[K] } => JSON.parse(JSON.stringify(fw67));
  const problems = (raw: unknown): string => {
    try {
      validateFramework(raw);
    } catch (e) {
      expect(e).toBeInstanceOf(FrameworkError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('FY2567 and FY2568 as shipped are valid', () => {
    expect(() => validateFramework(JSON.parse(JSON.stringify(fw67)))).not.toThrow();
    expect(() => validateFramework(JSON.parse(JSON.stringify(fw68)))).not.toThrow();
  });
  it('a duplicate code', () => {
    const f = clone();
    f.items = [...f.items, { ...f.items[0]! }];
    expect(problems(f)).toBe('Framework 2567 is invalid: item i1 appears twice');
  });
  it('an item in two indicators', () => {
    const f = clone();
    f.indicators = f.indicators.map((i) => (i.no === 2 ? { ...i, items: [...i.items, 'i1'] } : i));
    expect(problems(f)).toContain('item i1 belongs to indicators 1 and 2');
  });
  it('weights that do not sum to 1', () => {
    const f = clone();
    f.weights = { IIT: 0.3, EIT: 0.3, OIT: 0.3 };
    expect(problems(f)).toMatch(/^Framework 2567 is invalid: weights sum to 0\.(9|89+)\d*, not 1$/);
  });
  it('an item in no indicator', () => {
    const f = clone();
    f.indicators = f.indicators.map((i) => (i.no === 10 ? { ...i, items: i.items.filter((c) => c !== 'o35') } : i));
    expect(problems(f)).toContain('item o35 belongs to no indicator');
  });
  it('a verified framework may not hold unknowns', () => {
    const f = clone();
    f.items = f.items.map((i) => (i.code === 'o35' ? { ...i, indicator: null } : i));
    f.indicators = f.indicators.map((i) => (i.no === 10 ? { ...i, items: i.items.filter((c) => c !== 'o35') } : i));
    expect(problems(f)).toContain('item o35 has no indicator in a verified framework');
    const g = JSON.parse(JSON.stringify(frameworkExact(2566)));
    g.status = 'verified';
    expect(problems(g)).toContain('indicator 9 has no items in a verified framework');
  });
});
