/** Drafting from the measures library: analysis texts per theme and the measures a plan needs, from THIS agency's weak and strong items. */
import type { IndicatorResult, ItemResult, Summary } from '../summary';
import type { Lang } from '../types';
import { fill, type MeasureTheme, type MeasuresLibrary, type PhraseKey } from './measures';
import { agencyTitles } from '../agency/titles';

/** What a drafted text may name of this agency: its head ({head}) and founding law ({law}), by its type. */
export function agencyParams(summary: Summary, lang: Lang): Record<string, string> {
  const t = agencyTitles(summary.agency);
  return { head: t.head[lang], law: t.law[lang] };
}

export type ThemeTexts = { readonly deficiency: string; readonly development: string; readonly maintain: string };

/** One row of the measures plan: a library theme and the weak items / indicators it answers. */
export type PlannedMeasure = {
  readonly theme: MeasureTheme;
  readonly items: readonly ItemResult[];
  readonly indicators: readonly IndicatorResult[];
  /** Steps (already filled) that concern this agency's weak items. */
  readonly steps: readonly string[];
};

/** OIT scores are whole (0/50/100): shown without decimals; survey scores with two. */
export function scoreText(n: number): string {
  return Number.isInteger(n) ? String(n) : (Math.round(n * 100) / 100).toFixed(2);
}

export const itemLabel = (it: ItemResult, lang: Lang): string => `${it.code} ${it.name[lang]}`;

/** The assessment year's items on these topics, in topic order (an item is listed under its own topic, once). */
export function itemsOnTopics(summary: Summary, topics: readonly string[]): ItemResult[] {
  const out: ItemResult[] = [];
  for (const t of topics) {
    const it = summary.items.find((i) => i.topic === t);
    if (it) out.push(it);
  }
  return out;
}

/** The topic of a measure as the topic whose ita-measures document this is: the fallback measure when nothing is weak. */
export const ITA_MEASURES_TOPIC = 'ita-measures';

const numberedIfMany = (lines: readonly string[]): string =>
  lines.length === 1 ? lines[0]! : lines.map((l, k) => `${k + 1}. ${l}`).join('\n');

type Ctx = { readonly lib: MeasuresLibrary; readonly lang: Lang; readonly line: number };
const phrase = (c: Ctx, key: PhraseKey, p: Readonly<Record<string, string | number>>): string =>
  fill(c.lib.phrases[key][c.lang], p);

function deficiencyLine(c: Ctx, it: ItemResult): string {
  const t = c.lib.topics[it.topic];
  const gap = t ? t.gap[c.lang] : '';
  const score = scoreText(it.score ?? 0);
  const key: PhraseKey = it.tool !== 'OIT' ? 'survey' : (it.score ?? 0) <= 0 ? 'oitZero' : 'oitPartial';
  return phrase(c, key, { item: itemLabel(it, c.lang), score, gap, line: c.line });
}

function indicatorLine(c: Ctx, ind: IndicatorResult, key: 'indicator' | 'developIndicator' | 'maintain'): string {
  const t = c.lib.indicators[String(ind.no)];
  if (key === 'indicator')
    return phrase(c, key, {
      no: ind.no,
      name: ind.name[c.lang],
      score: scoreText(ind.score ?? 0),
      line: c.line,
      gap: t?.gap[c.lang] ?? '',
    });
  return phrase(c, 'developIndicator', { no: ind.no, text: t?.development[c.lang] ?? '' });
}

const byWorst = (a: ItemResult, b: ItemResult): number =>
  (a.weak === b.weak ? 0 : a.weak === 'critical' ? -1 : 1) || (a.score ?? 0) - (b.score ?? 0);

/** The three analysis texts of a theme; never empty, never the template's instructions. */
export function draftThemeTexts(
  summary: Summary,
  topics: readonly string[],
  weakIndicators: readonly IndicatorResult[],
  lib: MeasuresLibrary,
  lang: Lang,
): ThemeTexts {
  const c: Ctx = { lib, lang, line: summary.settings.thresholds.surveyWeakBelow };
  const items = itemsOnTopics(summary, topics);
  const weak = items.filter((i) => i.weak !== null).sort(byWorst);
  const missing = items.filter((i) => i.score === null);
  const strong = items.filter((i) => i.score !== null && i.weak === null);
  if (!weak.length && !strong.length && !weakIndicators.length) {
    const none = phrase(c, 'noData', {});
    return { deficiency: none, development: none, maintain: none };
  }
  const missingLines = missing.map((i) => phrase(c, 'missing', { item: itemLabel(i, lang) }));
  const defLines = [
    ...weak.map((i) => deficiencyLine(c, i)),
    ...weakIndicators.map((ind) => indicatorLine(c, ind, 'indicator')),
  ];
  const deficiency = numberedIfMany(
    defLines.length ? [...defLines, ...missingLines] : [phrase(c, 'noWeak', { line: c.line }), ...missingLines],
  );
  const devLines = [
    ...weak.map((i) => phrase(c, 'develop', { code: i.code, text: lib.topics[i.topic]?.development[lang] ?? '' })),
    ...weakIndicators.map((ind) => indicatorLine(c, ind, 'developIndicator')),
  ];
  const development = numberedIfMany(
    devLines.length ? devLines : [phrase(c, 'noWeakDevelop', { codes: strong.map((i) => i.code).join(', ') })],
  );
  const keepLines = strong.map((i) =>
    phrase(c, 'maintain', {
      item: itemLabel(i, lang),
      score: scoreText(i.score!),
      text: lib.topics[i.topic]?.maintain[lang] ?? '',
    }),
  );
  const maintain = keepLines.length
    ? numberedIfMany(keepLines)
    : [
        phrase(c, 'noStrong', {}),
        numberedIfMany(
          weak.map((i) => phrase(c, 'develop', { code: i.code, text: lib.topics[i.topic]?.maintain[lang] ?? '' })),
        ),
      ].join('\n');
  const p = agencyParams(summary, lang);
  return { deficiency: fill(deficiency, p), development: fill(development, p), maintain: fill(maintain, p) };
}

/** Weak indicators that items cannot explain (EIT, not recomputable), each placed in the theme holding most of its items' topics. */
export function weakReportedIndicators(
  summary: Summary,
  themes: readonly { readonly topics: readonly string[] }[],
): Map<number, IndicatorResult[]> {
  const out = new Map<number, IndicatorResult[]>();
  const topicOf = new Map(summary.items.map((i) => [i.code, i.topic]));
  for (const ind of summary.indicators) {
    const agg = summary.framework.indicators.find((i) => i.no === ind.no)?.aggregate;
    if (ind.weak === null || agg !== 'reported') continue;
    let best = -1;
    let bestCount = 0;
    const topics = ind.items.map((code) => topicOf.get(code)).filter((t): t is string => t !== undefined);
    themes.forEach((t, k) => {
      const n = topics.filter((topic) => t.topics.includes(topic)).length;
      if (n > bestCount) {
        best = k;
        bestCount = n;
      }
    });
    if (best >= 0) out.set(best, [...(out.get(best) ?? []), ind]);
  }
  return out;
}

function measureFor(theme: MeasureTheme, summary: Summary, planYear: number, lang: Lang): PlannedMeasure {
  const items = itemsOnTopics(summary, theme.topics)
    .filter((i) => i.weak !== null)
    .sort(byWorst);
  const indicators = summary.indicators.filter((i) => theme.indicators.includes(i.no) && i.weak !== null);
  // A weak item answers for its own topic and those merged into it (FY2568 O1: structure and powers).
  const weakTopics = new Set(items.flatMap((i) => [i.topic, ...i.covers]));
  const steps = theme.steps
    .filter((s) => !s.topics || !items.length || s.topics.some((t) => weakTopics.has(t)))
    .map((s) => fill(s[lang], { planYear, ...agencyParams(summary, lang) }));
  return { theme, items, indicators, steps };
}

/** One measure per library theme with weak items (or a weak indicator it names); the ITA-measures document's own measure when nothing else is weak. */
export function planMeasures(summary: Summary, lib: MeasuresLibrary, lang: Lang): PlannedMeasure[] {
  const all = lib.themes.map((t) => measureFor(t, summary, summary.planYear, lang));
  const needed = all.filter((m) => m.items.length || m.indicators.length);
  if (needed.length) return needed;
  const own = all.find((m) => m.theme.topics.includes(ITA_MEASURES_TOPIC)) ?? all[0];
  return own ? [own] : [];
}
