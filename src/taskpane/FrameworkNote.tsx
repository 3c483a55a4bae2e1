/** Which framework the result follows, how sure its facts are (verified / partial / assumed), and where the year came from. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { frameworkNote, statusLabel, yearReason } from '../domain/frameworkNote';
import type { Summary } from '../domain/summary';
import type { Lang } from '../domain/types';

const useStyles = makeStyles({
  root: {
    margin: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    fontSize: tokens.fontSizeBase200,
  },
  text: { color: tokens.colorNeutralForeground2 },
  // The status word stays on one line at the pane's 320 px; the note wraps beside it. A word, not a colour alone.
  badge: {
    flexShrink: 0,
    whiteSpace: 'nowrap',
    padding: '0 6px',
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
  },
  verified: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  partial: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  assumed: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
});

export type FrameworkNoteProps = { readonly lang: Lang; readonly summary: Summary };

export function FrameworkNote({ lang, summary }: FrameworkNoteProps) {
  const styles = useStyles();
  const fw = summary.framework;
  return (
    <p className={styles.root} data-testid="framework-note">
      <span className={`${styles.badge} ${styles[fw.status]}`} data-testid="framework-status">
        {statusLabel(fw, lang)}
      </span>
      <span className={styles.text}>
        {frameworkNote(summary, lang)}
        {/* Where the year came from, also when the workbook said it (the note names it only otherwise). */}
        {fw.source === 'workbook' && <span data-testid="framework-year-reason">; {yearReason(fw, lang)}</span>}
      </span>
    </p>
  );
}
