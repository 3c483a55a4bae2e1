/** The 10 indicators: reported vs computed, a flag where they disagree (the engine's agreement flag, score.ts). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { IndicatorResult, Summary } from '../domain/summary';
import type { Lang } from '../domain/types';
import { score } from './format';
import { WeakSign } from './WeakSign';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '2px 4px',
  },
  num: { textAlign: 'right', whiteSpace: 'nowrap', padding: '2px 4px', fontVariantNumeric: 'tabular-nums' },
  noCol: { width: '28px' },
  numCol: { width: '56px' },
  td: { padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  weak: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  critical: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  differs: { display: 'block', color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase100 },
  muted: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  level: { display: 'block', fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular },
});

/** Disagreement beyond the tolerance, as the engine decided it (one home: score.ts agreement). */
function differs(i: IndicatorResult): boolean {
  return i.agrees === false;
}

export type IndicatorTableProps = { readonly lang: Lang; readonly summary: Summary };

export function IndicatorTable({ lang, summary }: IndicatorTableProps) {
  const styles = useStyles();
  const t = (code: MessageCode): string => message(code, lang);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={`${styles.th} ${styles.noCol}`}>
            {t('ui.col.no')}
          </th>
          <th scope="col" className={styles.th}>
            {t('ui.col.indicator')}
          </th>
          <th scope="col" className={`${styles.th} ${styles.num} ${styles.numCol}`}>
            {t('ui.col.reported')}
          </th>
          <th scope="col" className={`${styles.th} ${styles.num} ${styles.numCol}`}>
            {t('ui.col.computed')}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.indicators.map((i) => {
          const cls = i.weak === 'critical' ? styles.critical : i.weak === 'weak' ? styles.weak : undefined;
          return (
            <tr key={i.no} data-testid={`indicator-${i.no}`}>
              <th scope="row" className={`${styles.td} ${styles.noCol}`}>
                {i.no}
              </th>
              <td className={styles.td}>
                {i.name[lang]}
                {differs(i) && <span className={styles.differs}>⚠ {t('ui.summary.differs')}</span>}
              </td>
              <td className={`${styles.td} ${styles.num}`}>{score(i.reported)}</td>
              <td className={`${styles.td} ${styles.num}`}>
                <span className={cls} data-testid={`indicator-${i.no}-score`}>
                  {score(i.computed ?? i.score)}
                </span>
                {/* Never colour alone: the level in words, with a sign, beside the coloured score. */}
                {i.weak && (
                  <span className={`${cls} ${styles.level}`}>
                    <WeakSign level={i.weak} /> {t(i.weak === 'critical' ? 'ui.weak.critical' : 'ui.weak.weak')}
                  </span>
                )}
                {i.computed === null && i.source === 'reported' && (
                  <span className={styles.muted}>{t('ui.summary.asPublished')}</span>
                )}
                {i.source === 'estimate' && (
                  <span className={styles.muted} data-testid={`indicator-${i.no}-estimate`}>
                    {t('ui.summary.estimate')}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
