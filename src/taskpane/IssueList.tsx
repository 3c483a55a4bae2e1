/** The warnings of a scan, each with a link that selects the offending cell in the workbook. */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { formatIssue, message } from '../domain/messages';
import type { Issue, Lang, Location } from '../domain/types';
import { place } from './format';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { wordBreak: 'break-word' },
  error: { color: tokens.colorPaletteRedForeground1 },
  none: { color: tokens.colorNeutralForeground2 },
});

export type IssueListProps = {
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  readonly onSelect?: (loc: Location) => void;
};

export function IssueList({ lang, issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  if (!issues.length) return <p className={styles.none}>{message('ui.warnings.none', lang)}</p>;
  return (
    <ul className={styles.list}>
      {issues.map((issue, k) => {
        // The sentence without its "Sheet!A1: " prefix: the place is the link.
        const text = formatIssue({ ...issue, sheet: undefined, cell: undefined }, lang);
        const loc = issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : null;
        return (
          <li key={k} className={issue.severity === 'error' ? `${styles.item} ${styles.error}` : styles.item}>
            {loc && onSelect ? (
              <>
                <Link
                  as="button"
                  onClick={() => onSelect(loc)}
                  aria-label={message('ui.goto', lang, { place: place(loc) })}
                >
                  {place(loc)}
                </Link>
                {': '}
              </>
            ) : loc ? (
              `${place(loc)}: `
            ) : null}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
