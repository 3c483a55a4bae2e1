/**
 * The result first: the overall score, the rating (an icon and words beside its colour), and what stands between
 * the agency and the next level, in one card at the top of the pane. A projection is named as one and never shows a
 * projected score here: the only big number is the result.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { message, type MessageCode } from '../domain/messages';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { score } from './format';
import { FrameworkNote } from './FrameworkNote';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  agency: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  overall: { display: 'flex', flexDirection: 'column' },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  big: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightBold,
    lineHeight: tokens.lineHeightHero800,
    fontVariantNumeric: 'tabular-nums',
  },
  rating: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  pass: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  fail: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  next: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** What stands between the agency and the next level up, as sentences (empty when nothing can be said). */
export function nextLevelText(summary: Summary, lang: Lang): string[] {
  return nextLevelGap(summary, lang);
}

/** The gap to the next level: its minimum, and the tools below its per-tool minimum. */
function nextLevelGap(summary: Summary, lang: Lang): string[] {
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const rating = summary.overall.rating;
  const overall = summary.overall.score ?? summary.overall.reported;
  if (!rating || overall === null) return [];
  if (rating.level === 0) return [t('ui.result.top')];
  const next = summary.scheme.levels[rating.level - 1]!;
  const out: string[] = [];
  const gap = next.min - overall;
  if (gap > 0) out.push(t('ui.result.next', { level: next.label[lang], min: next.min, gap: score(gap) }));
  const below =
    next.eachToolMin === undefined
      ? []
      : summary.tools.filter((x) => x.score === null || x.score < next.eachToolMin!).map((x) => x.tool);
  if (below.length)
    out.push(t('ui.result.nextTools', { level: next.label[lang], min: next.eachToolMin!, tools: below.join(', ') }));
  return out;
}

/**
 * How to get there: the fewest OIT documents for the pass line, or for the next passing level above it. The planner
 * comes in a lazy chunk (the line follows the card by a moment); null while loading or when nothing is to be said.
 */
export function usePathLine(summary: Summary, lang: Lang): string | null {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setLine(null);
    const rating = summary.overall.rating;
    if (!rating || rating.level === 0) return;
    void import(/* webpackChunkName: "planner" */ '../domain/planner/shortestPath').then(
      ({ higherLevels, pathToPass }) => {
        if (!live) return;
        const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
        if (!rating.pass) {
          const p = pathToPass(summary);
          setLine(
            p.reached && p.items.length ? t('ui.result.path', { count: p.items.length }) : t('ui.result.pathShort'),
          );
        } else {
          const h = higherLevels(summary).find((x) => x.index === rating.level - 1);
          if (h)
            setLine(
              h.reachableByDocuments && h.documents.items.length
                ? t('ui.result.path', { count: h.documents.items.length })
                : t('ui.result.pathShort'),
            );
        }
      },
    );
    return () => {
      live = false;
    };
  }, [summary, lang]);
  return line;
}

export type ResultCardProps = { readonly lang: Lang; readonly summary: Summary };

export function ResultCard({ lang, summary }: ResultCardProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const { overall } = summary;
  const rating = overall.rating;
  const critical = summary.weak.filter((w) => w.weak === 'critical').length;
  const path = usePathLine(summary, lang);
  return (
    <section className={styles.card} aria-labelledby="result-heading" data-testid="result-card">
      <h2 id="result-heading" className={styles.h2}>
        {t('ui.result.heading', { year: summary.year })}
      </h2>
      {summary.agency && <p className={styles.agency}>{summary.agency}</p>}
      <FrameworkNote lang={lang} summary={summary} />
      <div className={styles.row}>
        <div className={styles.overall}>
          <span className={styles.label} id="overall-label">
            {t('ui.summary.overall')}
          </span>
          <span className={styles.big} data-testid="overall-score" aria-describedby="overall-label">
            {score(overall.score ?? overall.reported)}
          </span>
        </div>
        {rating && (
          <span className={`${styles.rating} ${rating.pass ? styles.pass : styles.fail}`} data-testid="rating">
            {rating.pass ? (
              <CheckmarkCircle20Filled aria-hidden="true" />
            ) : (
              <DismissCircle20Filled aria-hidden="true" />
            )}
            {rating.label[lang]}
          </span>
        )}
      </div>
      {overall.reported !== null && overall.score !== null && (
        <p className={styles.note}>{t('ui.summary.reported', { value: score(overall.reported) })}</p>
      )}
      {nextLevelText(summary, lang).map((line, k) => (
        <p key={k} className={styles.next} data-testid="next-level">
          {line}
        </p>
      ))}
      {path && (
        <p className={styles.next} data-testid="next-level">
          {path}
        </p>
      )}
      {summary.weak.length > 0 && (
        <p className={styles.note}>{t('ui.result.weak', { count: summary.weak.length, critical })}</p>
      )}
    </section>
  );
}
