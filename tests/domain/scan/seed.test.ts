import { describe, expect, it } from 'vitest';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import type { Cell, WorkbookSnapshot } from '../../../src/domain/types';
import {
  asNumbers,
  SEED_AGENCY,
  SEED_INDICATORS,
  SEED_INDICATOR_SCORES,
  SEED_ITEMS,
  SEED_ITEM_HITS,
  SEED_ITEM_SCORES,
  SEED_OVERALL,
  SEED_PLAN_YEAR,
  SEED_TITLE,
  SEED_YEAR,
  seedDocumentGrid,
} from '../../fixtures/seedGrids';

const one = (values: Cell[][], origin = { row: 0, col: 0 }): WorkbookSnapshot => ({
  sheets: [{ name: 'ผลITA', origin, values }],
});

describe.each(['numbers', 'text'] as const)('the seed as one sheet (scores as %s)', (mode) => {
  const r = scanWorkbook(one(seedDocumentGrid(mode)));

  it('finds all 59 items with the seed scores, o15 twice', () => {
    expect(r.items.map((h) => [h.code, h.score])).toEqual(SEED_ITEM_HITS);
    expect(new Set(r.items.map((h) => h.code)).size).toBe(59);
    for (const h of r.items) expect(h.score).toBe(SEED_ITEM_SCORES[h.code]);
  });

  it('reads codes typed with Thai digits and THAI DIGIT ZERO, at their cells', () => {
    const at = (code: string) => r.items.find((h) => h.code === code)!;
    expect(at('o2')).toMatchObject({ score: 0, codeCell: 'B88', cell: 'C88', text: 'ข้อมูลผู้บริหาร', tool: 'OIT' });
    expect(at('o34')).toMatchObject({ score: 0, codeCell: 'B170', cell: 'C170' });
    expect(at('o11').text).toBe('คู่มือหรือแนวทางการให้บริการสำหรับผู้รับบริการหรือผู้มาติดต่อ');
    expect(at('i1')).toMatchObject({ score: 92, cell: 'C51', tool: 'IIT' });
    // ประเด็น 7: the score column is headed "เครื่องมือ การ ประเมิน"; the numbers decide.
    expect(at('i13')).toMatchObject({ score: 90.86, cell: 'C154' });
    // ประเด็น 2 continues after an empty header row.
    expect(at('e9')).toMatchObject({ score: 54.9, cell: 'C69' });
  });

  it('warns the duplicate o15 on its second occurrence, naming the first (once rows are identified)', () => {
    const s = summarize(r);
    const dup = s.issues.filter((i) => i.code === 'item.duplicate');
    expect(dup).toEqual([
      {
        code: 'item.duplicate',
        severity: 'warning',
        sheet: 'ผลITA',
        cell: 'C145',
        params: { code: 'o15', other: 'ผลITA!C128', score: 0, otherScore: 0 },
      },
    ]);
    expect(s.issues.some((i) => i.code === 'item.duplicateConflict')).toBe(false);
  });

  it('reads the indicator table: 10 reported values at their cells', () => {
    expect(r.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const i of r.indicators) expect(i.reported?.value).toBe(SEED_INDICATOR_SCORES[i.no]);
    expect(r.indicators[0]).toMatchObject({
      label: 'การปฏิบัติหน้าที่',
      labelCell: 'C36',
      scoreCell: 'D36',
      reported: { value: 93.5, cell: 'D36' },
    });
    expect(r.indicators[8]!.reported).toMatchObject({ value: 44.17, cell: 'D44' });
    expect(r.indicators[9]!.reported).toMatchObject({ value: 60, cell: 'D45' });
  });

  it('does not take the indicator table (IIT | 1 | name | score) for items, nor its tool column for tool totals', () => {
    expect(r.items.some((h) => h.cell.startsWith('D'))).toBe(false);
    expect(r.toolScores).toEqual({});
  });

  it('states the facts: overall 72.84 (not the rank 5,240), years 2567 and 2568, agency ตุน', () => {
    expect(r.overall).toMatchObject({ value: SEED_OVERALL, sheet: 'ผลITA', cell: 'A19' });
    expect(r.year?.value).toBe(SEED_YEAR);
    expect(r.planYear?.value).toBe(SEED_PLAN_YEAR);
    expect(r.agency?.value).toBe(SEED_AGENCY);
    expect(r.issues.some((i) => i.code === 'year.conflict')).toBe(false);
  });

  it('warns about the other agency spelling ตำบลนูน at its cell', () => {
    expect(r.issues.filter((i) => i.code === 'agency.conflict')).toEqual([
      {
        code: 'agency.conflict',
        severity: 'warning',
        sheet: 'ผลITA',
        cell: 'A47',
        params: { name: SEED_AGENCY, other: 'องค์การบริหารส่วนตำบลนูน', otherCell: 'ผลITA!A47' },
      },
    ]);
  });

  it('reports the stray Khmer vowel sign in the measures table', () => {
    const s = r.issues.filter((i) => i.code === 'text.strayChar');
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ params: { char: 'U+17B7' } });
  });

  it('records the tables: 7 item tables (one per ประเด็น, split parts joined) and one indicator table', () => {
    expect(r.tables.filter((t) => t.kind === 'items')).toHaveLength(7);
    expect(r.tables.filter((t) => t.kind === 'indicators')).toEqual([
      { kind: 'indicators', sheet: 'ผลITA', range: 'C36:D45', orientation: 'rows' },
    ]);
    for (const h of r.items) expect(r.tables[h.table]!.kind).toBe('items');
  });

  it('gives no blank/unreadable/out-of-range/OIT-scale issues on the seed', () => {
    expect(r.issues.filter((i) => /^item\.(blank|unreadable|outOfRange|oitScale)$/.test(i.code))).toEqual([]);
  });
});

describe('the seed with an origin offset and sections on separate sheets', () => {
  it('addresses cells with the origin, and finds everything across sheets', () => {
    const r = scanWorkbook({
      sheets: [
        { name: 'ปก', origin: { row: 0, col: 0 }, values: asNumbers(SEED_TITLE) },
        { name: 'ตัวชี้วัด', origin: { row: 4, col: 1 }, values: asNumbers(SEED_INDICATORS) },
        { name: 'รายข้อ', origin: { row: 9, col: 2 }, values: asNumbers(SEED_ITEMS) },
      ],
    });
    expect(r.items).toHaveLength(60);
    // i1 is grid row 4, column 2 → origin (9,2) → E14.
    expect(r.items[0]).toMatchObject({ code: 'i1', sheet: 'รายข้อ', cell: 'E14', codeCell: 'D14' });
    expect(r.indicators[0]).toMatchObject({ sheet: 'ตัวชี้วัด', labelCell: 'D8', scoreCell: 'E8' });
    expect(r.overall?.value).toBe(72.84);
    expect(r.year?.value).toBe(2567);
  });

  it('skips exactly options.skipSheets (the app names our sheets and the marker; a user sheet of any name is read)', () => {
    const items = asNumbers(SEED_ITEMS);
    const sheets = [
      { name: 'ITA_Workbench_meta', origin: { row: 0, col: 0 }, values: items },
      { name: 'Ours', origin: { row: 0, col: 0 }, values: items },
    ];
    const r = scanWorkbook({ sheets }, { skipSheets: ['Ours', 'ITA_Workbench_meta'] });
    expect(r.items).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['scan.empty']);
    expect(scanWorkbook({ sheets }, { skipSheets: ['Ours'] }).items.length).toBeGreaterThan(50);
  });
});
