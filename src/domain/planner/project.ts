/**
 * Projection: the scores an assessment would have with some items at other values, through the same structure
 * as summarize() (NACC FY2567: indicator = mean of items, indicator 9 = mean of sub-indicator means, EIT as reported,
 * tool = mean of indicators, overall = Σ weight·tool). Pure and cheap: the pane recomputes on every keystroke.
 */
import type { Framework, Indicator } from '../framework';
import { rate } from '../score';
import type { RatingResult, Summary } from '../summary';
import type { Tool } from '../types';
import { TOOLS } from '../types';

export type Projection = {
  readonly overall: number | null;
  readonly tools: Readonly<Record<Tool, number | null>>;
  readonly indicators: Readonly<Record<number, number | null>>;
  readonly rating: RatingResult | null;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const clamp = (x: number): number => Math.min(100, Math.max(0, x));

/** An indicator from item scores by its aggregate; null when it is taken as reported or an item is missing (as in summarize). */
export function indicatorFromItems(ind: Indicator, score: (code: string) => number | null): number | null {
  if (ind.aggregate === 'reported') return null;
  const all = (codes: readonly string[]): number[] | null => {
    const xs = codes.map(score);
    return xs.length > 0 && xs.every((x) => x !== null) ? (xs as number[]) : null;
  };
  if (ind.aggregate === 'mean-of-subindicators') {
    const subs = (ind.sub ?? []).map((s) => all(s.items));
    return subs.length > 0 && subs.every((x) => x !== null) ? mean(subs.map((x) => mean(x as number[]))) : null;
  }
  const xs = all(ind.items);
  return xs ? mean(xs) : null;
}

/**
 * Indicator, tool and overall scores from item scores and the reported indicator scores (used where items cannot
 * give the indicator: EIT, or a missing item), exactly as summarize() combines them.
 */
export function projectScores(
  fw: Framework,
  itemScores: Readonly<Record<string, number | null | undefined>>,
  reportedIndicators: Readonly<Record<number, number | null | undefined>>,
): { indicators: Record<number, number | null>; tools: Record<Tool, number | null>; overall: number | null } {
  const score = (c: string): number | null => itemScores[c] ?? null;
  const indicators: Record<number, number | null> = {};
  for (const ind of fw.indicators) indicators[ind.no] = indicatorFromItems(ind, score) ?? reportedIndicators[ind.no] ?? null;
  return combine(fw, indicators);
}

/** The item scores of a summary, as a record. */
export function itemScoresOf(summary: Summary): Record<string, number | null> {
  return Object.fromEntries(summary.items.map((i) => [i.code, i.score]));
}

/** The reported indicator scores of a summary (what stands when items cannot give an indicator). */
export function reportedOf(summary: Summary): Record<number, number | null> {
  return Object.fromEntries(summary.indicators.map((i) => [i.no, i.reported]));
}

/**
 * The scores and rating if items reached the typed targets (0–100, clamped). EIT items cannot move their indicators
 * (taken as reported): targets for them change nothing; EIT what-ifs go through `indicatorTargets` instead.
 */
export function project(
  summary: Summary,
  targets: Readonly<Record<string, number>>,
  indicatorTargets: Readonly<Record<number, number>> = {},
): Projection {
  const items = itemScoresOf(summary);
  for (const [code, v] of Object.entries(targets)) {
    if (code in items && Number.isFinite(v)) items[code] = clamp(v);
  }
  const p = projectScores(summary.framework, items, reportedOf(summary));
  for (const [no, v] of Object.entries(indicatorTargets)) {
    const n = Number(no);
    const ind = summary.framework.indicators.find((i) => i.no === n);
    // Only indicators taken as reported are set directly: the others follow their items.
    if (ind && ind.aggregate === 'reported' && Number.isFinite(v)) p.indicators[n] = clamp(v);
  }
  const r = combine(summary.framework, p.indicators);
  return { ...r, rating: r.overall === null ? null : rate(summary.scheme, r.overall, r.tools) };
}

/** Tools (mean of their indicators) and overall (Σ weight·tool) from indicator scores. */
function combine(fw: Framework, indicators: Record<number, number | null>): { indicators: Record<number, number | null>; tools: Record<Tool, number | null>; overall: number | null } {
  const tools = {} as Record<Tool, number | null>;
  for (const t of TOOLS) {
    const xs = fw.indicators.filter((i) => i.tool === t).map((i) => indicators[i.no] ?? null);
    tools[t] = xs.length && xs.every((x) => x !== null) ? mean(xs as number[]) : null;
  }
  const overall = TOOLS.some((t) => tools[t] === null) ? null : TOOLS.reduce((s, t) => s + fw.weights[t] * (tools[t] as number), 0);
  return { indicators, tools, overall };
}
