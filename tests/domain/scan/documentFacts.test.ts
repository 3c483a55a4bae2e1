/** What the document's cover and section 1 need from the workbook: district, province, rank, earlier years' scores. */
import { describe, expect, it } from 'vitest';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { rankInText } from '../../../src/domain/scan/rank';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { Cell } from '../../../src/domain/types';

const scan1 = (values: Cell[][]) => scanWorkbook({ sheets: [{ name: 'S', origin: { row: 0, col: 0 }, values }] });
const TITLE = 'ขององค์การบริหารส่วนตำบลตุน อำเภอกันทรารมย์ จังหวัดศรีสะเกษ ในปีงบประมาณ พ.ศ.2567';
const ITEMS: Cell[][] = [
  ['ข้อ', 'คะแนน'],
  ['o1 โครงสร้าง', 100],
  ['o2 ข้อมูลผู้บริหาร', 0],
  ['o3 อำนาจหน้าที่', 100],
];

describe('district and province', () => {
  it('reads them from the title, "องค์การบริหารส่วนจังหวัด" is not a province', () => {
    const r = scan1([[TITLE], ['อยู่ในระดับ 5,240 ของหน่วยงานประเภท องค์การบริหารส่วนจังหวัด'], ...ITEMS]);
    expect(r.district?.value).toBe('กันทรารมย์');
    expect(r.province?.value).toBe('ศรีสะเกษ');
  });

  it('with a space after the word, abbreviated as a pair, the majority wins', () => {
    expect(scan1([['อำเภอ กันทรารมย์ จังหวัดศรีสะเกษ'], ...ITEMS]).district?.value).toBe('กันทรารมย์');
    expect(scan1([['อบต.ตุน อ.กันทรารมย์ จ.ศรีสะเกษ'], ...ITEMS]).province?.value).toBe('ศรีสะเกษ');
    const r = scan1([['จังหวัดศรีสะเกษ'], ['จังหวัดศรีสะเกษ'], ['จังหวัดสุรินทร์'], ...ITEMS]);
    expect(r.province?.value).toBe('ศรีสะเกษ');
    expect(scan1([['ทุกจังหวัด และทุกอำเภอ'], ...ITEMS]).province ?? null).toBeNull();
  });
});

describe('rank', () => {
  it.each([
    [
      'พบว่าคะแนนภาพรวมอยู่ที่ 72.84 คะแนน และอยู่ในระดับ 5,240 ของหน่วยงานประเภท องค์การบริหารส่วนตำบล โดยแบ่งคะแนนตามประเด็น',
      { position: 5240, total: null, group: 'องค์การบริหารส่วนตำบล' },
    ],
    ['ได้ลำดับที่ ๑๒๐ จาก ๗,๘๕๐ แห่ง', { position: 120, total: 7850, group: null }],
    ['ITA: ranked 12 of 8,317 agencies', { position: 12, total: 8317, group: null }],
  ])('%s', (text, want) => {
    expect(rankInText(text)).toEqual(want);
  });

  it.each(['ผลการประเมินอยู่ในระดับ ผ่าน', 'ลำดับ', 'อยู่ในระดับ 5 คะแนน', 'คะแนนภาพรวมอยู่ในระดับ 85 ขึ้นไป'])(
    'not a rank: %s',
    (text) => {
      expect(rankInText(text)).toBeNull();
    },
  );

  it('a label "อันดับ" with its number beside it; the indicator table\'s "ลำดับ" column is not one', () => {
    const r = scan1([
      [TITLE],
      ['อันดับ', 5240],
      ['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ['IIT', 1, 'การปฏิบัติหน้าที่', 93.5],
      ['', 2, 'การใช้งบประมาณ', 94.86],
      ...ITEMS,
    ]);
    expect(r.rank?.value.position).toBe(5240);
    expect(r.rank?.cell).toBe('B2');
    expect(
      scan1([
        ['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
        ['IIT', 1, 'การปฏิบัติหน้าที่', 93.5],
        ['', 2, 'การใช้งบประมาณ', 94.86],
        ...ITEMS,
      ]).rank ?? null,
    ).toBeNull();
  });
});

describe("earlier years' overall scores", () => {
  it('years across a row, scores below: found, and not taken for the assessment year', () => {
    const r = scan1([
      [TITLE],
      ['คะแนน ITA', 'ปี 2563', 'ปี 2564', 'ปี 2565', 'ปี 2566', 'ปี 2567'],
      ['คะแนนภาพรวม', 49.79, 55.1, 61.2, 70.05, 72.84],
      ...ITEMS,
    ]);
    expect(r.history?.map((h) => [h.year, h.score, h.cell])).toEqual([
      [2563, 49.79, 'B3'],
      [2564, 55.1, 'C3'],
      [2565, 61.2, 'D3'],
      [2566, 70.05, 'E3'],
      [2567, 72.84, 'F3'],
    ]);
    expect(r.year?.value).toBe(2567);
    expect(r.issues.filter((i) => i.code === 'year.conflict')).toEqual([]);
  });

  it('years down a column (numbers or text), the overall column chosen among tool columns', () => {
    const r = scan1([
      [TITLE],
      ['ปีงบประมาณ', 'IIT', 'EIT', 'OIT', 'คะแนนภาพรวม'],
      [2564, 80, 70, 40, 60.5],
      ['๒๕๖๕', 82, 72, 45, 64.1],
      ['2566', 85, 75, 50, 68.2],
      ...ITEMS,
    ]);
    expect(r.history?.map((h) => [h.year, h.score])).toEqual([
      [2564, 60.5],
      [2565, 64.1],
      [2566, 68.2],
    ]);
  });

  it('a table of indicator scores by year is not a history of overall scores', () => {
    const r = scan1([
      [TITLE],
      ['ตัวชี้วัด', '2566', '2567'],
      ['การปฏิบัติหน้าที่', 90, 93.5],
      ['การใช้งบประมาณ', 91, 94.86],
      ...ITEMS,
    ]);
    expect(r.history).toEqual([]);
  });

  it('the summary keeps years before the assessment year; the settings win over the workbook for a year', () => {
    const scan = scan1([[TITLE], ['ปี', 'ปี 2564', 'ปี 2565', 'ปี 2567'], ['คะแนน', 55.1, 61.2, 72.84], ...ITEMS]);
    const s = summarize(scan, {
      ...DEFAULT_SETTINGS,
      history: [
        { year: 2563, score: 49.79 },
        { year: 2565, score: 61.25 },
      ],
    });
    expect(s.history.map((h) => [h.year, h.score, h.source])).toEqual([
      [2563, 49.79, 'settings'],
      [2564, 55.1, 'workbook'],
      [2565, 61.25, 'settings'],
    ]);
    expect(s.history[1]!.formulaRef).toBe('S!$B$3');
    expect(s.district).toBe('กันทรารมย์');
  });
});
