import { describe, expect, it } from 'vitest';
import { rate } from '../../../src/domain/score';
import { ratingSchemeFor } from '../../../src/domain/framework';
import { buildSummarySheet, ratingFormula } from '../../../src/domain/specs/summarySheet';
import { seedSummary } from '../../helpers/seedSummary';
import { findText, specCellAt, specTexts } from '../../helpers/specCell';
import { evalFormula } from '../../helpers/miniFormula';

const th = { lang: 'th', thaiDigits: false } as const;
const THAI = /[\u0E00-\u0E7F]/;

describe('summary sheet on the seed', () => {
  const s = seedSummary();
  const spec = buildSummarySheet(s, th);

  it('has a title with the year and the agency, and a Thai sheet name', () => {
    expect(spec.key).toBe('summary');
    expect(spec.name).toBe('ITA สรุปคะแนน');
    expect(specCellAt(spec, 'A1')?.value).toContain('พ.ศ. 2567');
    expect(specCellAt(spec, 'A2')?.value).toBe('องค์การบริหารส่วนตำบลตุน');
  });

  it.each([
    ['D5', 'AVERAGE(Items!$C$2,Items!$C$3,Items!$C$4)', 93.52],
    ['D8', 'AVERAGE(Items!$C$11,Items!$C$12,Items!$C$13)', 80.95],
    ['D12', 'Summary!$D$9', 71.15],
    ['D14', 'AVERAGE(Items!$C$51,', 60],
  ])("indicator score %s is a formula over the user's cells (%s…) cached at %d", (ref, formula, value) => {
    const c = specCellAt(spec, ref)!;
    expect(c.formula).toContain(formula);
    expect(c.value as number).toBeCloseTo(value, 2);
    expect(spec.styles[c.style!]?.numFmt).toBe('0.00');
  });

  it('indicator 9 is the mean of the five sub-indicator means (44.17)', () => {
    const c = specCellAt(spec, 'D13')!;
    expect(c.formula!.match(/AVERAGE\(/g)).toHaveLength(6);
    expect(c.value as number).toBeCloseTo(44.17, 2);
  });

  it.each([
    ['G5', '≠'],
    ['G6', ''],
    ['G13', ''],
    ['G18', ''],
  ])('difference flag %s is a formula with the 0.01 tolerance, cached %j', (ref, cached) => {
    const c = specCellAt(spec, ref)!;
    expect(c.formula).toMatch(/ABS\(D\d+-E\d+\)>0\.01/);
    expect(c.value).toBe(cached);
  });

  it('the flag formula really flags 93.52 vs 93.5 and not 72.833 vs 72.84', () => {
    const f = specCellAt(spec, 'G5')!.formula!;
    expect(evalFormula(f, { D5: 93.5233, E5: 93.5 })).toBe('≠');
    expect(evalFormula(f.replace(/D5/g, 'D18').replace(/E5/g, 'E18'), { D18: 72.8331, E18: 72.84 })).toBe('');
  });

  it("tool rows average this sheet's indicator cells; overall uses the framework weights", () => {
    expect(specCellAt(spec, 'D15')!.formula).toBe('IF(COUNT(D5,D6,D7,D8,D9)=5,AVERAGE(D5,D6,D7,D8,D9),"")');
    expect(specCellAt(spec, 'D16')!.formula).toBe('IF(COUNT(D10,D11,D12)=3,AVERAGE(D10,D11,D12),"")');
    expect(specCellAt(spec, 'D18')!.formula).toBe('IF(COUNT(D15,D16,D17)=3,0.3*D15+0.3*D16+0.4*D17,"")');
    expect(specCellAt(spec, 'D18')!.value as number).toBeCloseTo(72.83, 2);
    expect(specCellAt(spec, 'E18')!.value).toBe(72.84);
  });

  it('the rating is a formula with the cached label (the seed does not pass)', () => {
    const c = specCellAt(spec, 'D19')!;
    expect(c.value).toBe('ไม่ผ่าน (ต้องปรับปรุง)');
    expect(c.formula).toContain('MIN(D15,D16,D17)>=85');
    expect(evalFormula(c.formula!, { D18: 72.83, D15: 90.55, D16: 82.78, D17: 52.08 })).toBe('ไม่ผ่าน (ต้องปรับปรุง)');
  });

  it('notes state the tolerance, the framework year, the [inferred] EIT facts and the colour legend', () => {
    const notes = specTexts(spec).join('\n');
    expect(notes).toContain('0.01');
    expect(notes).toContain('พ.ศ. 2567');
    expect(notes).toContain('[อนุมาน]');
    expect(notes).toMatch(/แดง.*เหลืองอำพัน/);
    expect(specCellAt(spec, 'F10')!.value).toContain('ตามที่ระบุ');
  });

  it('lays out for print: portrait A4 fit to width, Sarabun 16, header repeated', () => {
    expect(spec.print).toMatchObject({ orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [4, 4] });
    expect(spec.baseStyle).toMatchObject({ font: 'TH SarabunPSK', size: 16 });
    expect(spec.styles.header).toMatchObject({ bold: true, border: 'thin' });
    expect(spec.conditionalFormats.map((r) => r.range)).toEqual(['D5:D14', 'D5:D14']);
  });
});

describe('rating formula agrees with the domain rating', () => {
  const pass = ratingSchemeFor(2567);
  const letters = ratingSchemeFor(2564);
  it.each([
    [96, 96, 96, 96],
    [96, 94, 97, 97],
    [90, 84, 95, 91],
    [88, 90, 88, 86],
    [84.99, 90, 90, 80],
    [69.9, 70, 70, 70],
    [50, 50, 50, 50],
  ])('overall %d with IIT %d EIT %d OIT %d', (overall, iit, eit, oit) => {
    for (const scheme of [pass, letters]) {
      const f = ratingFormula(scheme, 'D18', ['D15', 'D16', 'D17'], 'th');
      const expected = rate(scheme, overall, { IIT: iit, EIT: eit, OIT: oit }).label.th;
      expect(evalFormula(f, { D18: overall, D15: iit, D16: eit, D17: oit })).toBe(expected);
    }
  });
  it('is blank when the overall cell is blank', () => {
    expect(evalFormula(ratingFormula(pass, 'D18', ['D15'], 'en'), { D18: '' })).toBe('');
  });
});

describe('summary sheet options', () => {
  it("says visibly when the framework is not the year's own", () => {
    const spec = buildSummarySheet(seedSummary({ year: 2590 }), th);
    expect(specCellAt(spec, 'A3')?.value).toMatch(/คำเตือน.*2590.*2570/);
    expect(spec.styles[specCellAt(spec, 'A3')!.style!]?.color).toBe('#C00000');
  });

  it('converts digits in texts with thaiDigits, numbers stay numbers', () => {
    const spec = buildSummarySheet(seedSummary(), { lang: 'th', thaiDigits: true });
    expect(specCellAt(spec, 'A1')?.value).toContain('พ.ศ. ๒๕๖๗');
    expect(typeof specCellAt(spec, 'D5')?.value).toBe('number');
    expect(typeof specCellAt(spec, 'B5')?.value).toBe('number');
    expect(spec.styles.score?.numFmt).toMatch(/^\[\$-D00041E\]0\.00$/);
  });

  it('English has no Thai in its title, headers and labels', () => {
    const spec = buildSummarySheet(seedSummary({ agency: 'Tun TAO' }), { lang: 'en', thaiDigits: false });
    expect(spec.name).toBe('ITA Summary');
    const header = spec.rows[3]!.map((c) => String(c?.value).replace(/\s+/g, ' '));
    expect(header).toEqual(['Tool', 'No.', 'Indicator', 'Score', 'Score as reported', 'Source', 'Diff.']);
    for (const t of specTexts(spec)) expect(t).not.toMatch(THAI);
    expect(findText(spec, (t) => t === 'Not passed (needs improvement)')).toBe('D19');
  });
});
