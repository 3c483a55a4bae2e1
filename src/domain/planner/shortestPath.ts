/**
 * The shortest path: the fewest OIT documents that lift the overall score to the pass line, and what the higher
 * levels need (from FY2566 each tool must also reach the level's minimum; documents cannot move IIT or EIT).
 *
 * Why greedy by gain is minimal: wherever indicators are computed from items, the overall score is a LINEAR
 * function of each item (means of means, weighted sum), so the gain of a set of documents is the sum of their gains.
 * The k documents with the largest gains therefore give the largest overall score any k documents can give, and
 * (each OIT gain being w_OIT × the item's gain in the OIT tool score) also the largest OIT score: the first k at
 * which the largest-k sum reaches the target is the smallest possible count. Steps are nevertheless recomputed by
 * projection (not summed) so the numbers printed are the structure's own.
 */
import type { Framework, Text } from '../framework';
import { message } from '../messages';
import type { RatingResult, Summary } from '../summary';
import type { Lang, Tool } from '../types';
import { TOOLS } from '../types';
import { formatCrossYear, mapToYear } from './crossYear';
import { itemGains, type ItemGain } from './gains';
import { project } from './project';

export type PathStep = {
  readonly code: string;
  readonly gain: number;
  /** Overall after this step and all before it. */
  readonly overall: number;
  readonly tools: Readonly<Record<Tool, number | null>>;
  readonly rating: RatingResult | null;
};

export type DocumentPath = {
  /** Whether documents reach the target (overall, and the OIT tool minimum where the level has one). */
  readonly reached: boolean;
  /** Codes in the order to fix them. */
  readonly items: readonly string[];
  readonly steps: readonly PathStep[];
  /** Overall after all of them (the current overall when there is nothing to do). */
  readonly projected: number | null;
  readonly rating: RatingResult | null;
};

export type PathToPass = DocumentPath & {
  readonly line: number;
  readonly alreadyPassing: boolean;
  /** The overall with every OIT document at 100. */
  readonly maxByDocuments: number | null;
};

export type PerceptionIndicator = {
  readonly no: number;
  readonly tool: Tool;
  readonly name: Text;
  readonly score: number | null;
  readonly below: boolean;
};

export type ToolBlock = {
  readonly tool: Tool;
  readonly score: number | null;
  readonly min: number;
  /** Tool points missing. */
  readonly gap: number | null;
  /** Its indicators, weakest first: the perception work that would lift it. */
  readonly indicators: readonly PerceptionIndicator[];
};

export type HigherLevel = {
  readonly level: Text;
  readonly index: number;
  readonly min: number;
  readonly eachToolMin: number | null;
  /** Documents alone reach this level. */
  readonly reachableByDocuments: boolean;
  /** The document part (overall ≥ min and OIT ≥ the tool minimum), needed whatever else happens. */
  readonly documents: DocumentPath;
  /** The overall with every OIT document at 100, when that is still below the level's minimum. */
  readonly overallShort: number | null;
  /** Perception tools that keep this level out of reach whatever the documents do. */
  readonly blockedBy: readonly ToolBlock[];
};

const DOCS_ONLY: readonly Tool[] = ['OIT'];

/** Fix documents in gain order until the overall reaches `minOverall` and OIT reaches `minOit` (when given). */
function documentPath(
  summary: Summary,
  gains: readonly ItemGain[],
  minOverall: number,
  minOit: number | null,
): DocumentPath {
  const docs = gains.filter((g) => g.kind === 'document' && g.gain !== null && g.gain > 0);
  const done = (p: ReturnType<typeof project>): boolean =>
    p.overall !== null && p.overall >= minOverall && (minOit === null || (p.tools.OIT ?? -Infinity) >= minOit);
  const targets: Record<string, number> = {};
  let p = project(summary, targets);
  const steps: PathStep[] = [];
  for (const g of docs) {
    if (done(p)) break;
    targets[g.code] = 100;
    p = project(summary, targets);
    steps.push({
      code: g.code,
      gain: g.gain as number,
      overall: p.overall as number,
      tools: p.tools,
      rating: p.rating,
    });
  }
  return { reached: done(p), items: steps.map((s) => s.code), steps, projected: p.overall, rating: p.rating };
}

function allDocuments(summary: Summary, gains: readonly ItemGain[]): ReturnType<typeof project> {
  return project(
    summary,
    Object.fromEntries(gains.filter((g) => g.kind === 'document' && g.gain !== null).map((g) => [g.code, 100])),
  );
}

/** Index of the lowest passing level (the pass line itself, e.g. ผ่าน or A). */
function passIndex(summary: Summary): number {
  const lv = summary.scheme.levels;
  let k = -1;
  lv.forEach((l, i) => {
    if (l.pass) k = i;
  });
  return k;
}

/** The smallest set of OIT documents that lifts the overall score to the pass line, in order, with the score after each. */
export function pathToPass(summary: Summary, gains: readonly ItemGain[] = itemGains(summary)): PathToPass {
  const k = passIndex(summary);
  const level = summary.scheme.levels[k];
  const line = level?.min ?? summary.scheme.passLine;
  const now = summary.overall.score;
  const alreadyPassing = now !== null && (summary.overall.rating?.pass ?? false);
  const path = alreadyPassing
    ? { reached: true, items: [], steps: [], projected: now, rating: summary.overall.rating }
    : documentPath(summary, gains, line, level?.eachToolMin ?? null);
  return { ...path, line, alreadyPassing, maxByDocuments: allDocuments(summary, gains).overall };
}

/** For each passing level above the pass line and above the current rating: can documents alone get there, and if not, why. */
export function higherLevels(summary: Summary, gains: readonly ItemGain[] = itemGains(summary)): HigherLevel[] {
  const k = passIndex(summary);
  const current = summary.overall.rating?.level ?? Infinity;
  const best = allDocuments(summary, gains);
  const out: HigherLevel[] = [];
  summary.scheme.levels.forEach((lv, index) => {
    if (!lv.pass || index >= k || index >= current) return;
    const toolMin = lv.eachToolMin ?? null;
    const documents = documentPath(summary, gains, lv.min, toolMin);
    const blockedBy: ToolBlock[] = [];
    if (toolMin !== null) {
      for (const tool of TOOLS) {
        if (DOCS_ONLY.includes(tool)) continue;
        const score = best.tools[tool];
        if (score !== null && score >= toolMin) continue;
        const indicators = summary.indicators
          .filter((i) => i.tool === tool)
          .map((i) => ({ no: i.no, tool, name: i.name, score: i.score, below: i.score === null || i.score < toolMin }))
          .sort((a, b) => (a.score ?? -Infinity) - (b.score ?? -Infinity) || a.no - b.no);
        blockedBy.push({ tool, score, min: toolMin, gap: score === null ? null : toolMin - score, indicators });
      }
    }
    const overallShort = best.overall !== null && best.overall < lv.min ? best.overall : null;
    out.push({
      level: lv.label,
      index,
      min: lv.min,
      eachToolMin: toolMin,
      reachableByDocuments: documents.reached && !blockedBy.length && overallShort === null,
      documents,
      overallShort,
      blockedBy,
    });
  });
  // Nearest level first (ผ่านดี before ผ่านดีเยี่ยม).
  return out.sort((a, b) => b.index - a.index);
}

const f2 = (x: number | null): string => (x === null ? '—' : (Math.round(x * 100) / 100).toFixed(2));

/** The plan in sentences (catalogue plan.*): the path to the pass line, then each higher level. */
export function planSentences(summary: Summary, lang: Lang, gains: readonly ItemGain[] = itemGains(summary)): string[] {
  const path = pathToPass(summary, gains);
  const lines: string[] = [];
  if (path.alreadyPassing)
    lines.push(message('plan.alreadyPassing', lang, { overall: f2(summary.overall.score), line: path.line }));
  else if (path.reached) {
    lines.push(
      message('plan.path', lang, {
        count: path.items.length,
        items: path.items.join(', '),
        projected: f2(path.projected),
        rating: path.rating?.label[lang] ?? '—',
      }),
    );
  } else lines.push(message('plan.pathUnreachable', lang, { max: f2(path.maxByDocuments), line: path.line }));
  for (const h of higherLevels(summary, gains)) {
    const level = h.level[lang];
    if (h.overallShort !== null)
      lines.push(message('plan.levelOverallShort', lang, { level, max: f2(h.overallShort), min: h.min }));
    for (const b of h.blockedBy) {
      const indicators = b.indicators
        .map((i) => message('plan.indicatorScore', lang, { no: i.no, name: i.name[lang], score: f2(i.score) }))
        .join(', ');
      lines.push(
        message('plan.levelBlockedTool', lang, {
          level,
          tool: b.tool,
          score: f2(b.score),
          min: b.min,
          gap: f2(b.gap),
          indicators,
        }),
      );
    }
    if (h.overallShort === null && h.documents.reached) {
      lines.push(
        message(h.reachableByDocuments ? 'plan.levelByDocuments' : 'plan.levelDocumentsPart', lang, {
          level,
          count: h.documents.items.length,
          items: h.documents.items.join(', '),
          projected: f2(h.documents.projected),
          oit: f2(h.documents.steps.at(-1)?.tools.OIT ?? summary.tools.find((t) => t.tool === 'OIT')?.score ?? null),
        }),
      );
    }
  }
  if (gains.some((g) => g.kind === 'perception')) lines.push(message('plan.perceptionUncertain', lang));
  return lines;
}

/** The `plan` object of `analyze --json`: gains (overall points at 100), the path to the pass line, what blocks the higher levels. */
export function planReport(
  summary: Summary,
  planFw?: Framework,
): {
  gains: {
    code: string;
    kind: ItemGain['kind'];
    score: number;
    gain: number | null;
    certain: boolean;
    reason?: string;
    planYear?: string;
  }[];
  pathToPass: {
    items: string[];
    projected: number | null;
    reached: boolean;
    alreadyPassing: boolean;
    line: number;
    rating: string | null;
    steps: { code: string; gain: number; overall: number; rating: string | null }[];
  };
  higherLevels: {
    level: string;
    reachableByDocuments: boolean;
    documents: { items: string[]; projected: number | null; reached: boolean };
    overallShort: number | null;
    blockedBy: {
      tool: Tool;
      score: number | null;
      min: number;
      gap: number | null;
      indicators: { no: number; score: number | null }[];
    }[];
  }[];
  sentences: string[];
} {
  const lang = summary.settings.lang;
  const gains = itemGains(summary);
  const path = pathToPass(summary, gains);
  return {
    gains: gains.map((g) => ({
      code: g.code,
      kind: g.kind,
      score: g.score,
      gain: g.gain,
      certain: g.certain,
      ...(g.reason ? { reason: g.reason } : {}),
      ...(planFw
        ? { planYear: formatCrossYear(g.code, mapToYear(g.code, summary.framework, planFw), planFw.year, lang) }
        : {}),
    })),
    pathToPass: {
      items: [...path.items],
      projected: path.projected,
      reached: path.reached,
      alreadyPassing: path.alreadyPassing,
      line: path.line,
      rating: path.rating?.label[lang] ?? null,
      steps: path.steps.map((s) => ({
        code: s.code,
        gain: s.gain,
        overall: s.overall,
        rating: s.rating?.label[lang] ?? null,
      })),
    },
    higherLevels: higherLevels(summary, gains).map((h) => ({
      level: h.level[lang],
      reachableByDocuments: h.reachableByDocuments,
      documents: { items: [...h.documents.items], projected: h.documents.projected, reached: h.documents.reached },
      overallShort: h.overallShort,
      blockedBy: h.blockedBy.map((b) => ({
        tool: b.tool,
        score: b.score,
        min: b.min,
        gap: b.gap,
        indicators: b.indicators.map((i) => ({ no: i.no, score: i.score })),
      })),
    })),
    sentences: planSentences(summary, lang, gains),
  };
}
