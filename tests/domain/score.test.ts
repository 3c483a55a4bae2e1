import { describe, expect, it } from 'vitest';
import { rate, summarize } from '../../src/domain/score';
import { ratingSchemeFor } from '../../src/domain/framework';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { seedScan } from '../helpers/seedScan';

const r2 = (x: number | null | undefined) => (x === null || x === undefined ? x : Math.round(x * 100) / 100);

describe('summarize: the seed (อบต.ตุน, FY2567)', () => {
  const s = summarize(seedScan());
  const ind = (no: number) => s.indicators.find((i) => i.no === no)!;

  it.each([
    [1, 93.52, 'items'],
    [2, 94.86, 'items'],
    [3, 95.62, 'items'],
    [4, 80.95, 'items'],
    [5, 87.81, 'items'],
    [6, 91.42, 'reported'],
    [7, 85.77, 'reported'],
    [8, 71.15, 'reported'],
    [9, 44.17, 'items'],
    [10, 60.0, 'items'],
  ])('indicator %i = %d from %s', (no, score, source) => {
    expect(r2(ind(no).score)).toBe(score);
    expect(ind(no).source).toBe(source);
  });

  it('indicator 9 is the mean of its five sub-indicator means, not the plain mean of o1–o25 (48.00)', () => {
    expect(ind(9).sub!.map((x) => r2(x.score))).toEqual([83.33, 50, 25, 25, 37.5]);
    expect(ind(9).score).toBeCloseTo(44.1667, 4);
  });

  it('flags indicator 1 (93.5 stated, 93.52 from items) and nothing else', () => {
    const mism = s.issues.filter((i) => i.code === 'indicator.mismatch');
    expect(mism).toHaveLength(1);
    expect(mism[0]).toMatchObject({
      sheet: 'Summary',
      cell: 'D2',
      params: { no: 1, reported: '93.5', computed: '93.52' },
    });
  });

  it('overall 72.83 agrees with the stated 72.84 (within 0.01) and does not pass', () => {
    expect(r2(s.overall.score)).toBe(72.83);
    expect(s.overall.reported).toBe(72.84);
    expect(s.issues.some((i) => i.code === 'overall.mismatch')).toBe(false);
    expect(s.overall.rating!.pass).toBe(false);
    expect(s.overall.rating!.scheme).toBe('pass-levels');
  });

  it('tool scores', () => {
    expect(s.tools.map((t) => [t.tool, r2(t.score)])).toEqual([
      ['IIT', 90.55],
      ['EIT', 82.78],
      ['OIT', 52.08],
    ]);
  });

  it('weak items: the OIT items at 0 and 50, i10, i12 and e9 — worst first', () => {
    const weak = s.weak.map((w) => w.code);
    const zero = [
      'o2',
      'o9',
      'o12',
      'o13',
      'o15',
      'o17',
      'o18',
      'o19',
      'o21',
      'o22',
      'o25',
      'o26',
      'o28',
      'o30',
      'o34',
    ];
    const fifty = ['o8', 'o14', 'o16', 'o24'];
    expect(new Set(weak)).toEqual(new Set([...zero, ...fifty, 'i10', 'i12', 'e9']));
    expect(weak.slice(0, zero.length)).toEqual(zero);
    for (const c of zero) expect(s.items.find((i) => i.code === c)!.weak).toBe('critical');
    for (const c of fifty) expect(s.items.find((i) => i.code === c)!.weak).toBe('weak');
    expect(s.items.find((i) => i.code === 'i15')!.weak).toBeNull(); // 85.14 ≥ 85
  });

  it('indicator formulas reference the user cells', () => {
    expect(ind(1).formula).toBe('AVERAGE(Items!$C$2,Items!$C$3,Items!$C$4)');
    expect(ind(6).formula).toBe('Summary!$D$7');
    expect(ind(9).formula).toMatch(/^AVERAGE\(AVERAGE\(Items!\$C\$/);
  });

  it('plan year defaults to the next year', () => {
    expect(s.year).toBe(2567);
    expect(s.planYear).toBe(2568);
  });
});

describe('summarize: years and fallbacks', () => {
  it('a year with no data at all falls back to the nearest framework, visibly, as an assumption', () => {
    const s = summarize(seedScan({ year: 2590 }));
    expect(s.frameworkExact).toBe(false);
    expect(s.framework).toMatchObject({ year: 2570, status: 'assumed', requested: 2590 });
    expect(s.issues).toContainEqual(
      expect.objectContaining({ code: 'year.unknown', params: { year: 2590, used: 2570 } }),
    );
  });
  it('no year in the workbook: codes o27–o35 exist only in FY2567; the user setting wins', () => {
    const s = summarize(seedScan({ year: null }));
    expect(s.framework).toMatchObject({
      year: 2567,
      source: 'item-names',
      reason: { code: 'framework.year.itemCodes' },
    });
    expect(summarize(seedScan({ year: null }), { ...DEFAULT_SETTINGS, year: 2566 }).year).toBe(2566);
  });
  it('no year and nothing that tells one: the latest year whose results are out, with a warning', () => {
    const scan = { ...seedScan({ year: null }), items: [] };
    const s = summarize(scan, DEFAULT_SETTINGS, { today: new Date('2026-12-01') });
    expect(s.framework).toMatchObject({ year: 2569, source: 'latest-default' });
    expect(s.issues).toContainEqual(expect.objectContaining({ code: 'year.notFound', params: { used: 2569 } }));
    // Before FY2569's results were out, FY2568 was the latest.
    expect(summarize(scan, DEFAULT_SETTINGS, { today: new Date('2026-03-01') }).year).toBe(2568);
  });
  it('FY2565 uses letter grades', () => {
    const s = summarize(seedScan({ year: 2565 }));
    expect(s.overall.rating!.label.en).toBe('C');
  });
  it('a missing item means the indicator falls back to the stated score, with a warning', () => {
    const s = summarize(seedScan({ items: { i2: null } }));
    const one = s.indicators[0]!;
    expect(one.source).toBe('reported');
    expect(one.score).toBe(93.5);
    expect(s.issues).toContainEqual(
      expect.objectContaining({ code: 'item.missing', params: { codes: 'i2', indicator: 1 } }),
    );
  });
  it('no indicator table and no items: overall cannot be computed, said so', () => {
    const scan = { ...seedScan({ indicators: [], overall: null }), items: [] };
    const s = summarize(scan);
    expect(s.overall.score).toBeNull();
    expect(s.issues.map((i) => i.code)).toContain('overall.incomplete');
  });
});

describe('rate: pass levels from FY2566 with the per-tool rule', () => {
  const scheme = ratingSchemeFor(2567);
  it.each([
    [96, { IIT: 96, EIT: 96, OIT: 96 }, 'ผ่านดีเยี่ยม', true],
    [96, { IIT: 96, EIT: 90, OIT: 99 }, 'ผ่านดี', true],
    [94.64, { IIT: 95, EIT: 84, OIT: 99 }, 'ผ่าน', true],
    [84.99, { IIT: 95, EIT: 95, OIT: 70 }, 'ไม่ผ่าน (ต้องปรับปรุง)', false],
    [69.99, { IIT: 95, EIT: 95, OIT: 30 }, 'ไม่ผ่าน (ต้องปรับปรุงโดยด่วน)', false],
  ])('overall %d with tools %o → %s', (overall, tools, label, pass) => {
    const r = rate(scheme, overall, tools);
    expect(r.label.th).toBe(label);
    expect(r.pass).toBe(pass);
  });
  it('names the tool that blocks a higher level (EIT below 85)', () => {
    const r = rate(scheme, 94.64, { IIT: 95, EIT: 84, OIT: 99 });
    expect(r.blockedBy.map((b) => [b.level.th, b.tools])).toEqual([['ผ่านดี', ['EIT']]]);
  });
  it.each([
    [95, 'AA'],
    [85, 'A'],
    [84.99, 'B'],
    [65, 'C'],
    [55, 'D'],
    [50, 'E'],
    [49.99, 'F'],
  ])('FY2564 letter grade of %d is %s', (x, g) => {
    expect(rate(ratingSchemeFor(2564), x, {}).label.en).toBe(g);
  });
});
