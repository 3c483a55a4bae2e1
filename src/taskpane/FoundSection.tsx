/** Where the scan found the tables, and every warning with a link to its cell. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../app/analysis';
import { message, type MessageCode } from '../domain/messages';
import type { Lang, Location } from '../domain/types';
import { IssueList } from './IssueList';

/** Without any ITA table, the warnings that only follow from that (every indicator missing…) say nothing more. */
const FOLLOW_FROM_NO_TABLE = new Set(['indicator.missing', 'item.missing', 'overall.incomplete', 'year.notFound']);
export function shownIssues(a: Analysis): Analysis['issues'] {
  return a.summary.scan.tables.length ? a.issues : a.issues.filter((i) => !FOLLOW_FROM_NO_TABLE.has(i.code));
}

const useStyles = makeStyles({
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export type FoundSectionProps = {
  readonly lang: Lang;
  readonly analysis: Analysis;
  readonly onSelect?: (loc: Location) => void;
};

export function FoundSection({ lang, analysis, onSelect }: FoundSectionProps) {
  const styles = useStyles();
  const t = (code: MessageCode, params?: Record<string, string | number>): string => message(code, lang, params);
  const tables = analysis.summary.scan.tables;
  return (
    <>
      <h3 className={styles.h3}>{t('ui.scan.heading')}</h3>
      {tables.length === 0 ? (
        <p className={styles.none}>{t('ui.empty')}</p>
      ) : (
        <ul className={styles.tables}>
          {tables.map((tb, k) => (
            <li key={k}>
              {t(tb.kind === 'items' ? 'ui.scan.tableItems' : 'ui.scan.tableIndicators')}: {tb.sheet}!{tb.range}
            </li>
          ))}
        </ul>
      )}
      <h3 className={styles.h3}>{t('ui.warnings.heading', { count: shownIssues(analysis).length })}</h3>
      <IssueList lang={lang} issues={shownIssues(analysis)} onSelect={onSelect} />
    </>
  );
}
