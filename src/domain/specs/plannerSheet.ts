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
import {
  fromDraft,
  addRow,
  addSpanRow,
  autoHeights,
  commonStyles,
  fitRow,
  mergeCols,
  newDraft,
  textCell,
  tr,
  txt,
  type Draft,
  type SpecOptions,
} from './layout';
import type { ItemResult, Summary } from '../summary';
import type { Tool } from '../types';
import { TOOLS } from '../types';
import { formatCrossYear, mapToYear } from '../planner/crossYear';
import { itemGains, type ItemGain } from '../planner/gains';
import { planSentences } from '../planner/shortestPath';
import { project } from '../planner/project';

/**
 * The columns, left to right: each one's key, header and width (wide enough for its header's longest word in bold;
 * the code's for a FY2568+ code, "O20" or "O๒๐", never cut).
 */
const COLUMNS = [
  ['rank', 'plan.sheet.rank', 8],
  ['code', 'plan.sheet.code', 7],
  ['name', 'plan.sheet.name', 29],
  ['planCode', 'plan.sheet.planCode', 18],
  ['indicator', 'plan.sheet.indicator', 10],
  ['current', 'plan.sheet.current', 10],
  ['target', 'plan.sheet.target', 10],
  ['perPoint', 'plan.sheet.perPoint', 11],
  ['gain', 'plan.sheet.gain', 11],
  ['cum', 'plan.sheet.cumulative', 11],
  ['cumRating', 'plan.sheet.cumulativeRating', 14],
] as const satisfies readonly (readonly [string, MessageCode, number])[];
type Col = (typeof COLUMNS)[number][0];
const C = Object.fromEntries(COLUMNS.map(([key], k) => [key, k])) as Readonly<Record<Col, number>>;
const LAST_COL = COLUMNS.length - 1;
const WIDTHS = COLUMNS.map(([, , w]) => w);
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

/** What the sheet holds, decided before anything is laid out: the rows of each section and the notes. */
type Contents = {
  readonly gains: readonly ItemGain[];
  /** Documents whose gain is known (section A), ranked by gain. */
  readonly docs: readonly ItemGain[];
  /** IIT items whose gain is known (section B), then the items whose gain is unknown (EIT). */
  readonly iit: readonly ItemGain[];
  readonly unknownGain: readonly ItemGain[];
  /** Indicators taken as reported (section C): the what-if is at indicator level. */
  readonly reportedInds: readonly Indicator[];
  /** Every indicator, by tool (IIT, EIT, OIT) then number: the projection's rows. */
  readonly indOrder: readonly Indicator[];
  readonly planFw: Framework | undefined;
  readonly notes: readonly string[];
};

function contentsOf(summary: Summary, opts: SpecOptions): Contents {
  const fw = summary.framework;
  const planFw = frameworkExact(summary.planYear);
  const gains = itemGains(summary);
  // The plan in sentences (path to the pass line, higher levels, perception caveat) and unknowns of the plan year.
  const notes = [...planSentences(summary, opts.lang, gains)];
  if (planFw && planFw.status !== 'verified') {
    notes.push(m('plan.sheet.planYearPartial', opts, { year: planFw.year, parts: (planFw.unknown ?? []).join(', ') }));
  }
  return {
    gains,
    docs: gains.filter((g) => g.kind === 'document' && g.gain !== null),
    iit: gains.filter((g) => g.kind === 'perception' && g.gain !== null),
    unknownGain: gains.filter((g) => g.gain === null),
    reportedInds: fw.indicators.filter((i) => i.aggregate === 'reported'),
    indOrder: [...fw.indicators].sort((a, b) => TOOLS.indexOf(a.tool) - TOOLS.indexOf(b.tool) || a.no - b.no),
    planFw,
    notes,
  };
}

/** The sheet's blocks of rows, top to bottom. */
const BLOCKS = [
  'top',
  'header',
  'docsTitle',
  'docs',
  'perceptionTitle',
  'perception',
  'eitTitle',
  'eit',
  'projectionTitle',
  'projectionHeader',
  'projInd',
  'projTool',
  'overall',
  'rating',
  'gap',
  'notes',
] as const;
type Block = (typeof BLOCKS)[number];

/**
 * Where every row stands, decided once from the contents: the formulas refer to these positions (the cumulative
 * columns forward to the projection block), and the writer is held to them block by block.
 */
type Layout = {
  readonly start: Readonly<Record<Block, number>>;
  readonly rows: number;
  readonly docRows: ReadonlyMap<string, number>;
  readonly iitRows: ReadonlyMap<string, number>;
  readonly eitIndRows: ReadonlyMap<number, number>;
  readonly projInd: ReadonlyMap<number, number>;
  readonly projTool: ReadonlyMap<Tool, number>;
};

function layoutOf(c: Contents): Layout {
  const size: Record<Block, number> = {
    // Title, agency, how to use it, a blank row.
    top: 4,
    header: 1,
    docsTitle: 1,
    // A section with nothing in it says so in one row.
    docs: Math.max(1, c.docs.length),
    perceptionTitle: 1,
    perception: Math.max(1, c.iit.length + c.unknownGain.length),
    eitTitle: 1,
    // The EIT indicators and a blank row.
    eit: c.reportedInds.length + 1,
    projectionTitle: 1,
    projectionHeader: 1,
    projInd: c.indOrder.length,
    projTool: TOOLS.length,
    overall: 1,
    rating: 1,
    gap: 1,
    notes: c.notes.length,
  };
  const start = {} as Record<Block, number>;
  let next = 0;
  for (const b of BLOCKS) {
    start[b] = next;
    next += size[b];
  }
  const from = <K>(first: number, keys: readonly K[]): Map<K, number> => new Map(keys.map((k, i) => [k, first + i]));
  return {
    start,
    rows: next,
    docRows: from(
      start.docs,
      c.docs.map((g) => g.code),
    ),
    iitRows: from(
      start.perception,
      c.iit.map((g) => g.code),
    ),
    eitIndRows: from(
      start.eit,
      c.reportedInds.map((i) => i.no),
    ),
    projInd: from(
      start.projInd,
      c.indOrder.map((i) => i.no),
    ),
    projTool: from(start.projTool, TOOLS),
  };
}

/**
 * Projected indicator formula from the target cells; null when the indicator is taken as reported or not computable.
 * Where the year's grouping is verified it is the structure over the targets; where it is not (FY2568+), the stated
 * score moved by what the targets change in the items' estimate (score.ts indicatorValue), clamped to 0–100.
 */
function projectedIndicator(
  ind: Indicator,
  summary: Summary,
  lay: Layout,
  byCode: ReadonlyMap<string, ItemResult>,
): string | null {
  const res = summary.indicators.find((i) => i.no === ind.no);
  if (ind.aggregate === 'reported' || !res) return null;
  const estimated = !groupingVerified(ind) && res.source === 'reported' && res.estimate !== null;
  if (res.source !== 'items' && res.source !== 'estimate' && !estimated) return null;
  const expr = (code: string, projected: boolean): string | null => {
    const row = lay.docRows.get(code) ?? lay.iitRows.get(code);
    if (row !== undefined) {
      const target = abs(row, C.target);
      return projected ? `IF(ISNUMBER(${target}),${clampRef(target)},${abs(row, C.current)})` : abs(row, C.current);
    }
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

/** An indicator's score now: a formula over the user's cells where there is one, else the value. */
function indicatorCurrent(summary: Summary, no: number): SpecCell {
  const res = summary.indicators.find((i) => i.no === no);
  return res?.formula && res.score !== null
    ? { formula: res.formula, value: res.score, style: 'score' }
    : { value: res?.score ?? null, style: 'score' };
}

/** Build the score-improvement sheet spec (key 'planner'). */
export function buildPlannerSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const fw = summary.framework;
  const content = contentsOf(summary, opts);
  const { docs, iit, unknownGain, reportedInds, indOrder, planFw } = content;
  const lay = layoutOf(content);
  const byCode = new Map(summary.items.map((i) => [i.code, i]));
  const lang = opts.lang;
  const cur = (r: number): string => abs(r, C.current);
  const proj = (r: number): string => abs(r, C.target);
  const toolRow = (t: Tool): number => lay.projTool.get(t)!;
  const planCode = (g: ItemGain): string =>
    planFw
      ? formatCrossYear(g.code, mapToYear(g.code, fw, planFw), planFw.year, lang)
      : m('plan.crossYearUnknown', opts, { from: g.code, year: summary.planYear });
  const baseTools = Object.fromEntries(summary.tools.map((t) => [t.tool, t.score])) as Record<Tool, number | null>;
  const baseOverall = summary.overall.score;
  const wOit = fw.weights.OIT;
  // The targets chosen in the what-if view (settings.targets): those documents at their target, the others as they
  // are; without a choice every document at 100. What each is worth shows here, never in the published plan.
  const chosen = summary.settings.targets;
  const docTarget = (g: ItemGain): number => (chosen ? (chosen[g.code] ?? g.score) : 100);
  const p = project(summary, Object.fromEntries(docs.map((g) => [g.code, docTarget(g)])));

  const d = newDraft();
  let cum = 0;
  const itemRow = (g: ItemGain, rank: number, target: SpecCell | null, cumulative: boolean): void => {
    const it = byCode.get(g.code)!;
    const r = d.rows.length;
    const [tg, now, per] = [a1(r, C.target), a1(r, C.current), a1(r, C.perPoint)];
    const gainCell: SpecCell =
      g.perPoint === null
        ? textCell(m('plan.sheet.unknownGain', opts), opts, 'centerNote')
        : {
            formula: `IF(ISNUMBER(${tg}),(${clampRef(tg)}-${now})*${per},0)`,
            value: g.kind === 'document' ? (docTarget(g) - g.score) * (g.perPoint ?? 0) : 0,
            style: 'score4',
          };
    let cumCells: (SpecCell | null)[] = [null, null];
    if (cumulative && baseOverall !== null) {
      cum += (docTarget(g) - g.score) * (g.perPoint ?? 0);
      const sumTo = `SUM(${abs(lay.start.docs, C.gain)}:${a1(r, C.gain)})`;
      const oitExpr = `(${cur(toolRow('OIT'))}+${sumTo}/${wOit})`;
      const tools = TOOLS.map((t) => (t === 'OIT' ? oitExpr : cur(toolRow(t))));
      const cached = rate(summary.scheme, baseOverall + cum, { ...baseTools, OIT: (baseTools.OIT ?? 0) + cum / wOit });
      cumCells = [
        { formula: `${cur(lay.start.overall)}+${sumTo}`, value: baseOverall + cum, style: 'score' },
        {
          formula: ratingFormula(summary.scheme, a1(r, C.cum), tools, lang),
          value: cached.label[lang],
          style: 'ratingSmall',
        },
      ];
    }
    const code = planCode(g);
    addRow(d, [
      { value: rank, style: 'no' },
      textCell(g.code, opts, 'center'),
      textCell(tr(g.name, lang), opts),
      textCell(code, opts, 'small'),
      textCell(g.sub ?? String(g.indicator ?? ''), opts, 'center'),
      currentCell(it, 'score'),
      target,
      g.perPoint === null ? textCell('—', opts, 'center') : { value: g.perPoint, style: 'perPoint' },
      gainCell,
      ...cumCells,
    ]);
    fitRow(d, r, [
      { text: tr(g.name, lang), width: WIDTHS[C.name]! },
      { text: code, width: WIDTHS[C.planCode]! },
    ]);
  };
  const none = (): void => void sectionRow(d, m('plan.sheet.none', opts), opts, 'note');
  // Projection rows: a label (or an indicator) spanning name..indicator, the value now and projected.
  const projRow = (cells: (SpecCell | null)[]): void => mergeCols(d, addRow(d, cells), C.name, C.indicator);
  const projLabel = (code: MessageCode, params?: Record<string, string>): SpecCell =>
    textCell(m(code, opts, params), opts, 'label');

  const write: Record<Block, () => void> = {
    top: () => {
      const title = m('plan.sheet.title', opts, { planYear: summary.planYear, year: summary.year });
      fitRow(d, addSpanRow(d, { value: txt(title, opts), style: 'title' }, LAST_COL), [{ text: title, width: 100 }]);
      addSpanRow(d, textCell(summary.agency ?? '', opts, 'subtitle'), LAST_COL);
      sectionRow(d, m('plan.sheet.howTo', opts), opts, 'note');
      addRow(d, []);
    },
    header: () => {
      addRow(
        d,
        COLUMNS.map(([, h]) => textCell(m(h, opts, { planYear: summary.planYear }), opts, 'header')),
      );
    },
    // A. Documents.
    docsTitle: () => void sectionRow(d, m('plan.sheet.documents', opts), opts, 'section'),
    docs: () => {
      docs.forEach((g, k) => itemRow(g, k + 1, { value: docTarget(g), style: 'input' }, true));
      if (!docs.length) none();
    },
    // B. Perception: IIT items (target starts at the current score: no gain is assumed), then EIT items (gain unknown).
    perceptionTitle: () => void sectionRow(d, m('plan.sheet.perception', opts), opts, 'section'),
    perception: () => {
      iit.forEach((g, k) => {
        const target: SpecCell = { formula: a1(lay.iitRows.get(g.code)!, C.current), value: g.score, style: 'input' };
        itemRow(g, k + 1, target, false);
      });
      unknownGain.forEach((g, k) => itemRow(g, iit.length + k + 1, null, false));
      if (!iit.length && !unknownGain.length) none();
    },
    // C. Indicators taken as reported (EIT): the what-if is at indicator level.
    eitTitle: () => void sectionRow(d, m('plan.sheet.eitIndicators', opts), opts, 'section'),
    eit: () => {
      for (const ind of reportedInds) {
        const r = lay.eitIndRows.get(ind.no)!;
        const res = summary.indicators.find((i) => i.no === ind.no);
        addRow(d, [
          null,
          textCell(ind.tool, opts, 'center'),
          textCell(tr(ind.name, lang), opts),
          null,
          textCell(String(ind.no), opts, 'center'),
          indicatorCurrent(summary, ind.no),
          { formula: a1(r, C.current), value: res?.score ?? null, style: 'input' },
          null,
          null,
          null,
          null,
        ]);
        mergeCols(d, r, C.name, C.planCode);
      }
      addRow(d, []);
    },
    // D. Projection: indicators, tools, overall and rating, now and from the targets.
    projectionTitle: () => void sectionRow(d, m('plan.sheet.projection', opts), opts, 'section'),
    projectionHeader: () => {
      const h = (code: MessageCode | null): SpecCell => textCell(code ? m(code, opts) : '', opts, 'header');
      projRow([
        h('plan.sheet.indicator'),
        h(null),
        h('plan.sheet.name'),
        null,
        null,
        h('plan.sheet.current'),
        h('plan.sheet.projected'),
        h('plan.sheet.weight'),
      ]);
    },
    projInd: () => {
      for (const ind of indOrder) {
        const res = summary.indicators.find((i) => i.no === ind.no);
        const eitRow = lay.eitIndRows.get(ind.no);
        const pf =
          eitRow !== undefined
            ? `IF(ISNUMBER(${proj(eitRow)}),${clampRef(proj(eitRow))},${cur(eitRow)})`
            : projectedIndicator(ind, summary, lay, byCode);
        const projected: SpecCell = pf
          ? { formula: pf, value: p.indicators[ind.no] ?? null, style: 'scoreBold' }
          : { formula: a1(lay.projInd.get(ind.no)!, C.current), value: res?.score ?? null, style: 'scoreBold' };
        projRow([
          textCell(String(ind.no), opts, 'center'),
          textCell(ind.tool, opts, 'center'),
          textCell(tr(ind.name, lang), opts),
          null,
          null,
          indicatorCurrent(summary, ind.no),
          projected,
        ]);
      }
    },
    projTool: () => {
      for (const t of TOOLS) {
        const nos = indOrder.filter((i) => i.tool === t).map((i) => lay.projInd.get(i.no)!);
        const f = (col: number): string => {
          const refs = nos.map((x) => a1(x, col)).join(',');
          return `IF(COUNT(${refs})=${nos.length},AVERAGE(${refs}),"")`;
        };
        const now = summary.tools.find((x) => x.tool === t);
        projRow([
          null,
          null,
          projLabel('plan.sheet.tool', { tool: t }),
          null,
          null,
          { formula: f(C.current), value: now?.score ?? '', style: 'scoreBold' },
          { formula: f(C.target), value: p.tools[t] ?? '', style: 'scoreBold' },
          { value: fw.weights[t], style: 'weight' },
        ]);
      }
    },
    overall: () => {
      const f = (col: number): string => {
        const cells = TOOLS.map((t) => a1(toolRow(t), col));
        const sum = TOOLS.map((t) => `${a1(toolRow(t), C.perPoint)}*${a1(toolRow(t), col)}`).join('+');
        return `IF(COUNT(${cells.join(',')})=${cells.length},${sum},"")`;
      };
      projRow([
        null,
        null,
        projLabel('plan.sheet.overall'),
        null,
        null,
        { formula: f(C.current), value: baseOverall ?? '', style: 'scoreBold' },
        { formula: f(C.target), value: p.overall ?? '', style: 'scoreBold' },
      ]);
    },
    rating: () => {
      const f = (col: number): string =>
        ratingFormula(
          summary.scheme,
          a1(lay.start.overall, col),
          TOOLS.map((t) => a1(toolRow(t), col)),
          lang,
        );
      projRow([
        null,
        null,
        projLabel('plan.sheet.rating'),
        null,
        null,
        { formula: f(C.current), value: summary.overall.rating?.label[lang] ?? '', style: 'rating' },
        { formula: f(C.target), value: p.rating?.label[lang] ?? '', style: 'rating' },
      ]);
    },
    gap: () => void addRow(d, []),
    notes: () => {
      for (const line of content.notes) sectionRow(d, line, opts, 'note');
    },
  };
  // The one check of the layout: each block is written where the formulas (written before it, some pointing
  // forward) took it to stand, and is as many rows as it was given.
  for (const b of BLOCKS) {
    if (d.rows.length !== lay.start[b]) throw new Error(`planner layout out of step at ${b}`);
    write[b]();
  }
  if (d.rows.length !== lay.rows) throw new Error('planner layout out of step at the end');

  const inputs = (first: number, count: number): string[] =>
    count ? [rangeA1(first, C.target, first + count - 1, C.target)] : [];
  const inputRanges = [
    ...inputs(lay.start.docs, docs.length),
    ...inputs(lay.start.perception, iit.length),
    ...inputs(lay.start.eit, reportedInds.length),
  ];
  const line = summary.scheme.passLine;
  const passRule = (range: string, top: string, priority: number): ConditionalRule => ({
    range,
    formula: `AND(ISNUMBER(${top}),${top}>=${line})`,
    fill: PASS_FILL,
    color: PASS_COLOR,
    bold: true,
    priority,
  });
  const firstCum = a1(lay.start.docs, C.cum);
  const projectedOverall = a1(lay.start.overall, C.target);
  const passRules: ConditionalRule[] = [
    ...(docs.length ? [passRule(`${firstCum}:${a1(lay.start.docs + docs.length - 1, C.cum)}`, firstCum, 1)] : []),
    passRule(projectedOverall, projectedOverall, 2),
  ];

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
  const header = lay.start.header;
  return {
    key: 'planner',
    name: txt(lang === 'th' ? 'ITA แผนยกระดับคะแนน' : 'ITA Score planner', opts),
    ...fromDraft(d, WIDTHS, styles),
    conditionalFormats: passRules,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: [header + 1, header + 1],
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    },
    freeze: { rows: header + 1, cols: 0 },
    inputRanges,
  };
}

/** Where things stand in the planner sheet (A1), for tests and for the pane to point at: read off its layout. */
export function plannerCells(summary: Summary): {
  targetOf: (code: string) => string | null;
  projectedOverall: string;
  projectedRating: string;
  eitTargetOf: (no: number) => string | null;
} {
  const lay = layoutOf(contentsOf(summary, { lang: 'en', thaiDigits: false }));
  const target = (r: number | undefined): string | null => (r === undefined ? null : a1(r, C.target));
  return {
    targetOf: (code) => target(lay.docRows.get(code) ?? lay.iitRows.get(code)),
    projectedOverall: a1(lay.start.overall, C.target),
    projectedRating: a1(lay.start.rating, C.target),
    eitTargetOf: (no) => target(lay.eitIndRows.get(no)),
  };
}
