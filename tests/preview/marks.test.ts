// The grid's marks come from what we wrote (the rules' ranges and fills, the items, the thresholds recorded with the
// rules), never from reading the rules' formulas back.
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../src/app/analysis';
import { defaultBuilders } from '../../src/app/builders';
import { marksFor } from '../../src/preview/marks';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { CRITICAL_COLOR, CRITICAL_FILL, WEAK_FILL } from '../../src/domain/specs/highlight';
import { seedSnapshot } from '../taskpane/grids';
import { corpus } from '../../scripts/make-corpus';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';

describe('preview marks', () => {
  const a = analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS);
  const rules = defaultBuilders.highlights(a.summary);

  it("paint exactly the weak items inside our ranges, in the rule's colours", () => {
    const marks = marksFor('รายข้อ', { rules, items: a.summary.items, thresholds: DEFAULT_SETTINGS.thresholds });
    const weak = a.summary.weak.filter((w) => w.location?.sheet === 'รายข้อ');
    expect([...marks.keys()].sort()).toEqual(weak.map((w) => w.location!.cell).sort());
    expect(marks.get('C59')).toEqual({ fill: CRITICAL_FILL, color: CRITICAL_COLOR, bold: true }); // o34: 0
    const weakOne = a.summary.weak.find((w) => w.weak === 'weak' && w.location?.sheet === 'รายข้อ')!;
    expect(marks.get(weakOne.location!.cell)?.fill).toBe(WEAK_FILL);
  });

  it('nothing where no rule of ours is, nor on another sheet; the recorded thresholds decide', () => {
    expect(marksFor('รายข้อ', { rules: [], items: a.summary.items, thresholds: DEFAULT_SETTINGS.thresholds }).size).toBe(
      0,
    );
    expect(marksFor('สรุป', { rules, items: a.summary.items, thresholds: DEFAULT_SETTINGS.thresholds }).size).toBe(0);
    const lenient = marksFor('รายข้อ', {
      rules,
      items: a.summary.items,
      thresholds: { ...DEFAULT_SETTINGS.thresholds, oitWeakBelow: 50, surveyWeakBelow: 50, surveyCriticalBelow: 40 },
    });
    expect(lenient.size).toBeLessThan(
      marksFor('รายข้อ', { rules, items: a.summary.items, thresholds: DEFAULT_SETTINGS.thresholds }).size,
    );
  });
  it('percentage scores (percent.xlsx) are painted as shown, as the rules judge them in LibreOffice', async () => {
    const p = analyzeSnapshot(await (await openXlsx(corpus()['percent.xlsx']!)).read(), DEFAULT_SETTINGS);
    const marks = marksFor('คะแนน ITA', {
      rules: defaultBuilders.highlights(p.summary),
      items: p.summary.items,
      thresholds: DEFAULT_SETTINGS.thresholds,
    });
    const at = (code: string) => marks.get(p.summary.items.find((i) => i.code === code)!.location!.cell)?.fill;
    expect(at('e9')).toBe(CRITICAL_FILL); // 54.90%
    expect(at('i12')).toBe(WEAK_FILL); // 78.29%
    expect(at('i15')).toBeUndefined(); // 85.14%
    expect(at('o1')).toBeUndefined(); // 100%
  });
});
