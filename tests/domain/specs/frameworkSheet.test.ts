import { describe, expect, it } from 'vitest';
import { frameworkExact, knownFrameworkYears } from '../../../src/domain/framework';
import { message } from '../../../src/domain/messages';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import {
  buildFrameworkSheet,
  canonicalFramework,
  frameworkFingerprint,
  frameworkFromJson,
  frameworksInWorkbook,
  isFrameworkSheet,
  readFrameworkSheet,
} from '../../../src/domain/specs/frameworkSheet';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import type { Cell, SheetSnapshot } from '../../../src/domain/types';
import { yearWorkbook, OIT_2569 } from '../../fixtures/yearGrids';
import { findText, specCellAt } from '../../helpers/specCell';

const th = { lang: 'th', thaiDigits: false } as const;
const asSheet = (spec: SheetSpec, name = spec.name): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values: spec.rows.map((r) => r.map((c) => c?.value ?? null)),
});
const summaryOf = (year: number) =>
  summarize(
    scanWorkbook({
      sheets: [{ name: 'x', origin: { row: 0, col: 0 }, values: [[`ITA ปี ${year}`], ['o1', 100], ['o2', 0]] }],
    }),
    { ...DEFAULT_SETTINGS, year },
  );
/** Replace the cell right of the first cell whose text is `find` (in column `col` of the items table). */
function edit(
  sheet: SheetSnapshot,
  rowStartsWith: string,
  colKey: string,
  value: Cell,
): { sheet: SheetSnapshot; cell: string } {
  const values = sheet.values.map((r) => [...r]);
  const header = values.findIndex((r) => String(r[0] ?? '').endsWith('(code)'));
  const c = values[header]!.findIndex((x) => String(x ?? '').endsWith(`(${colKey})`));
  const r = values.findIndex((row, k) => k > header && row[0] === rowStartsWith);
  values[r]![c] = value;
  return { sheet: { ...sheet, values }, cell: `${String.fromCharCode(65 + c)}${r + 1}` };
}

describe('the framework sheet (ITA กรอบการประเมิน)', () => {
  it.each(knownFrameworkYears())(
    'FY%i reads back as exactly the framework it shows, and counts as unedited',
    (year) => {
      const spec = buildFrameworkSheet(summaryOf(year), th);
      const sheet = asSheet(spec);
      expect(isFrameworkSheet(sheet)).toBe(true);
      const read = readFrameworkSheet(sheet);
      expect(read.issues).toEqual([]);
      expect(canonicalFramework(read.framework!)).toEqual(canonicalFramework(frameworkExact(year)!));
      expect(read.edited).toBe(false);
    },
  );

  it('lists items with code, topic, tool, indicator, sub-indicator, name, confidence; weights; thresholds', () => {
    const spec = buildFrameworkSheet(summaryOf(2569), th);
    expect(spec.key).toBe('framework');
    expect(spec.name).toBe('ITA กรอบการประเมิน');
    expect(specCellAt(spec, 'A1')?.value).toBe('กรอบการประเมิน ITA ปีงบประมาณ พ.ศ. 2569');
    const o10 = findText(spec, (s) => s === 'O10')!;
    const row = Number(o10.slice(1));
    const cells = spec.rows[row - 1]!.map((c) => c?.value ?? null);
    expect(cells.slice(0, 6)).toEqual([
      'O10',
      'e-service',
      'OIT',
      9,
      '9.2',
      'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)',
    ]);
    expect(String(cells[10])).toMatch(/third-party/);
    expect(findText(spec, (s) => s === 'ผ่านดีเยี่ยม')).not.toBeNull();
    expect(findText(spec, (s) => s.startsWith('น้ำหนัก'))).not.toBeNull();
  });

  it("a user's edit (an item renamed, an indicator moved, weights) is read as the user's version", () => {
    const sheet = asSheet(buildFrameworkSheet(summaryOf(2569), th));
    const renamed = edit(sheet, 'O10', 'name_th', 'ระบบบริการออนไลน์ของ อบต. (E-Service)').sheet;
    const read = readFrameworkSheet(renamed);
    expect(read.edited).toBe(true);
    expect(read.framework!.items.find((i) => i.code === 'O10')!.name.th).toBe('ระบบบริการออนไลน์ของ อบต. (E-Service)');
  });

  it('a user-edited sheet takes effect: its names identify items, its weights score, and the run says so', () => {
    const base = asSheet(buildFrameworkSheet(summaryOf(2569), th), 'ITA กรอบการประเมิน');
    // The user corrects O10's name to what their own table says, and the OIT weight (a made-up correction).
    let sheet = edit(base, 'O10', 'name_th', 'ระบบบริการอิเล็กทรอนิกส์ของหน่วยงาน').sheet;
    const w = sheet.values.findIndex((r) => r[0] === 'OIT' && typeof r[1] === 'number');
    sheet = { ...sheet, values: sheet.values.map((r, k) => (k === w ? ['OIT', 0.5] : k === w - 1 ? ['EIT', 0.2] : r)) };
    const names = OIT_2569.map((n, k) => (k === 9 ? 'ระบบบริการอิเล็กทรอนิกส์ของหน่วยงาน' : n));
    const wb = yearWorkbook({
      year: 2569,
      oitNames: names,
      oit: OIT_2569.map((_n, k) => (k === 9 ? 0 : 100)),
      indicators: [90, 90, 90, 90, 90, 80, 80, 80, 70, 70],
    });
    const own = frameworksInWorkbook({ sheets: [...wb.sheets, sheet] });
    expect(own.frameworks).toHaveLength(1);
    expect(own.sheets).toEqual(['ITA กรอบการประเมิน']);
    const s = summarize(scanWorkbook({ sheets: wb.sheets }), DEFAULT_SETTINGS, { frameworks: own.frameworks });
    expect(s.framework.origin).toEqual({ kind: 'workbook-sheet', sheet: 'ITA กรอบการประเมิน' });
    expect(s.framework.weights).toEqual({ IIT: 0.3, EIT: 0.2, OIT: 0.5 });
    expect(s.overall.score).toBeCloseTo(0.3 * 90 + 0.2 * 80 + 0.5 * 70, 9);
    expect(s.items.find((i) => i.code === 'O10')).toMatchObject({
      score: 0,
      name: { th: 'ระบบบริการอิเล็กทรอนิกส์ของหน่วยงาน' },
    });
    expect(s.issues).toContainEqual(
      expect.objectContaining({ code: 'framework.sheet.used', sheet: 'ITA กรอบการประเมิน' }),
    );
    // Written again, the sheet shows the user's version (the edit survives every rewrite) and still reads as edited.
    const again = readFrameworkSheet(asSheet(buildFrameworkSheet(s, th)));
    expect(again.edited).toBe(true);
    expect(again.framework!.weights.OIT).toBe(0.5);
  });

  it('a bad edit is reported at its cell, in Thai and English, and the shipped framework is used', () => {
    const sheet = asSheet(buildFrameworkSheet(summaryOf(2569), th), 'กรอบ');
    const { sheet: bad, cell } = edit(sheet, 'O11', 'indicator', 'เก้า');
    const read = readFrameworkSheet(bad);
    expect(read.framework).toBeNull();
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'framework.sheet.badNumber',
        sheet: 'กรอบ',
        cell,
        params: { field: 'indicator', value: 'เก้า' },
      }),
    ]);
    expect(message(read.issues[0]!.code, 'th', read.issues[0]!.params)).toBe('ช่อง indicator ต้องเป็นตัวเลข (ได้ "เก้า")');
    const dup = edit(sheet, 'O11', 'topic', 'e-service');
    const r2 = readFrameworkSheet(dup.sheet);
    expect(r2.issues).toEqual([
      expect.objectContaining({ code: 'framework.bad.topicTwice', cell: `A${dup.cell.slice(1)}` }),
    ]);
    const all = frameworksInWorkbook({ sheets: [bad] });
    expect(all.frameworks).toEqual([]);
    expect(all.issues.map((i) => i.code)).toContain('framework.sheet.rejected');
  });

  it('the sheet is never scanned as scores (its indicator column holds numbers)', () => {
    const sheet = asSheet(buildFrameworkSheet(summaryOf(2567), th), 'copy of framework');
    const own = frameworksInWorkbook({ sheets: [sheet] });
    expect(own.sheets).toEqual(['copy of framework']);
    expect(own.frameworks).toEqual([]); // unedited: the shipped framework stands
  });

  it('a stale sheet of an older release is not taken for an edit: its fingerprint names the shipped data it was written over', () => {
    const sheet = asSheet(buildFrameworkSheet(summaryOf(2568), th));
    const fp = sheet.values.findIndex((r) => String(r[0] ?? '').endsWith('(fingerprint)'));
    // Pretend the release then shipped another O9 name: the sheet holds it, and its fingerprint says it was shipped.
    const old = edit(sheet, 'O9', 'name_th', 'คู่มือการขอรับบริการ').sheet;
    const fw = readFrameworkSheet(old).framework!;
    const values = old.values.map((r, k) => (k === fp ? [r[0]!, frameworkFingerprint(fw)] : r));
    expect(readFrameworkSheet({ ...old, values }).edited).toBe(false);
  });
});

describe('--framework JSON bundles', () => {
  it('a valid bundle (a copy of FY2569 for FY2571) is accepted', () => {
    const r = frameworkFromJson(JSON.stringify({ year: 2571, copyOf: 2569 }), 'fy2571.json');
    expect(r.issues).toEqual([]);
    expect(r.framework).toMatchObject({ year: 2571, status: 'assumed' });
  });
  it('problems name the file and speak both languages', () => {
    const raw = JSON.parse(JSON.stringify(frameworkExact(2569)));
    raw.weights.OIT = 0.5;
    const r = frameworkFromJson(JSON.stringify(raw), 'bad.json');
    expect(r.framework).toBeNull();
    expect(r.issues.map((i) => message(i.code, 'en', i.params))).toEqual(['weights sum to 1.1, not 1']);
    expect(message(r.issues[0]!.code, 'th', r.issues[0]!.params)).toBe('น้ำหนัก IIT+EIT+OIT รวมกันได้ 1.1 ไม่ใช่ 1');
    expect(frameworkFromJson('{ nope', 'x.json').issues[0]!.code).toBe('framework.file.badJson');
  });
});
