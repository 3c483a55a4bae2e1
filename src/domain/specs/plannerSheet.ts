/**
 * The score-improvement sheet (แผนยกระดับคะแนน): a live what-if model in native formulas. One row per improvable item,
 * ranked by gain (OIT documents first; IIT/EIT perception apart, labelled uncertain); the user edits the yellow target
 * cells and every projected score below follows, in Excel or LibreOffice, with or without the add-in.
 * Projected indicators are recomputed by the framework's structure FROM THE TARGET CELLS (indicator 9 = mean of
 * sub-indicator means; EIT indicators as reported, with their own target cells), not from summed gains.
 */
import { a1, colName, rangeA1 } from '../a1';
import { frameworkExact, groupingVerified, membersOf, type Framework, type Indicator } from '../framework';
import { message, type MessageCode } from '../messages';
import { rate } from '../score';
import type { CellStyle, ConditionalRule, SheetSpec, SpecCell } from './sheetSpec';
import { ratingFormula } from './summarySheet';
import { fromDraft, addRow, addSpanRow, autoHeights, commonStyles, fitRow, mergeCols, newDraft, textCell, tr, txt, type Draft, type SpecOptions } from './layout';
import type { ItemResult, Summary } from '../summary';
import type { Tool } from '../types';
import { TOOLS } from '../types';
import { formatCrossYear, mapToYear } from '../planner/crossYear';
import { itemGains, type ItemGain } from '../planner/gains';
import { planSentences } from '../planner/shortestPath';
import { project } from '../planner/project';

const C = { rank: 0, code: 1, name: 2, planCode: 3, indicator: 4, current: 5, target: 6, perPoint: 7, gain: 8, cum: 9, cumRating: 10 } as const;
const LAST_COL = 10;
// Wide enough for each header's longest word in bold (a word is never cut inside).
const WIDTHS = [8, 6, 30, 18, 10, 10, 10, 11, 11, 11, 14];
const PASS_FILL = '#E2EFDA';
const PASS_COLOR = '#375623';

const m = (code: MessageCode, o: SpecOptions, p?: Record<string, string | number>): string => message(code, o.lang, p);
/** "$G$12": an absolute reference on this sheet. */
const abs = (r: number, c: number): string => `$${colName(c)}$${r + 1}`;
const clampRef = (ref: string): string => `MIN(100,MAX(0,${ref}))`;

/** The current score of an item: a formula over the user's cell where it holds a plain number, else the value. */
function currentCell(it: ItemResult, style: string): SpecCell {
  return it.formulaRef ? { formula: it.formulaRef, value: it.score, style } : { value: it.score, style };
}

function itemExpr(it: ItemResult): string | null {
  if (it.score === null) return null;
  return it.formulaRef ?? String(it.score);
}

type Layout = {
  docRows: Map<string, number>;
  iitRows: Map<string, number>;
  eitIndRows: Map<number, number>;
  projInd: Map<number, number>;
  projTool: Map<Tool, number>;
  projOverall: number;
};

/**
 * Projected indicator formula from the target cells; null when the indicator is taken as reported or not computable.
 * Where the year's grouping is verified it is the structure over the targets; where it is not (FY2568+), the stated
 * score moved by what the targets change in the items' estimate (score.ts indicatorValue), clamped to 0–100.
 */
function projectedIndicator(ind: Indicator, summary: Summary, lay: Layout): string | null {
  const res = summary.indicators.find((i) => i.no === ind.no);
  if (ind.aggregate === 'reported' || !res) return null;
  const estimated = !groupingVerified(ind) && res.source === 'reported' && res.estimate !== null;
  if (res.source !== 'items' && res.source !== 'estimate' && !estimated) return null;
  const byCode = new Map(summary.items.map((i) => [i.code, i]));
  const expr = (code: string, projected: boolean): string | null => {
    const row = lay.docRows.get(code) ?? lay.iitRows.get(code);
    if (row !== undefined) return projected ? `IF(ISNUMBER(${abs(row, C.target)}),${clampRef(abs(row, C.target))},${abs(row, C.current)})` : abs(row, C.current);
    const it = byCode.get(code);
    return it ? itemExpr(it) : null;
  };
  const structure = (projected: boolean): string | null => {
    const avg = (codes: readonly string[]): string | null => {
      const xs = codes.map((c) => expr(c, projected));
      return xs.every((x) => x !== null) && xs.length ? `AVERAGE(${xs.join(',')})` : null;
    };
    if (ind.aggregate === 'mean-of-subindicators') {
      const subs = (ind.sub ?? []).map((s) => avg(s.items));
      return subs.length && subs.every((x) => x !== null) ? `AVERAGE(${subs.join(',')})` : null;
    }
    return avg(membersOf(ind));
  };
  const after = structure(true);
  if (!estimated) return after;
  const before = structure(false);
  const stated = res.formula ?? String(res.reported);
  return after && before ? `MIN(100,MAX(0,${stated}+(${after}-${before})))` : null;
}

function sectionRow(d: Draft, text: string, opts: SpecOptions, style: string): number {
  const r = addSpanRow(d, { value: txt(text, opts), style }, LAST_COL);
  fitRow(d, r, [{ text, width: 120 }]);
  return r;
}

/** Build the score-improvement sheet spec (key 'planner'). */
export function buildPlannerSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const fw = summary.framework;
  const planFw: Framework | undefined = frameworkExact(summary.planYear);
  const gains = itemGains(summary);
  const docs = gains.filter((g) => g.kind === 'document' && g.gain !== null);
  const iit = gains.filter((g) => g.kind === 'perception' && g.gain !== null);
  const unknownGain = gains.filter((g) => g.gain === null);
  const reportedInds = fw.indicators.filter((i) => i.aggregate === 'reported');
  const byCode = new Map(summary.items.map((i) => [i.code, i]));
  const lang = opts.lang;

  // Row positions are fixed before writing: the cumulative columns refer forward to the projection block.
  const TITLE = 0, BASIS = 1, HOWTO = 2, HEADER = 4, SEC_A = 5;
  const docStart = SEC_A + 1;
  const docCount = Math.max(1, docs.length);
  const secB = docStart + docCount;
  const percStart = secB + 1;
  const secC = percStart + Math.max(1, iit.length + unknownGain.length);
  const eitStart = secC + 1;
  const secD = eitStart + reportedInds.length + 1;
  const projHeader = secD + 1;
  const indOrder = [...fw.indicators].sort((a, b) => TOOLS.indexOf(a.tool) - TOOLS.indexOf(b.tool) || a.no - b.no);
  const lay: Layout = {
    docRows: new Map(docs.map((g, k) => [g.code, docStart + k])),
    iitRows: new Map(iit.map((g, k) => [g.code, percStart + k])),
    eitIndRows: new Map(reportedInds.map((ind, k) => [ind.no, eitStart + k])),
    projInd: new Map(indOrder.map((ind, k) => [ind.no, projHeader + 1 + k])),
    projTool: new Map(TOOLS.map((t, k) => [t, projHeader + 1 + indOrder.length + k])),
    projOverall: projHeader + 1 + indOrder.length + TOOLS.length,
  };
  const ratingRowIdx = lay.projOverall + 1;
  const cur = (r: number): string => abs(r, C.current);
  const proj = (r: number): string => abs(r, C.target);

  const d = newDraft();
  const title = m('plan.sheet.title', opts, { planYear: summary.planYear, year: summary.year });
  fitRow(d, addSpanRow(d, { value: txt(title, opts), style: 'title' }, LAST_COL), [{ text: title, width: 100 }]);
  addSpanRow(d, textCell(summary.agency ?? '', opts, 'subtitle'), LAST_COL);
  sectionRow(d, m('plan.sheet.howTo', opts), opts, 'note');
  addRow(d, []);
  const headers: MessageCode[] = ['plan.sheet.rank', 'plan.sheet.code', 'plan.sheet.name', 'plan.sheet.planCode', 'plan.sheet.indicator', 'plan.sheet.current', 'plan.sheet.target', 'plan.sheet.perPoint', 'plan.sheet.gain', 'plan.sheet.cumulative', 'plan.sheet.cumulativeRating'];
  addRow(d, headers.map((h) => textCell(m(h, opts, { planYear: summary.planYear }), opts, 'header')));
  if (d.rows.length - 1 !== HEADER || TITLE !== 0 || BASIS !== 1 || HOWTO !== 2) throw new Error('planner layout out of step');

  // A. Documents.
  sectionRow(d, m('plan.sheet.documents', opts), opts, 'section');
  const planCode = (g: ItemGain): string => (planFw ? formatCrossYear(g.code, mapToYear(g.code, fw, planFw), planFw.year, lang) : m('plan.crossYearUnknown', opts, { from: g.code, year: summary.planYear }));
  const baseTools = Object.fromEntries(summary.tools.map((t) => [t.tool, t.score])) as Record<Tool, number | null>;
  const baseOverall = summary.overall.score;
  const wOit = fw.weights.OIT;
  let cum = 0;
  // The targets chosen in the what-if view (settings.targets): those documents at their target, the others as they
  // are; without a choice every document at 100. What each is worth shows here, never in the published plan.
  const chosen = summary.settings.targets;
  const docTarget = (g: ItemGain): number => (chosen ? (chosen[g.code] ?? g.score) : 100);
  const itemRow = (g: ItemGain, rank: number, target: SpecCell | null, cumulative: boolean): void => {
    const it = byCode.get(g.code)!;
    const r = d.rows.length;
    const gainCell: SpecCell = g.perPoint === null
      ? textCell(m('plan.sheet.unknownGain', opts), opts, 'centerNote')
      : {
        formula: `IF(ISNUMBER(${a1(r, C.target)}),(${clampRef(a1(r, C.target))}-${a1(r, C.current)})*${a1(r, C.perPoint)},0)`,
        value: g.kind === 'document' ? (docTarget(g) - g.score) * (g.perPoint ?? 0) : 0, style: 'score4',
      };
    let cumCells: (SpecCell | null)[] = [null, null];
    if (cumulative && baseOverall !== null) {
      cum += (docTarget(g) - g.score) * (g.perPoint ?? 0);
      const sumTo = `SUM(${abs(docStart, C.gain)}:${a1(r, C.gain)})`;
      const oitExpr = `(${cur(lay.projTool.get('OIT')!)}+${sumTo}/${wOit})`;
      const tools = TOOLS.map((t) => (t === 'OIT' ? oitExpr : cur(lay.projTool.get(t)!)));
      const cached = rate(summary.scheme, baseOverall + cum, { ...baseTools, OIT: (baseTools.OIT ?? 0) + cum / wOit });
      cumCells = [
        { formula: `${cur(lay.projOverall)}+${sumTo}`, value: baseOverall + cum, style: 'score' },
        { formula: ratingFormula(summary.scheme, a1(r, C.cum), tools, lang), value: cached.label[lang], style: 'ratingSmall' },
      ];
    }
    addRow(d, [
      { value: rank, style: 'no' }, textCell(g.code, opts, 'center'), textCell(tr(g.name, lang), opts), textCell(planCode(g), opts, 'small'),
      textCell(g.sub ?? String(g.indicator ?? ''), opts, 'center'), currentCell(it, 'score'), target,
      g.perPoint === null ? textCell('—', opts, 'center') : { value: g.perPoint, style: 'perPoint' }, gainCell, ...cumCells,
    ]);
    fitRow(d, r, [{ text: tr(g.name, lang), width: WIDTHS[C.name]! }, { text: planCode(g), width: WIDTHS[C.planCode]! }]);
  };
  docs.forEach((g, k) => itemRow(g, k + 1, { value: docTarget(g), style: 'input' }, true));
  if (!docs.length) sectionRow(d, m('plan.sheet.none', opts), opts, 'note');

  // B. Perception: IIT items (target starts at the current score: no gain is assumed), then EIT items (gain unknown).
  sectionRow(d, m('plan.sheet.perception', opts), opts, 'section');
  iit.forEach((g, k) => {
    const r = d.rows.length;
    itemRow(g, k + 1, { formula: a1(r, C.current), value: g.score, style: 'input' }, false);
  });
  unknownGain.forEach((g, k) => itemRow(g, iit.length + k + 1, null, false));
  if (!iit.length && !unknownGain.length) sectionRow(d, m('plan.sheet.none', opts), opts, 'note');

  // C. Indicators taken as reported (EIT): the what-if is at indicator level.
  sectionRow(d, m('plan.sheet.eitIndicators', opts), opts, 'section');
  for (const ind of reportedInds) {
    const res = summary.indicators.find((i) => i.no === ind.no);
    const r = d.rows.length;
    const current: SpecCell = res?.formula && res.score !== null ? { formula: res.formula, value: res.score, style: 'score' } : { value: res?.score ?? null, style: 'score' };
    addRow(d, [null, textCell(ind.tool, opts, 'center'), textCell(tr(ind.name, lang), opts), null, textCell(String(ind.no), opts, 'center'), current,
      { formula: a1(r, C.current), value: res?.score ?? null, style: 'input' }, null, null, null, null]);
    mergeCols(d, r, C.name, C.planCode);
  }
  addRow(d, []);

  // D. Projection: indicators, tools, overall and rating, now and from the targets.
  sectionRow(d, m('plan.sheet.projection', opts), opts, 'section');
  const ph = addRow(d, [textCell(m('plan.sheet.indicator', opts), opts, 'header'), textCell('', opts, 'header'), textCell(m('plan.sheet.name', opts), opts, 'header'), null, null,
    textCell(m('plan.sheet.current', opts), opts, 'header'), textCell(m('plan.sheet.projected', opts), opts, 'header'), textCell(m('plan.sheet.weight', opts), opts, 'header')]);
  mergeCols(d, ph, C.name, C.indicator);
  if (ph !== projHeader) throw new Error('planner layout out of step');
  const p = project(summary, Object.fromEntries(docs.map((g) => [g.code, docTarget(g)])));
  for (const ind of indOrder) {
    const res = summary.indicators.find((i) => i.no === ind.no);
    const r = d.rows.length;
    const current: SpecCell = res?.formula && res.score !== null ? { formula: res.formula, value: res.score, style: 'score' } : { value: res?.score ?? null, style: 'score' };
    const eitRow = lay.eitIndRows.get(ind.no);
    const pf = eitRow !== undefined ? `IF(ISNUMBER(${proj(eitRow)}),${clampRef(proj(eitRow))},${cur(eitRow)})` : projectedIndicator(ind, summary, lay);
    const projected: SpecCell = pf ? { formula: pf, value: p.indicators[ind.no] ?? null, style: 'scoreBold' } : { formula: a1(r, C.current), value: res?.score ?? null, style: 'scoreBold' };
    addRow(d, [textCell(String(ind.no), opts, 'center'), textCell(ind.tool, opts, 'center'), textCell(tr(ind.name, lang), opts), null, null, current, projected]);
    mergeCols(d, r, C.name, C.indicator);
  }
  for (const t of TOOLS) {
    const r = d.rows.length;
    const nos = indOrder.filter((i) => i.tool === t).map((i) => lay.projInd.get(i.no)!);
    const f = (col: number): string => {
      const refs = nos.map((x) => a1(x, col)).join(',');
      return `IF(COUNT(${refs})=${nos.length},AVERAGE(${refs}),"")`;
    };
    const now = summary.tools.find((x) => x.tool === t);
    addRow(d, [null, null, textCell(m('plan.sheet.tool', opts, { tool: t }), opts, 'label'), null, null,
      { formula: f(C.current), value: now?.score ?? '', style: 'scoreBold' }, { formula: f(C.target), value: p.tools[t] ?? '', style: 'scoreBold' }, { value: fw.weights[t], style: 'weight' }]);
    mergeCols(d, r, C.name, C.indicator);
  }
  const overallF = (col: number): string => {
    const cells = TOOLS.map((t) => a1(lay.projTool.get(t)!, col));
    const sum = TOOLS.map((t) => `${a1(lay.projTool.get(t)!, C.perPoint)}*${a1(lay.projTool.get(t)!, col)}`).join('+');
    return `IF(COUNT(${cells.join(',')})=${cells.length},${sum},"")`;
  };
  const ov = addRow(d, [null, null, textCell(m('plan.sheet.overall', opts), opts, 'label'), null, null,
    { formula: overallF(C.current), value: baseOverall ?? '', style: 'scoreBold' }, { formula: overallF(C.target), value: p.overall ?? '', style: 'scoreBold' }]);
  mergeCols(d, ov, C.name, C.indicator);
  if (ov !== lay.projOverall) throw new Error('planner layout out of step');
  const toolCells = (col: number): string[] => TOOLS.map((t) => a1(lay.projTool.get(t)!, col));
  const rr = addRow(d, [null, null, textCell(m('plan.sheet.rating', opts), opts, 'label'), null, null,
    { formula: ratingFormula(summary.scheme, a1(ov, C.current), toolCells(C.current), lang), value: summary.overall.rating?.label[lang] ?? '', style: 'rating' },
    { formula: ratingFormula(summary.scheme, a1(ov, C.target), toolCells(C.target), lang), value: p.rating?.label[lang] ?? '', style: 'rating' }]);
  mergeCols(d, rr, C.name, C.indicator);
  if (rr !== ratingRowIdx) throw new Error('planner layout out of step');
  addRow(d, []);

  // Notes: the plan in sentences (path to the pass line, higher levels, perception caveat) and unknowns of the plan year.
  const notes = [...planSentences(summary, lang, gains)];
  if (planFw && planFw.status !== 'verified') notes.push(m('plan.sheet.planYearPartial', opts, { year: planFw.year, parts: (planFw.unknown ?? []).join(', ') }));
  for (const line of notes) sectionRow(d, line, opts, 'note');

  const inputRanges: string[] = [];
  if (docs.length) inputRanges.push(rangeA1(docStart, C.target, docStart + docs.length - 1, C.target));
  if (iit.length) inputRanges.push(rangeA1(percStart, C.target, percStart + iit.length - 1, C.target));
  if (reportedInds.length) inputRanges.push(rangeA1(eitStart, C.target, eitStart + reportedInds.length - 1, C.target));
  const passRules: ConditionalRule[] = [];
  const line = summary.scheme.passLine;
  if (docs.length) {
    const top = a1(docStart, C.cum);
    passRules.push({ range: `${top}:${a1(docStart + docs.length - 1, C.cum)}`, formula: `AND(ISNUMBER(${top}),${top}>=${line})`, fill: PASS_FILL, color: PASS_COLOR, bold: true, priority: 1 });
  }
  const pg = a1(lay.projOverall, C.target);
  passRules.push({ range: pg, formula: `AND(ISNUMBER(${pg}),${pg}>=${line})`, fill: PASS_FILL, color: PASS_COLOR, bold: true, priority: 2 });
  if (secB !== docStart + docCount || secC !== percStart + Math.max(1, iit.length + unknownGain.length) || secD !== eitStart + reportedInds.length + 1) throw new Error('planner layout out of step');

  const cell: CellStyle = { border: 'thin', wrap: true, vAlign: 'top' };
  const base = commonStyles(opts);
  const styles: Record<string, CellStyle> = {
    ...base,
    // Eleven columns on a portrait page: headers in 14 pt, so no header word is cut.
    header: { ...base['header'], size: 14 },
    section: { bold: true, fill: '#F2F2F2', wrap: true },
    no: { ...cell, hAlign: 'center' },
    centerBold: { ...cell, hAlign: 'center', bold: true, numFmt: '@' },
    centerNote: { ...cell, hAlign: 'center', italic: true, numFmt: '@' },
    small: { ...cell, size: 14, numFmt: '@' },
    input: { ...base['score'], fill: '#FFF2CC', bold: true },
    perPoint: { ...cell, hAlign: 'right', numFmt: opts.thaiDigits ? '[$-D00041E]0.0000' : '0.0000' },
    score4: { ...cell, hAlign: 'right', numFmt: opts.thaiDigits ? '[$-D00041E]0.0000' : '0.0000' },
    weight: { ...cell, hAlign: 'right', numFmt: opts.thaiDigits ? '[$-D00041E]0.00' : '0.00' },
    rating: { ...cell, bold: true, hAlign: 'center', fill: '#F2F2F2' },
    ratingSmall: { ...cell, size: 14, hAlign: 'center' },
  };
  // Every text wrapped where it will break and every row as tall as its text (nothing printed over itself).
  autoHeights(d, WIDTHS, styles, { hardWrap: true });
  return {
    key: 'planner',
    name: txt(lang === 'th' ? 'ITA แผนยกระดับคะแนน' : 'ITA Score planner', opts),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: passRules,
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [HEADER + 1, HEADER + 1], margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 } },
    freeze: { rows: HEADER + 1, cols: 0 },
    inputRanges,
  };
}

/** Where things stand in the planner sheet (A1), for tests and for the pane to point at. */
export function plannerCells(summary: Summary): { targetOf: (code: string) => string | null; projectedOverall: string; projectedRating: string; eitTargetOf: (no: number) => string | null } {
  const spec = buildPlannerSheet(summary, { lang: 'en', thaiDigits: false });
  const find = (test: (row: readonly (SpecCell | null)[]) => boolean): number => spec.rows.findIndex(test);
  const overallRow = find((row) => row[C.name]?.value === message('plan.sheet.overall', 'en'));
  const docOrIit = (code: string): number => find((row) => row[C.code]?.value === code && row[C.target]?.style === 'input');
  return {
    targetOf: (code) => { const r = docOrIit(code); return r < 0 ? null : a1(r, C.target); },
    projectedOverall: a1(overallRow, C.target),
    projectedRating: a1(overallRow + 1, C.target),
    eitTargetOf: (no) => {
      const r = find((row) => row[C.indicator]?.value === String(no) && row[C.target]?.style === 'input' && row[C.rank] === null);
      return r < 0 ? null : a1(r, C.target);
    },
  };
}
