/** Weak items, worst first (summary.weak), each a button that selects its score cell in the workbook. */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { ItemResult } from '../domain/summary';
import type { Lang, Location } from '../domain/types';
import { place, score } from './format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, minHeight: '32px', gap: tokens.spacingHorizontalS },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: '32px' },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  score: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  static: { display: 'flex', alignItems: 'center', padding: `0 ${tokens.spacingHorizontalM}` },
  none: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export type WeakListProps = {
  readonly lang: Lang;
  readonly weak: readonly ItemResult[];
  readonly onSelect?: (loc: Location) => void;
};

export function WeakList({ lang, weak, onSelect }: WeakListProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  return (
    <section className={styles.root} aria-labelledby="weak-heading">
      <h2 id="weak-heading" className={styles.h2}>{t('ui.weak.heading', { count: weak.length })}</h2>
      {weak.length === 0 ? (
        <p className={styles.none}>{t('ui.weak.none')}</p>
      ) : (
        <ol className={styles.list} data-testid="weak-list">
          {weak.map((w) => {
            const loc = w.location;
            const label = `${w.code} ${w.name[lang]} ${score(w.score)} (${t(w.weak === 'critical' ? 'ui.weak.critical' : 'ui.weak.weak')})`;
            const content = (
              <>
                <span className={styles.code}>{w.code}</span>
                <span className={styles.name}>{w.name[lang]}</span>
                <Badge appearance="tint" color={w.weak === 'critical' ? 'danger' : 'warning'} className={styles.score}>
                  {score(w.score)}
                </Badge>
              </>
            );
            return (
              <li key={w.code} data-code={w.code}>
                {loc && onSelect ? (
                  <Button
                    appearance="subtle"
                    className={styles.item}
                    onClick={() => onSelect(loc)}
                    aria-label={`${label}. ${t('ui.goto', { place: place(loc) })}`}
                  >
                    {content}
                  </Button>
                ) : (
                  <div className={`${styles.item} ${styles.static}`} aria-label={label}>{content}</div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
