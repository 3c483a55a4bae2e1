/**
 * The "ITA ผลการประเมิน" sheet: the document's title and sections 1 and 2 as the seed publishes them. Section 1: the
 * overall score as published (the workbook's stated value, not our recomputation), the rank when the workbook gives
 * it, earlier years' scores in a table with a native chart when they are known. Section 2: the indicator table as
 * officers publish it (tool, no., indicator, score): the stated scores, live formulas on the user's cells. Our own
 * checks (computed vs stated) stay in the summary sheet.
 */
import { a1, rangeA1 } from '../a1';
import { ratingSchemeFor, type Text } from '../framework';
import { interpolate as fillIn } from '../messages';
import { rate } from '../score';
import type { Summary } from '../summary';
import { TOOLS } from '../types';
import { scoreText } from './drafting';
import { agencyTitles } from '../agency/titles';
import { agencyTypeOf } from '../agency/type';
import {
  documentPrint,
  documentStyles,
  documentTitles,
  layOutPages,
  titleWords,
  staleRow,
  statusRow,
  type DraftedFrom,
} from './document';
import { rulesForCells, type ScoreCell } from './highlight';
import {
  addRow,
  addSpanRow,
  addSpannedRow,
  autoHeights,
  commonStyles,
  fromDraft,
  newDraft,
  PORTRAIT_MARGINS,
  textCell,
  tr,
  txt,
  type Draft,
  type Keep,
  type SpecOptions,
} from './layout';
import type { ChartSpec, SheetSpec, SpecCell } from './sheetSpec';

const L = {
  name: { th: 'ITA ผลการประเมิน', en: 'ITA Results' },
  title1: {
    th: 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน',
    en: 'Analysis of the Integrity and Transparency Assessment',
  },
  title2: { th: 'ของ{agency}{where} ในปีงบประมาณ พ.ศ. {year}', en: 'of {agency}{where}, fiscal year B.E. {year}' },
  title3: {
    th: 'เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {planYear}',
    en: 'to draw up the integrity and transparency measures for fiscal year B.E. {planYear}',
  },
  section1: {
    th: '1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {year}',
    en: '1. Integrity and Transparency Assessment result, fiscal year B.E. {year}',
  },
  result: {
    th: 'จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {year} ของ{agency} พบว่าได้คะแนนภาพรวม {score} คะแนน{computed} {verdict}{rank}',
    en: 'In the ITA of fiscal year B.E. {year}, {agency} scored {score} overall{computed}, {verdict}{rank}.',
  },
  computed: {
    th: ' (คำนวณจากคะแนนรายตัวชี้วัด เนื่องจากไม่พบคะแนนภาพรวมที่ประกาศในสมุดงาน)',
    en: ' (computed from the indicators: no published overall score was found in the workbook)',
  },
  passed: { th: 'ผลการประเมินอยู่ในระดับ "{label}"', en: 'rated "{label}"' },
  inferredLabel: {
    th: ' (ระดับนี้จัดตามข้อมูลที่ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช.)',
    en: ' (a level not yet confirmed against the NACC manual)',
  },
  failed: { th: 'ต่ำกว่าเกณฑ์ผ่าน {line} คะแนน', en: 'below the pass line of {line}' },
  rank: { th: ' และอยู่ในลำดับที่ {position}{total}{group}', en: ', ranked {position}{total}{group}' },
  rankTotal: { th: ' จาก {total} แห่ง', en: ' of {total}' },
  rankGroup: { th: ' ของหน่วยงานประเภท{group}', en: ' among agencies of type {group}' },
  historyTitle: {
    th: 'ผลคะแนนภาพรวมย้อนหลัง ปีงบประมาณ พ.ศ. {from}–{to}',
    en: 'Overall scores, fiscal years B.E. {from}–{to}',
  },
  historyHeaders: [
    { th: 'ปีงบประมาณ', en: 'Fiscal year' },
    { th: 'ผลการประเมิน', en: 'Result' },
    { th: 'คะแนน', en: 'Score' },
  ],
  chartTitle: { th: 'คะแนนภาพรวม ITA ปี {from}–{to}', en: 'ITA overall score, B.E. {from}–{to}' },
  pass: { th: 'ผ่านเกณฑ์', en: 'passed' },
  fail: { th: 'ไม่ผ่านเกณฑ์', en: 'not passed' },
  section2: {
    th: '2. สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. {year}',
    en: '2. Results by indicator, fiscal year B.E. {year}',
  },
  headers: [
    { th: 'แบบ', en: 'Tool' },
    { th: 'ลำดับ', en: 'No.' },
    { th: 'รายละเอียดตัวชี้วัด', en: 'Indicator' },
    { th: 'คะแนน', en: 'Score' },
  ],
  overallRow: { th: 'คะแนนภาพรวม', en: 'Overall score' },
  computedMark: {
    th: '* คำนวณจากคะแนนรายข้อ: ไม่พบคะแนนที่ประกาศของตัวชี้วัดนี้ในสมุดงาน',
    en: '* computed from the items: the workbook states no published score for this indicator',
  },
} as const satisfies Record<string, Text | readonly Text[]>;

/** Columns: tool, no., indicator, score (units sized to print at 100 % on A4 portrait in every host). */
const WIDTHS = [10, 8, 42, 12];
const LAST = WIDTHS.length - 1;
/** Rows reserved under the history table for its chart. */
const CHART_ROWS = 11;
const CHART_ROW_PT = 20;

/** The published overall score: a formula on the user's cell when it holds a plain number, else the stated value; ours when none is stated. */
function publishedOverall(summary: Summary): { value: number | null; ref: string | null; computed: boolean } {
  const o = summary.overall;
  if (o.reported !== null) return { value: o.reported, ref: o.reportedFormula, computed: false };
  return { value: o.score, ref: null, computed: o.score !== null };
}

function verdict(summary: Summary, score: number, opts: SpecOptions): string {
  const scheme = summary.scheme;
  const tools = Object.fromEntries(summary.tools.map((t) => [t.tool, t.score]));
  const r = rate(scheme, score, tools);
  if (!r.pass) return fillIn(tr(L.failed, opts.lang), { line: scheme.passLine });
  const level = scheme.levels[r.level];
  return (
    fillIn(tr(L.passed, opts.lang), { label: tr(r.label, opts.lang) }) +
    (level?.confidence ? tr(L.inferredLabel, opts.lang) : '')
  );
}

function rankText(summary: Summary, opts: SpecOptions): string {
  const k = summary.rank;
  if (!k) return '';
  const n = (x: number): string => x.toLocaleString('en-US');
  return fillIn(tr(L.rank, opts.lang), {
    position: n(k.position),
    total: k.total !== null ? fillIn(tr(L.rankTotal, opts.lang), { total: n(k.total) }) : '',
    // The group as the workbook types it; in English, the kind's English name when it names one.
    group: k.group
      ? fillIn(tr(L.rankGroup, opts.lang), {
          group: opts.lang === 'en' && agencyTypeOf(k.group) !== 'other' ? agencyTitles(k.group).kind.en : k.group,
        })
      : '',
  });
}

/** Earlier years and this one: table and chart. Returns the kept block. */
function historyBlock(
  d: Draft,
  summary: Summary,
  opts: SpecOptions,
  overall: ReturnType<typeof publishedOverall>,
  charts: ChartSpec[],
): Keep | null {
  if (!summary.history.length || overall.value === null) return null;
  const lang = opts.lang;
  const points = [
    ...summary.history.map((h) => ({ year: h.year, score: h.score, ref: h.formulaRef })),
    { year: summary.year, score: overall.value, ref: overall.ref },
  ];
  const from = points[0]!.year;
  const to = points[points.length - 1]!.year;
  const start = addSpanRow(d, textCell(fillIn(tr(L.historyTitle, lang), { from, to }), opts, 'heading'), LAST);
  addSpannedRow(
    d,
    L.historyHeaders.map((h) => textCell(tr(h, lang), opts, 'header')),
    [
      [0, 1],
      [2, 2],
      [3, 3],
    ],
  );
  const first = d.rows.length;
  for (const p of points) {
    const scheme = ratingSchemeFor(p.year);
    // Letter grades need only the overall; pass levels also need each tool, unknown for earlier years: pass or not.
    const graded = scheme.levels.every((l) => l.eachToolMin === undefined);
    const label = graded
      ? tr(rate(scheme, p.score, {}).label, lang)
      : tr(p.score >= scheme.passLine ? L.pass : L.fail, lang);
    const score: SpecCell = p.ref
      ? { formula: p.ref, value: p.score, style: 'score' }
      : { value: p.score, style: 'score' };
    addSpannedRow(
      d,
      [textCell(String(p.year), opts, 'center'), textCell(label, opts, 'center'), score],
      [
        [0, 1],
        [2, 2],
        [3, 3],
      ],
    );
  }
  const last = d.rows.length - 1;
  const top = d.rows.length;
  for (let k = 0; k < CHART_ROWS; k++) {
    const r = addRow(d, []);
    d.rowHeights[r] = CHART_ROW_PT;
  }
  charts.push({
    kind: 'column',
    title: txt(fillIn(tr(L.chartTitle, lang), { from, to }), opts),
    categories: rangeA1(first, 0, last, 0),
    series: [{ name: tr(L.overallRow, lang), values: rangeA1(first, 3, last, 3), color: '#2F5597' }],
    from: a1(top, 0),
    to: a1(top + CHART_ROWS, LAST + 1),
    valueAxis: { min: 0, max: 100, numFmt: '0' },
    dataLabels: true,
    legend: 'none',
  });
  return { from: start, to: top + CHART_ROWS - 1 };
}

/** The stated score of an indicator: a formula on the user's cell, else the stated value, else ours (marked). */
function indicatorCell(summary: Summary, no: number): { cell: SpecCell; computed: boolean } {
  const ind = summary.indicators.find((i) => i.no === no);
  if (ind && ind.reported !== null) {
    const ref = ind.reportedFormula;
    return {
      cell: ref ? { formula: ref, value: ind.reported, style: 'score' } : { value: ind.reported, style: 'score' },
      computed: false,
    };
  }
  if (ind?.score !== null && ind?.score !== undefined)
    return { cell: { value: ind.score, style: 'scoreMark' }, computed: true };
  return { cell: { value: null, style: 'score' }, computed: false };
}

/** The results spec: title, section 1 (overall, rank, history and chart), section 2 (indicator table). */
export function buildResultsSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const lang = opts.lang;
  const t = documentTitles(summary, lang);
  const d = newDraft();
  d.keep.push(...titleWords(t, lang));
  const keeps: Keep[] = [];
  const charts: ChartSpec[] = [];
  const where = t.where ? (lang === 'th' ? ` ${t.where}` : `, ${t.where}`) : '';
  addSpanRow(d, textCell(tr(L.title1, lang), opts, 'docTitle'), LAST);
  addSpanRow(
    d,
    textCell(fillIn(tr(L.title2, lang), { agency: t.agencyName, where, year: summary.year }), opts, 'docTitle'),
    LAST,
  );
  addSpanRow(d, textCell(fillIn(tr(L.title3, lang), { planYear: summary.planYear }), opts, 'docTitle'), LAST);
  statusRow(d, summary, opts, LAST);
  addRow(d, []);

  // Section 1.
  const overall = publishedOverall(summary);
  const s1 = addSpanRow(d, textCell(fillIn(tr(L.section1, lang), { year: summary.year }), opts, 'heading'), LAST);
  const sentence =
    overall.value === null
      ? ''
      : fillIn(tr(L.result, lang), {
          year: summary.year,
          agency: t.agencyName,
          score: scoreText(overall.value),
          computed: overall.computed ? tr(L.computed, lang) : '',
          verdict: verdict(summary, overall.value, opts),
          rank: rankText(summary, opts),
        });
  addSpanRow(d, textCell(sentence, opts, 'paragraph'), LAST);
  const from: DraftedFrom[] = overall.ref ? [{ ref: overall.ref, value: overall.value! }] : [];
  const st = staleRow(
    d,
    from,
    opts,
    LAST,
    WIDTHS.reduce((a, b) => a + b, 0),
  );
  keeps.push({ from: s1, to: st });
  const hist = historyBlock(d, summary, opts, overall, charts);
  if (hist) {
    keeps.push(hist);
    addRow(d, []);
  }

  // Section 2: the ten indicators as published, the tool typed once per group.
  const s2 = addSpanRow(d, textCell(fillIn(tr(L.section2, lang), { year: summary.year }), opts, 'heading'), LAST);
  addRow(
    d,
    L.headers.map((h) => textCell(tr(h, lang), opts, 'header')),
  );
  const colour: ScoreCell[] = [];
  let anyComputed = false;
  const sheetName = tr(L.name, lang);
  for (const tool of TOOLS) {
    const inds = summary.framework.indicators.filter((i) => i.tool === tool).sort((a, b) => a.no - b.no);
    const top = d.rows.length;
    inds.forEach((ind, k) => {
      const { cell, computed } = indicatorCell(summary, ind.no);
      anyComputed ||= computed;
      const r = addRow(d, [
        k === 0 ? textCell(tool, opts, 'center') : { style: 'center' },
        { value: ind.no, style: 'no' },
        textCell(tr(ind.name, lang), opts),
        cell,
      ]);
      colour.push({ sheet: sheetName, cell: a1(r, 3), kind: 'survey' });
    });
    if (inds.length > 1) d.merges.push(rangeA1(top, 0, d.rows.length - 1, 0));
  }
  const ov: SpecCell = overall.ref
    ? { formula: overall.ref, value: overall.value, style: 'scoreBold' }
    : { value: overall.value, style: overall.computed ? 'scoreMark' : 'scoreBold' };
  addSpannedRow(
    d,
    [textCell(tr(L.overallRow, lang), opts, 'label'), ov],
    [
      [0, 2],
      [3, 3],
    ],
  );
  if (anyComputed || overall.computed) addSpanRow(d, textCell(tr(L.computedMark, lang), opts, 'note'), LAST);
  keeps.push({ from: s2, to: d.rows.length - 1 });

  const styles = {
    ...commonStyles(opts),
    ...documentStyles(),
    no: { border: 'thin', hAlign: 'center', vAlign: 'top', numFmt: opts.thaiDigits ? '[$-D00041E]0' : '0' },
    scoreMark: { ...commonStyles(opts)['score'], italic: true },
  } as const;
  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  // Nothing here is split across pages (no row is long): rows keep their places, the page starts are laid out.
  const pages = layOutPages(d, styles, 'portrait', PORTRAIT_MARGINS, keeps);
  return {
    key: 'results',
    name: txt(tr(L.name, lang), opts),
    ...fromDraft(pages.draft, WIDTHS, styles),
    conditionalFormats: rulesForCells(colour, summary.settings.thresholds).map(({ sheet: _s, ...rule }) => rule),
    print: documentPrint(pages.draft, LAST, 'portrait', PORTRAIT_MARGINS, lang, { starts: pages.starts }),
    charts,
  };
}
