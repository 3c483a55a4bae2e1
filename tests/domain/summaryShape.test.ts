import { describe, expect, it } from 'vitest';
import { agreement, summarize } from '../../src/domain/score';
import { frameworkNote, confidenceKind, unverifiedKinds } from '../../src/domain/frameworkNote';
import { frameworkExact } from '../../src/domain/framework';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { seedScan } from '../helpers/seedScan';

describe('agreement: stated vs computed within the tolerance, decided in one place', () => {
  it.each([
    [72.84, 72.83, true],
    [93.5, 93.52, false],
    [60, 60.01, true],
    [60, 60.02, false],
    [null, 60, null],
    [60, null, null],
  ] as const)('stated %s, computed %s → %s', (a, b, r) => expect(agreement(a, b)).toBe(r));

  it('indicators, tools and overall carry the flag the warnings follow', () => {
    const s = summarize(seedScan());
    expect(s.indicators[0]!.agrees).toBe(false); // 93.5 vs 93.52, the one indicator.mismatch
    expect(s.indicators.filter((i) => i.agrees === false).length).toBe(
      s.issues.filter((i) => i.code === 'indicator.mismatch').length,
    );
    expect(s.indicators[8]!.agrees).toBe(true);
    expect(s.indicators[5]!.agrees).toBeNull(); // EIT: nothing computed to compare
    expect(s.overall.agrees).toBe(true);
    expect(s.tools.map((t) => t.agrees)).toEqual([null, null, null]); // the seed states no tool score
    expect(s.overall.estimated).toBe(false);
  });
});

describe('summary.framework: {year, status, source} and why', () => {
  it('a year written in the workbook', () => {
    const fw = summarize(seedScan()).framework;
    expect(fw).toMatchObject({
      year: 2567,
      status: 'verified',
      source: 'workbook',
      origin: { kind: 'shipped' },
      requested: 2567,
    });
    expect(fw.reason).toEqual({ code: 'framework.year.workbook', params: { year: 2567, place: 'Summary!A1' } });
  });
  it('a year set by the user', () => {
    expect(summarize(seedScan(), { ...DEFAULT_SETTINGS, year: 2567 }).framework).toMatchObject({ source: 'option' });
  });
  it('a year with no framework of its own is assumed, whatever the stand-in framework says of itself', () => {
    const fw = summarize(seedScan({ year: 2590 })).framework;
    expect(fw.status).toBe('assumed');
    expect(fw.requested).toBe(2590);
  });
});

describe('frameworkNote: the line every published sheet shows', () => {
  it('verified FY2567, in Thai and English', () => {
    const s = summarize(seedScan());
    expect(frameworkNote(s, 'th')).toBe('คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. 2567 ของสำนักงาน ป.ป.ช. (ตรวจสอบแล้ว)');
    expect(frameworkNote(s, 'en')).toBe('Computed by the NACC ITA framework of FY2567 (verified)');
  });
  it('says where the year came from when the workbook did not say it', () => {
    const s = summarize(seedScan(), { ...DEFAULT_SETTINGS, year: 2567 });
    expect(frameworkNote(s, 'en')).toContain('assessment year 2567 as set by the user');
  });
  it('a substituted framework is said to be assumed', () => {
    expect(frameworkNote(summarize(seedScan({ year: 2590 })), 'en')).toMatch(
      /No ITA framework for FY2590 is published/,
    );
  });
  it("classifies the data's confidence texts", () => {
    expect(confidenceKind('third-party (RTRDA headings)')).toBe('third-party');
    expect(confidenceKind('verified (LAO pages) + third-party guide')).toBe('verified');
    expect(confidenceKind('inferred-name')).toBe('inferred');
    expect(confidenceKind(undefined)).toBeNull();
    expect(unverifiedKinds(frameworkExact(2568)!)).toEqual(expect.arrayContaining(['inferred', 'unknown']));
  });
});
