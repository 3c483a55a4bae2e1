/**
 * The published document as a whole (cover; sections 1–2; section 3; section 4 with the approval block): what it
 * says, that it is numbered across its sheets, that every row holds its measured text, that pages are never
 * overfull nor leave a heading alone at their foot, and that nothing of ours outside the document prints.
 */
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../../src/domain/a1';
import { signSpec } from '../../../src/app/workbench';
import { buildCoverSheet } from '../../../src/domain/specs/coverSheet';
import { buildResultsSheet } from '../../../src/domain/specs/resultsSheet';
import {
  cellFont,
  cellTextWidth,
  LANDSCAPE_MARGINS,
  pageHeight,
  PORTRAIT_MARGINS,
  type SpecOptions,
} from '../../../src/domain/specs/layout';
import { OUR_SHEETS } from '../../../src/domain/specs/sheets';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { lineHeight, textWidth } from '../../../src/domain/text/metrics';
import { seedSummary } from '../../helpers/seedSummary';
import { specCells } from '../../helpers/specCell';
import { rowStarting, squash, textAt } from '../../helpers/docText';

const th = { lang: 'th', thaiDigits: false } as const;
const en = { lang: 'en', thaiDigits: false } as const;
const HISTORY = [
  { year: 2563, score: 49.79 },
  { year: 2564, score: 55.1 },
  { year: 2565, score: 61.25 },
  { year: 2566, score: 70.05 },
];
const seed = () => seedSummary({ history: HISTORY }, {});
/** The seed as its workbook states it: district, province and rank (the sentence of section 1). */
function seedWithPlace() {
  const s = seed();
  return {
    ...s,
    district: 'กันทรารมย์',
    province: 'ศรีสะเกษ',
    rank: { position: 5240, total: null, group: 'องค์การบริหารส่วนตำบล', location: { sheet: 'Summary', cell: 'A6' } },
  };
}
const build = (key: string, s = seedWithPlace(), o: SpecOptions = th): SheetSpec =>
  OUR_SHEETS.find((d) => d.key === key)!.build(s, o);

/** Width (units) of the cell at (r, c) over its merge. */
function span(spec: SheetSpec, r: number, c: number): number {
  const m = spec.merges
    .map((x) => x.split(':').map(parseA1))
    .find(([a, b]) => a && b && a.row <= r && b.row >= r && a.col === c);
  let w = 0;
  for (let k = c; k <= (m?.[1]?.col ?? c); k++) w += spec.columnWidths[k] ?? 10;
  return w;
}

describe('the cover', () => {
  const spec = buildCoverSheet(seedWithPlace(), th);
  it('names both documents and their years, the agency, its district and province, on one page without a number', () => {
    const t = squash(
      specCells(spec)
        .map(({ cell }) => String(cell.value ?? ''))
        .join(' '),
    );
    for (const want of [
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'ประจำปีงบประมาณ พ.ศ. 2568',
      'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
      'ประจำปีงบประมาณ พ.ศ. 2567',
      'องค์การบริหารส่วนตำบลตุน',
      'อำเภอกันทรารมย์ จังหวัดศรีสะเกษ',
    ])
      expect(t).toContain(squash(want));
    expect(spec.print).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      fitToHeight: 1,
      area: `A1:A${spec.rows.length}`,
    });
    expect(spec.print.footer).toBeUndefined();
    const total = Object.values(spec.rowHeights ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(pageHeight('portrait', PORTRAIT_MARGINS));
  });
});

describe('sections 1 and 2', () => {
  const s = seedWithPlace();
  const spec = buildResultsSheet(s, th);

  it('title with the district and province; section 1 quotes the overall as published (72.84, not our 72.83) and the rank', () => {
    expect(squash(textAt(spec, 1, 0))).toBe(
      squash('ขององค์การบริหารส่วนตำบลตุน อำเภอกันทรารมย์ จังหวัดศรีสะเกษ ในปีงบประมาณ พ.ศ. 2567'),
    );
    const r = rowStarting(spec, 'จากผลการประเมิน ITA');
    const sentence = squash(textAt(spec, r, 0));
    expect(s.overall.score).toBeCloseTo(72.83, 2);
    expect(sentence).toContain(squash('ได้คะแนนภาพรวม 72.84 คะแนน ต่ำกว่าเกณฑ์ผ่าน 85 คะแนน'));
    expect(sentence).toContain(squash('และอยู่ในลำดับที่ 5,240 ของหน่วยงานประเภทองค์การบริหารส่วนตำบล'));
    // An inferred sub-label ("ไม่ผ่าน (ต้องปรับปรุง)") is not stated as fact.
    expect(sentence).not.toContain('ต้องปรับปรุง');
  });

  it("the multi-year table ends with this year's published score, and a native chart over it", () => {
    const head = rowStarting(spec, 'ผลคะแนนภาพรวมย้อนหลัง');
    expect(head).toBeGreaterThan(0);
    const years = [2563, 2564, 2565, 2566, 2567];
    years.forEach((y, k) => {
      expect(textAt(spec, head + 2 + k, 0)).toBe(String(y));
      expect(spec.rows[head + 2 + k]![3]?.value).toBe([49.79, 55.1, 61.25, 70.05, 72.84][k]);
    });
    expect(textAt(spec, head + 2, 2)).toBe('F'); // FY2563: letter grades
    expect(textAt(spec, head + 6, 2)).toBe('ไม่ผ่านเกณฑ์');
    const chart = spec.charts![0]!;
    expect(chart).toMatchObject({
      kind: 'column',
      categories: `A${head + 3}:A${head + 7}`,
      series: [{ values: `D${head + 3}:D${head + 7}` }],
      valueAxis: { min: 0, max: 100 },
    });
    expect(parseA1(chart.from)!.row).toBeGreaterThan(head + 6);
    expect(parseA1(chart.to)!.row).toBeLessThanOrEqual(spec.rows.length);
  });

  it('no history: no table and no chart', () => {
    const none = buildResultsSheet({ ...s, history: [] }, th);
    expect(rowStarting(none, 'ผลคะแนนภาพรวมย้อนหลัง')).toBe(-1);
    expect(none.charts ?? []).toEqual([]);
  });

  it("section 2 is the 4-column table as officers publish it: the stated scores, formulas on the user's cells", () => {
    const h = rowStarting(spec, 'แบบ');
    expect(spec.rows[h]!.map((c) => squash(String(c?.value ?? '')))).toEqual([
      'แบบ',
      'ลำดับ',
      'รายละเอียดตัวชี้วัด',
      'คะแนน',
    ]);
    const ind1 = spec.rows[h + 1]!;
    expect(ind1[0]?.value).toBe('IIT');
    expect(ind1[1]?.value).toBe(1);
    // The workbook states 93.5 (a typo of 93.52 that the summary sheet flags): the document quotes what is stated.
    expect(ind1[3]).toMatchObject({ formula: 'Summary!$D$2', value: 93.5 });
    expect(spec.rows[h + 9]![3]).toMatchObject({ formula: 'Summary!$D$10', value: 44.17 });
    expect(squash(textAt(spec, h + 11, 0))).toBe('คะแนนภาพรวม');
    expect(spec.rows[h + 11]![3]).toMatchObject({ formula: 'Summary!$B$1', value: 72.84 });
    expect(spec.columnWidths).toHaveLength(4);
    // Our checks (computed vs stated) are not here: they stay in the summary sheet.
    expect(
      specCells(spec).some(({ cell }) => typeof cell.value === 'string' && /≠|ผลต่าง|จากรายข้อ/.test(cell.value)),
    ).toBe(false);
  });

  it('the section 1 sentence says when the stated overall it quotes has changed', () => {
    const stale = specCells(spec).find(({ cell }) => cell.style === 'stale' && cell.formula);
    expect(stale?.cell.formula).toContain('IFERROR(ABS(Summary!$B$1-72.84)>0.005,TRUE)');
  });
});

describe('the document across its sheets', () => {
  const s = seedWithPlace();
  const specs = ['results', 'analysis', 'plan'].map((k) => build(k, s));
  const pages = specs.map((sp) => (sp.print.rowBreaks?.length ?? 0) + 1);
  const total = pages.reduce((a, b) => a + b, 0);

  it("is numbered on from sheet to sheet, every footer counting the document's pages in Thai", () => {
    let first = 1;
    specs.forEach((sp, k) => {
      expect(sp.print.firstPageNumber, sp.key).toBe(first);
      expect(sp.print.footer?.center).toBe(`&14หน้า &P จาก ${total}`);
      first += pages[k]!;
    });
    expect(build('cover', s).print.footer).toBeUndefined();
    expect(build('plan', s, en).print.footer?.center).toMatch(/^&14Page &P of \d+$/);
  });

  it.each(['cover', 'results', 'analysis', 'plan', 'summary', 'planner'])(
    '%s: every row is as tall as its measured text, every line fits its cell',
    (key) => {
      const sp = build(key, s);
      sp.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || typeof cell.value !== 'string' || !cell.value) return;
          const font = cellFont(cell, sp.styles, sp.baseStyle);
          const lines = cell.value.split('\n');
          expect(lines.length * lineHeight(font.size), `${key} row ${r + 1} col ${c + 1}`).toBeLessThanOrEqual(
            sp.rowHeights![r]! + 0.01,
          );
          if (cell.style === 'stale' || cell.formula) return;
          for (const l of lines)
            expect(textWidth(l, font), `${key} ${r + 1}:${c + 1} "${l}"`).toBeLessThanOrEqual(
              cellTextWidth(span(sp, r, c)) * 1.07,
            );
        }),
      );
    },
  );

  it.each([
    ['analysis', 'portrait'],
    ['plan', 'landscape'],
  ] as const)('%s: no page holds more than fits, no ประเด็น heading or table header ends a page', (key, o) => {
    const sp = build(key, s);
    const cap = pageHeight(o, o === 'portrait' ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS);
    const starts = [1, ...(sp.print.rowBreaks ?? [])];
    const repeat = sp.print.repeatRows ? sp.rowHeights![sp.print.repeatRows[0] - 1]! : 0;
    starts.forEach((st, p) => {
      const end = (starts[p + 1] ?? sp.rows.length + 1) - 1;
      let h = p > 0 ? repeat : 0;
      for (let r = st; r <= end; r++) h += sp.rowHeights![r - 1]!;
      expect(h, `${key} page ${p + 1}`).toBeLessThanOrEqual(cap);
      const last = sp.rows[end - 1]!;
      expect(
        ['theme', 'header', 'heading', 'textLabel'].includes(String(last[0]?.style)),
        `${key} page ${p + 1} ends on a heading`,
      ).toBe(false);
    });
  });

  it("the approval block has the titles of the agency's type: an อบต. and a เทศบาลตำบล", () => {
    const sign = (agency: string) =>
      specCells(build('plan', { ...s, agency }))
        .filter(({ cell }) => cell.style === 'sign')
        .map(({ cell }) => squash(String(cell.value)));
    const sao = sign('องค์การบริหารส่วนตำบลตุน');
    expect(sao[1]).toContain(squash('ปลัดองค์การบริหารส่วนตำบลตุน'));
    expect(sao[2]).toContain(squash('นายกองค์การบริหารส่วนตำบลตุน'));
    const town = sign('เทศบาลตำบลกันทรารมย์');
    expect(town[1]).toContain(squash('ปลัดเทศบาลตำบลกันทรารมย์'));
    expect(town[2]).toContain(squash('นายกเทศมนตรีตำบลกันทรารมย์'));
    expect(town.join(' ')).not.toContain('องค์การบริหารส่วนตำบล');
  });

  it('English: the same sheets, the same layout', () => {
    for (const key of ['cover', 'results', 'analysis', 'plan']) {
      const t = build(key, s);
      const e = build(key, { ...s, agency: 'Tun SAO', district: 'Kanthararom', province: 'Si Sa Ket' }, en);
      expect(e.columnWidths, key).toEqual(t.columnWidths);
      expect(e.print.orientation).toBe(t.print.orientation);
      for (const { cell } of specCells(e))
        if (typeof cell.value === 'string') expect(cell.value, key).not.toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});

describe('nothing of ours outside the document prints', () => {
  it.each(OUR_SHEETS.map((d) => d.key))('%s: the signing row lies below the print area', (key) => {
    const raw = build(key);
    const { spec, signatureCell } = signSpec(raw, 'th', '2026-12-02');
    const area = spec.print.area!;
    const last = parseA1(area.split(':')[1]!)!;
    expect(parseA1(signatureCell)!.row).toBeGreaterThan(last.row);
    // A sheet without a print area of its own gets one holding exactly its rows and columns.
    if (!raw.print.area) {
      expect(last.row + 1).toBe(raw.rows.length);
      expect(last.col + 1).toBeGreaterThanOrEqual(raw.columnWidths.length);
    }
  });
});
