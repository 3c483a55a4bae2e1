/** The consolidated sheet spec: live counts and means over the agency rows, charts over them, links, print conventions. */
import { describe, expect, it } from 'vitest';
import { generateAgency, naccListGrid } from '../../../scripts/agencyWorkbooks';
import { defaultBuilders } from '../../../src/app/builders';
import { ALL_ACTIONS, analyzeSnapshot, planChanges } from '../../../src/app/workbench';
import { parseA1 } from '../../../src/domain/a1';
import { agenciesOfScan } from '../../../src/domain/batch/agencies';
import { consolidate } from '../../../src/domain/batch/consolidate';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS } from '../../../src/domain/settings';
import { buildConsolidated, buildConsolidatedSheet } from '../../../src/domain/specs/consolidatedSheet';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { OUR_SHEETS } from '../../../src/domain/specs/sheets';
import type { Cell } from '../../../src/domain/types';
import { seedDocumentGrid } from '../../fixtures/seedGrids';
import { findText, specCellAt, specCells } from '../../helpers/specCell';

const list = Array.from({ length: 25 }, (_, i) => {
  const g = generateAgency(i, 11);
  return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
});
const snapshot = { sheets: [{ name: 'รายชื่อ', origin: { row: 0, col: 0 }, values: naccListGrid(list) as Cell[][] }] };
const analysis = analyzeSnapshot(snapshot, DEFAULT_SETTINGS);
const spec = buildConsolidatedSheet(analysis.summary, { lang: 'th', thaiDigits: false });
const agencies = agenciesOfScan(analysis.summary.scan, { settings: analysis.summary.settings, year: 2567, refs: true });
const c = consolidate(agencies);

/** The value of a cell of the spec (cached), by A1. */
const val = (s: SheetSpec, ref: string) => specCellAt(s, ref)?.value;
/** Cells of a range "$H$40:$H$64" of a spec. */
function rangeValues(s: SheetSpec, range: string): unknown[] {
  const [a, b] = range
    .replace(/\$/g, '')
    .split(':')
    .map((x) => parseA1(x)!);
  const out: unknown[] = [];
  for (let r = a!.row; r <= b!.row; r++) for (let k = a!.col; k <= b!.col; k++) out.push(s.rows[r]?.[k]?.value ?? null);
  return out;
}

describe('counts by rating level: COUNTIF over the rating column, agreeing with its cells', () => {
  it('every level row counts what the agency rows say', () => {
    const levels = c.byRating[0]!.levels;
    for (const lv of levels) {
      const at = findText(spec, (t) => t === lv.level.label.th)!;
      const row = parseA1(at)!.row;
      const count = spec.rows[row]![2]!;
      const m = /^COUNTIF\((\$I\$\d+:\$I\$\d+),"(.*)"\)$/.exec(count.formula!);
      expect(m, count.formula).not.toBeNull();
      expect(m![2]).toBe(lv.level.label.th);
      const ratings = rangeValues(spec, m![1]!);
      expect(ratings).toHaveLength(25);
      expect(ratings.filter((x) => x === lv.level.label.th).length).toBe(lv.count);
      expect(count.value).toBe(lv.count);
    }
    expect(levels.reduce((n, l) => n + l.count, 0)).toBe(25);
  });
});

describe('means: AVERAGE over each score column', () => {
  it('the overall and each tool', () => {
    for (const [label, k] of [
      ['คะแนนรวม (ภาพรวม)', 'H'],
      ['คะแนน IIT', 'E'],
      ['คะแนน EIT', 'F'],
      ['คะแนน OIT', 'G'],
    ] as const) {
      const row = parseA1(findText(spec, (t) => t === label)!)!.row;
      const cell = spec.rows[row]![2]!;
      const m = /^IFERROR\(AVERAGE\((\$([A-Z])\$\d+:\$[A-Z]\$\d+)\),""\)$/.exec(cell.formula!);
      expect(m?.[2]).toBe(k);
      const xs = rangeValues(spec, m![1]!).filter((x): x is number => typeof x === 'number');
      expect(xs).toHaveLength(25);
      expect(cell.value as number).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 9);
    }
  });
});

describe('agency rows', () => {
  const first = parseA1(findText(spec, (t) => t === 'อันดับ')!)!.row + 1;
  it('best first, each name a link to its row of the list, RANK and the rating as formulas', () => {
    const names = Array.from({ length: 25 }, (_, k) => val(spec, `B${first + 1 + k}`));
    expect(names).toEqual(c.agencies.map((a) => a.agency));
    const top = c.agencies[0]!;
    expect(specCellAt(spec, `B${first + 1}`)!.link).toEqual({ sheet: 'รายชื่อ', cell: top.at!.cell });
    expect(specCellAt(spec, `A${first + 1}`)!.formula).toMatch(
      /^IF\(ISNUMBER\(H\d+\),RANK\(H\d+,\$H\$\d+:\$H\$\d+\),""\)$/,
    );
    expect(specCellAt(spec, `H${first + 1}`)!.formula).toBe(
      `IF(COUNT(E${first + 1}:G${first + 1})=3,0.3*E${first + 1}+0.3*F${first + 1}+0.4*G${first + 1},"")`,
    );
    expect(specCellAt(spec, `I${first + 1}`)!.formula).toContain('ผ่านดีเยี่ยม');
  });
  it("tool scores reference the list's own cells (live), as numbers there", () => {
    const e = specCellAt(spec, `E${first + 1}`)!;
    expect(e.formula).toMatch(/^'รายชื่อ'!\$D\$\d+$/);
  });
  it('distance to the pass line, and what blocks it in words', () => {
    const failing = c.agencies.findIndex((a) => !a.overall.rating!.pass);
    expect(failing).toBeGreaterThan(-1);
    const r = first + 1 + failing;
    expect(specCellAt(spec, `J${r}`)!.formula).toBe(`IF(ISNUMBER(H${r}),MAX(0,85-H${r}),"")`);
    expect(val(spec, `J${r}`) as number).toBeCloseTo(85 - c.agencies[failing]!.overall.score!, 9);
    expect(String(val(spec, `K${r}`))).toMatch(/^ขาด \d+\.\d\d คะแนน/);
  });
});

describe('charts, print and language', () => {
  it("a column chart of agencies by rating level and a bar chart of indicator means, over this sheet's cells", () => {
    expect(spec.charts?.map((x) => x.kind)).toEqual(['column', 'bar']);
    const [levels, inds] = spec.charts!;
    const cats = rangeValues(spec, levels!.categories);
    expect(cats).toEqual(c.byRating[0]!.levels.map((l) => l.level.label.th));
    expect(rangeValues(spec, levels!.series[0]!.values)).toEqual(c.byRating[0]!.levels.map((l) => l.count));
    expect(rangeValues(spec, inds!.categories)).toHaveLength(10);
    expect(inds!.valueAxis).toMatchObject({ min: 0, max: 100 });
  });
  it('A4 landscape, the agency header repeated on every page, the table on a page of its own, page numbers', () => {
    const header = parseA1(findText(spec, (t) => t === 'อันดับ')!)!.row + 1;
    expect(spec.print).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: [header, header],
      footer: { center: 'หน้า &P จาก &N' },
    });
    expect(spec.print.area).toMatch(/^A1:L\d+$/);
    // New pages at the means, and at the agency table's heading (a list has no item scores: no weak-items page).
    const means = parseA1(findText(spec, (t) => t.startsWith('ข. '))!)!.row + 1;
    expect(spec.print.rowBreaks).toEqual([means, header - 1]);
    expect(spec.baseStyle?.font).toBe('TH SarabunPSK');
  });
  it('English on request, same layout', () => {
    const en = buildConsolidatedSheet(analysis.summary, { lang: 'en', thaiDigits: false });
    expect(en.name).toBe('ITA Agencies');
    expect(findText(en, (t) => t === 'Rank')).toBe(findText(spec, (t) => t === 'อันดับ'));
    expect(specCells(en).length).toBe(specCells(spec).length);
    expect(en.print.footer?.center).toBe('Page &P of &N');
  });
  it('file links and values only in a batch (no references to other files)', () => {
    const batch = buildConsolidated(
      consolidate(
        agenciesOfScan(analysis.summary.scan, {
          settings: DEFAULT_SETTINGS,
          year: 2567,
          refs: false,
          file: 'lists/รายชื่อ.xlsx',
        }),
      ),
      {
        lang: 'th',
        thaiDigits: false,
        thresholds: DEFAULT_THRESHOLDS,
        link: () => ({ url: 'lists/%E0%B8%A3.xlsx' }),
      },
    );
    const cells = specCells(batch);
    expect(cells.filter((x) => x.cell.formula?.includes('!'))).toEqual([]);
    expect(cells.some((x) => x.cell.link && 'url' in x.cell.link)).toBe(true);
  });
});

describe('the consolidated sheet is one of our sheets, written only where a list is', () => {
  it('is in OUR_SHEETS with its pane button', () => {
    expect(OUR_SHEETS.map((s) => s.key)).toContain('consolidated');
  });
  it('"Do everything" on a list writes the consolidated sheet alone (no empty one-agency analysis)', () => {
    const plan = planChanges(
      analysis,
      ALL_ACTIONS,
      defaultBuilders,
      { lang: 'th', thaiDigits: false },
      new Date('2026-12-01'),
    );
    expect(plan.written.map((s) => s.key)).toEqual(['consolidated']);
  });
  it('"Do everything" on one agency\'s workbook writes its own sheets and no consolidated sheet', () => {
    const a = analyzeSnapshot(
      { sheets: [{ name: 'ITA', origin: { row: 0, col: 0 }, values: seedDocumentGrid() }] },
      DEFAULT_SETTINGS,
    );
    const plan = planChanges(a, ALL_ACTIONS, defaultBuilders, { lang: 'th', thaiDigits: false });
    expect(plan.written.map((s) => s.key)).toEqual([
      'summary',
      'cover',
      'results',
      'analysis',
      'plan',
      'planner',
      'framework',
    ]);
    expect(plan.issues.map((i) => i.code)).not.toContain('sheet.notApplicable');
  });
  it('its button alone on a workbook without a list writes nothing and says why', () => {
    const a = analyzeSnapshot(
      { sheets: [{ name: 'ITA', origin: { row: 0, col: 0 }, values: seedDocumentGrid() }] },
      DEFAULT_SETTINGS,
    );
    const plan = planChanges(a, ['consolidated'], defaultBuilders, { lang: 'en', thaiDigits: false });
    expect(plan.changes.addSheets).toEqual([]);
    expect(plan.issues).toEqual([
      {
        code: 'sheet.notApplicable',
        severity: 'info',
        params: { name: 'Many agencies', reason: expect.stringContaining('no list of agencies') },
      },
    ]);
  });
});
