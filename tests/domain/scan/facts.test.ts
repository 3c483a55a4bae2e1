import { describe, expect, it } from 'vitest';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import type { Cell } from '../../../src/domain/types';
import { INDICATOR_NAMES } from '../../fixtures/indicatorNames';

const scan1 = (values: Cell[][]) => scanWorkbook({ sheets: [{ name: 'S', origin: { row: 0, col: 0 }, values }] });

describe('indicator tables', () => {
  const NAMES = INDICATOR_NAMES;

  it.each([
    ['a leading number and stray spaces', (n: number, s: string) => [`${n}. ${s.replace('การ', 'การ ')}`]],
    ['ตัวชี้วัดที่ N', (n: number, s: string) => [`ตัวชี้วัดที่ ${n} ${s}`]],
    ['a separate number column', (n: number, s: string) => [n, s]],
    [
      'Thai digits',
      (n: number, s: string) => [`ตัวชี้วัดที่ ${String(n).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!)} ${s}`],
    ],
  ])('matches names with %s', (_l, label) => {
    const grid: Cell[][] = NAMES.map((s, k) => [...label(k + 1, s), 50 + k]);
    const r = scan1(grid);
    expect(r.indicators.map((i) => [i.no, i.reported?.value])).toEqual(NAMES.map((_s, k) => [k + 1, 50 + k]));
  });

  it('matches the English names case-insensitively', () => {
    const grid = [
      ['Indicator', 'Score'],
      ['PERFORMANCE OF DUTY', 93.5],
      ['Use of budget', 94.86],
      ['Information disclosure', 44.17],
    ];
    const r = scan1(grid);
    expect(r.indicators.map((i) => [i.no, i.reported?.value, i.scoreCell])).toEqual([
      [1, 93.5, 'B2'],
      [2, 94.86, 'B3'],
      [9, 44.17, 'B4'],
    ]);
  });

  it('gives a blank score cell as scoreCell with reported null', () => {
    const grid = [
      ['ตัวชี้วัด', 'คะแนน'],
      ['การปฏิบัติหน้าที่', null],
      ['การใช้งบประมาณ', 94.86],
      ['การใช้อำนาจ', 95.62],
    ];
    const r = scan1(grid);
    expect(r.indicators[0]).toMatchObject({ no: 1, scoreCell: 'B2', reported: null, labelCell: 'A2' });
  });

  it('needs three indicators in one region: prose naming two is not a table', () => {
    const grid = [['การปฏิบัติหน้าที่', 90], ['การใช้อำนาจ', 80], [], [], [], [], [], ['การเปิดเผยข้อมูล', 50]];
    expect(scan1(grid).indicators).toEqual([]);
  });

  it('warns a duplicate indicator and an out-of-range score', () => {
    const grid = [
      ['การปฏิบัติหน้าที่', 93.5],
      ['การใช้งบประมาณ', 940],
      ['การใช้อำนาจ', 95.62],
      ['การปฏิบัติหน้าที่', 93.5],
    ];
    const r = scan1(grid);
    expect(r.indicators[1]!.reported).toBeNull();
    expect(r.issues.find((i) => i.code === 'indicator.outOfRange')).toMatchObject({
      cell: 'B2',
      params: { no: 2, score: 940 },
    });
    expect(r.issues.find((i) => i.code === 'indicator.duplicate')).toMatchObject({
      cell: 'A4',
      params: { no: 1, other: 'S!A1' },
    });
  });

  it('reads indicators listed with their items beneath them', () => {
    const grid: Cell[][] = [
      ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', null, 93.52],
      ['i1', 'ก', 92],
      ['i2', 'ข', 88.57],
      ['i3', 'ค', 100],
      ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', null, 94.86],
      ['i4', 'ก', 92],
      ['i5', 'ข', 94.86],
      ['i6', 'ค', 97.71],
      ['ตัวชี้วัดที่ 3 การใช้อำนาจ', null, 95.62],
      ['i7', 'ก', 94.29],
      ['i8', 'ข', 95.43],
      ['i9', 'ค', 97.14],
    ];
    const r = scan1(grid);
    expect(r.indicators.map((i) => [i.no, i.reported?.value])).toEqual([
      [1, 93.52],
      [2, 94.86],
      [3, 95.62],
    ]);
    expect(r.items).toHaveLength(9);
  });

  it('picks up tool totals outside the tables', () => {
    const grid = [
      ['คะแนน IIT', 90.55],
      ['รวม EIT', '82.78'],
      ['OIT (40%)', 52.08],
      [],
      ['i1', 'ก', 92],
      ['i2', 'ข', 88],
    ];
    const r = scan1(grid);
    expect(r.toolScores).toEqual({
      IIT: { value: 90.55, raw: 90.55, sheet: 'S', cell: 'B1' },
      EIT: { value: 82.78, raw: '82.78', sheet: 'S', cell: 'B2' },
      OIT: { value: 52.08, raw: 52.08, sheet: 'S', cell: 'B3' },
    });
  });
});

describe('overall', () => {
  it.each([
    [[['คะแนนภาพรวมอยู่ที่ 72.84 คะแนน และอยู่ในระดับ 5,240']], 72.84, 'A1'],
    [[['อยู่ในระดับ 5,240 คะแนนภาพรวม ๗๒.๘๔']], 72.84, 'A1'],
    [[['คะแนนภาพรวม', '72.84']], 72.84, 'B1'],
    [[['Overall score:', null, 72.84]], 72.84, 'C1'],
    [[['Total score'], [85.1]], 85.1, 'A2'],
    [[['ภาพรวม'], ['72.84 คะแนน']], 72.84, 'A2'],
  ])('%j → %s at %s', (grid, value, cell) => {
    expect(scan1(grid as Cell[][]).overall).toMatchObject({ value, cell });
  });

  it.each([
    [[['คะแนนภาพรวมอยู่ในระดับ 5,240']]],
    [[['คะแนนรวม IIT 90.55']]],
    [[['ภาพรวมของการดำเนินงานในปีงบประมาณ พ.ศ. 2567 ดีขึ้นมาก']]],
  ])('%j has no overall score', (grid) => {
    expect(scan1(grid as Cell[][]).overall).toBeNull();
  });
});

describe('year', () => {
  it.each([
    [['ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567'], 2567, null],
    [['การวิเคราะห์ผลการประเมิน พ.ศ.๒๕๖๗'], 2567, null],
    [['ITA FY2024 results'], 2567, null],
    [['ปี 2567'], 2567, null],
    [['มาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568', 'ผลการประเมิน ITA 2567'], 2567, 2568],
    [['ปี 2567', 'ปี 2568'], 2567, null],
    [['ปี 2568', 'ปี 2567'], 2567, null],
    [['ระยะเวลา ตุลาคม 2567 – กันยายน 2568', 'ITA 2568'], 2568, null],
  ])('%j → year %s, plan %s', (texts, year, plan) => {
    const r = scan1(texts.map((t) => [t]));
    expect(r.year?.value ?? null).toBe(year);
    expect(r.planYear?.value ?? null).toBe(plan);
  });

  it('ignores dates and amounts', () => {
    const r = scan1([['2567-01-05'], ['5/1/2567'], ['12,567 บาท'], [2567]]);
    expect(r.year).toBeNull();
  });

  it('warns when two assessment years both have support', () => {
    const r = scan1([
      ['ผลการประเมิน ITA 2566'],
      ['ผลการประเมิน ITA 2566'],
      ['ผลการประเมิน ITA 2567'],
      ['ผลการประเมิน ITA 2567'],
      ['ผลการประเมิน ITA 2567'],
    ]);
    expect(r.year?.value).toBe(2567);
    expect(r.issues.find((i) => i.code === 'year.conflict')).toMatchObject({
      cell: 'A1',
      params: { years: '2566, 2567', used: 2567 },
    });
  });
});

describe('agency', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลตุน อำเภอกันทรารมย์', 'องค์การบริหารส่วนตำบลตุน'],
    ['ขององค์การบริหารส่วน ตำบลนูน ประจำปี', 'องค์การบริหารส่วนตำบลนูน'],
    ['อบต. หนองบัว', 'องค์การบริหารส่วนตำบลหนองบัว'],
    ['เทศบาลเมืองศรีสะเกษ', 'เทศบาลเมืองศรีสะเกษ'],
    ['ทต.กันทรารมย์', 'เทศบาลตำบลกันทรารมย์'],
    ['องค์การบริหารส่วนจังหวัดศรีสะเกษ', 'องค์การบริหารส่วนจังหวัดศรีสะเกษ'],
    ['หน่วยงาน: สำนักงานเขตพื้นที่การศึกษา', 'สำนักงานเขตพื้นที่การศึกษา'],
    ['Agency: Tun SAO', 'Tun SAO'],
  ])('%s → %s', (text, name) => {
    expect(scan1([[text]]).agency?.value).toBe(name);
  });

  it('reads a label cell with the name to its right', () => {
    expect(scan1([['ชื่อหน่วยงาน', 'อบต.ตุน']]).agency).toMatchObject({ value: 'องค์การบริหารส่วนตำบลตุน', cell: 'B1' });
  });

  it('does not take a bare kind in prose for a name', () => {
    expect(scan1([['หน่วยงานประเภท องค์การบริหารส่วนตำบล โดยแบ่งคะแนน'], ['องค์การบริหารส่วนตำบล']]).agency).toBeNull();
  });
});

describe('empty and table-less workbooks', () => {
  it('says scan.empty for sheets without values', () => {
    const r = scanWorkbook({ sheets: [{ name: 'A', origin: { row: 0, col: 0 }, values: [[null, ''], [' ']] }] });
    expect(r.issues).toEqual([{ code: 'scan.empty', severity: 'info' }]);
  });
  it('says scan.noTables when there is text but no table', () => {
    const r = scan1([['สวัสดี'], [1, 2, 3]]);
    expect(r.issues.map((i) => i.code)).toEqual(['scan.noTables']);
  });
});

describe('agency label with a free-form name', () => {
  it('takes the cell right of "หน่วยงาน"', () => {
    expect(scan1([['หน่วยงาน', 'กรมตัวอย่าง']]).agency).toMatchObject({ value: 'กรมตัวอย่าง', cell: 'B1' });
  });
});
