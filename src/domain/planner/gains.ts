/**
 * What each item is worth: the exact change in the overall score if an item reached 100 (or a typed target),
 * recomputed through the framework's structure (project.ts), never from hard-coded weights.
 * OIT items are documents the agency publishes itself ('document'); IIT/EIT items are perceptions ('perception'):
 * IIT items move indicators 1–5 but uncertainly; EIT indicators are taken as reported, so an e-item's gain is unknown.
 */
import { frameworkExact, groupingVerified, membersOf, type Framework, type Text } from '../framework';
import { message, type MessageCode } from '../messages';
import type { Summary } from '../summary';
import type { Lang, Tool } from '../types';
import { formatCrossYear, mapToYear, type CrossYearMatch } from './crossYear';
import { project } from './project';

export type ItemKind = 'document' | 'perception';
/** Why a gain cannot be computed. */
export type GainReason = 'eitReported' | 'indicatorNotComputable' | 'overallUnknown';

export type ItemGain = {
  readonly code: string;
  readonly tool: Tool;
  readonly kind: ItemKind;
  readonly name: Text;
  readonly indicator: number | null;
  /** Sub-indicator number (e.g. "9.3") where the item sits in one. */
  readonly sub: string | null;
  readonly score: number;
  /** Overall points if the item reached 100; null when not computable (see reason). */
  readonly gain: number | null;
  /** Overall points per item point (the structure is linear in each item); null when not computable. */
  readonly perPoint: number | null;
  /** Documents are in the agency's hands; perception gains never are. */
  readonly certain: boolean;
  /** The year's item-to-indicator grouping is not verified (FY2568+): the gain is an estimate through the inferred structure. */
  readonly estimated: boolean;
  readonly reason?: GainReason;
};

/** Kind of an item by its tool: OIT = document, IIT/EIT = perception. */
export function kindOf(tool: Tool): ItemKind {
  return tool === 'OIT' ? 'document' : 'perception';
}

/** Overall points per point of an item, from the framework's structure: weight · 1/#indicators · (1/#subs) · 1/#items. */
export function overallPerPoint(fw: Framework, code: string): number | null {
  const ind = fw.indicators.find((i) => membersOf(i).includes(code));
  if (!ind || ind.aggregate === 'reported') return null;
  const nInd = fw.indicators.filter((i) => i.tool === ind.tool).length;
  const base = fw.weights[ind.tool] / nInd;
  if (ind.aggregate === 'mean-of-subindicators') {
    const subs = ind.sub ?? [];
    const s = subs.find((x) => x.items.includes(code));
    return s ? base / subs.length / s.items.length : null;
  }
  return base / membersOf(ind).length;
}

function subOf(fw: Framework, code: string): string | null {
  for (const ind of fw.indicators) for (const s of ind.sub ?? []) if (s.items.includes(code)) return s.no;
  return null;
}

/** The change in the overall score if `code` reached `target`; null when the overall or the item's indicator cannot be recomputed. */
export function gainAt(summary: Summary, code: string, target: number): number | null {
  const base = project(summary, {}).overall;
  const after = project(summary, { [code]: target }).overall;
  return base === null || after === null ? null : after - base;
}

function reasonFor(summary: Summary, indicator: number | null): GainReason | undefined {
  if (summary.overall.score === null) return 'overallUnknown';
  const def = summary.framework.indicators.find((i) => i.no === indicator);
  if (def?.aggregate === 'reported') return 'eitReported';
  const ind = summary.indicators.find((i) => i.no === indicator);
  // Verified grouping: the indicator must come from its items; otherwise the items' estimate moves the stated value.
  const computable = ind && def && (groupingVerified(def) ? ind.source === 'items' : ind.estimate !== null);
  return computable ? undefined : 'indicatorNotComputable';
}

/** Whether an item's gain goes through a grouping that is not verified (an estimate). */
function estimatedFor(summary: Summary, indicator: number | null): boolean {
  const def = summary.framework.indicators.find((i) => i.no === indicator);
  return def !== undefined && def.aggregate !== 'reported' && !groupingVerified(def);
}

/**
 * Every item below 100 (with a known score), with its gain at 100: documents first, then perception;
 * each group by gain (largest first, unknown last), ties in framework order.
 */
export function itemGains(summary: Summary): ItemGain[] {
  const fw = summary.framework;
  const order = new Map(fw.items.map((it, k) => [it.code, k]));
  const out: ItemGain[] = [];
  for (const it of summary.items) {
    if (it.score === null || it.score >= 100) continue;
    const kind = kindOf(it.tool);
    const reason = reasonFor(summary, it.indicator);
    const gain = reason ? null : gainAt(summary, it.code, 100);
    out.push({
      code: it.code,
      tool: it.tool,
      kind,
      name: it.name,
      indicator: it.indicator,
      sub: subOf(fw, it.code),
      score: it.score,
      gain,
      perPoint: reason ? null : overallPerPoint(fw, it.code),
      certain: kind === 'document',
      estimated: estimatedFor(summary, it.indicator),
      ...(reason ? { reason } : {}),
    });
  }
  const kindRank = (k: ItemKind): number => (k === 'document' ? 0 : 1);
  return out.sort(
    (a, b) =>
      kindRank(a.kind) - kindRank(b.kind) ||
      (b.gain ?? -Infinity) - (a.gain ?? -Infinity) ||
      order.get(a.code)! - order.get(b.code)!,
  );
}

/** Per-item gains for chosen targets, for the measures plan ("every measure says what it is worth"), with plan-year codes. */
export type ChosenGain = {
  readonly code: string;
  readonly kind: ItemKind;
  readonly score: number | null;
  readonly target: number;
  /** Overall points from this item alone reaching its target; null when not computable. */
  readonly gain: number | null;
  readonly certain: boolean;
  readonly estimated: boolean;
  readonly reason?: GainReason;
  /** The item in the plan year's framework, by normalised name; undefined when that year has no framework. */
  readonly planYear?: CrossYearMatch;
};

/**
 * Gains of the chosen targets, item by item (the structure is linear, so they add up to the projected change
 * as long as no indicator is capped: every target is clamped to 0–100 first).
 */
export function chosenGains(
  summary: Summary,
  targets: Readonly<Record<string, number>>,
  planFw?: Framework,
): ChosenGain[] {
  const out: ChosenGain[] = [];
  for (const [code, raw] of Object.entries(targets)) {
    const it = summary.items.find((i) => i.code === code);
    if (!it) continue;
    const target = Math.min(100, Math.max(0, raw));
    const reason = it.score === null ? 'indicatorNotComputable' : reasonFor(summary, it.indicator);
    const kind = kindOf(it.tool);
    out.push({
      code,
      kind,
      score: it.score,
      target,
      gain: reason ? null : gainAt(summary, code, target),
      certain: kind === 'document',
      estimated: estimatedFor(summary, it.indicator),
      ...(reason ? { reason } : {}),
      ...(planFw ? { planYear: mapToYear(code, summary.framework, planFw) } : {}),
    });
  }
  return out;
}

/** The default chosen set: every OIT document below 100 brought to 100 (perception targets are never assumed). */
export function defaultTargets(summary: Summary): Record<string, number> {
  return Object.fromEntries(
    itemGains(summary)
      .filter((g) => g.kind === 'document' && g.gain !== null)
      .map((g) => [g.code, 100]),
  );
}

const f2 = (x: number): string => (Math.round(x * 100) / 100).toFixed(2);

/**
 * What each chosen measure is worth, as the measures plan prints it, by item code:
 * "+2.00 คะแนนภาพรวม (o26/o27 → O21 ปี 2568)"; perception gains marked uncertain; unknown gains said so.
 */
export function measureWorth(
  summary: Summary,
  lang: Lang,
  targets: Readonly<Record<string, number>> = defaultTargets(summary),
): Map<string, string> {
  const planFw = frameworkExact(summary.planYear);
  const out = new Map<string, string>();
  for (const g of chosenGains(summary, targets, planFw)) {
    const planYear =
      g.planYear && planFw
        ? formatCrossYear(g.code, g.planYear, planFw.year, lang)
        : message('plan.crossYearUnknown', lang, { from: g.code, year: summary.planYear });
    const code: MessageCode =
      g.gain === null
        ? 'plan.worth.unknown'
        : !g.certain
          ? 'plan.worth.perception'
          : g.estimated
            ? 'plan.worth.estimate'
            : 'plan.worth.document';
    out.set(g.code, message(code, lang, { gain: g.gain === null ? '' : f2(g.gain), target: g.target, planYear }));
  }
  return out;
}
