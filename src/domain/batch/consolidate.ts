/**
 * The consolidated analysis of many agencies (a district, a province, a reviewer's folder): a ranking, counts by
 * rating level, means per tool and indicator, the items most often weak (with how many agencies each), and each
 * agency's distance to the pass line with what blocks it. Pure: the CLI, the pane and the sheet spec all read it.
 */
import { frameworkFor, ratingSchemeFor, type RatingLevel, type RatingScheme, type Text } from '../framework';
import type { Tool } from '../types';
import { TOOLS } from '../types';
import { itemName, type AgencyResult } from './agencies';

/** What keeps an agency from passing, or from a higher level the overall alone would reach. */
export type Blockers = {
  /** Points short of the pass line (0 when passing); null without a score. */
  readonly short: number | null;
  /** Tools below the pass line, lowest first (what drags a failing overall down). */
  readonly lowTools: readonly { readonly tool: Tool; readonly score: number }[];
  /** Higher levels the overall reaches but a tool below the level's minimum blocks (the per-tool rule). */
  readonly blockedBy: readonly {
    readonly level: Text;
    readonly min: number;
    readonly tools: readonly { readonly tool: Tool; readonly score: number | null }[];
  }[];
};

export type RankedAgency = AgencyResult & {
  /** Its position in the input. */
  readonly index: number;
  /** 1 = best overall; ties share a rank (1, 2, 2, 4); null without a score. */
  readonly rank: number | null;
  readonly passLine: number;
  readonly blockers: Blockers;
};

export type LevelCount = { readonly level: RatingLevel; readonly index: number; readonly count: number };
export type SchemeCount = {
  readonly scheme: RatingScheme;
  readonly levels: readonly LevelCount[];
  readonly agencies: number;
};

export type MeanOf = { readonly mean: number | null; readonly n: number; readonly below: number };

export type WeakCount = {
  readonly code: string;
  readonly frameworkYear: number;
  readonly name: Text | null;
  readonly tool: Tool;
  /** Agencies where the item is weak, and among them critical. */
  readonly agencies: number;
  readonly critical: number;
  /** Share of the agencies that have item scores. */
  readonly share: number;
};

export type Consolidation = {
  /** Best first (by the score used), agencies without a score last in their original order. */
  readonly agencies: readonly RankedAgency[];
  readonly count: number;
  readonly scored: number;
  readonly passed: number;
  readonly years: readonly number[];
  readonly byRating: readonly SchemeCount[];
  /** Agencies with no score at all (nothing to rate). */
  readonly unrated: number;
  readonly means: {
    readonly overall: MeanOf;
    readonly tools: Readonly<Record<Tool, MeanOf>>;
    readonly indicators: readonly ({ readonly no: number; readonly tool: Tool; readonly name: Text } & MeanOf)[];
  };
  /** Items weak in at least one agency, most often weak first. */
  readonly weakItems: readonly WeakCount[];
  /** Agencies whose item scores are known (own workbooks): the base of WeakCount.share. */
  readonly withItems: number;
  /** The line below which a tool or indicator counts as below (IIT/EIT pass line, default 85). */
  readonly line: number;
};

const meanOf = (xs: readonly (number | null)[], line: number): MeanOf => {
  const v = xs.filter((x): x is number => x !== null);
  return {
    mean: v.length ? v.reduce((a, b) => a + b, 0) / v.length : null,
    n: v.length,
    below: v.filter((x) => x < line).length,
  };
};

function blockersOf(a: AgencyResult, scheme: RatingScheme): Blockers {
  const score = a.overall.score;
  const line = scheme.passLine;
  const lowTools = a.tools
    .filter((t): t is typeof t & { score: number } => t.score !== null && t.score < line)
    .sort((x, y) => x.score - y.score)
    .map((t) => ({ tool: t.tool, score: t.score }));
  const blockedBy = (a.overall.rating?.blockedBy ?? []).map((b) => {
    const lv = scheme.levels.find((l) => l.label.th === b.level.th);
    const min = lv?.eachToolMin ?? line;
    return {
      level: b.level,
      min,
      tools: b.tools.map((tool) => ({ tool, score: a.tools.find((t) => t.tool === tool)?.score ?? null })),
    };
  });
  return { short: score === null ? null : Math.max(0, line - score), lowTools, blockedBy };
}

/** Rank by the score used, best first; ties share the rank. */
function ranked(agencies: readonly AgencyResult[]): RankedAgency[] {
  const order = agencies.map((a, k) => ({ a, k }));
  order.sort((x, y) => {
    const sx = x.a.overall.score,
      sy = y.a.overall.score;
    if (sx === null || sy === null) return sx === null && sy === null ? x.k - y.k : sx === null ? 1 : -1;
    return sy - sx || x.k - y.k;
  });
  let rank = 0;
  let prev: number | null = null;
  return order.map(({ a, k }, i) => {
    const s = a.overall.score;
    if (s !== null && s !== prev) {
      rank = i + 1;
      prev = s;
    }
    const scheme = ratingSchemeFor(a.year);
    return {
      ...a,
      index: k,
      rank: s === null ? null : rank,
      passLine: scheme.passLine,
      blockers: blockersOf(a, scheme),
    };
  });
}

/** Count agencies by rating level, per scheme in use (letter grades to FY2565, pass levels from FY2566), in scheme order. */
function byRating(agencies: readonly AgencyResult[]): { schemes: SchemeCount[]; unrated: number } {
  const out = new Map<string, { scheme: RatingScheme; counts: number[]; agencies: number }>();
  let unrated = 0;
  for (const a of agencies) {
    const r = a.overall.rating;
    if (!r) {
      unrated++;
      continue;
    }
    const scheme = ratingSchemeFor(a.year);
    let e = out.get(scheme.id);
    if (!e) {
      e = { scheme, counts: scheme.levels.map(() => 0), agencies: 0 };
      out.set(scheme.id, e);
    }
    e.counts[r.level] = (e.counts[r.level] ?? 0) + 1;
    e.agencies++;
  }
  const schemes = [...out.values()]
    .sort((x, y) => x.scheme.fromYear - y.scheme.fromYear)
    .map((e) => ({
      scheme: e.scheme,
      agencies: e.agencies,
      levels: e.scheme.levels.map((level, index) => ({ level, index, count: e.counts[index] ?? 0 })),
    }));
  return { schemes, unrated };
}

function weakItems(agencies: readonly AgencyResult[]): { items: WeakCount[]; withItems: number } {
  const m = new Map<string, { code: string; fy: number; agencies: number; critical: number }>();
  let withItems = 0;
  for (const a of agencies) {
    if (!a.weakItems) continue;
    withItems++;
    for (const w of a.weakItems) {
      const key = `${a.frameworkYear}:${w.code}`;
      const e = m.get(key) ?? { code: w.code, fy: a.frameworkYear, agencies: 0, critical: 0 };
      e.agencies++;
      if (w.level === 'critical') e.critical++;
      m.set(key, e);
    }
  }
  const order = (fy: number, code: string): number =>
    frameworkFor(fy).framework.items.findIndex((i) => i.code === code);
  const items = [...m.values()]
    .map((e): WeakCount => {
      const it = frameworkFor(e.fy).framework.items.find((i) => i.code === e.code);
      return {
        code: e.code,
        frameworkYear: e.fy,
        name: itemName(e.fy, e.code),
        tool: it?.tool ?? 'OIT',
        agencies: e.agencies,
        critical: e.critical,
        share: withItems ? e.agencies / withItems : 0,
      };
    })
    .sort(
      (x, y) =>
        y.agencies - x.agencies ||
        y.critical - x.critical ||
        x.frameworkYear - y.frameworkYear ||
        order(x.frameworkYear, x.code) - order(y.frameworkYear, y.code),
    );
  return { items, withItems };
}

/** Consolidate many agencies' results (any mix of own workbooks and result lists). `line`: below it a tool or indicator counts as below. */
export function consolidate(agencies: readonly AgencyResult[], line = 85): Consolidation {
  const list = ranked(agencies);
  const { schemes, unrated } = byRating(agencies);
  const { items, withItems } = weakItems(agencies);
  const years = [...new Set(agencies.map((a) => a.year))].sort((a, b) => a - b);
  // Indicator names and tools from the framework of the most common year (the ten indicators keep their numbers).
  const tally = new Map<number, number>();
  for (const a of agencies) tally.set(a.frameworkYear, (tally.get(a.frameworkYear) ?? 0) + 1);
  const fy =
    [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ??
    frameworkFor(years[0] ?? 2567).framework.year;
  const fw = frameworkFor(fy).framework;
  const scoreOf = (a: AgencyResult, no: number): number | null => a.indicators.find((i) => i.no === no)?.score ?? null;
  return {
    agencies: list,
    count: agencies.length,
    scored: agencies.filter((a) => a.overall.score !== null).length,
    passed: agencies.filter((a) => a.overall.rating?.pass).length,
    years,
    byRating: schemes,
    unrated,
    means: {
      overall: meanOf(
        agencies.map((a) => a.overall.score),
        line,
      ),
      tools: Object.fromEntries(
        TOOLS.map((t) => [
          t,
          meanOf(
            agencies.map((a) => a.tools.find((x) => x.tool === t)?.score ?? null),
            line,
          ),
        ]),
      ) as Record<Tool, MeanOf>,
      indicators: fw.indicators.map((ind) => ({
        no: ind.no,
        tool: ind.tool,
        name: ind.name,
        ...meanOf(
          agencies.map((a) => scoreOf(a, ind.no)),
          line,
        ),
      })),
    },
    weakItems: items,
    withItems,
    line,
  };
}
