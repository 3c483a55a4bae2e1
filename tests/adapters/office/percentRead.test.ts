/**
 * Scores stored as percentages through the office adapter: Range.numberFormat is loaded with the values (no sync of
 * its own, its bytes counted in the batch's weight), and a number formatted % is listed in SheetSnapshot.percent as
 * the xlsx adapter lists it, so the analysis, the rules and the marks are the same in Excel as on the command line.
 */
import { describe, expect, it } from 'vitest';
import { corpus } from '../../../scripts/make-corpus';
import { createOfficePort, isPercent } from '../../../src/adapters/office/officePort';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { analyzeSnapshot } from '../../../src/app/analysis';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { buildHighlightRules } from '../../../src/domain/specs/highlight';
import type { WorkbookSnapshot } from '../../../src/domain/types';
import { createFakeExcel, type Scalar } from '../../helpers/fakeExcel';

/** The same workbook in the typed fake of Excel: the xlsx adapter's values, its percent cells formatted "0.00%". */
function fakeOf(snap: WorkbookSnapshot) {
  const fake = createFakeExcel(snap.sheets.map((s) => ({ name: s.name, rows: s.values as (Scalar | null)[][] })));
  for (const s of snap.sheets) {
    for (const ref of s.percent ?? []) fake.cellAt(s.name, ref)!.numberFormat = '0.00%';
  }
  return fake;
}

describe('office adapter: percentage scores', () => {
  it('lists the cells formatted % as the xlsx adapter does, in the same syncs; the same rules follow', async () => {
    const xlsx = await (await openXlsx(corpus()['percent.xlsx']!)).read();
    const listed = xlsx.sheets[0]!.percent ?? [];
    expect(listed).toHaveLength(59);
    const fake = fakeOf(xlsx);
    const port = createOfficePort(fake.run, fake.host);
    const office = await port.read();
    expect(port.syncs.count).toBe(3);
    expect([...(office.sheets[0]!.percent ?? [])].sort()).toEqual([...listed].sort());
    // The scores as shown (85.14, not 0.8514) in Excel as on the command line, and the same rules over them.
    const items = (snap: WorkbookSnapshot) => analyzeSnapshot(snap, DEFAULT_SETTINGS).summary.items;
    expect(items(office).map((i) => i.score)).toEqual(items(xlsx).map((i) => i.score));
    expect(items(office).find((i) => i.code === 'i15')!.score).toBe(85.14);
    const rules = (snap: WorkbookSnapshot) => buildHighlightRules(analyzeSnapshot(snap, DEFAULT_SETTINGS).summary);
    expect(rules(office)).toEqual(rules(xlsx));
    expect(rules(office)[0]!.formula).toBe('AND(ISNUMBER(C2),ROUND(C2*100,10)<70)');
  });

  it('a percent is a number formatted %: not text, not a % inside quotes, only the first section decides', () => {
    expect(isPercent(0.85, '0.00%')).toBe(true);
    expect(isPercent(0.85, '0%;[Red]-0%')).toBe(true);
    expect(isPercent('85%', '0.00%')).toBe(false);
    expect(isPercent(85, 'General')).toBe(false);
    expect(isPercent(85, '0.00" %"')).toBe(false);
    expect(isPercent(85, '0.00;0.00%')).toBe(false);
  });
});
