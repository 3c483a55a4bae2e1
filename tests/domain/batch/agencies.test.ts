/** One agency from a list row or its own workbook; the consolidation of many. Figures held to the published arithmetic. */
import { describe, expect, it } from 'vitest';
import { generateAgency, naccListGrid, ratingOf } from '../../../scripts/agencyWorkbooks';
import { analyzeSnapshot } from '../../../src/app/workbench';
import { agenciesOfScan, agencyFromSummary, ratingAgrees, type AgencyResult } from '../../../src/domain/batch/agencies';
import { consolidate } from '../../../src/domain/batch/consolidate';
import { ratingSchemeFor } from '../../../src/domain/framework';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { Cell } from '../../../src/domain/types';
import { seedDocumentGrid } from '../../fixtures/seedGrids';

const sheet = (values: Cell[][], name = 'รายชื่อ') => ({ name, origin: { row: 0, col: 0 }, values });
const rowsOf = (values: Cell[][], settings = DEFAULT_SETTINGS) => {
  const scan = scanWorkbook({ sheets: [sheet(values)] });
  return agenciesOfScan(scan, { settings, year: 2567, refs: false });
};
const HEAD: Cell[] = ['ลำดับ', 'หน่วยงาน', 'IIT', 'EIT', 'OIT', 'คะแนนรวม', 'ผลการประเมิน'];

describe('a list row, scored by the rules of its year', () => {
  it('overall = 30/30/40 of the tools, within 0.01 of the published total, for a generated province of 60 agencies', () => {
    const list = Array.from({ length: 60 }, (_, i) => {
      const g = generateAgency(i, 7);
      return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
    });
    const got = rowsOf(naccListGrid(list, { thaiDigits: true, repeatHeaderEvery: 25 }));
    expect(got).toHaveLength(60);
    got.forEach((a, k) => {
      const e = list[k]!;
      const tools = [e.iit, e.eit, e.oit].map((x) => Math.round(x * 100) / 100); // the list prints two decimals
      const overall = 0.3 * tools[0]! + 0.3 * tools[1]! + 0.4 * tools[2]!;
      expect(Math.abs(a.overall.score! - overall)).toBeLessThan(0.01);
      expect(a.overall.rating!.label.th).toBe(ratingOf(2567, overall, tools).label);
      expect(a.type).not.toBe('other');
      expect(a.issues).toEqual([]);
    });
  });

  it('the per-tool rule: 96 overall with EIT 90 is ผ่านดี (blocked from ผ่านดีเยี่ยม by EIT); 94.64 with EIT 84 is ผ่าน', () => {
    const [a, b] = rowsOf([HEAD, [1, 'อบต.ก', 98, 90, 99, null, null], [2, 'อบต.ข', 99.2, 84, 99.2, null, null]]);
    expect(a!.overall.score).toBeCloseTo(96, 6);
    expect(a!.overall.rating).toMatchObject({
      label: { th: 'ผ่านดี' },
      pass: true,
      blockedBy: [{ level: { th: 'ผ่านดีเยี่ยม' }, tools: ['EIT'] }],
    });
    expect(b!.overall.score).toBeCloseTo(94.64, 6);
    expect(b!.overall.rating!.label.th).toBe('ผ่าน');
  });

  it('letter grades for a FY2565 list (the title says the year)', () => {
    const rows = rowsOf([
      ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565'],
      [],
      HEAD,
      [1, 'อบต.ก', 96, 95, 97, null, 'AA'],
      [2, 'อบต.ข', 80, 80, 60, null, 'C'],
    ]);
    expect(rows.map((a) => [a.year, a.overall.rating!.label.th, a.overall.rating!.pass])).toEqual([
      [2565, 'AA', true],
      [2565, 'C', false],
    ]);
    expect(rows.flatMap((a) => a.issues)).toEqual([]);
  });

  it("an explicit year (--year) wins over the list's own", () => {
    const rows = rowsOf(
      [['ปีงบประมาณ 2565'], [], HEAD, [1, 'อบต.ก', 96, 95, 97, null, null], [2, 'อบต.ข', 80, 80, 60, null, null]],
      { ...DEFAULT_SETTINGS, year: 2567 },
    );
    expect(rows.map((a) => a.overall.rating!.label.th)).toEqual(['ผ่านดีเยี่ยม', 'ไม่ผ่าน (ต้องปรับปรุง)']);
  });

  it('warns where the list disagrees with itself: a total off by more than 0.01, a rating the rules do not give', () => {
    const rows = rowsOf([HEAD, [1, 'อบต.ก', 90, 90, 90, 91.5, 'ผ่านดี'], [2, 'อบต.ข', 90, 80, 90, 87, 'ผ่านดี']]);
    expect(rows.flatMap((a) => a.issues).map((i) => `${i.code}@${i.cell}`)).toEqual([
      'agencyList.overallMismatch@F2',
      'agencyList.ratingMismatch@G3',
    ]);
    expect(rows[0]!.overall).toMatchObject({ score: 90, computed: 90, reported: 91.5 });
  });

  it('a tool missing from the list is the mean of its indicators; none at all leaves the overall as stated', () => {
    const grid: Cell[][] = [
      ['หน่วยงาน', 'IIT', 'ตัวชี้วัดที่ 6', 'ตัวชี้วัดที่ 7', 'ตัวชี้วัดที่ 8', 'OIT', 'คะแนนรวม'],
      ['อบต.ก', 90, 80, 85, 90, 70, 80.5],
      ['อบต.ข', 90, 80, 85, null, 70, 80],
    ];
    const [a, b] = rowsOf(grid);
    expect(a!.tools.find((t) => t.tool === 'EIT')!.score).toBeCloseTo(85, 9);
    expect(a!.overall.computed).toBeCloseTo(0.3 * 90 + 0.3 * 85 + 0.4 * 70, 9);
    expect(b!.overall).toMatchObject({ computed: null, score: 80, reported: 80 });
  });

  it('without tool scores a stated level the total allows is taken as stated (the per-tool rule cannot be checked)', () => {
    const rows = rowsOf([
      ['ลำดับ', 'ชื่อหน่วยงาน', 'คะแนน', 'ระดับผลการประเมิน'],
      [1, 'อบต.ก', 95.5, 'ผ่านดีเยี่ยม'],
      [2, 'อบต.ข', 88, 'ผ่านดีเยี่ยม'],
    ]);
    expect(rows.map((a) => a.overall.rating!.label.th)).toEqual(['ผ่านดีเยี่ยม', 'ผ่าน']);
    expect(rows[1]!.issues.map((i) => i.code)).toEqual(['agencyList.ratingMismatch']);
  });

  it('ratingAgrees: "ไม่ผ่าน" agrees with any level below the line, "ผ่าน" only with ผ่าน', () => {
    const scheme = ratingSchemeFor(2567);
    const [fail, pass, good] = rowsOf([
      HEAD,
      [1, 'ก', 70, 70, 70, null, null],
      [2, 'ข', 90, 80, 90, null, null],
      [3, 'ค', 90, 90, 90, null, null],
    ]).map((a) => a.overall.rating!);
    expect([
      ratingAgrees('ไม่ผ่าน', fail!, scheme),
      ratingAgrees('ผ่าน', fail!, scheme),
      ratingAgrees('ผ่าน', pass!, scheme),
      ratingAgrees('ผ่าน', good!, scheme),
      ratingAgrees('Pass, good', good!, scheme),
    ]).toEqual([true, false, true, false, true]);
  });
});

describe("an agency's own workbook", () => {
  it("from the engine's summary: the seed document gives its published figures and 14+ weak items", () => {
    const a = analyzeSnapshot({ sheets: [sheet(seedDocumentGrid(), 'ITA')] }, DEFAULT_SETTINGS);
    const r = agencyFromSummary(a.summary, 'tun.xlsx');
    expect(r).toMatchObject({
      source: 'workbook',
      file: 'tun.xlsx',
      agency: 'องค์การบริหารส่วนตำบลตุน',
      type: 'sao',
      year: 2567,
    });
    expect(r.overall.score).toBeCloseTo(72.83, 1);
    expect(r.overall.rating!.pass).toBe(false);
    expect(r.weakItems!.map((w) => w.code)).toContain('o34');
  });

  it('without an agency name the file name stands in', () => {
    const summary = summarize(
      scanWorkbook({
        sheets: [
          sheet([
            ['ข้อ', 'คะแนน'],
            ['i1', 90],
          ]),
        ],
      }),
    );
    expect(agencyFromSummary(summary, 'x/อบต.นาง.xlsx', 'อบต.นาง')).toMatchObject({ agency: 'อบต.นาง', type: 'sao' });
  });
});

describe("a workbook holding only a list says so once and does not warn about one agency's scores", () => {
  it('no indicator.missing / overall.incomplete; one agencyList.found', () => {
    const list = Array.from({ length: 30 }, (_, i) => {
      const g = generateAgency(i);
      return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
    });
    const a = analyzeSnapshot({ sheets: [sheet(naccListGrid(list))] }, DEFAULT_SETTINGS);
    expect(a.issues.map((i) => i.code)).toEqual(['agencyList.found']);
    expect(a.issues[0]!.params).toMatchObject({ count: 30 });
  });

  it('a workbook with its own scores and a list keeps both kinds of warnings', () => {
    const grid: Cell[][] = [
      ...seedDocumentGrid(),
      [],
      [],
      [],
      [],
      [],
      [],
      HEAD,
      [1, 'อบต.ก', 90, 90, 90, 95, null],
      [2, 'อบต.ข', 80, 80, 80, 80, null],
    ];
    const a = analyzeSnapshot({ sheets: [sheet(grid, 'ITA')] }, DEFAULT_SETTINGS);
    expect(a.summary.scan.agencyTables).toHaveLength(1);
    expect(a.summary.scan.items.length).toBeGreaterThan(50);
    expect(a.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['agencyList.found', 'agencyList.overallMismatch', 'item.duplicate']),
    );
  });
});

describe('consolidate', () => {
  const mk = (
    name: string,
    tools: [number, number, number] | null,
    overall: number | null,
    weak: string[] | null = null,
  ): AgencyResult => {
    const rows = rowsOf([
      HEAD,
      [1, name, ...(tools ?? [50, 50, 50]), overall, null],
      [2, 'filler', 50, 50, 50, null, null],
    ]);
    const a = {
      ...rows[0]!,
      weakItems: weak ? weak.map((code) => ({ code, score: 0, level: 'critical' as const })) : null,
    };
    // No score at all: nothing to rate.
    return tools
      ? a
      : {
          ...a,
          tools: a.tools.map((t) => ({ ...t, score: null })),
          overall: { score: null, computed: null, reported: null, reportedRef: null, rating: null, stated: null },
        };
  };
  const c = consolidate([
    mk('ก', [90, 90, 90], null, ['o34', 'o2']),
    mk('ข', [80, 80, 80], null, ['o34']),
    mk('ค', [90, 90, 90], null),
    mk('ง', null, null),
    mk('จ', [98, 90, 99], null, []),
  ]);

  it('ranks best first, ties share a rank, no score last', () => {
    expect(c.agencies.map((a) => `${a.rank}:${a.agency}`)).toEqual(['1:จ', '2:ก', '2:ค', '4:ข', 'null:ง']);
    expect(c.agencies.map((a) => a.index)).toEqual([4, 0, 2, 1, 3]);
  });

  it('counts by rating level in scheme order, and the unrated', () => {
    expect(c.byRating).toHaveLength(1);
    expect(c.byRating[0]!.levels.map((l) => l.count)).toEqual([0, 3, 0, 1, 0]);
    expect([c.count, c.scored, c.passed, c.unrated]).toEqual([5, 4, 3, 1]);
  });

  it('means per tool and overall over the agencies that have them, and how many are below the line', () => {
    expect(c.means.tools.IIT).toEqual({ mean: (90 + 80 + 90 + 98) / 4, n: 4, below: 1 });
    expect(c.means.overall.n).toBe(4);
  });

  it('the items most often weak, with how many agencies each (of those with item scores)', () => {
    expect(c.withItems).toBe(3);
    expect(c.weakItems.map((w) => [w.code, w.agencies, w.critical])).toEqual([
      ['o34', 2, 2],
      ['o2', 1, 1],
    ]);
    expect(c.weakItems[0]!.name?.th).toContain('มาตรการ');
  });

  it('distance to the pass line and what blocks it', () => {
    const b = c.agencies.find((a) => a.agency === 'ข')!.blockers;
    expect(b.short).toBeCloseTo(5, 9);
    expect(b.lowTools.map((t) => t.tool)).toEqual(['IIT', 'EIT', 'OIT']);
    const j = c.agencies.find((a) => a.agency === 'จ')!.blockers;
    expect(j).toMatchObject({
      short: 0,
      blockedBy: [{ level: { th: 'ผ่านดีเยี่ยม' }, min: 95, tools: [{ tool: 'EIT', score: 90 }] }],
    });
  });
});
