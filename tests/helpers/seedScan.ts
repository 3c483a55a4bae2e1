/** The seed's numbers (shared/seeds/000_fdbc2f2d9f1387fe.txt) as a ScanResult built by hand: scoring tests do not depend on the scanner. */
import type { IndicatorHit, ItemHit, ScanResult } from '../../src/domain/scan/types';
import type { Tool } from '../../src/domain/types';
import { SEED_INDICATOR_SCORES, SEED_ITEM_SCORES } from '../fixtures/seedGrids';

const CODES = [
  ...Array.from({ length: 15 }, (_, k) => `i${k + 1}`),
  ...Array.from({ length: 9 }, (_, k) => `e${k + 1}`),
  ...Array.from({ length: 35 }, (_, k) => `o${k + 1}`),
];

/** The seed's 59 item scores (tests/fixtures/seedGrids.ts), in code order: i1–i15, e1–e9, o1–o35. */
export const SEED_ITEMS: Readonly<Record<string, number>> = Object.fromEntries(
  CODES.map((c) => [c, SEED_ITEM_SCORES[c]!]),
);

/** The seed's indicator table as printed (indicator 1 has the typo 93.5). */
export const SEED_INDICATORS: readonly number[] = Object.values(SEED_INDICATOR_SCORES);

const TOOL: Record<string, Tool> = { i: 'IIT', e: 'EIT', o: 'OIT' };

/** A ScanResult with the seed's items on sheet "Items" (column C, one row each) and indicators on "Summary" (D2:D11). */
export function seedScan(
  overrides: {
    items?: Record<string, number | null>;
    indicators?: (number | null)[];
    overall?: number | null;
    year?: number | null;
  } = {},
): ScanResult {
  const scores = { ...SEED_ITEMS, ...(overrides.items ?? {}) };
  const items: ItemHit[] = Object.entries(scores).map(([code, score], k) => ({
    code,
    tool: TOOL[code[0]!]!,
    score,
    raw: score,
    sheet: 'Items',
    cell: `C${k + 2}`,
    codeCell: `A${k + 2}`,
    table: 0,
  }));
  const inds = overrides.indicators ?? SEED_INDICATORS;
  const indicators: IndicatorHit[] = inds.map((v, k) => ({
    no: k + 1,
    label: `ind ${k + 1}`,
    sheet: 'Summary',
    labelCell: `C${k + 2}`,
    scoreCell: `D${k + 2}`,
    reported: v === null ? null : { value: v, raw: v, sheet: 'Summary', cell: `D${k + 2}` },
    table: 1,
  }));
  const overall = overrides.overall === undefined ? 72.84 : overrides.overall;
  const year = overrides.year === undefined ? 2567 : overrides.year;
  return {
    items,
    indicators,
    overall: overall === null ? null : { value: overall, raw: overall, sheet: 'Summary', cell: 'B1' },
    toolScores: {},
    year: year === null ? null : { value: year, sheet: 'Summary', cell: 'A1' },
    planYear: null,
    agency: { value: 'องค์การบริหารส่วนตำบลตุน', sheet: 'Summary', cell: 'A1' },
    tables: [],
    issues: [],
  };
}
