import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import type { ScanResult } from '../../../src/domain/scan/types';
import type { Cell } from '../../../src/domain/types';
import { SEED_ITEM_SCORES } from '../../fixtures/seedGrids';

const sheet = (name: string, values: Cell[][], origin = { row: 0, col: 0 }) => ({ name, origin, values });
const scan1 = (values: Cell[][]) => scanWorkbook({ sheets: [sheet('Sheet1', values)] });
const scores = (r: ScanResult) => Object.fromEntries(r.items.map((h) => [h.code, h.score]));
const where = (r: ScanResult) => r.items.map((h) => `${h.code}=${h.score}@${h.cell}`);

const CODES = Object.keys(SEED_ITEM_SCORES);
const byTool = (t: string) => CODES.filter((c) => c.startsWith(t));

describe('layout 2: one flat list code | name | score', () => {
  it('reads an inline English list', () => {
    const grid = [
      ['Item', 'Name', 'Score'],
      ['i1', 'Steps and time', 92],
      ['I2', 'Equal service', '88.57'],
      ['o34', 'Measures', 0],
    ];
    expect(where(scan1(grid))).toEqual(['i1=92@C2', 'i2=88.57@C3', 'o34=0@C4']);
  });

  it.each([
    ['English', ['Code', 'Name', 'Score']],
    ['Thai', ['ข้อ', 'ข้อคำถาม', 'คะแนน']],
  ])('gives the seed scores with %s headers', (_l, header) => {
    const grid: Cell[][] = [header, ...CODES.map((c) => [c, `question ${c}`, SEED_ITEM_SCORES[c]!])];
    const r = scan1(grid);
    expect(scores(r)).toEqual(SEED_ITEM_SCORES);
    expect(r.tables).toEqual([
      { kind: 'items', sheet: 'Sheet1', range: `A2:C${CODES.length + 1}`, orientation: 'rows' },
    ]);
  });
});

describe('layout 3: items split over IIT, EIT and OIT sheets', () => {
  it('gives the seed scores, each hit on its own sheet', () => {
    const sheets = ['i', 'e', 'o'].map((t) =>
      sheet(`${t.toUpperCase()}IT`, [
        ['ข้อ', 'คะแนน'],
        ...byTool(t).map((c) => [c.toUpperCase(), SEED_ITEM_SCORES[c]!]),
      ]),
    );
    const r = scanWorkbook({ sheets });
    expect(scores(r)).toEqual(SEED_ITEM_SCORES);
    expect(r.items.find((h) => h.code === 'o34')).toMatchObject({
      sheet: 'OIT',
      cell: `B${byTool('o').indexOf('o34') + 2}`,
    });
    expect(r.tables.map((t) => t.sheet)).toEqual(['IIT', 'EIT', 'OIT']);
  });
});

describe('layout 4: transposed', () => {
  it('reads codes in a row with scores in the row below (inline)', () => {
    const grid = [
      ['ข้อ', 'i1', 'i2', 'i3'],
      ['คะแนน', 92, 88.57, '100.00'],
    ];
    const r = scan1(grid);
    expect(where(r)).toEqual(['i1=92@B2', 'i2=88.57@C2', 'i3=100@D2']);
    expect(r.tables[0]).toMatchObject({ orientation: 'columns', range: 'B1:D2' });
  });

  it('gives the seed scores with one code row per tool, each with its score row', () => {
    const grid: Cell[][] = [];
    for (const t of ['i', 'e', 'o']) {
      grid.push(['Item', ...byTool(t)], ['Score', ...byTool(t).map((c) => SEED_ITEM_SCORES[c]!)], []);
    }
    const r = scan1(grid);
    expect(scores(r)).toEqual(SEED_ITEM_SCORES);
    expect(r.tables.every((t) => t.orientation === 'columns')).toBe(true);
    expect(r.items.find((h) => h.code === 'e1')).toMatchObject({ codeCell: 'B4', cell: 'B5' });
  });
});

describe('layout 5: separate code column, bare numbers with a tool column', () => {
  it('reads IIT | 1 | question | 92 with the tool on the first row only', () => {
    const grid = [
      ['เครื่องมือ', 'ข้อ', 'ข้อคำถาม', 'คะแนน'],
      ['IIT', 1, 'การปฏิบัติงานเป็นไปตามขั้นตอน', 92],
      [null, '2', 'ให้บริการอย่างเท่าเทียม', 88.57],
      ['OIT', '๓๔', 'มาตรการส่งเสริมคุณธรรม', 0],
      [null, 35, 'รายงานผลการดำเนินการ', 100],
    ];
    const r = scan1(grid);
    expect(where(r)).toEqual(['i1=92@D2', 'i2=88.57@D3', 'o34=0@D4', 'o35=100@D5']);
    expect(r.items[0]).toMatchObject({ codeCell: 'B2', text: 'การปฏิบัติงานเป็นไปตามขั้นตอน', tool: 'IIT' });
  });

  it('gives the seed scores with a merged tool cell (value top-left, nulls below)', () => {
    const grid: Cell[][] = [['เครื่องมือการประเมิน', 'ข้อ', 'ข้อคำถาม', 'คะแนน']];
    for (const t of ['i', 'e', 'o']) {
      byTool(t).forEach((c, k) =>
        grid.push([k === 0 ? `${t.toUpperCase()}IT` : null, Number(c.slice(1)), `คำถาม ${c}`, SEED_ITEM_SCORES[c]!]),
      );
    }
    expect(scores(scan1(grid))).toEqual(SEED_ITEM_SCORES);
  });

  it('reads a letter-code column next to a question column', () => {
    const grid = [
      ['รหัส', 'ข้อคำถาม', 'คะแนน'],
      ['o1', 'โครงสร้าง', '100'],
      ['o2', 'ข้อมูลผู้บริหาร', '0.00'],
    ];
    expect(scan1(grid).items.map((h) => [h.code, h.score, h.text])).toEqual([
      ['o1', 100, 'โครงสร้าง'],
      ['o2', 0, 'ข้อมูลผู้บริหาร'],
    ]);
  });

  it('never makes codes from numbers without a tool marker', () => {
    const grid = [
      ['ลำดับ', 'รายการ', 'คะแนน'],
      [1, 'ก', 92],
      [2, 'ข', 88],
      [3, 'ค', 70],
    ];
    expect(scan1(grid).items).toEqual([]);
  });
});

describe('layout 6: unrelated tables around the item table', () => {
  it('finds only the items', () => {
    const grid: Cell[][] = [
      ['งบประมาณ', 'ปี 2566', 'ปี 2567'],
      ['ค่าวัสดุ', 120000, 135000],
      ['ค่าจ้าง', 1500000, '1,600,000'],
      [],
      ['วันที่', 'โทรศัพท์'],
      ['2567-01-05', '045-123456'],
      ['1 ต.ค. 2566', '081 234 5678'],
      [],
      ['1', '2', '3'],
      [1, 2, 3],
      ['ลำดับ', 'ชื่อ'],
      [1, 'นาย ก'],
      [2, 'นาย ข'],
      [],
      ['ข้อ', 'คำถาม', 'คะแนน'],
      ['i1', 'ขั้นตอน', 92],
      ['e1', 'ขั้นตอน', 91.76],
      [],
      ['หมายเหตุ: เอกสารเพิ่มเติมดูที่ o34 ในเว็บไซต์'],
    ];
    const r = scan1(grid);
    expect(where(r)).toEqual(['i1=92@C16', 'e1=91.76@C17']);
    expect(r.tables).toHaveLength(1);
    expect(r.indicators).toEqual([]);
  });
});

describe('score column choice', () => {
  it('prefers the assessment-year score column among several', () => {
    const grid = [
      ['ผลการประเมินปีงบประมาณ พ.ศ. 2567'],
      ['ข้อ', 'คำถาม', 'คะแนน 2566', 'คะแนน 2567', 'หมายเหตุ'],
      ['i1', 'ก', 80, 92, 1],
      ['i2', 'ข', 81, 88.57, 2],
    ];
    expect(where(scan1(grid))).toEqual(['i1=92@D3', 'i2=88.57@D4']);
  });

  it('takes the last score column when no header names the year', () => {
    const grid = [
      ['ข้อ', 'คำถาม', 'คะแนนเดิม', 'คะแนน'],
      ['i1', 'ก', 80, 92],
      ['i2', 'ข', 81, 88.57],
    ];
    expect(where(scan1(grid))).toEqual(['i1=92@D2', 'i2=88.57@D3']);
  });

  it('takes the column most rows fill, nearest first, when headers say nothing', () => {
    const grid = [
      ['i1', 'ก', null, 92, 5],
      ['i2', 'ข', 7, 88.57, null],
      ['i3', 'ค', null, 100, null],
    ];
    expect(where(scan1(grid))).toEqual(['i1=92@D1', 'i2=88.57@D2', 'i3=100@D3']);
  });

  it('keeps two side-by-side tables apart', () => {
    const grid = [
      ['i1', 'ก', 92, null, 'o1', 'โครงสร้าง', 100],
      ['i2', 'ข', 88.57, null, 'o2', 'ผู้บริหาร', 0],
    ];
    expect(where(scan1(grid))).toEqual(['i1=92@C1', 'i2=88.57@C2', 'o1=100@G1', 'o2=0@G2']);
  });
});

describe('bad scores give issues at the cell, and never an out-of-range score', () => {
  const grid = [
    ['ข้อ', 'คำถาม', 'คะแนน'],
    ['i1', 'ก', null],
    ['i2', 'ข', 'ไม่มีข้อมูล'],
    ['i3', 'ค', 120],
    ['o1', 'ง', 75],
    ['o2', 'จ', true],
    ['i4', 'ฉ', -3],
  ];
  const r = scan1(grid);
  it.each([
    ['i1', null, 'item.blank', 'C2'],
    ['i2', null, 'item.unreadable', 'C3'],
    ['i3', null, 'item.outOfRange', 'C4'],
    ['o1', 75, 'item.oitScale', 'C5'],
    ['o2', null, 'item.unreadable', 'C6'],
    ['i4', null, 'item.outOfRange', 'C7'],
  ])('%s → score %s, %s at %s', (code, score, issue, cell) => {
    const h = r.items.find((x) => x.code === code)!;
    expect(h.score).toBe(score);
    expect(h.cell).toBe(cell);
    expect(r.issues.find((i) => i.cell === cell)).toMatchObject({ code: issue, sheet: 'Sheet1', params: { code } });
  });

  it('keeps the raw value', () => {
    expect(r.items.find((x) => x.code === 'i3')!.raw).toBe(120);
  });
});

describe('duplicates (warned once rows are identified)', () => {
  it('warns a conflicting duplicate on the later hit with both scores', () => {
    const r = scanWorkbook({
      sheets: [
        sheet('A', [
          ['o15', 0],
          ['o16', 50],
        ]),
        sheet('B', [
          ['o14', 50],
          ['o15', 50],
        ]),
      ],
    });
    expect(r.items).toHaveLength(4);
    const s = summarize(r, { ...DEFAULT_SETTINGS, year: 2567 });
    expect(s.issues.filter((i) => i.code.startsWith('item.dup'))).toEqual([
      {
        code: 'item.duplicateConflict',
        severity: 'warning',
        sheet: 'B',
        cell: 'B2',
        params: { code: 'o15', other: 'A!B1', score: 50, otherScore: 0 },
      },
    ]);
  });
});
