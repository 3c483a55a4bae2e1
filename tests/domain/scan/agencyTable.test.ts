/** Multi-agency tables: NACC's published lists and reviewers' compilations, in the layouts they come in. */
import { describe, expect, it } from 'vitest';
import { generateAgency, naccListGrid, thaiDigits } from '../../../scripts/agencyWorkbooks';
import { classifyHeader } from '../../../src/domain/scan/agencyTable';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import type { Cell } from '../../../src/domain/types';
import { seedDocumentGrid } from '../../fixtures/seedGrids';

const scan1 = (values: Cell[][], name = 'Sheet1') =>
  scanWorkbook({ sheets: [{ name, origin: { row: 0, col: 0 }, values }] });
const agencies = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const g = generateAgency(i);
    return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
  });

describe('a NACC-shaped published list (titles, two-row header, Thai digits, header repeated after page breaks, a means row)', () => {
  const list = agencies(12);
  const r = scan1(naccListGrid(list, { thaiDigits: true, repeatHeaderEvery: 5 }), 'ผลการประเมิน');
  const t = r.agencyTables![0]!;

  it('finds one table with every agency, in order, and no means row', () => {
    expect(r.agencyTables).toHaveLength(1);
    expect(t.rows.map((x) => x.name)).toEqual(list.map((a) => a.name));
    expect(r.tables).toEqual([{ kind: 'agencies', sheet: 'ผลการประเมิน', range: t.range, orientation: 'rows' }]);
  });

  it('reads the columns by their headers (คะแนนรายเครื่องมือ over IIT | EIT | OIT) and the Thai-digit scores', () => {
    expect(t.columns.map((c) => `${c.col}:${c.kind}${c.tool ?? ''}`)).toEqual([
      'A:rank',
      'B:name',
      'C:district',
      'D:toolIIT',
      'E:toolEIT',
      'F:toolOIT',
      'G:overall',
      'H:rating',
    ]);
    const row = t.rows[0]!;
    expect(row.tools.IIT!.value).toBeCloseTo(list[0]!.iit, 2);
    expect(row.tools.IIT!.raw).toBe(thaiDigits(list[0]!.iit.toFixed(2)));
    expect(row.overall!.value).toBeCloseTo(0.3 * list[0]!.iit + 0.3 * list[0]!.eit + 0.4 * list[0]!.oit, 2);
    expect(row.district).toBe(list[0]!.district);
    expect(row).toMatchObject({ sheet: 'ผลการประเมิน', row: 7, nameCell: 'B7' });
    expect(row.rating?.value).toMatch(/ผ่าน/);
  });

  it('takes the year from the title above (Thai digits)', () => {
    expect(t.year?.value).toBe(2567);
  });

  it('does not read the list as one agency: no agency name, no overall, no agency conflicts, no tool scores', () => {
    expect(r.agency).toBeNull();
    expect(r.overall).toBeNull();
    expect(r.toolScores).toEqual({});
    expect(r.items).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'agency.conflict')).toEqual([]);
  });
});

describe('other list layouts', () => {
  it('English headers in another order, one header row', () => {
    const grid: Cell[][] = [
      ['Agency', 'Total', 'OIT', 'IIT', 'EIT', 'Result', 'No.'],
      ['Tun SAO', 80.5, 70, 85, 90, 'Not passed', 1],
      ['Nong municipality', '91.20', 95, 88, 89, 'Pass', 2],
      ['Don SAO', 60, 40, 70, 80, 'Not passed', 3],
    ];
    const t = scan1(grid).agencyTables![0]!;
    expect(
      t.rows.map((x) => [x.name, x.tools.IIT?.value, x.tools.EIT?.value, x.tools.OIT?.value, x.overall?.value]),
    ).toEqual([
      ['Tun SAO', 85, 90, 70, 80.5],
      ['Nong municipality', 88, 89, 95, 91.2],
      ['Don SAO', 70, 80, 40, 60],
    ]);
  });

  it('the ten indicators under a merged "ตัวชี้วัดที่" header numbered 1–10, and a total', () => {
    const grid: Cell[][] = [
      ['ที่', 'ชื่อ อปท.', 'ตัวชี้วัดที่', null, null, null, null, null, null, null, null, null, 'คะแนนรวม'],
      [null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null],
      [1, 'อบต.ตุน', 93.5, 94.86, 95.62, 80.95, 87.81, 91.42, 85.77, 71.15, 44.17, 60, 72.84],
      [2, 'อบต.นาง', 90, 90, 90, 90, 90, 80, 80, 80, 100, 100, 91],
    ];
    const t = scan1(grid).agencyTables![0]!;
    expect(t.rows).toHaveLength(2);
    expect(Object.keys(t.rows[0]!.indicators).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(t.rows[0]!.indicators[9]!.value).toBe(44.17);
    expect(t.rows[0]!.overall!.value).toBe(72.84);
  });

  it('indicator names as column headers', () => {
    const names = ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ', 'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต'];
    const grid: Cell[][] = [
      ['หน่วยงาน', ...names],
      ['อบต.ตุน', 93.5, 94.86, 95.62, 80.95, 87.81],
      ['อบต.นาง', 90, 91, 92, 93, 94],
    ];
    const t = scan1(grid).agencyTables![0]!;
    expect(t.columns.filter((c) => c.kind === 'indicator').map((c) => c.indicator)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a list of totals and ratings only, under a name header', () => {
    const grid: Cell[][] = [
      ['ลำดับ', 'ชื่อหน่วยงาน', 'คะแนน', 'ระดับผลการประเมิน'],
      ['๑', 'เทศบาลตำบลนาง', '๙๕.๕๐', 'ผ่านดีเยี่ยม'],
      ['๒', 'อบต.ตุน', '72.84 คะแนน', 'ไม่ผ่าน'],
    ];
    const t = scan1(grid).agencyTables![0]!;
    expect(t.rows.map((x) => [x.name, x.overall?.value, x.rating?.value])).toEqual([
      ['เทศบาลตำบลนาง', 95.5, 'ผ่านดีเยี่ยม'],
      ['อบต.ตุน', 72.84, 'ไม่ผ่าน'],
    ]);
  });

  it('a compilation over several years, with a year column', () => {
    const grid: Cell[][] = [
      ['ปีงบประมาณ', 'หน่วยงาน', 'IIT', 'EIT', 'OIT'],
      [2565, 'อบต.ตุน', 80, 80, 60],
      ['๒๕๖๗', 'อบต.ตุน', 93.35, 82.78, 52.09],
    ];
    const rows = scan1(grid).agencyTables![0]!.rows;
    expect(rows.map((x) => x.year?.value)).toEqual([2565, 2567]);
  });

  it('warns about a score it cannot read, at its cell, and keeps the row', () => {
    const grid: Cell[][] = [
      ['หน่วยงาน', 'IIT', 'EIT', 'OIT'],
      ['อบต.ตุน', 'n/a', 90, 80],
      ['อบต.นาง', 90, 190, 80],
    ];
    const r = scan1(grid);
    expect(r.agencyTables![0]!.rows).toHaveLength(2);
    expect(r.issues.filter((i) => i.code.startsWith('agencyList.')).map((i) => `${i.code}@${i.cell}`)).toEqual([
      'agencyList.unreadable@B2',
      'agencyList.outOfRange@C3',
    ]);
  });
});

describe('what is not a list of agencies', () => {
  it("one agency's scores over several years (the rows are years, not agencies)", () => {
    const grid: Cell[][] = [
      ['ปีงบประมาณ', 'IIT', 'EIT', 'OIT', 'คะแนนรวม', 'ผลการประเมิน'],
      [2565, 80, 80, 60, 72, 'C'],
      [2566, 85, 82, 70, 78, 'ไม่ผ่าน'],
      [2567, 93.35, 82.78, 52.09, 72.84, 'ไม่ผ่าน'],
    ];
    expect(scan1(grid).agencyTables).toBeUndefined();
  });

  it('a tool-score table and an item table of one agency', () => {
    const grid: Cell[][] = [
      ['เครื่องมือ', 'คะแนน'],
      ['IIT', 93.35],
      ['EIT', 82.78],
      ['OIT', 52.09],
      [],
      ['ข้อ', 'คะแนน'],
      ['i1', 92],
      ['i2', 88.57],
    ];
    expect(scan1(grid).agencyTables).toBeUndefined();
  });

  it('the seed document (item tables with the tool typed once, an indicator table)', () => {
    expect(scan1(seedDocumentGrid()).agencyTables).toBeUndefined();
  });

  it("one agency's tool scores laid out across, with a weights row (no name header, rows that are not agencies)", () => {
    const grid: Cell[][] = [
      ['หน่วยงาน: อบต.ตุน'],
      [],
      ['', 'IIT', 'EIT', 'OIT', 'รวม'],
      ['คะแนน', 93.35, 82.78, 52.09, 72.84],
      ['น้ำหนัก', '30%', '30%', '40%', '100%'],
      ['ผลต่างจากเกณฑ์', 8.35, 2.22, 32.91, 12.16],
    ];
    expect(scan1(grid).agencyTables).toBeUndefined();
  });

  it('without a name header, rows that do not read as agencies are not a list', () => {
    expect(
      scan1([
        ['', 'IIT', 'EIT', 'OIT'],
        ['ฝ่ายบริหาร', 90, 91, 80],
        ['ฝ่ายปฏิบัติ', 85, 84, 70],
      ]).agencyTables,
    ).toBeUndefined();
    expect(
      scan1([
        ['', 'IIT', 'EIT', 'OIT'],
        ['อบต.ตุน', 90, 91, 80],
        ['เทศบาลตำบลนาง', 85, 84, 70],
      ]).agencyTables,
    ).toHaveLength(1);
  });

  it('a single agency row under list headers (a list needs two agencies)', () => {
    expect(
      scan1([
        ['หน่วยงาน', 'IIT', 'EIT', 'OIT'],
        ['อบต.ตุน', 93.35, 82.78, 52.09],
      ]).agencyTables,
    ).toBeUndefined();
  });
});

describe('classifyHeader', () => {
  it.each([
    ['ลำดับที่', 'rank'],
    ['หน่วยงาน', 'name'],
    ['ประเภทหน่วยงาน', 'type'],
    ['Agency type', 'type'],
    ['อำเภอ', 'district'],
    ['จังหวัด', 'province'],
    ['คะแนน IIT (30%)', 'tool'],
    ['คะแนนรวม', 'overall'],
    ['คะแนน ITA', 'overall'],
    ['Total', 'overall'],
    ['ผลการประเมิน', 'rating'],
    ['ระดับผลการประเมิน', 'rating'],
    ['ผ่าน/ไม่ผ่าน', 'pass'],
    ['ตัวชี้วัดที่ ๓', 'indicator'],
    ['ปีงบประมาณ', 'year'],
    ['หมายเหตุ', null],
  ])('%s → %s', (h, kind) => {
    expect(classifyHeader(h)?.kind ?? null).toBe(kind);
  });
});
