import { describe, expect, it } from 'vitest';
import { buildHighlightRules, highlightLegend } from '../../../src/domain/specs/highlight';
import { DEFAULT_THRESHOLDS } from '../../../src/domain/settings';
import type { Summary } from '../../../src/domain/summary';
import { seedSummary } from '../../helpers/seedSummary';
import { evalFormula } from '../../helpers/miniFormula';
import { corpus } from '../../../scripts/make-corpus';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { percentKey } from '../../../src/domain/scan/percent';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';

describe("highlight rules on the user's item cells", () => {
  it("groups the seed's 59 cells into two contiguous ranges (IIT+EIT, OIT): four rules", () => {
    const rules = buildHighlightRules(seedSummary());
    expect(rules.map((r) => [r.sheet, r.range, r.formula])).toEqual([
      ['Items', 'C2:C25', 'AND(ISNUMBER(C2),C2<70)'],
      ['Items', 'C2:C25', 'AND(ISNUMBER(C2),C2<85)'],
      ['Items', 'C26:C60', 'AND(ISNUMBER(C26),C26<=0)'],
      ['Items', 'C26:C60', 'AND(ISNUMBER(C26),C26<100)'],
    ]);
    expect(rules[0]).toMatchObject({ fill: '#FFC7CE', priority: 1 });
    expect(rules[1]).toMatchObject({ fill: '#FFEB9C', priority: 2 });
  });

  it.each([
    ['survey critical', 'AND(ISNUMBER(C2),C2<70)', 69.14, true],
    ['survey critical', 'AND(ISNUMBER(C2),C2<70)', 70, false],
    ['survey weak', 'AND(ISNUMBER(C2),C2<85)', 84.99, true],
    ['survey weak', 'AND(ISNUMBER(C2),C2<85)', 85, false],
    ['OIT critical', 'AND(ISNUMBER(C2),C2<=0)', 0, true],
    ['OIT weak', 'AND(ISNUMBER(C2),C2<100)', 50, true],
    ['OIT weak', 'AND(ISNUMBER(C2),C2<100)', 100, false],
    ['blank cell', 'AND(ISNUMBER(C2),C2<85)', null, false],
  ])('%s rule %s on %j → %s', (_what, formula, value, expected) => {
    expect(evalFormula(formula, { C2: value })).toBe(expected);
  });

  it("follows the user's thresholds", () => {
    const s = seedSummary({ thresholds: { ...DEFAULT_THRESHOLDS, surveyWeakBelow: 90, oitWeakBelow: 60 } });
    const f = buildHighlightRules(s).map((r) => r.formula);
    expect(f).toContain('AND(ISNUMBER(C2),C2<90)');
    expect(f).toContain('AND(ISNUMBER(C26),C26<60)');
  });

  it('splits runs at gaps, columns and sheets; skips items not in the workbook', () => {
    const s = seedSummary();
    const at: Record<string, { sheet: string; cell: string } | null> = {
      o1: { sheet: 'A', cell: 'D5' },
      o2: { sheet: 'A', cell: 'D6' },
      o3: { sheet: 'A', cell: 'D8' },
      o4: { sheet: 'A', cell: 'E6' },
      o5: { sheet: 'B', cell: 'D7' },
    };
    const items = s.items.map((i) => ({ ...i, location: at[i.code] ?? null }));
    const ranges = buildHighlightRules({ ...s, items } as Summary)
      .filter((r) => r.priority === 1)
      .map((r) => `${r.sheet}!${r.range}`);
    expect(ranges).toEqual(['A!D5:D6', 'A!D8', 'A!E6', 'B!D7']);
  });

  it('judges a score stored as a percentage as shown (percent.xlsx: 0.8514 formatted 0.00% is 85.14)', async () => {
    const snap = await (await openXlsx(corpus()['percent.xlsx']!)).read();
    const s = summarize(scanWorkbook(snap), DEFAULT_SETTINGS);
    const i15 = s.items.find((i) => i.code === 'i15');
    expect(i15).toMatchObject({ score: 85.14, location: { sheet: 'คะแนน ITA', cell: 'C16' } });
    expect(buildHighlightRules(s).map((r) => [r.sheet, r.range, r.formula])).toEqual([
      ['คะแนน ITA', 'C2:C25', 'AND(ISNUMBER(C2),ROUND(C2*100,10)<70)'],
      ['คะแนน ITA', 'C2:C25', 'AND(ISNUMBER(C2),ROUND(C2*100,10)<85)'],
      ['คะแนน ITA', 'C26:C60', 'AND(ISNUMBER(C26),ROUND(C26*100,10)<=0)'],
      ['คะแนน ITA', 'C26:C60', 'AND(ISNUMBER(C26),ROUND(C26*100,10)<100)'],
    ]);
  });

  it('a run of cells is split where percent cells meet plain ones: one formula judges each run', () => {
    const s = seedSummary();
    const percent = new Set([percentKey('Items', 'C3'), percentKey('Items', 'C4')]);
    const rules = buildHighlightRules({ ...s, scan: { ...s.scan, percent } }).filter((r) => r.priority === 1);
    expect(rules.map((r) => [r.range, r.formula])).toEqual([
      ['C2', 'AND(ISNUMBER(C2),C2<70)'],
      ['C3:C4', 'AND(ISNUMBER(C3),ROUND(C3*100,10)<70)'],
      ['C5:C25', 'AND(ISNUMBER(C5),C5<70)'],
      ['C26:C60', 'AND(ISNUMBER(C26),C26<=0)'],
    ]);
  });

  it('has a legend in both languages with the thresholds', () => {
    expect(highlightLegend(DEFAULT_THRESHOLDS, 'th')).toMatch(/แดง.*70.*เหลืองอำพัน.*85/);
    expect(highlightLegend(DEFAULT_THRESHOLDS, 'en')).toMatch(/red.*70.*amber.*85/);
  });
});
