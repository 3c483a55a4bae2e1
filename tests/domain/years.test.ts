/** Every assessment year: FY2569 and FY2568 workbooks typed as officers type them, FY2566 indicator tables, FY2567 with a mistyped code. */
import { describe, expect, it } from 'vitest';
import { frameworkExact, itemOnTopic } from '../../src/domain/framework';
import { scanWorkbook } from '../../src/domain/scan/scan';
import { summarize } from '../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { buildAnalysisSheet } from '../../src/domain/specs/analysisSheet';
import { buildPlanSheet } from '../../src/domain/specs/planSheet';
import { buildPlannerSheet, plannerCells } from '../../src/domain/specs/plannerSheet';
import type { SheetSpec } from '../../src/domain/specs/sheetSpec';
import type { Cell, WorkbookSnapshot } from '../../src/domain/types';
import { frameworkNote } from '../../src/domain/frameworkNote';
import { itemGains } from '../../src/domain/planner/gains';
import { pathToPass } from '../../src/domain/planner/shortestPath';
import { project } from '../../src/domain/planner/project';
import { seedDocumentGrid } from '../fixtures/seedGrids';
import { specCellAt } from '../helpers/specCell';
import { OIT_2568, OIT_2569, overallOf, yearWorkbook, type YearBook } from '../fixtures/yearGrids';
import { INDICATOR_NAMES } from '../fixtures/indicatorNames';

const TODAY = new Date('2026-12-02');
const analyse = (wb: WorkbookSnapshot, settings = DEFAULT_SETTINGS) =>
  summarize(scanWorkbook(wb), settings, { today: TODAY });
/** The texts column by column: a long text goes on over the next rows (pages) of its own column. */
const texts = (spec: SheetSpec): string =>
  spec.columnWidths
    .map((_w, c) => spec.rows.map((r) => (typeof r[c]?.value === 'string' ? r[c]!.value : '')).join('\n'))
    .join('\n');
const th = { lang: 'th', thaiDigits: false } as const;

// O10 E-Service, O11 procurement, O16 complaint guideline, O20 No Gift, O25 ITA measures at 0; a few at 50.
const OIT_SCORES = [
  100, 0, 100, 100, 100, 50, 100, 100, 100, 0, 0, 100, 100, 50, 100, 0, 100, 100, 100, 0, 100, 100, 100, 100, 0, 100,
];
const IND = [92.1, 95.3, 96.8, 84.2, 90.5, 88.9, 86.4, 79.7, 63.5, 70.0];

const book69: YearBook = { year: 2569, oitNames: OIT_2569, oit: OIT_SCORES, indicators: IND };
// FY2568: No Gift is O21 (O20 is participation).
const OIT_SCORES_68 = OIT_SCORES.map((x, k) => (k === 19 ? 100 : k === 20 ? 0 : x));
const book68: YearBook = { year: 2568, oitNames: OIT_2568, oit: OIT_SCORES_68, indicators: IND };

describe.each([
  ['FY2569', book69, 2569],
  ['FY2568', book68, 2568],
])('%s workbook typed as officers type it', (_label, book, year) => {
  const cases = [
    ['year written', book],
    ['no year written: the item names tell it', { ...book, year: null }],
    ['Thai-digit codes and a stray "รายการที่ 2500"', { ...book, year: null, thaiDigits: true, strayNumbers: true }],
  ] as const;

  it.each(cases)('%s: the year is right', (_w, b) => {
    const s = analyse(yearWorkbook(b));
    expect(s.year).toBe(year);
    expect(s.framework.year).toBe(year);
    expect(s.framework.status).toBe('partial');
    expect(s.framework.source).toBe(b.year === null ? 'item-names' : 'workbook');
    expect(s.planYear).toBe(year + 1);
    expect(s.issues.some((i) => i.code === 'item.codeNameMismatch' || i.code === 'item.unknownCode')).toBe(false);
  });

  it.each(cases)('%s: overall = 30/30/40 of the stated indicators, rating by the per-tool rule', (_w, b) => {
    const s = analyse(yearWorkbook(b));
    expect(Math.abs(s.overall.score! - overallOf(IND))).toBeLessThanOrEqual(0.01);
    expect(s.indicators.map((i) => i.score)).toEqual(IND);
    expect(s.indicators.every((i) => i.source === 'reported')).toBe(true);
    expect(s.overall.rating?.pass).toBe(false); // 79.73
    expect(s.overall.estimated).toBe(false);
    // Items give an estimate of 9 and 10 that is never taken for the stated value, nor warned as a disagreement.
    expect(s.indicators[8]!.estimate).not.toBeNull();
    expect(s.indicators[8]!.agrees).toBeNull();
    expect(s.issues.some((i) => i.code === 'indicator.mismatch')).toBe(false);
  });

  it("every O-item at 0 is weak and named as that year's item; no item at 100 is weak", () => {
    const s = analyse(yearWorkbook(book));
    const fw = s.framework;
    book.oit.forEach((score, k) => {
      const it = s.items.find((i) => i.code === `O${k + 1}`)!;
      expect(it.score).toBe(score);
      expect(it.name.th).toBe(fw.items.find((x) => x.code === `O${k + 1}`)!.name.th);
      if (score === 0) expect(it.weak).toBe('critical');
      if (score === 100) expect(it.weak).toBeNull();
    });
    expect(s.items.find((i) => i.code === 'O10')!.topic).toBe('e-service');
  });

  it("the analysis and the plan name that year's items, with No Gift (and the ITA-measures item where the year has one)", () => {
    const s = analyse(yearWorkbook(book));
    const analysis = texts(buildAnalysisSheet(s, th));
    const plan = texts(buildPlanSheet(s, th));
    const noGift = s.items.find((i) => i.topic === 'no-gift-declaration')!;
    expect(noGift.weak).toBe('critical');
    // Our printed texts carry their line breaks: compared without whitespace.
    const sq = (x: string): string => x.replace(/\s+/g, '');
    // The analysis names the assessment year's items; the plan, the plan year's (issue 8: items named with the plan year's code and name).
    const planFw = frameworkExact(s.planYear)!;
    const inPlan = (topic: string): string => {
      const p = itemOnTopic(planFw, topic)!;
      return `${p.code} ${p.name.th}`;
    };
    expect(sq(analysis)).toContain(sq(`${noGift.code} ${noGift.name.th}`));
    expect(sq(analysis)).toContain(sq(`O10 ${s.items.find((i) => i.code === 'O10')!.name.th}`));
    expect(sq(plan)).toContain(sq(inPlan(noGift.topic)));
    expect(sq(plan)).toContain(sq(inPlan(s.items.find((i) => i.code === 'O10')!.topic)));
    for (const t of [analysis, plan]) {
      expect(t).not.toMatch(/\bo(1[0-9]|[1-9]) /); // no FY2567 code
    }
    if (year === 2569) {
      expect(sq(analysis)).toContain(sq('O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร'));
      expect(sq(plan)).toContain(sq('O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร'));
      expect(plan).toMatch(/No Gift/);
    }
    // The published sheets say the framework is partial and how.
    expect(sq(texts(buildPlanSheet(s, th)))).toContain(sq(frameworkNote(s, 'th')));
    expect(frameworkNote(s, 'en')).toMatch(new RegExp(`FY${year} ITA framework, which is partial`));
  });

  it('the planner still works from items: estimated gains that move the stated values', () => {
    const s = analyse(yearWorkbook(book));
    const gains = itemGains(s);
    const o10 = gains.find((g) => g.code === 'O10')!;
    expect(o10.gain).toBeGreaterThan(0);
    expect(o10.estimated).toBe(true);
    // Fixing O10 moves indicator 9 by what the items' estimate moves, from the stated 63.50.
    const p = project(s, { O10: 100 });
    const delta = p.indicators[9]! - 63.5;
    expect(delta).toBeGreaterThan(0);
    expect(project(s, {}).overall).toBeCloseTo(s.overall.score!, 9);
    expect(pathToPass(s).items.length).toBeGreaterThan(0);
  });
});

describe('the score planner sheet for FY2569: the stated indicators moved by the target cells', () => {
  it("projected indicator 9 = stated + (estimate from targets − estimate now), clamped; its cached value is project()'s", () => {
    const s = analyse(yearWorkbook(book69));
    const spec = buildPlannerSheet(s, th);
    const row = spec.rows.findIndex((r, k) => k > 10 && r[0]?.value === '9' && r[1]?.value === 'OIT');
    const cell = spec.rows[row]![6]!;
    expect(cell.formula).toMatch(/^MIN\(100,MAX\(0,'สรุปผล'!\$D\$12\+\(AVERAGE\(/);
    const docs = itemGains(s)
      .filter((g) => g.kind === 'document' && g.gain !== null)
      .map((g) => [g.code, 100]);
    expect(cell.value).toBeCloseTo(project(s, Object.fromEntries(docs)).indicators[9]!, 9);
    expect(cell.value as number).toBeGreaterThan(63.5);
  });

  it('every item code stands whole in the code column (O20, O๒๐ with Thai digits), never cut over two lines', () => {
    const s = analyse(yearWorkbook(book69));
    for (const thaiDigits of [false, true]) {
      const spec = buildPlannerSheet(s, { lang: 'th', thaiDigits });
      const codes = itemGains(s).map((g) => g.code);
      // The item rows: a rank number in the first column, the code in the second.
      const shown = spec.rows.filter((r) => typeof r[0]?.value === 'number').map((r) => String(r[1]?.value));
      expect(shown.length).toBe(codes.length);
      for (const v of shown) expect(v, v).not.toContain('\n');
    }
  });

  it("plannerCells: the yellow target each document's gain formula reads, and the projected overall", () => {
    const s = analyse(yearWorkbook(book69));
    const spec = buildPlannerSheet(s, th);
    const c = plannerCells(s);
    const docs = itemGains(s).filter((g) => g.kind === 'document' && g.gain !== null);
    expect(docs.length).toBeGreaterThan(0);
    for (const g of docs) {
      const ref = c.targetOf(g.code);
      expect(ref, g.code).not.toBeNull();
      expect(specCellAt(spec, ref!)).toMatchObject({ value: 100, style: 'input' });
      const [now, per, gain] = ['F', 'H', 'I'].map((col) => ref!.replace(/^G/, col));
      expect(specCellAt(spec, gain!)!.formula).toBe(`IF(ISNUMBER(${ref}),(MIN(100,MAX(0,${ref}))-${now})*${per},0)`);
    }
    expect(spec.conditionalFormats.at(-1)!.range).toBe(c.projectedOverall);
    const all = project(s, Object.fromEntries(docs.map((g) => [g.code, 100])));
    expect(specCellAt(spec, c.projectedOverall)!.value).toBeCloseTo(all.overall!, 9);
  });
});

describe('FY2569 without an indicator table: estimates, said to be unreliable', () => {
  it('overall and rating from estimates are labelled; which indicators cannot be computed reliably is said', () => {
    const s = analyse(yearWorkbook({ ...book69, indicators: null }));
    expect(s.year).toBe(2569);
    expect(s.indicators.filter((i) => i.source === 'estimate').map((i) => i.no)).toEqual([1, 9, 10]);
    expect(s.overall.score).toBeNull(); // EIT indicators cannot be estimated from e-items at all
    expect(s.issues).toContainEqual(
      expect.objectContaining({ code: 'indicator.unreliable', params: { nos: '1, 2, 3, 4, 5, 9, 10', year: 2569 } }),
    );
  });
});

describe('FY2568 and FY2569 names are told apart', () => {
  it('a FY2568 list is not read as FY2569, nor the reverse', () => {
    expect(analyse(yearWorkbook({ ...book68, year: null })).year).toBe(2568);
    expect(analyse(yearWorkbook({ ...book69, year: null })).year).toBe(2569);
  });
  it('--year 2568 works (a partial framework exists), and contradicting the workbook is warned', () => {
    const s = analyse(yearWorkbook(book69), { ...DEFAULT_SETTINGS, year: 2568 });
    expect(s.framework).toMatchObject({ year: 2568, source: 'option', status: 'partial' });
    expect(s.issues).toContainEqual(
      expect.objectContaining({ code: 'year.optionContradicts', params: { year: 2568, stated: 2569 } }),
    );
  });
  it('a plan year not after the assessment year is an error and is not used', () => {
    const s = analyse(yearWorkbook(book69), { ...DEFAULT_SETTINGS, planYear: 2569 });
    expect(s.planYear).toBe(2570);
    expect(s.issues).toContainEqual(expect.objectContaining({ code: 'year.planNotAfter', severity: 'error' }));
  });
});

describe('FY2566: pass levels with the per-tool rule', () => {
  const table = (ind: readonly number[]): WorkbookSnapshot => ({
    sheets: [
      {
        name: 'ITA',
        origin: { row: 0, col: 0 },
        values: [
          ['ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566'],
          ['แบบ', 'ลำดับ', 'ตัวชี้วัด', 'คะแนน'],
          ...ind.map((v, k): Cell[] => [null, k + 1, INDICATOR_NAMES[k]!, v]),
        ],
      },
    ],
  });
  it('overall ≥ 95 with EIT < 95 is ผ่านดี, not ผ่านดีเยี่ยม', () => {
    const s = analyse(table([99, 99, 99, 99, 99, 94, 94, 94, 99, 99]));
    expect(s.year).toBe(2566);
    expect(s.overall.score).toBeCloseTo(97.5, 9);
    expect(s.overall.rating!.label.th).toBe('ผ่านดี');
    expect(s.overall.rating!.blockedBy).toEqual([expect.objectContaining({ tools: ['EIT'] })]);
    expect(s.framework).toMatchObject({ year: 2566, status: 'partial' });
  });
  it('every tool ≥ 95 is ผ่านดีเยี่ยม; FY2565 is a letter grade', () => {
    expect(analyse(table([99, 99, 99, 99, 99, 96, 96, 96, 99, 99])).overall.rating!.label.th).toBe('ผ่านดีเยี่ยม');
    const s = summarize(scanWorkbook(table([99, 99, 99, 99, 99, 94, 94, 94, 99, 99])), {
      ...DEFAULT_SETTINGS,
      year: 2565,
    });
    expect(s.overall.rating!.label.en).toBe('AA');
  });
});

describe('FY2567 with one code mistyped (o10\'s row typed "o13")', () => {
  const grid = seedDocumentGrid('numbers').map((row) =>
    row.map((c) => (typeof c === 'string' && c.startsWith('ข้อ o10 ') ? c.replace('ข้อ o10 ', 'ข้อ o13 ') : c)),
  );
  const wb: WorkbookSnapshot = { sheets: [{ name: 'ผลITA', origin: { row: 0, col: 0 }, values: grid }] };
  const s = summarize(scanWorkbook(wb));
  it('indicator 9 is still 44.17, o10 and o13 keep their scores', () => {
    expect(Math.round(s.indicators[8]!.score! * 100) / 100).toBe(44.17);
    expect(s.items.find((i) => i.code === 'o10')!.score).toBe(100);
    expect(s.items.find((i) => i.code === 'o13')!.score).toBe(0);
  });
  it('a warning names the mistyped cell; no duplicate o13 is claimed', () => {
    const row = grid.findIndex((r) => r.some((c) => typeof c === 'string' && c.startsWith('ข้อ o13 คู่มือ')));
    const col = grid[row]!.findIndex((c) => typeof c === 'string' && c.startsWith('ข้อ o13 คู่มือ'));
    const w = s.issues.filter((i) => i.code === 'item.codeNameMismatch');
    expect(w).toEqual([
      expect.objectContaining({
        sheet: 'ผลITA',
        cell: `${String.fromCharCode(65 + col)}${row + 1}`,
        params: expect.objectContaining({ typed: 'o13', code: 'o10' }),
      }),
    ]);
    expect(s.issues.some((i) => i.code.startsWith('item.duplicate') && i.params?.code === 'o13')).toBe(false);
  });
});

describe('a stray number is not an assessment year', () => {
  it('"รายการที่ 2500" in a budget list, "2560 บาท"', () => {
    const r = scanWorkbook({
      sheets: [
        {
          name: 'งบ',
          origin: { row: 0, col: 0 },
          values: [['รายการที่ 2500 ค่าวัสดุ'], ['งบประมาณ 2560 บาท'], ['ข้อ 2555']],
        },
      ],
    });
    expect(r.year).toBeNull();
  });
});
