/**
 * Projection: the scores an assessment would have with some items at other values, through score.ts's own structure
 * (indicatorFromItems, indicatorValue, combine): computed from items where the grouping is verified, the stated value
 * moved by the items' change where it is not (an estimate), EIT as stated; tool = mean of indicators; overall =
 * Σ weight·tool. Pure and cheap: the pane recomputes on every keystroke.
 */
import type { Framework } from '../framework';
import { combine, indicatorFromItems, indicatorValue, rate } from '../score';
import type { RatingResult, Summary } from '../summary';
import type { Tool } from '../types';

export type Projection = {
  readonly overall: number | null;
  readonly tools: Readonly<Record<Tool, number | null>>;
  readonly indicators: Readonly<Record<number, number | null>>;
  readonly rating: RatingResult | null;
};

const clamp = (x: number): number => Math.min(100, Math.max(0, x));

export { indicatorFromItems };

/**
 * Indicator, tool and overall scores from item scores and the stated indicator scores, exactly as summarize()
 * combines them (with `baseline`, the items' own estimate, stated values move by what the items change).
 */
export function projectScores(
  fw: Framework,
  itemScores: Readonly<Record<string, number | null | undefined>>,
  reportedIndicators: Readonly<Record<number, number | null | undefined>>,
  baseline: Readonly<Record<number, number | null | undefined>> = {},
): { indicators: Record<number, number | null>; tools: Record<Tool, number | null>; overall: number | null } {
  const score = (c: string): number | null => itemScores[c] ?? null;
  const indicators: Record<number, number | null> = {};
  for (const ind of fw.indicators) {
    const from = indicatorFromItems(ind, score);
    indicators[ind.no] = indicatorValue(ind, from, reportedIndicators[ind.no] ?? null, baseline[ind.no] ?? from).score;
  }
  return { indicators, ...combine(fw, indicators) };
}

/** The item scores of a summary, as a record. */
export function itemScoresOf(summary: Summary): Record<string, number | null> {
  return Object.fromEntries(summary.items.map((i) => [i.code, i.score]));
}

/** The reported indicator scores of a summary (what stands when items cannot give an indicator). */
export function reportedOf(summary: Summary): Record<number, number | null> {
  return Object.fromEntries(summary.indicators.map((i) => [i.no, i.reported]));
}

/** The estimates from the summary's own items, where the grouping is not verified (the baseline a projection moves from). */
export function baselineOf(summary: Summary): Record<number, number | null> {
  return Object.fromEntries(summary.indicators.map((i) => [i.no, i.estimate ?? i.computed]));
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
  const p = projectScores(summary.framework, items, reportedOf(summary), baselineOf(summary));
  for (const [no, v] of Object.entries(indicatorTargets)) {
    const n = Number(no);
    const ind = summary.framework.indicators.find((i) => i.no === n);
    // Only indicators taken as reported are set directly: the others follow their items.
    if (ind && ind.aggregate === 'reported' && Number.isFinite(v)) p.indicators[n] = clamp(v);
  }
  const r = combine(summary.framework, p.indicators);
  return {
    indicators: p.indicators,
    ...r,
    rating: r.overall === null ? null : rate(summary.scheme, r.overall, r.tools),
  };
}
