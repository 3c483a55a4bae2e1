/** The result: overall score and rating (with what the per-tool rule means here), tool scores and the indicator table. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { score } from './format';
import { FrameworkNote } from './FrameworkNote';
import { IndicatorTable } from './IndicatorTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  overall: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  muted: { color: tokens.colorNeutralForeground3 },
  blocked: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1 },
  tools: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS, margin: 0 },
  tool: {
    display: 'flex', flexDirection: 'column', alignItems: 'center', margin: 0,
    padding: tokens.spacingVerticalXS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3,
  },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

export type SummarySectionProps = { readonly lang: Lang; readonly summary: Summary };

export function SummarySection({ lang, summary }: SummarySectionProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const { overall } = summary;
  const rating = overall.rating;
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <h2 id="summary-heading" className={styles.h2}>{t('ui.summary.heading', { year: summary.year })}</h2>
      <FrameworkNote lang={lang} summary={summary} />
      <div className={styles.overall}>
        <span className={styles.muted}>{t('ui.summary.overall')}</span>
        <span className={styles.big} data-testid="overall-score">{score(overall.score)}</span>
        {overall.reported !== null && <span className={styles.muted}>({t('ui.summary.reported', { value: score(overall.reported) })})</span>}
      </div>
      {rating && (
        <div>
          <Badge appearance="filled" color={rating.pass ? 'success' : 'danger'} size="large" data-testid="rating">
            {rating.label[lang]}
          </Badge>
        </div>
      )}
      {rating?.blockedBy.map((b, k) => (
        <p key={k} className={styles.blocked}>{t('ui.summary.blocked', { level: b.level[lang], tools: b.tools.join(', ') })}</p>
      ))}
      <h3 className={styles.h3}>{t('ui.summary.tools')}</h3>
      <dl className={styles.tools}>
        {summary.tools.map((tool) => (
          <div key={tool.tool} className={styles.tool}>
            <dt>{tool.tool} <span className={styles.muted}>({Math.round(tool.weight * 100)}%)</span></dt>
            <dd className={styles.dd} data-testid={`tool-${tool.tool}`}>{score(tool.score)}</dd>
          </div>
        ))}
      </dl>
      <h3 className={styles.h3}>{t('ui.summary.indicators')}</h3>
      <IndicatorTable lang={lang} summary={summary} />
    </section>
  );
}
