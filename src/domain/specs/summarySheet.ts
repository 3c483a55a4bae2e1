/** The "ITA สรุปคะแนน" sheet: indicator, tool and overall scores as live Excel formulas over the user's cells. */
import { interpolate as fillIn } from '../messages';
import { a1 } from '../a1';
import type { Text } from '../framework';
import type { RatingScheme } from '../framework';
import type { SheetSpec, SpecCell } from './sheetSpec';
import type { IndicatorResult, Summary, ToolResult } from '../summary';
import { TOLERANCE } from '../score';
import { highlightLegend, ruleFormulas, CRITICAL_FILL, CRITICAL_COLOR, WEAK_FILL, WEAK_COLOR } from './highlight';
import {
  fromDraft,
  addRow,
  autoHeights,
  addSpanRow,
  commonStyles,
  mergeCols,
  newDraft,
  textCell,
  tr,
  txt,
  type Draft,
  type SpecOptions,
} from './layout';

const L = {
  name: { th: 'ITA สรุปคะแนน', en: 'ITA Summary' },
  title: {
    th: 'สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {year}',
    en: 'Integrity and Transparency Assessment (ITA) summary, fiscal year B.E. {year}',
  },
  noAgency: { th: '(ไม่ระบุชื่อหน่วยงาน)', en: '(agency not named)' },
  headers: [
    { th: 'แบบ', en: 'Tool' },
    { th: 'ลำดับ', en: 'No.' },
    { th: 'ตัวชี้วัด', en: 'Indicator' },
    { th: 'คะแนน', en: 'Score' },
    { th: 'คะแนนที่หน่วยงานระบุ', en: 'Score as reported' },
    { th: 'ที่มา', en: 'Source' },
    { th: 'ผลต่าง', en: 'Diff.' },
  ],
  fromItems: { th: 'จากรายข้อ', en: 'from items' },
  reported: { th: 'ตามที่ระบุ', en: 'as reported' },
  eitReported: { th: 'ตามที่ระบุ (EIT คำนวณจากรายข้อไม่ได้)', en: 'as reported (EIT cannot be computed from items)' },
  missing: { th: 'ไม่มีข้อมูล', en: 'no data' },
  estimate: {
    th: 'ค่าประมาณจากรายข้อ (การจัดข้อเข้าตัวชี้วัดของปีนี้ยังไม่ยืนยัน)',
    en: "estimate from items (this year's grouping is not verified)",
  },
  tool: { th: 'คะแนนรวม {tool} (เฉลี่ยตัวชี้วัดที่ {nos})', en: '{tool} score (mean of indicators {nos})' },
  fromIndicators: { th: 'คำนวณจากตัวชี้วัด', en: 'from indicators' },
  overall: { th: 'คะแนนภาพรวม ({weights})', en: 'Overall score ({weights})' },
  fromTools: { th: 'คำนวณจากคะแนนรายแบบ', en: 'from tool scores' },
  rating: { th: 'ผลการประเมิน', en: 'Result' },
  all: { th: 'รวม', en: 'All' },
  notesTitle: { th: 'หมายเหตุ', en: 'Notes' },
  tolerance: {
    th: 'ผลต่าง: แสดง ≠ เมื่อคะแนนที่ใช้ต่างจากคะแนนที่หน่วยงานระบุเกิน {tol} คะแนน (ป.ป.ช. คำนวณจากค่าที่ไม่ปัดเศษ จึงต่างกันได้เล็กน้อย)',
    en: 'Diff.: ≠ where the score used differs from the reported one by more than {tol} (NACC aggregates unrounded data, so small differences are normal)',
  },
  framework: {
    th: 'คำนวณตามกรอบการประเมิน ITA ปีงบประมาณ พ.ศ. {fy}: คะแนนแต่ละแบบ = ค่าเฉลี่ยของตัวชี้วัด; คะแนนภาพรวม = {weights}',
    en: 'Computed by the ITA framework of fiscal year B.E. {fy}: each tool = mean of its indicators; overall = {weights}',
  },
  notExact: {
    th: 'คำเตือน: ยังไม่มีกรอบการประเมินของปี พ.ศ. {year} จึงใช้กรอบของปี พ.ศ. {fy} แทน ผลอาจคลาดเคลื่อน',
    en: 'Warning: there is no framework for B.E. {year}; the B.E. {fy} framework was used instead, so results may be off',
  },
  inferred: {
    th: '[อนุมาน] ตัวชี้วัด EIT ({nos}) ใช้คะแนนตามที่ระบุ เพราะคะแนนรายข้อ e รวมกันไม่เท่าคะแนนที่ ป.ป.ช. ประกาศ; การจัดข้อ e เข้าตัวชี้วัดเป็นการอนุมาน',
    en: "[inferred] EIT indicators ({nos}) use the reported scores, since e-item scores do not add up to NACC's; the grouping of e-items into indicators is inferred",
  },
  ratingNote: {
    th: '[อนุมาน] ระดับผลการประเมินบางระดับมาจากแหล่งข้อมูลรอง: {labels}',
    en: '[inferred] some rating levels come from secondary sources: {labels}',
  },
  formulas: {
    th: 'คะแนนในตารางนี้เป็นสูตรที่อ้างอิงเซลล์ในตารางของท่าน: แก้คะแนนที่ต้นทางแล้วสรุปนี้จะคำนวณใหม่เอง',
    en: 'Scores here are formulas over the cells of your own tables: edit a score there and this summary follows',
  },
} as const;

const COLS = { tool: 0, no: 1, name: 2, score: 3, reported: 4, source: 5, flag: 6 } as const;
const LAST_COL = 6;
const WIDTHS = [9, 8, 46, 12, 16, 26, 9];

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** "0.3*D16+0.3*D17+0.4*D18" from the framework weights. */
function weightsText(tools: readonly ToolResult[]): string {
  return tools.map((t) => `${t.tool}×${t.weight.toFixed(2)}`).join(' + ');
}

function flagCell(row: number, score: number | null, reported: number | null): SpecCell | null {
  if (reported === null) return null;
  const d = a1(row, COLS.score);
  const e = a1(row, COLS.reported);
  const cached = score !== null && Math.abs(score - reported) > TOLERANCE + 1e-9 ? '≠' : '';
  return {
    formula: `IF(AND(ISNUMBER(${d}),ISNUMBER(${e})),IF(ABS(${d}-${e})>${TOLERANCE},"≠",""),"")`,
    value: cached,
    style: 'flag',
  };
}

function sourceText(ind: IndicatorResult, summary: Summary): Text {
  if (ind.source === 'items') return L.fromItems;
  if (ind.source === 'missing') return L.missing;
  if (ind.source === 'estimate') return L.estimate;
  const agg = summary.framework.indicators.find((i) => i.no === ind.no)?.aggregate;
  return agg === 'reported' ? L.eitReported : L.reported;
}

function indicatorRow(d: Draft, ind: IndicatorResult, summary: Summary, opts: SpecOptions): number {
  const r = d.rows.length;
  const score: SpecCell =
    ind.formula && ind.score !== null
      ? { formula: ind.formula, value: ind.score, style: 'score' }
      : { value: ind.score, style: 'score' };
  addRow(d, [
    textCell(ind.tool, opts, 'center'),
    { value: ind.no, style: 'no' },
    textCell(tr(ind.name, opts.lang), opts),
    score,
    { value: ind.reported, style: 'score' },
    textCell(tr(sourceText(ind, summary), opts.lang), opts),
    flagCell(r, ind.score, ind.reported),
  ]);
  return r;
}

/** IF(COUNT(range)=n, AVERAGE(range), ""): a tool score only when all its indicators have one. */
function toolRow(d: Draft, tool: ToolResult, indRows: readonly number[], opts: SpecOptions): number {
  const r = d.rows.length;
  const refs = indRows.map((x) => a1(x, COLS.score)).join(',');
  const formula = `IF(COUNT(${refs})=${indRows.length},AVERAGE(${refs}),"")`;
  const label = fillIn(tr(L.tool, opts.lang), { tool: tool.tool, nos: tool.indicators.join(', ') });
  addRow(d, [
    textCell(tool.tool, opts, 'centerBold'),
    null,
    textCell(label, opts, 'label'),
    { formula, value: tool.score ?? '', style: 'scoreBold' },
    { value: tool.reported, style: 'score' },
    textCell(tr(L.fromIndicators, opts.lang), opts),
    flagCell(r, tool.score, tool.reported),
  ]);
  return r;
}

function overallRow(d: Draft, summary: Summary, toolRows: readonly number[], opts: SpecOptions): number {
  const r = d.rows.length;
  const cells = toolRows.map((x) => a1(x, COLS.score));
  const sum = summary.tools.map((t, k) => `${t.weight}*${cells[k]}`).join('+');
  const formula = `IF(COUNT(${cells.join(',')})=${cells.length},${sum},"")`;
  const label = fillIn(tr(L.overall, opts.lang), { weights: weightsText(summary.tools) });
  addRow(d, [
    textCell(tr(L.all, opts.lang), opts, 'centerBold'),
    null,
    textCell(label, opts, 'label'),
    { formula, value: summary.overall.score ?? '', style: 'scoreBold' },
    { value: summary.overall.reported, style: 'score' },
    textCell(tr(L.fromTools, opts.lang), opts),
    flagCell(r, summary.overall.score, summary.overall.reported),
  ]);
  return r;
}

/** Nested IF over the scheme's levels (highest first), with the per-tool minimum as MIN over the tool cells. */
export function ratingFormula(
  scheme: RatingScheme,
  overallCell: string,
  toolCells: readonly string[],
  lang: 'th' | 'en',
): string {
  const levels = scheme.levels;
  const minTools = `MIN(${toolCells.join(',')})`;
  let expr = quote(levels[levels.length - 1]!.label[lang]);
  for (let i = levels.length - 2; i >= 0; i--) {
    const lv = levels[i]!;
    const cond =
      lv.eachToolMin === undefined
        ? `${overallCell}>=${lv.min}`
        : `AND(${overallCell}>=${lv.min},${minTools}>=${lv.eachToolMin})`;
    expr = `IF(${cond},${quote(lv.label[lang])},${expr})`;
  }
  return `IF(ISNUMBER(${overallCell}),${expr},"")`;
}

function ratingRow(
  d: Draft,
  summary: Summary,
  overallRowIdx: number,
  toolRows: readonly number[],
  opts: SpecOptions,
): void {
  const formula = ratingFormula(
    summary.scheme,
    a1(overallRowIdx, COLS.score),
    toolRows.map((x) => a1(x, COLS.score)),
    opts.lang,
  );
  const label = summary.overall.rating ? tr(summary.overall.rating.label, opts.lang) : '';
  const r = addRow(d, [
    null,
    null,
    textCell(tr(L.rating, opts.lang), opts, 'label'),
    { formula, value: label, style: 'rating' },
    null,
    null,
    null,
  ]);
  mergeCols(d, r, COLS.score, LAST_COL);
}

function notes(d: Draft, summary: Summary, opts: SpecOptions): void {
  const lang = opts.lang;
  const eit = summary.framework.indicators.filter((i) => i.aggregate === 'reported').map((i) => i.no);
  const guessed = summary.scheme.levels.filter((l) => l.confidence).map((l) => tr(l.label, lang));
  const lines = [
    tr(L.formulas, lang),
    fillIn(tr(L.tolerance, lang), { tol: TOLERANCE }),
    fillIn(tr(L.framework, lang), { fy: summary.framework.year, weights: weightsText(summary.tools) }),
    ...(eit.length ? [fillIn(tr(L.inferred, lang), { nos: eit.join(', ') })] : []),
    ...(guessed.length ? [fillIn(tr(L.ratingNote, lang), { labels: guessed.join(', ') })] : []),
    highlightLegend(summary.settings.thresholds, lang),
  ];
  addSpanRow(d, textCell(tr(L.notesTitle, lang), opts, 'noteTitle'), LAST_COL);
  for (const line of lines) {
    addSpanRow(d, { value: txt(line, opts), style: 'note' }, LAST_COL);
  }
}

/** Score colours on our own indicator cells (same thresholds as the user's item cells). */
function indicatorColours(firstRow: number, lastRow: number, summary: Summary): SheetSpec['conditionalFormats'] {
  const top = a1(firstRow, COLS.score);
  const range = `${top}:${a1(lastRow, COLS.score)}`;
  const f = ruleFormulas('survey', top, summary.settings.thresholds);
  return [
    { range, formula: f.critical, fill: CRITICAL_FILL, color: CRITICAL_COLOR, bold: true, priority: 1 },
    { range, formula: f.weak, fill: WEAK_FILL, color: WEAK_COLOR, priority: 2 },
  ];
}

/** The summary sheet spec: title, indicator table, tool and overall formulas, rating formula, notes. */
export function buildSummarySheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const d = newDraft();
  const lang = opts.lang;
  const title = fillIn(tr(L.title, lang), { year: summary.year });
  addSpanRow(d, { value: txt(title, opts), style: 'title' }, LAST_COL);
  addSpanRow(d, textCell(summary.agency ?? tr(L.noAgency, lang), opts, 'subtitle'), LAST_COL);
  if (!summary.frameworkExact) {
    const w = fillIn(tr(L.notExact, lang), { year: summary.year, fy: summary.framework.year });
    addSpanRow(d, { value: txt(w, opts), style: 'warning' }, LAST_COL);
  }
  addRow(d, []);
  const headerRow = addRow(
    d,
    L.headers.map((h) => textCell(tr(h, lang), opts, 'header')),
  );
  const indicators = [...summary.indicators].sort(
    (x, y) =>
      summary.tools.findIndex((t) => t.tool === x.tool) - summary.tools.findIndex((t) => t.tool === y.tool) ||
      x.no - y.no,
  );
  const rowOf = new Map<number, number>();
  for (const ind of indicators) rowOf.set(ind.no, indicatorRow(d, ind, summary, opts));
  const toolRows = summary.tools.map((t) =>
    toolRow(
      d,
      t,
      t.indicators.map((no) => rowOf.get(no)).filter((x): x is number => x !== undefined),
      opts,
    ),
  );
  const overall = overallRow(d, summary, toolRows, opts);
  ratingRow(d, summary, overall, toolRows, opts);
  addRow(d, []);
  notes(d, summary, opts);
  const styles = {
    ...commonStyles(opts),
    no: { border: 'thin', hAlign: 'center', numFmt: opts.thaiDigits ? '[$-D00041E]0' : '0' },
    centerBold: { border: 'thin', hAlign: 'center', bold: true, numFmt: '@' },
    rating: { border: 'thin', bold: true, hAlign: 'center', fill: '#F2F2F2' },
    noteTitle: { bold: true },
  } as const;
  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  return {
    key: 'summary',
    name: txt(tr(L.name, lang), opts),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: indicators.length
      ? indicatorColours(headerRow + 1, headerRow + indicators.length, summary)
      : [],
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: [headerRow + 1, headerRow + 1],
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    freeze: { rows: headerRow + 1, cols: 0 },
  };
}
