/** Which framework the result follows, how sure its facts are (verified / partial / assumed), and where the year came from. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { frameworkNote, statusLabel, yearReason } from '../domain/frameworkNote';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';

const useStyles = makeStyles({
  root: { margin: 0, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', fontSize: tokens.fontSizeBase200 },
  text: { color: tokens.colorNeutralForeground2 },
  // The status word stays on one line at the pane's 320 px; the note wraps beside it.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

const COLOR = { verified: 'success', partial: 'warning', assumed: 'danger' } as const;

export type FrameworkNoteProps = { readonly lang: Lang; readonly summary: Summary };

export function FrameworkNote({ lang, summary }: FrameworkNoteProps) {
  const styles = useStyles();
  const fw = summary.framework;
  return (
    <p className={styles.root} data-testid="framework-note">
      <Badge appearance="tint" color={COLOR[fw.status]} className={styles.badge} data-testid="framework-status">{statusLabel(fw, lang)}</Badge>
      <span className={styles.text}>
        {frameworkNote(summary, lang)}
        {/* Where the year came from, also when the workbook said it (the note names it only otherwise). */}
        {fw.source === 'workbook' && <span data-testid="framework-year-reason">; {yearReason(fw, lang)}</span>}
      </span>
    </p>
  );
}
