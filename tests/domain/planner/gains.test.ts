import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/score';
import { chosenGains, gainAt, itemGains, overallPerPoint } from '../../../src/domain/planner/gains';
import { project, projectScores, itemScoresOf, reportedOf } from '../../../src/domain/planner/project';
import { frameworkExact } from '../../../src/domain/framework';
import { seedScan } from '../../helpers/seedScan';

const s = summarize(seedScan());

/*
 * Hand calculation (seed, FY2567): overall = 0.3·IIT + 0.3·EIT + 0.4·OIT; each tool = mean of its indicators.
 * An item's worth per point = weight · 1/#indicators of its tool · (1/#sub-indicators) · 1/#items of its group.
 *  - indicator 10 (o26–o35, 10 items):     0.4 · 1/2 · 1/10           = 0.02 per point
 *  - 9.1 (o1–o6, 6 items):                  0.4 · 1/2 · 1/5 · 1/6      = 0.00667 per point
 *  - 9.2 (o7–o13, 7 items):                 0.4 · 1/2 · 1/5 · 1/7      = 0.005714 per point
 *  - 9.3, 9.4, 9.5 (4 items each):          0.4 · 1/2 · 1/5 · 1/4      = 0.01 per point
 *  - IIT items (5 indicators of 3 items):   0.3 · 1/5 · 1/3            = 0.02 per point
 *  Gain at 100 = per point · (100 − score).
 */
const HAND: [string, number, number][] = [
  // code, score, gain at 100 (written out)
  ['o26', 0, 0.02 * 100],
  ['o28', 0, 0.02 * 100],
  ['o30', 0, 0.02 * 100],
  ['o34', 0, 0.02 * 100], // 2.0 each
  ['o15', 0, 0.01 * 100],
  ['o17', 0, 0.01 * 100], // 9.3: 1.0
  ['o18', 0, 0.01 * 100],
  ['o19', 0, 0.01 * 100],
  ['o21', 0, 0.01 * 100], // 9.4: 1.0
  ['o22', 0, 0.01 * 100],
  ['o25', 0, 0.01 * 100], // 9.5: 1.0
  ['o2', 0, (0.4 * 0.5 * 0.2 * 100) / 6], // 0.6667
  ['o9', 0, (0.4 * 0.5 * 0.2 * 100) / 7],
  ['o12', 0, (0.4 * 0.5 * 0.2 * 100) / 7],
  ['o13', 0, (0.4 * 0.5 * 0.2 * 100) / 7], // 0.5714
  ['o14', 50, 0.01 * 50],
  ['o16', 50, 0.01 * 50],
  ['o24', 50, 0.01 * 50], // 0.5
  ['o8', 50, (0.4 * 0.5 * 0.2 * 50) / 7], // 0.2857
  ['i10', 69.14, 0.02 * 30.86], // 0.6172
  ['i12', 78.29, 0.02 * 21.71], // 0.4342
  ['i15', 85.14, 0.02 * 14.86], // 0.2972
  ['i14', 87.43, 0.02 * 12.57], // 0.2514
  ['i2', 88.57, 0.02 * 11.43], // 0.2286
  ['i13', 90.86, 0.02 * 9.14], // 0.1828
  ['i1', 92, 0.02 * 8],
  ['i4', 92, 0.02 * 8], // 0.16
  ['i7', 94.29, 0.02 * 5.71], // 0.1142
  ['i5', 94.86, 0.02 * 5.14], // 0.1028
  ['i8', 95.43, 0.02 * 4.57],
  ['i11', 95.43, 0.02 * 4.57], // 0.0914
  ['i9', 97.14, 0.02 * 2.86], // 0.0572
  ['i6', 97.71, 0.02 * 2.29], // 0.0458
];
const EIT_BELOW_100 = ['e1', 'e2', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'];

describe('itemGains: the seed, every item against a hand calculation', () => {
  const gains = itemGains(s);
  const byCode = new Map(gains.map((g) => [g.code, g]));

  it.each(HAND)('%s (score %d) is worth %d overall points at 100', (code, score, gain) => {
    const g = byCode.get(code)!;
    expect(g.score).toBe(score);
    expect(g.gain).toBeCloseTo(gain, 9);
  });

  it("the issue's figures: o26/o28/o30/o34 ≈ 2.0, 9.3–9.5 zeros ≈ 1.0, o2 ≈ 0.67, o9/o12/o13 ≈ 0.57", () => {
    for (const c of ['o26', 'o28', 'o30', 'o34']) expect(byCode.get(c)!.gain).toBeCloseTo(2.0, 9);
    for (const c of ['o15', 'o17', 'o18', 'o19', 'o21', 'o22', 'o25']) expect(byCode.get(c)!.gain).toBeCloseTo(1.0, 9);
    expect(byCode.get('o2')!.gain).toBeCloseTo(0.6667, 4);
    for (const c of ['o9', 'o12', 'o13']) expect(byCode.get(c)!.gain).toBeCloseTo(0.5714, 4);
  });

  it('lists exactly the items below 100: the hand list plus the EIT items, nothing at 100', () => {
    expect(new Set(gains.map((g) => g.code))).toEqual(new Set([...HAND.map((h) => h[0]), ...EIT_BELOW_100]));
    expect(byCode.has('o1')).toBe(false);
    expect(byCode.has('i3')).toBe(false);
    expect(byCode.has('e3')).toBe(false);
  });

  it('EIT items: gain unknown (indicators taken as reported), never invented', () => {
    for (const c of EIT_BELOW_100) {
      expect(byCode.get(c)).toMatchObject({
        kind: 'perception',
        gain: null,
        perPoint: null,
        certain: false,
        reason: 'eitReported',
      });
    }
  });

  it('kinds kept apart: documents first by gain (ties in framework order), then perception by gain, unknown last', () => {
    expect(gains.map((g) => g.code)).toEqual([
      'o26',
      'o28',
      'o30',
      'o34',
      'o15',
      'o17',
      'o18',
      'o19',
      'o21',
      'o22',
      'o25',
      'o2',
      'o9',
      'o12',
      'o13',
      'o14',
      'o16',
      'o24',
      'o8',
      'i10',
      'i12',
      'i15',
      'i14',
      'i2',
      'i13',
      'i1',
      'i4',
      'i7',
      'i5',
      'i8',
      'i11',
      'i9',
      'i6',
      'e1',
      'e2',
      'e4',
      'e5',
      'e6',
      'e7',
      'e8',
      'e9',
    ]);
    for (const g of gains) {
      expect(g.kind).toBe(g.tool === 'OIT' ? 'document' : 'perception');
      expect(g.certain).toBe(g.tool === 'OIT');
    }
  });

  it('sub-indicator and per-point worth from the structure (per point · (100 − score) = gain)', () => {
    expect(byCode.get('o15')!.sub).toBe('9.3');
    expect(byCode.get('o26')!.sub).toBeNull();
    for (const g of gains) if (g.gain !== null) expect(g.perPoint! * (100 - g.score)).toBeCloseTo(g.gain, 9);
    expect(overallPerPoint(s.framework, 'e8')).toBeNull();
  });

  it('a typed target: o26 to 50 is worth 1.0, i10 to 85 is worth 0.02 · 15.86', () => {
    expect(gainAt(s, 'o26', 50)).toBeCloseTo(1.0, 9);
    expect(gainAt(s, 'i10', 85)).toBeCloseTo(0.3172, 9);
    expect(gainAt(s, 'e9', 100)).toBeCloseTo(0, 12); // EIT: taken as reported, nothing moves
  });

  it('an indicator that cannot be computed from items (an item missing) gives unknown gains for its items', () => {
    const t = summarize(seedScan({ items: { i2: null } }));
    const g = itemGains(t).find((x) => x.code === 'i1')!;
    expect(g).toMatchObject({ gain: null, reason: 'indicatorNotComputable' });
    expect(itemGains(t).some((x) => x.code === 'i2')).toBe(false); // no score: not listed as "below 100"
  });
});

describe('project: the same structure as summarize', () => {
  it('with no targets it reproduces the summary exactly', () => {
    const p = projectScores(s.framework, itemScoresOf(s), reportedOf(s));
    for (const ind of s.indicators) expect(p.indicators[ind.no]).toBeCloseTo(ind.score!, 12);
    for (const t of s.tools) expect(p.tools[t.tool]).toBeCloseTo(t.score!, 12);
    expect(p.overall).toBeCloseTo(s.overall.score!, 12);
  });

  it('typed targets: the four indicator-10 zeros to 100 and o15 to 50', () => {
    const p = project(s, { o26: 100, o28: 100, o30: 100, o34: 100, o15: 50 });
    // indicator 10: 60 + 4·100/10 = 100; 9.3: (50+50+50+0)/4 = 37.5 → 9 = (83.33+50+37.5+25+37.5)/5 = 46.6667
    expect(p.indicators[10]).toBeCloseTo(100, 9);
    expect(p.indicators[9]).toBeCloseTo((500 / 6 + 50 + 37.5 + 25 + 37.5) / 5, 9);
    expect(p.tools.OIT).toBeCloseTo((46.666667 + 100) / 2, 5);
    expect(p.overall).toBeCloseTo(72.8331333 + 8 + 0.5, 6);
    expect(p.rating!.pass).toBe(false);
  });

  it('targets are clamped to 0–100; unknown codes and EIT items change nothing', () => {
    expect(project(s, { o26: 150 }).overall).toBeCloseTo(project(s, { o26: 100 }).overall!, 12);
    expect(project(s, { zz9: 100, e9: 100 }).overall).toBeCloseTo(s.overall.score!, 12);
  });

  it('EIT what-if at indicator level: indicator 8 to 77.82 lifts EIT to 85 (sum of 6–8 must reach 255)', () => {
    const all = Object.fromEntries(
      itemGains(s)
        .filter((g) => g.kind === 'document')
        .map((g) => [g.code, 100]),
    );
    const p = project(s, all, { 8: 77.82 });
    expect(p.tools.EIT).toBeCloseTo((91.42 + 85.77 + 77.82) / 3, 9); // 85.0033
    expect(p.rating!.label.th).toBe('ผ่านดี');
    expect(project(s, all, { 8: 77.8 }).rating!.label.th).toBe('ผ่าน'); // 84.9967 < 85
  });
});

describe('chosenGains: what each chosen measure is worth, with its plan-year item', () => {
  it('o14 at 100 is worth 0.5 and becomes O12 (with o16) in FY2568; o2 is O2; o34 has no known counterpart', () => {
    const fw68 = frameworkExact(2568)!;
    const g = chosenGains(s, { o14: 100, o2: 100, o34: 100, i10: 80, e8: 100 }, fw68);
    expect(g.find((x) => x.code === 'o14')).toMatchObject({
      certain: true,
      planYear: { code: 'O12', merged: ['o14', 'o16'] },
    });
    expect(g.find((x) => x.code === 'o14')!.gain).toBeCloseTo(0.5, 9);
    expect(g.find((x) => x.code === 'o2')!.planYear).toMatchObject({ code: 'O2' });
    expect(g.find((x) => x.code === 'o34')!.planYear).toEqual({ unknown: true });
    expect(g.find((x) => x.code === 'i10')!.gain).toBeCloseTo(0.02 * 10.86, 9);
    expect(g.find((x) => x.code === 'i10')!.certain).toBe(false);
    expect(g.find((x) => x.code === 'e8')).toMatchObject({ gain: null, reason: 'eitReported' });
  });
});

describe('measureWorth: what each measure of the plan is worth, ready to print', () => {
  it('default set: every document to 100; perception never assumed', async () => {
    const { measureWorth, defaultTargets } = await import('../../../src/domain/planner/gains');
    expect(Object.keys(defaultTargets(s))).toHaveLength(19);
    const w = measureWorth(s, 'th');
    expect(w.get('o26')).toBe('ถึง 100 คะแนน: คะแนนภาพรวม +2.00 (o26/o27/o28 → O21 ปี 2568)');
    expect(w.get('o14')).toBe('ถึง 100 คะแนน: คะแนนภาพรวม +0.50 (o14/o16 → O12 ปี 2568)');
    expect(w.get('o2')).toBe('ถึง 100 คะแนน: คะแนนภาพรวม +0.67 (o2 → O2 ปี 2568)');
    expect(w.get('o34')).toMatch(/\(o34 → ไม่ทราบข้อที่ตรงกันในปี 2568\)$/);
    expect(w.has('i10')).toBe(false);
    const chosen = measureWorth(s, 'en', { i10: 85, e8: 95 });
    expect(chosen.get('i10')).toBe('at 85: overall +0.32 (uncertain: perception) (i10 → i10 FY2568)');
    expect(chosen.get('e8')).toBe('effect on the overall score unknown: not computable from items (e8 → e8 FY2568)');
  });
});
