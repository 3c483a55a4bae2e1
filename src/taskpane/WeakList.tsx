/**
 * Weak items, worst first (summary.weak), each a button that selects its score cell in the workbook. The button's
 * name is what it shows (code, name, score, level in words) followed by where it goes, so voice control and screen
 * readers agree with the eye; the level has a sign beside its colour.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { message, type MessageCode } from '../domain/messages';
import type { ItemResult } from '../domain/summary';
import type { Lang, Location } from '../domain/types';
import { place, score } from './format';
import { WeakSign } from './WeakSign';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minHeight: '32px',
    gap: tokens.spacingHorizontalS,
  },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: '32px' },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  level: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    flexShrink: 0,
    padding: '0 6px',
    borderRadius: tokens.borderRadiusMedium,
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  critical: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  weak: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1 },
  static: { display: 'flex', alignItems: 'center', padding: `0 ${tokens.spacingHorizontalM}` },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  none: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export type WeakListProps = {
  readonly lang: Lang;
  readonly weak: readonly ItemResult[];
  readonly onSelect?: (loc: Location) => void;
};

export function WeakList({ lang, weak, onSelect }: WeakListProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  if (weak.length === 0) return <p className={styles.none}>{t('ui.weak.none')}</p>;
  return (
    <ol className={styles.list} data-testid="weak-list">
      {weak.map((w) => {
        const loc = w.location;
        const critical = w.weak === 'critical';
        const content = (
          <>
            <span className={styles.code}>{w.code}</span> <span className={styles.name}>{w.name[lang]}</span>{' '}
            <span className={`${styles.level} ${critical ? styles.critical : styles.weak}`}>
              <WeakSign level={critical ? 'critical' : 'weak'} />
              {score(w.score)} {t(critical ? 'ui.weak.critical' : 'ui.weak.weak')}
            </span>
          </>
        );
        return (
          <li key={w.code} data-code={w.code}>
            {loc && onSelect ? (
              <Button appearance="subtle" className={styles.item} onClick={() => onSelect(loc)}>
                {content}
                <span className={styles.hidden}> {t('ui.goto.hidden', { place: place(loc) })}</span>
              </Button>
            ) : (
              <div className={`${styles.item} ${styles.static}`}>{content}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
