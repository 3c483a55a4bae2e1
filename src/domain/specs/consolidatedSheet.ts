/**
 * The "ITA หลายหน่วยงาน" sheet: many agencies' results at once, for district and province offices and reviewers.
 * Counts by rating level and means per tool and indicator are live formulas (COUNTIF / AVERAGE over the agency rows),
 * with native charts over them; each agency row links to its file (batch) or its row of the list (in the workbook),
 * carries its rank (RANK), its rating (the year's scheme with the per-tool rule, as a formula where its tools are
 * known), its distance to the pass line and what blocks it. A4 landscape, the agency header repeated on every page.
 */
import { a1, colName } from '../a1';
import type { AgencyType } from '../agency/type';
import { agenciesOfScan } from '../batch/agencies';
import { consolidate, type Consolidation, type RankedAgency } from '../batch/consolidate';
import type { Text } from '../framework';
import { interpolate as fillIn } from '../messages';
import type { Thresholds } from '../settings';
import type { Summary } from '../summary';
import type { Tool } from '../types';
import { TOOLS } from '../types';
import { CRITICAL_COLOR, CRITICAL_FILL, ruleFormulas, WEAK_COLOR, WEAK_FILL } from './highlight';
import {
  addRow,
  addSpanRow,
  autoHeights,
  commonStyles,
  estimateLines,
  fromDraft,
  mergeCols,
  newDraft,
  scoreStr,
  textCell,
  tr,
  txt,
  type Draft,
  type SpecOptions,
} from './layout';
import type { ChartSpec, ConditionalRule, SheetSpec, SpecCell } from './sheetSpec';
import { ratingFormula } from './summarySheet';

const L = {
  name: { th: 'ITA หลายหน่วยงาน', en: 'ITA Agencies' },
  title: {
    th: 'สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) รายหน่วยงาน ปีงบประมาณ พ.ศ. {years}',
    en: 'Integrity and Transparency Assessment (ITA) results by agency, fiscal year B.E. {years}',
  },
  subtitle: {
    th: '{count} หน่วยงาน · ผ่านเกณฑ์ {passed} หน่วยงาน ({share}) · คะแนนรวมเฉลี่ย {mean}',
    en: '{count} agencies · {passed} passed ({share}) · mean overall score {mean}',
  },
  secLevels: { th: 'ก. จำนวนหน่วยงานตามผลการประเมิน', en: 'A. Agencies by rating' },
  secMeans: { th: 'ข. คะแนนเฉลี่ยรายเครื่องมือและรายตัวชี้วัด', en: 'B. Mean scores by tool and indicator' },
  secWeak: {
    th: 'ค. ข้อที่ต้องปรับปรุงในหลายหน่วยงานที่สุด (จาก {n} หน่วยงานที่มีคะแนนรายข้อ)',
    en: 'C. Items most often weak (of the {n} agencies with item scores)',
  },
  noItems: {
    th: 'ไม่มีคะแนนรายข้อ: รายชื่อผลการประเมินมีเฉพาะคะแนนรายเครื่องมือ ตัวชี้วัด หรือคะแนนรวม',
    en: 'No item scores: result lists hold tool, indicator or total scores only',
  },
  secAgencies: { th: 'ง. รายหน่วยงาน (เรียงตามคะแนนรวม)', en: 'D. Agencies (by overall score)' },
  level: { th: 'ผลการประเมิน', en: 'Rating' },
  count: { th: 'จำนวน', en: 'Count' },
  share: { th: 'ร้อยละ', en: 'Share' },
  total: { th: 'รวม', en: 'Total' },
  unrated: { th: 'ไม่มีคะแนน', en: 'No score' },
  item: { th: 'รายการ', en: 'Item' },
  mean: { th: 'คะแนนเฉลี่ย', en: 'Mean' },
  agencies: { th: 'จำนวนหน่วยงาน', en: 'N' },
  below: { th: 'ต่ำกว่า {line}', en: 'Below {line}' },
  overallRow: { th: 'คะแนนรวม (ภาพรวม)', en: 'Overall score' },
  toolRow: { th: 'คะแนน {tool}', en: '{tool} score' },
  indicatorRow: { th: 'ตัวชี้วัดที่ {no} {name}', en: 'Indicator {no}: {name}' },
  code: { th: 'ข้อ', en: 'Item' },
  weakAgencies: { th: 'จำนวนหน่วยงาน', en: 'Agencies' },
  critical: { th: 'วิกฤต', en: 'Critical' },
  chartLevels: { th: 'จำนวนหน่วยงานตามผลการประเมิน', en: 'Agencies by rating' },
  chartIndicators: { th: 'คะแนนเฉลี่ยรายตัวชี้วัด', en: 'Mean score by indicator' },
  indicatorShort: { th: 'ตัวชี้วัดที่ {no}', en: 'Indicator {no}' },
  headers: {
    rank: { th: 'อันดับ', en: 'Rank' },
    name: { th: 'หน่วยงาน', en: 'Agency' },
    type: { th: 'ประเภท', en: 'Type' },
    year: { th: 'ปี', en: 'FY' },
    overall: { th: 'คะแนนรวม', en: 'Overall' },
    rating: { th: 'ผลการประเมิน', en: 'Rating' },
    toPass: { th: 'ห่างจากเกณฑ์ผ่าน', en: 'Short of pass' },
    blockers: { th: 'สิ่งที่ติด', en: 'What blocks it' },
    weakCount: { th: 'ข้อที่ต้องปรับปรุง', en: 'Weak items' },
    weakItems: { th: 'ข้อที่ต้องปรับปรุง (แย่ที่สุดก่อน)', en: 'Weak items (worst first)' },
    source: { th: 'ที่มา', en: 'Source' },
    indicator: { th: 'ตัวชี้วัดที่ {no}', en: 'Ind. {no}' },
  },
  noName: { th: '(ไม่ระบุชื่อ)', en: '(no name)' },
  noScore: { th: 'ไม่มีคะแนน', en: 'no score' },
  short: { th: 'ขาด {gap} คะแนน', en: '{gap} short' },
  lowTools: { th: '{tools} ต่ำกว่า {line}', en: '{tools} below {line}' },
  blocked: { th: 'ไม่ถึง{level}: {tools} ต่ำกว่า {min}', en: 'not {level}: {tools} below {min}' },
  unknownItems: { th: 'ไม่ทราบ', en: 'n/a' },
  notesTitle: { th: 'หมายเหตุ', en: 'Notes' },
  noteFormulas: {
    th: 'จำนวนตามผลการประเมิน คะแนนเฉลี่ย อันดับ ผลการประเมิน และระยะห่างจากเกณฑ์ เป็นสูตรที่คำนวณจากแถวของแต่ละหน่วยงานในตารางด้านล่าง: แก้คะแนนแล้วสรุปจะคำนวณใหม่เอง',
    en: 'Counts by rating, means, ranks, ratings and distances are formulas over the agency rows below: edit a score and the summary follows',
  },
  noteWeights: {
    th: 'คะแนนรวม = {weights} ตามกรอบการประเมินปี {fy}; ผลการประเมินตามเกณฑ์ของปีที่ประเมิน (ปี 2562–2565 ระดับ AA–F; ตั้งแต่ปี 2566 ระดับผ่าน โดยผ่านดีและผ่านดีเยี่ยมต้องได้ทุกเครื่องมือถึงเกณฑ์ของระดับนั้น)',
    en: 'Overall = {weights} (framework of FY{fy}); ratings by the scheme of the assessment year (FY2562–2565 grades AA–F; from FY2566 pass levels, where "good" and "excellent" need every tool at that level\'s minimum)',
  },
  noteStated: {
    th: 'เมื่อไม่มีคะแนนรายเครื่องมือ ใช้คะแนนรวมและผลการประเมินตามที่ระบุในรายชื่อ',
    en: 'Without tool scores, the total and the rating stated in the list are used',
  },
  noteInferred: {
    th: '[อนุมาน] ระดับผลการประเมินบางระดับมาจากแหล่งข้อมูลรอง: {labels}',
    en: '[inferred] some rating levels come from secondary sources: {labels}',
  },
  noteFramework: {
    th: '[อนุมาน] ยังไม่มีกรอบการประเมินของปี {years}: ใช้น้ำหนักของกรอบปี {fy}',
    en: '[inferred] no framework for FY{years}: the weights of FY{fy} were used',
  },
} as const;

const TYPE_SHORT: Record<AgencyType, Text> = {
  sao: { th: 'อบต.', en: 'SAO' },
  'subdistrict-municipality': { th: 'ทต.', en: 'Subd. M.' },
  'town-municipality': { th: 'ทม.', en: 'Town M.' },
  'city-municipality': { th: 'ทน.', en: 'City M.' },
  pao: { th: 'อบจ.', en: 'PAO' },
  bangkok: { th: 'กทม.', en: 'BMA' },
  pattaya: { th: 'เมืองพัทยา', en: 'Pattaya' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** Agency table columns (0-based). The printed page holds A–L; indicators, weak items and sources follow outside it. */
const C = {
  rank: 0,
  name: 1,
  type: 2,
  year: 3,
  IIT: 4,
  EIT: 5,
  OIT: 6,
  overall: 7,
  rating: 8,
  toPass: 9,
  blockers: 10,
  weakCount: 11,
  ind1: 12,
} as const;
const IND_COLS = 10;
const WEAK_COL = C.ind1 + IND_COLS;
const SOURCE_COL = WEAK_COL + 1;
const LAST_PRINTED = C.weakCount;
const WIDTHS = [7, 38, 10, 7, 8, 8, 8, 9, 22, 11, 26, 10, ...Array<number>(IND_COLS).fill(8), 40, 44];
const CHART_COL = C.OIT - 1; // charts start at column F, right of the overview tables (A–E)
const CHART_ROWS = 12;
const MAX_WEAK = 20;

export type ConsolidatedOptions = SpecOptions & {
  readonly thresholds: Thresholds;
  /** The hyperlink of an agency's name: its file (batch) or its row of the list (inside the workbook). */
  readonly link?: (a: RankedAgency) => SpecCell['link'] | undefined;
  /** What the source column says for an agency (its file, sheet and row). */
  readonly source?: (a: RankedAgency) => string;
};

const pct = (n: number, d: number): string => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');

function toolCol(t: Tool): number {
  return C[t];
}

function weightsText(c: Consolidation): { text: string; fy: number } {
  const a = c.agencies[0];
  const fy = a?.frameworkYear ?? 2567;
  const text = a
    ? a.tools.map((t) => `${t.tool}×${t.weight.toFixed(2)}`).join(' + ')
    : 'IIT×0.30 + EIT×0.30 + OIT×0.40';
  return { text, fy };
}

function blockersText(a: RankedAgency, opts: SpecOptions): string {
  const lang = opts.lang;
  const b = a.blockers;
  if (b.short === null) return tr(L.noScore, lang);
  const parts: string[] = [];
  if (b.short > 0) {
    parts.push(fillIn(tr(L.short, lang), { gap: scoreStr(b.short, opts) }));
    if (b.lowTools.length)
      parts.push(
        fillIn(tr(L.lowTools, lang), {
          line: a.passLine,
          tools: b.lowTools.map((t) => `${t.tool} ${scoreStr(t.score, opts)}`).join(', '),
        }),
      );
  }
  // The nearest blocked level first: that is the one within reach.
  for (const bl of [...b.blockedBy].reverse()) {
    const tools = bl.tools.map((t) => `${t.tool} ${t.score === null ? '—' : scoreStr(t.score, opts)}`).join(', ');
    parts.push(fillIn(tr(L.blocked, lang), { level: tr(bl.level, lang), tools, min: bl.min }));
  }
  return parts.join('; ');
}

type Rows = { readonly first: number; readonly last: number };

/** The agency rows (data), with live rank, overall, rating and distance where their inputs are cells of the row. */
function agencyRows(d: Draft, c: Consolidation, opts: ConsolidatedOptions): Rows {
  const lang = opts.lang;
  const first = d.rows.length;
  const last = first + c.agencies.length - 1;
  const col = (k: number, r: number): string => a1(r, k);
  const abs = (k: number): string => `$${colName(k)}$${first + 1}:$${colName(k)}$${last + 1}`;
  c.agencies.forEach((a, i) => {
    const r = first + i;
    const cells: (SpecCell | null)[] = Array<SpecCell | null>(SOURCE_COL + 1).fill(null);
    const overallCell = col(C.overall, r);
    const score = a.overall.score;
    cells[C.rank] =
      score === null
        ? { value: '', style: 'center' }
        : {
            formula: `IF(ISNUMBER(${overallCell}),RANK(${overallCell},${abs(C.overall)}),"")`,
            value: a.rank,
            style: 'rank',
          };
    const link = opts.link?.(a);
    cells[C.name] = {
      ...textCell(a.agency ?? tr(L.noName, lang), opts, link ? 'link' : 'text'),
      ...(link ? { link } : {}),
    };
    cells[C.type] = textCell(tr(TYPE_SHORT[a.type], lang), opts, 'center');
    cells[C.year] = { value: a.year, style: 'year' };
    // Indicators first: a tool known only from its indicators is their AVERAGE on this row.
    a.indicators.forEach((ind) => {
      if (ind.no < 1 || ind.no > IND_COLS || ind.score === null) return;
      cells[C.ind1 + ind.no - 1] = ind.ref
        ? { formula: ind.ref, value: ind.score, style: 'score' }
        : { value: ind.score, style: 'score' };
    });
    for (const t of a.tools) {
      if (t.score === null) continue;
      const own = a.indicators.filter((x) => x.tool === t.tool && x.no >= 1 && x.no <= IND_COLS);
      const fromInds = !t.ref && own.length > 0 && own.every((x) => x.score !== null) && a.overall.computed !== null;
      const k = toolCol(t.tool);
      cells[k] = t.ref
        ? { formula: t.ref, value: t.score, style: 'score' }
        : fromInds
          ? {
              formula: `AVERAGE(${own.map((x) => col(C.ind1 + x.no - 1, r)).join(',')})`,
              value: t.score,
              style: 'score',
            }
          : { value: t.score, style: 'score' };
    }
    const toolCells = TOOLS.map((t) => col(toolCol(t), r));
    const live = a.overall.computed !== null;
    if (live) {
      const sum = a.tools.map((t) => `${t.weight}*${col(toolCol(t.tool), r)}`).join('+');
      cells[C.overall] = {
        formula: `IF(COUNT(${toolCells[0]}:${toolCells[2]})=3,${sum},"")`,
        value: a.overall.computed,
        style: 'scoreBold',
      };
    } else if (score !== null) {
      cells[C.overall] = a.overall.reportedRef
        ? { formula: a.overall.reportedRef, value: score, style: 'scoreBold' }
        : { value: score, style: 'scoreBold' };
    }
    const label = a.overall.rating ? tr(a.overall.rating.label, lang) : '';
    const scheme = schemeOf(c, a);
    cells[C.rating] =
      live && scheme
        ? {
            formula: ratingFormula(scheme, overallCell, toolCells, lang),
            value: label,
            style: a.overall.rating?.pass ? 'pass' : 'fail',
          }
        : textCell(label, opts, a.overall.rating?.pass ? 'pass' : 'fail');
    cells[C.toPass] =
      score === null
        ? null
        : {
            formula: `IF(ISNUMBER(${overallCell}),MAX(0,${a.passLine}-${overallCell}),"")`,
            value: Math.max(0, a.passLine - score),
            style: 'score',
          };
    cells[C.blockers] = textCell(blockersText(a, opts), opts, 'small');
    cells[C.weakCount] = a.weakItems
      ? { value: a.weakItems.length, style: 'count' }
      : textCell(tr(L.unknownItems, lang), opts, 'center');
    if (a.weakItems?.length) cells[WEAK_COL] = textCell(a.weakItems.map((w) => w.code).join(', '), opts, 'small');
    const source = opts.source?.(a) ?? (a.sheet ? `${a.sheet}!${a.at?.cell ?? `A${a.row}`}` : (a.file ?? ''));
    if (source) cells[SOURCE_COL] = textCell(source, opts, 'small');
    addRow(d, cells);
    // Row height from the wrapped texts (names and blockers); computed here, not by autoHeights, to stay linear in the rows.
    const lines = Math.max(
      1,
      estimateLines(String(cells[C.name]?.value ?? ''), WIDTHS[C.name]!),
      estimateLines(String(cells[C.blockers]?.value ?? ''), WIDTHS[C.blockers]! * (16 / 14)),
      estimateLines(String(cells[C.rating]?.value ?? ''), WIDTHS[C.rating]!),
    );
    d.rowHeights[r] = lines > 1 ? lines * 26 : 24;
  });
  return { first, last };
}

function schemeOf(c: Consolidation, a: RankedAgency) {
  const id = a.overall.rating?.scheme;
  return c.byRating.find((s) => s.scheme.id === id)?.scheme ?? null;
}

type Overview = {
  readonly levelRows: Rows | null;
  readonly indRows: Rows | null;
  readonly levelsTop: number;
  readonly meansTop: number;
  readonly meansBlock: number;
  readonly weakTop: number;
};

/** Title, counts by rating, means, weak items: formulas over the agency rows `first`..`last` (0-based) of the same sheet. */
function overview(d: Draft, c: Consolidation, opts: ConsolidatedOptions, first: number, last: number): Overview {
  const lang = opts.lang;
  const years = c.years.length
    ? c.years.length > 3
      ? `${c.years[0]}–${c.years[c.years.length - 1]}`
      : c.years.join(', ')
    : '—';
  addSpanRow(d, { value: txt(fillIn(tr(L.title, lang), { years }), opts), style: 'title' }, LAST_PRINTED);
  const mean = c.means.overall.mean;
  addSpanRow(
    d,
    textCell(
      fillIn(tr(L.subtitle, lang), {
        count: c.count,
        passed: c.passed,
        share: pct(c.passed, c.count),
        mean: mean === null ? '—' : scoreStr(mean, opts),
      }),
      opts,
      'subtitle',
    ),
    LAST_PRINTED,
  );
  addRow(d, []);
  const range = (k: number): string => `$${colName(k)}$${first + 1}:$${colName(k)}$${last + 1}`;

  // ก. counts by rating level: COUNTIF over the rating column, a share of the COUNTA of names
  const levelsTop = addSpanRow(d, textCell(tr(L.secLevels, lang), opts, 'section'), CHART_COL - 1);
  const h1 = addRow(d, [
    textCell(tr(L.level, lang), opts, 'header'),
    null,
    textCell(tr(L.count, lang), opts, 'header'),
    textCell(tr(L.share, lang), opts, 'header'),
  ]);
  mergeCols(d, h1, 0, 1);
  const levels = c.byRating.flatMap((s) => s.levels);
  const l0 = d.rows.length;
  const totalRow = l0 + levels.length + (c.unrated ? 1 : 0);
  const totalCell = `$C$${totalRow + 1}`;
  const countRow = (label: string, style: string, formula: string, count: number): void => {
    const r = d.rows.length;
    addRow(d, [
      textCell(label, opts, style),
      null,
      { formula, value: count, style: 'count' },
      { formula: `IF(${totalCell}>0,C${r + 1}/${totalCell},"")`, value: c.count ? count / c.count : '', style: 'pct' },
    ]);
    mergeCols(d, r, 0, 1);
  };
  for (const lv of levels) {
    const label = tr(lv.level.label, lang);
    countRow(label, lv.level.pass ? 'passLabel' : 'failLabel', `COUNTIF(${range(C.rating)},${quote(label)})`, lv.count);
  }
  if (c.unrated) countRow(tr(L.unrated, lang), 'text', `${totalCell}-SUM(C${l0 + 1}:C${totalRow})`, c.unrated);
  const tr0 = addRow(d, [
    textCell(tr(L.total, lang), opts, 'label'),
    null,
    { formula: `COUNTA(${range(C.name)})`, value: c.count, style: 'countBold' },
    null,
  ]);
  mergeCols(d, tr0, 0, 1);
  while (d.rows.length < levelsTop + CHART_ROWS + 1) addRow(d, []);
  addRow(d, []);

  // ข. means: AVERAGE, COUNT and COUNTIF(<line) over each score column
  const meansTop = addSpanRow(d, textCell(tr(L.secMeans, lang), opts, 'section'), CHART_COL - 1);
  const h2 = addRow(d, [
    textCell(tr(L.item, lang), opts, 'header'),
    null,
    textCell(tr(L.mean, lang), opts, 'header'),
    textCell(tr(L.agencies, lang), opts, 'header'),
    textCell(fillIn(tr(L.below, lang), { line: c.line }), opts, 'header'),
  ]);
  mergeCols(d, h2, 0, 1);
  const meanRow = (
    label: string,
    k: number,
    m: { mean: number | null; n: number; below: number },
    style: string,
  ): void => {
    const r = addRow(d, [
      textCell(label, opts, style),
      null,
      {
        formula: `IFERROR(AVERAGE(${range(k)}),"")`,
        value: m.mean ?? '',
        style: style === 'label' ? 'scoreBold' : 'score',
      },
      { formula: `COUNT(${range(k)})`, value: m.n, style: 'count' },
      { formula: `COUNTIF(${range(k)},"<${c.line}")`, value: m.below, style: 'count' },
    ]);
    mergeCols(d, r, 0, 1);
  };
  meanRow(tr(L.overallRow, lang), C.overall, c.means.overall, 'label');
  for (const t of TOOLS) meanRow(fillIn(tr(L.toolRow, lang), { tool: t }), toolCol(t), c.means.tools[t], 'text');
  const i0 = d.rows.length;
  for (const ind of c.means.indicators) {
    if (ind.no < 1 || ind.no > IND_COLS) continue;
    meanRow(
      fillIn(tr(L.indicatorRow, lang), { no: ind.no, name: tr(ind.name, lang) }),
      C.ind1 + ind.no - 1,
      ind,
      'text',
    );
  }
  const i1 = d.rows.length - 1;
  const meansBlock = Math.max(d.rows.length - meansTop, CHART_ROWS + 4);
  while (d.rows.length < meansTop + meansBlock) addRow(d, []);
  addRow(d, []);

  // ค. the items most often weak (values: each agency's items are in its own file)
  const weakTop = addSpanRow(
    d,
    textCell(fillIn(tr(L.secWeak, lang), { n: c.withItems }), opts, 'section'),
    LAST_PRINTED,
  );
  if (c.withItems) {
    const h = addRow(d, [
      textCell(tr(L.code, lang), opts, 'header'),
      textCell(tr(L.item, lang), opts, 'header'),
      ...Array<null>(6).fill(null),
      textCell(tr(L.weakAgencies, lang), opts, 'header'),
      textCell(tr(L.share, lang), opts, 'header'),
      textCell(tr(L.critical, lang), opts, 'header'),
    ]);
    mergeCols(d, h, 1, 7);
    for (const w of c.weakItems.slice(0, MAX_WEAK)) {
      const r = addRow(d, [
        textCell(w.code, opts, 'center'),
        textCell(w.name ? tr(w.name, lang) : w.code, opts),
        ...Array<null>(6).fill(null),
        { value: w.agencies, style: 'count' },
        { value: w.share, style: 'pct' },
        { value: w.critical, style: 'count' },
      ]);
      mergeCols(d, r, 1, 7);
    }
  } else {
    addSpanRow(d, textCell(tr(L.noItems, lang), opts, 'note'), LAST_PRINTED);
  }
  addRow(d, []);
  return {
    levelRows: levels.length ? { first: l0, last: l0 + levels.length - 1 } : null,
    indRows: i1 >= i0 ? { first: i0, last: i1 } : null,
    levelsTop,
    meansTop,
    meansBlock,
    weakTop,
  };
}

/** The agency table's header row. */
function agencyHeader(opts: SpecOptions): (SpecCell | null)[] {
  const lang = opts.lang;
  const H = L.headers;
  const header: (SpecCell | null)[] = Array<SpecCell | null>(SOURCE_COL + 1).fill(null);
  const put = (k: number, t: Text | string): void => {
    header[k] = textCell(typeof t === 'string' ? t : tr(t, lang), opts, 'header');
  };
  put(C.rank, H.rank);
  put(C.name, H.name);
  put(C.type, H.type);
  put(C.year, H.year);
  for (const t of TOOLS) put(toolCol(t), t);
  put(C.overall, H.overall);
  put(C.rating, H.rating);
  put(C.toPass, H.toPass);
  put(C.blockers, H.blockers);
  put(C.weakCount, H.weakCount);
  for (let k = 0; k < IND_COLS; k++) put(C.ind1 + k, fillIn(tr(H.indicator, lang), { no: k + 1 }));
  put(WEAK_COL, H.weakItems);
  put(SOURCE_COL, H.source);
  return header;
}

/** The consolidated sheet from a consolidation (the batch, or the lists of one workbook). */
export function buildConsolidated(c: Consolidation, opts: ConsolidatedOptions): SheetSpec {
  const lang = opts.lang;
  const styles = stylesFor(opts);
  // The overview's formulas reference the agency rows below it: lay it out once to learn where they start.
  const probe = newDraft();
  overview(probe, c, opts, 0, 0);
  const first = probe.rows.length + 2;
  const last = first + Math.max(1, c.agencies.length) - 1;
  const d = newDraft();
  const ov = overview(d, c, opts, first, last);
  autoHeights(d, WIDTHS, styles);
  const heading = addSpanRow(d, textCell(tr(L.secAgencies, lang), opts, 'section'), LAST_PRINTED);
  d.rowHeights[heading] = 30;
  const header = agencyHeader(opts);
  const headerRow = addRow(d, header);
  d.rowHeights[headerRow] =
    24 *
    Math.max(
      2,
      ...header.map((h, k) => (h && k <= LAST_PRINTED ? estimateLines(String(h.value ?? ''), WIDTHS[k]!) : 1)),
    );
  const rows = agencyRows(d, c, opts);
  addRow(d, []);
  notes(d, c, opts);
  const lastPrinted = d.rows.length;

  const charts: ChartSpec[] = [];
  if (ov.levelRows) {
    charts.push({
      kind: 'column',
      title: tr(L.chartLevels, lang),
      categories: `A${ov.levelRows.first + 1}:A${ov.levelRows.last + 1}`,
      series: [
        { name: tr(L.count, lang), values: `C${ov.levelRows.first + 1}:C${ov.levelRows.last + 1}`, color: '#2F5597' },
      ],
      from: a1(ov.levelsTop, CHART_COL),
      to: a1(ov.levelsTop + CHART_ROWS, LAST_PRINTED + 1),
      valueAxis: { min: 0, title: tr(L.count, lang), numFmt: '0' },
      dataLabels: true,
      legend: 'none',
    });
  }
  if (ov.indRows) {
    charts.push({
      kind: 'bar',
      title: tr(L.chartIndicators, lang),
      categories: `A${ov.indRows.first + 1}:A${ov.indRows.last + 1}`,
      series: [
        { name: tr(L.mean, lang), values: `C${ov.indRows.first + 1}:C${ov.indRows.last + 1}`, color: '#548235' },
      ],
      from: a1(ov.meansTop, CHART_COL),
      to: a1(ov.meansTop + ov.meansBlock, LAST_PRINTED + 1),
      valueAxis: { min: 0, max: 100, title: tr(L.mean, lang), numFmt: '0' },
      dataLabels: true,
      legend: 'none',
    });
  }
  return {
    key: 'consolidated',
    name: txt(tr(L.name, lang), opts),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: c.agencies.length ? scoreColours(rows, opts.thresholds) : [],
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: [headerRow + 1, headerRow + 1],
      area: `A1:${colName(LAST_PRINTED)}${lastPrinted}`,
      // Each part on a page of its own at 16 pt (counts and their chart, means and theirs, weak items, the agencies).
      rowBreaks: [ov.meansTop + 1, ...(c.withItems ? [ov.weakTop + 1] : []), heading + 1],
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: { center: lang === 'th' ? 'หน้า &P จาก &N' : 'Page &P of &N' },
      centerHorizontally: true,
    },
    charts,
    tabColor: '#2F5597',
  };
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function notes(d: Draft, c: Consolidation, opts: SpecOptions): void {
  const lang = opts.lang;
  const w = weightsText(c);
  const inexact = [...new Set(c.agencies.filter((a) => a.frameworkYear !== a.year).map((a) => a.year))].sort();
  const guessed = [
    ...new Set(c.byRating.flatMap((s) => s.scheme.levels.filter((l) => l.confidence).map((l) => tr(l.label, lang)))),
  ];
  const lines = [
    tr(L.noteFormulas, lang),
    fillIn(tr(L.noteWeights, lang), { weights: w.text, fy: w.fy }),
    ...(c.agencies.some((a) => a.overall.computed === null && a.overall.score !== null)
      ? [tr(L.noteStated, lang)]
      : []),
    ...(inexact.length ? [fillIn(tr(L.noteFramework, lang), { years: inexact.join(', '), fy: w.fy })] : []),
    ...(guessed.length ? [fillIn(tr(L.noteInferred, lang), { labels: guessed.join(', ') })] : []),
  ];
  addSpanRow(d, textCell(tr(L.notesTitle, lang), opts, 'noteTitle'), LAST_PRINTED);
  for (const line of lines) {
    const r = addSpanRow(d, { value: txt(line, opts), style: 'note' }, LAST_PRINTED);
    const width = WIDTHS.slice(0, LAST_PRINTED + 1).reduce((a, b) => a + b, 0);
    d.rowHeights[r] = Math.max(20, estimateLines(line, width * (16 / 14)) * 22);
  }
}

/** Red/amber on the agency score cells, by the user's thresholds (as on their own tables). */
function scoreColours(rows: Rows, t: Thresholds): ConditionalRule[] {
  const out: ConditionalRule[] = [];
  const spans: [number, number][] = [
    [C.IIT, C.overall],
    [C.ind1, C.ind1 + IND_COLS - 1],
  ];
  spans.forEach(([c0, c1], k) => {
    const top = a1(rows.first, c0);
    const range = `${top}:${a1(rows.last, c1)}`;
    const f = ruleFormulas('survey', top, t);
    out.push({
      range,
      formula: f.critical,
      fill: CRITICAL_FILL,
      color: CRITICAL_COLOR,
      bold: true,
      priority: 1 + 2 * k,
    });
    out.push({ range, formula: f.weak, fill: WEAK_FILL, color: WEAK_COLOR, priority: 2 + 2 * k });
  });
  return out;
}

function stylesFor(opts: SpecOptions) {
  const base = commonStyles(opts);
  const cell = { border: 'thin', wrap: true, vAlign: 'top' } as const;
  const digits = opts.thaiDigits ? '[$-D00041E]' : '';
  return {
    ...base,
    section: { bold: true, size: 16, color: '#1F3864' },
    link: { ...cell, numFmt: '@', color: '#0563C1', underline: true },
    rank: { ...cell, hAlign: 'center', numFmt: `${digits}0` },
    year: { ...cell, hAlign: 'center', numFmt: `${digits}0` },
    count: { ...cell, hAlign: 'right', numFmt: `${digits}0` },
    countBold: { ...cell, hAlign: 'right', bold: true, numFmt: `${digits}0` },
    pct: { ...cell, hAlign: 'right', numFmt: `${digits}0.0%` },
    pass: { ...cell, hAlign: 'center', bold: true, color: '#006100', numFmt: '@' },
    fail: { ...cell, hAlign: 'center', color: '#9C0006', numFmt: '@' },
    passLabel: { ...cell, bold: true, color: '#006100', numFmt: '@' },
    failLabel: { ...cell, color: '#9C0006', numFmt: '@' },
    small: { ...cell, size: 14, numFmt: '@' },
    noteTitle: { bold: true },
  } as const;
}

/** The consolidated sheet of a workbook's own multi-agency tables (the pane, the preview, `analyze -o`): rows link to the list, scores reference its cells. */
export function buildConsolidatedSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const agencies = agenciesOfScan(summary.scan, { settings: summary.settings, year: summary.year, refs: true });
  const c = consolidate(agencies, summary.settings.thresholds.surveyWeakBelow);
  return buildConsolidated(c, {
    ...opts,
    thresholds: summary.settings.thresholds,
    link: (a) => (a.at ? { sheet: a.at.sheet, cell: a.at.cell } : undefined),
  });
}

/** Does a summary's workbook hold a multi-agency table (the consolidated sheet applies)? */
export function hasAgencyList(summary: Summary): boolean {
  return (summary.scan.agencyTables?.length ?? 0) > 0;
}
