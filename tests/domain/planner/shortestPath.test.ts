import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/score';
import { higherLevels, pathToPass, planReport, planSentences } from '../../../src/domain/planner/shortestPath';
import { project } from '../../../src/domain/planner/project';
import { frameworkExact } from '../../../src/domain/framework';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { seedScan, SEED_ITEMS } from '../../helpers/seedScan';

const s = summarize(seedScan());

/*
 * Hand calculation of the path to 85 for the seed:
 *   now: IIT = (93.5233 + 94.8567 + 95.62 + 80.9533 + 87.81)/5 = 90.5527; EIT = (91.42 + 85.77 + 71.15)/3 = 82.78;
 *        OIT = (44.1667 + 60)/2 = 52.0833; overall = 0.3·90.5527 + 0.3·82.78 + 0.4·52.0833 = 72.8331.
 *   needed: 85 − 72.8331 = 12.1669 overall points.
 *   largest gains: o26, o28, o30, o34 at 2.0 each (8.0) → 80.8331; then the 1.0 items of 9.3–9.5 in framework
 *   order o15, o17, o18, o19, o21 → 81.83, 82.83, 83.83, 84.83, 85.83.
 *   8 items give at most 4·2 + 4·1 = 12 < 12.1669, so 9 is the fewest; projected 72.8331 + 13 = 85.8331 (ผ่าน).
 *   OIT after them = 52.0833 + 13/0.4 = 84.5833 < 85: ผ่านดี needs one more document (o22 → OIT 87.0833)
 *   and EIT ≥ 85, which documents cannot give (82.78; sum of indicators 6–8 must rise by 3·2.22 = 6.66).
 */
const PATH = ['o26', 'o28', 'o30', 'o34', 'o15', 'o17', 'o18', 'o19', 'o21'];
const NOW =
  0.3 * ((93.52333333 + 94.85666667 + 95.62 + 80.95333333 + 87.81) / 5) +
  0.3 * ((91.42 + 85.77 + 71.15) / 3) +
  0.4 * ((44.16666667 + 60) / 2);

describe('pathToPass: the seed', () => {
  const p = pathToPass(s);

  it('nine documents: the four indicator-10 zeros, then five 9.3–9.5 zeros; projected 85.83 (ผ่าน)', () => {
    expect(NOW).toBeCloseTo(72.8331, 4);
    expect(p.alreadyPassing).toBe(false);
    expect(p.reached).toBe(true);
    expect(p.items).toEqual(PATH);
    expect(p.items).toHaveLength(9);
    expect(p.projected).toBeCloseTo(NOW + 4 * 2 + 5 * 1, 6);
    expect(p.rating!.label.th).toBe('ผ่าน');
    expect(p.line).toBe(85);
  });

  it('cumulative projection and rating after each step', () => {
    const expected = [2, 4, 6, 8, 9, 10, 11, 12, 13].map((x) => NOW + x);
    p.steps.forEach((st, k) => expect(st.overall).toBeCloseTo(expected[k]!, 6));
    expect(p.steps.map((st) => st.rating!.pass)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(p.steps[7]!.overall).toBeLessThan(85); // 84.83: eight are not enough
    expect(p.steps[8]!.tools.OIT).toBeCloseTo(52.083333 + 13 / 0.4, 5);
  });

  it('minimal: no 8 documents reach 85 (the sum of the 8 largest gains is 12 < 12.17)', () => {
    const all = s.items.filter((i) => i.tool === 'OIT' && i.score! < 100).map((i) => i.code);
    const eight = Object.fromEntries(['o26', 'o28', 'o30', 'o34', 'o15', 'o17', 'o18', 'o19'].map((c) => [c, 100]));
    expect(project(s, eight).overall!).toBeLessThan(85);
    // Exhaustive over the 19 documents for sets of size 8 is 75,582 projections; check the linear bound instead:
    const gains = all.map((c) => project(s, { [c]: 100 }).overall! - s.overall.score!).sort((a, b) => b - a);
    expect(gains.slice(0, 8).reduce((a, b) => a + b, 0)).toBeCloseTo(12, 9);
    // and that gains are additive (linear structure), which makes the bound exact:
    const sum = Object.keys(eight).reduce((a, c) => a + (project(s, { [c]: 100 }).overall! - s.overall.score!), 0);
    expect(project(s, eight).overall! - s.overall.score!).toBeCloseTo(sum, 9);
  });

  it('an agency already passing has nothing to do', () => {
    const passing = summarize(
      seedScan({
        items: Object.fromEntries(
          Object.keys(SEED_ITEMS)
            .filter((c) => c[0] === 'o')
            .map((c) => [c, 100]),
        ),
        overall: null,
      }),
    );
    const q = pathToPass(passing);
    expect(q.alreadyPassing).toBe(true);
    expect(q.items).toEqual([]);
  });

  it('when documents alone cannot reach 85 it says so', () => {
    const low = summarize(
      seedScan({ indicators: [null, null, null, null, null, 40, 40, 40, null, null], overall: null }),
    );
    const q = pathToPass(low);
    // IIT 90.55, EIT 40, OIT at most 100: 0.3·90.55 + 0.3·40 + 40 = 79.17 < 85
    expect(q.reached).toBe(false);
    expect(q.maxByDocuments).toBeCloseTo(0.3 * 90.552667 + 0.3 * 40 + 40, 4);
    expect(planSentences(low, 'en')[0]).toBe(
      'OIT documents alone lift the overall score to at most 79.17: short of 85',
    );
  });
});

describe('higherLevels: the seed', () => {
  const h = higherLevels(s);

  it('ผ่านดี: EIT 82.78 < 85 blocks it whatever the documents do; indicators 6–8 named, 8 (71.15) the weakest', () => {
    const good = h.find((x) => x.level.th === 'ผ่านดี')!;
    expect(good.reachableByDocuments).toBe(false);
    expect(good.overallShort).toBeNull();
    expect(good.blockedBy.map((b) => b.tool)).toEqual(['EIT']);
    const eit = good.blockedBy[0]!;
    expect(eit.score).toBeCloseTo(82.78, 9);
    expect(eit.gap).toBeCloseTo(2.22, 9);
    expect(eit.indicators.map((i) => [i.no, i.score])).toEqual([
      [8, 71.15],
      [7, 85.77],
      [6, 91.42],
    ]);
    expect(eit.indicators.map((i) => i.below)).toEqual([true, false, false]);
    // The document part: ten documents (OIT must reach 85 too), overall 86.83, OIT 87.08.
    expect(good.documents.items).toEqual([...PATH, 'o22']);
    expect(good.documents.projected).toBeCloseTo(NOW + 14, 6);
  });

  it('ผ่านดีเยี่ยม: documents top out at 92.00 < 95; IIT and EIT both below 95', () => {
    const best = h.find((x) => x.level.th === 'ผ่านดีเยี่ยม')!;
    expect(best.overallShort).toBeCloseTo(0.3 * 90.552667 + 0.3 * 82.78 + 0.4 * 100, 4); // 91.9998
    expect(best.blockedBy.map((b) => b.tool)).toEqual(['IIT', 'EIT']);
    expect(best.blockedBy[0]!.indicators[0]).toMatchObject({ no: 4 }); // 80.95, the weakest IIT indicator
  });

  it('nearest level first', () => {
    expect(h.map((x) => x.level.th)).toEqual(['ผ่านดี', 'ผ่านดีเยี่ยม']);
  });

  it('says it plainly, in Thai and in English', () => {
    const th = planSentences(s, 'th');
    expect(th[0]).toBe('แก้เอกสาร OIT 9 ข้อ (o26, o28, o30, o34, o15, o17, o18, o19, o21) คะแนนภาพรวมจะเป็น 85.83 (ผ่าน)');
    expect(th).toContain(
      'ผ่านดี: EIT ได้ 82.78 ต่ำกว่า 85 (ขาด 2.22) ไม่ว่าเอกสาร OIT จะครบเพียงใด ต้องยกระดับการรับรู้ในตัวชี้วัด ที่ 8 การปรับปรุงการทำงาน 71.15, ที่ 7 ประสิทธิภาพการสื่อสาร 85.77, ที่ 6 คุณภาพการดำเนินงาน 91.42',
    );
    const en = planSentences(summarize(seedScan(), { ...DEFAULT_SETTINGS, lang: 'en' }), 'en');
    expect(en).toContain(
      'Pass, good: EIT is 82.78, below 85 (short by 2.22) whatever the OIT documents do; work on the perception indicators 8 Improvement of work 71.15, 7 Effectiveness of communication 85.77, 6 Quality of operations 91.42',
    );
    expect(en.at(-1)).toMatch(/not guaranteed/);
  });

  it('letter grades (FY2565): A is the pass line, AA the higher level, no per-tool rule', () => {
    // FY2565 is shipped at indicator level: a user's framework with the seed's item list stands in (as --framework would).
    const fw = { ...frameworkExact(2567)!, year: 2565 };
    const old = summarize(seedScan({ year: 2565 }), undefined, {
      frameworks: [{ framework: fw, origin: { kind: 'file', file: 'fy2565.json' } }],
    });
    expect(old.framework).toMatchObject({ year: 2565, origin: { kind: 'file' } });
    const hh = higherLevels(old);
    expect(hh.map((x) => x.level.en)).toEqual(['AA']);
    expect(hh[0]!.blockedBy).toEqual([]);
    expect(hh[0]!.overallShort).toBeCloseTo(91.9998, 3);
    expect(pathToPass(old).items).toEqual(PATH);
  });
});

describe('planReport: the `plan` object of analyze --json', () => {
  it('gains, pathToPass {items, projected} and what blocks the higher levels', () => {
    const r = planReport(s, frameworkExact(2568));
    expect(r.gains[0]).toMatchObject({ code: 'o26', kind: 'document', score: 0, planYear: 'o26/o27/o28 → O21 ปี 2568' });
    expect(r.gains[0]!.gain).toBeCloseTo(2, 9);
    expect(r.gains.find((g) => g.code === 'e9')).toMatchObject({
      kind: 'perception',
      gain: null,
      reason: 'eitReported',
    });
    expect(r.pathToPass.items).toEqual(PATH);
    expect(r.pathToPass.projected).toBeCloseTo(85.8331, 4);
    expect(r.higherLevels[0]).toMatchObject({
      level: 'ผ่านดี',
      reachableByDocuments: false,
      blockedBy: [{ tool: 'EIT', min: 85 }],
    });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r); // plain JSON
  });
});
