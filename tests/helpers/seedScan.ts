/** The seed's numbers (shared/seeds/000_fdbc2f2d9f1387fe.txt) as a ScanResult built by hand: scoring tests do not depend on the scanner. */
import type { IndicatorHit, ItemHit, ScanResult } from '../../src/domain/scan/types';
import type { Tool } from '../../src/domain/types';

export const SEED_ITEMS: Readonly<Record<string, number>> = {
  i1: 92, i2: 88.57, i3: 100, i4: 92, i5: 94.86, i6: 97.71, i7: 94.29, i8: 95.43, i9: 97.14,
  i10: 69.14, i11: 95.43, i12: 78.29, i13: 90.86, i14: 87.43, i15: 85.14,
  e1: 91.76, e2: 90.59, e3: 100, e4: 90.98, e5: 90.98, e6: 90.59, e7: 88.63, e8: 89.02, e9: 54.9,
  o1: 100, o2: 0, o3: 100, o4: 100, o5: 100, o6: 100, o7: 100, o8: 50, o9: 0, o10: 100, o11: 100, o12: 0, o13: 0,
  o14: 50, o15: 0, o16: 50, o17: 0, o18: 0, o19: 0, o20: 100, o21: 0, o22: 0, o23: 100, o24: 50, o25: 0,
  o26: 0, o27: 100, o28: 0, o29: 100, o30: 0, o31: 100, o32: 100, o33: 100, o34: 0, o35: 100,
};

/** The seed's indicator table as printed (indicator 1 has the typo 93.5). */
export const SEED_INDICATORS: readonly number[] = [93.5, 94.86, 95.62, 80.95, 87.81, 91.42, 85.77, 71.15, 44.17, 60.0];

const TOOL: Record<string, Tool> = { i: 'IIT', e: 'EIT', o: 'OIT' };

/** A ScanResult with the seed's items on sheet "Items" (column C, one row each) and indicators on "Summary" (D2:D11). */
export function seedScan(overrides: { items?: Record<string, number | null>; indicators?: (number | null)[]; overall?: number | null; year?: number | null } = {}): ScanResult {
  const scores = { ...SEED_ITEMS, ...(overrides.items ?? {}) };
  const items: ItemHit[] = Object.entries(scores).map(([code, score], k) => ({
    code, tool: TOOL[code[0]!]!, score, raw: score, sheet: 'Items', cell: `C${k + 2}`, codeCell: `A${k + 2}`, table: 0,
  }));
  const inds = overrides.indicators ?? SEED_INDICATORS;
  const indicators: IndicatorHit[] = inds.map((v, k) => ({
    no: k + 1, label: `ind ${k + 1}`, sheet: 'Summary', labelCell: `C${k + 2}`, scoreCell: `D${k + 2}`,
    reported: v === null ? null : { value: v, raw: v, sheet: 'Summary', cell: `D${k + 2}` }, table: 1,
  }));
  const overall = overrides.overall === undefined ? 72.84 : overrides.overall;
  const year = overrides.year === undefined ? 2567 : overrides.year;
  return {
    items, indicators,
    overall: overall === null ? null : { value: overall, raw: overall, sheet: 'Summary', cell: 'B1' },
    toolScores: {},
    year: year === null ? null : { value: year, sheet: 'Summary', cell: 'A1' },
    planYear: null, agency: { value: 'องค์การบริหารส่วนตำบลตุน', sheet: 'Summary', cell: 'A1' },
    tables: [], issues: [],
  };
}
