import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../../src/domain/a1';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/types';

// Fragments a real workbook holds, so random grids often form tables, facts and near-misses.
const FRAGMENTS = [
  'i1',
  'o๒',
  '๐34',
  'O35*',
  'ｏ３４',
  'e 9',
  'ข้อ i1 การปฏิบัติงาน',
  'ข้อ ๐33 รายงาน',
  'IIT',
  'EIT',
  'OIT',
  'แบบ OIT',
  '92.00',
  ' 88.57 ',
  '๙๒.๐๐',
  '72.84 คะแนน',
  '85%',
  '92,5',
  '1,234',
  '-',
  'n/a',
  'การปฏิบัติหน้าที่',
  '2. การใช้งบประมาณ',
  'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
  'Use of budget',
  'คะแนนภาพรวม 72.84',
  'คะแนนภาพรวม',
  'คะแนนรวม IIT',
  'รวม EIT',
  'ผลการประเมิน ITA พ.ศ. 2567',
  'มาตรการ ปี 2568',
  'FY2024',
  'องค์การบริหารส่วนตำบลตุน',
  'อบต.นูน',
  'หน่วยงาน',
  'ลำดับ',
  'คะแนน',
  'พัฒนาว\u17b7ธี',
  '1',
  '๓๔',
  'ข้อ 3',
  '',
  ' ',
];

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 120 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => `${a} ${b}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom(...'oie๐๑๒๓๔๕๖๗๘๙0123456789 .,*ขอ้'.split('')), maxLength: 6 }),
  },
);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.constantFrom('Sheet1', 'ผล ITA', "it's", 'IIT'),
  origin: fc.record({ row: fc.integer({ min: 0, max: 5000 }), col: fc.integer({ min: 0, max: 700 }) }),
  values: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 14 }),
});
const wbArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(sheetArb, { minLength: 0, maxLength: 3 })
  .map((sheets) => ({ sheets }));

/** A1 inside the sheet's used range (origin + grid height × longest row). */
function inside(wb: WorkbookSnapshot, sheet: string, cell: string): boolean {
  const p = parseA1(cell);
  if (!p) return false;
  return wb.sheets.some((s) => {
    if (s.name !== sheet) return false;
    const w = Math.max(0, ...s.values.map((r) => r.length));
    return (
      p.row >= s.origin.row &&
      p.row < s.origin.row + s.values.length &&
      p.col >= s.origin.col &&
      p.col < s.origin.col + w
    );
  });
}

function insideRange(wb: WorkbookSnapshot, sheet: string, range: string): boolean {
  return range.split(':').every((c) => inside(wb, sheet, c));
}

describe('scanner properties on random grids', () => {
  it('never throws; scores are 0–100 or null with an issue at the cell; every location is inside its sheet', () => {
    fc.assert(
      fc.property(wbArb, (wb) => {
        const r = scanWorkbook(wb);
        for (const h of r.items) {
          expect(inside(wb, h.sheet, h.cell)).toBe(true);
          expect(inside(wb, h.sheet, h.codeCell)).toBe(true);
          expect(h.code).toMatch(/^[ieo][1-9]\d?$/);
          expect(h.tool).toBe({ i: 'IIT', e: 'EIT', o: 'OIT' }[h.code[0]!]);
          if (h.score === null) {
            expect(
              r.issues.some(
                (i) => i.sheet === h.sheet && i.cell === h.cell && /^item\.(blank|unreadable|outOfRange)$/.test(i.code),
              ),
            ).toBe(true);
          } else {
            expect(h.score).toBeGreaterThanOrEqual(0);
            expect(h.score).toBeLessThanOrEqual(100);
            if (h.tool === 'OIT' && ![0, 50, 100].includes(h.score)) {
              expect(r.issues.some((i) => i.cell === h.cell && i.code === 'item.oitScale')).toBe(true);
            }
          }
          expect(r.tables[h.table]?.kind).toBe('items');
        }
        for (const i of r.indicators) {
          expect(i.no).toBeGreaterThanOrEqual(1);
          expect(i.no).toBeLessThanOrEqual(10);
          expect(inside(wb, i.sheet, i.labelCell)).toBe(true);
          if (i.scoreCell) expect(inside(wb, i.sheet, i.scoreCell)).toBe(true);
          if (i.reported) {
            expect(i.reported.cell).toBe(i.scoreCell);
            expect(i.reported.value).toBeGreaterThanOrEqual(0);
            expect(i.reported.value).toBeLessThanOrEqual(100);
          }
          expect(r.tables[i.table]?.kind).toBe('indicators');
        }
        for (const rep of [r.overall, ...Object.values(r.toolScores)]) {
          if (!rep) continue;
          expect(inside(wb, rep.sheet, rep.cell)).toBe(true);
          expect(rep.value).toBeGreaterThanOrEqual(0);
          expect(rep.value).toBeLessThanOrEqual(100);
        }
        for (const f of [r.year, r.planYear, r.agency]) if (f) expect(inside(wb, f.sheet, f.cell)).toBe(true);
        if (r.year) expect(r.year.value).toBeGreaterThanOrEqual(2500);
        for (const t of r.tables) expect(insideRange(wb, t.sheet, t.range)).toBe(true);
        for (const i of r.issues) if (i.sheet && i.cell) expect(inside(wb, i.sheet, i.cell)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same items wherever the table sits (origin and offset in the grid do not matter)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.record({ row: fc.integer({ min: 0, max: 1000 }), col: fc.integer({ min: 0, max: 50 }) }),
        fc.array(
          fc.tuple(fc.constantFrom('i', 'e', 'o'), fc.integer({ min: 1, max: 35 }), fc.integer({ min: 0, max: 100 })),
          { minLength: 2, maxLength: 10 },
        ),
        (dr, dc, origin, rows) => {
          const grid: Cell[][] = Array.from({ length: dr }, () => []);
          for (const [t, n, s] of rows)
            grid.push([...Array<Cell>(dc).fill(null), `${t}${n}`, 'คำถาม', t === 'o' ? [0, 50, 100][s % 3]! : s]);
          const r = scanWorkbook({ sheets: [{ name: 'S', origin, values: grid }] });
          expect(r.items.map((h) => [h.code, h.score])).toEqual(
            rows.map(([t, n, s]) => [`${t}${n}`, t === 'o' ? [0, 50, 100][s % 3]! : s]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
