/** The tool scores and the indicator table (what the result card sums up), with what the per-tool rule means here. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { score } from './format';
import { IndicatorTable } from './IndicatorTable';

const useStyles = makeStyles({
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  blocked: { margin: 0, color: tokens.colorNeutralForeground1 },
  tools: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tool: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    margin: 0,
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});

export type ScoresSectionProps = { readonly lang: Lang; readonly summary: Summary };

export function ScoresSection({ lang, summary }: ScoresSectionProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  return (
    <>
      {summary.overall.rating?.blockedBy.map((b, k) => (
        <p key={k} className={styles.blocked}>
          ⚠ {t('ui.summary.blocked', { level: b.level[lang], tools: b.tools.join(', ') })}
        </p>
      ))}
      <h3 className={styles.h3}>{t('ui.summary.tools')}</h3>
      <dl className={styles.tools}>
        {summary.tools.map((tool) => (
          <div key={tool.tool} className={styles.tool}>
            <dt>
              {tool.tool} <span className={styles.muted}>({Math.round(tool.weight * 100)}%)</span>
            </dt>
            <dd className={styles.dd} data-testid={`tool-${tool.tool}`}>
              {score(tool.score)}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className={styles.h3}>{t('ui.summary.indicators')}</h3>
      <IndicatorTable lang={lang} summary={summary} />
    </>
  );
}
