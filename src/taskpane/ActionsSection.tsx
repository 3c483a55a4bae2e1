/** The actions, one click each and safe to repeat, plus "Do everything"; the colour legend once highlights exist. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ALL_ACTIONS, type Action } from '../app/workbench';
import { OUR_SHEETS } from '../domain/specs/sheets';
import { message, type MessageCode } from '../domain/messages';
import type { Thresholds } from '../domain/settings';
import type { Lang } from '../domain/types';
import { HighlightLegend } from './HighlightLegend';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))', gap: tokens.spacingHorizontalS },
  button: { justifyContent: 'flex-start', textAlign: 'left', minHeight: '32px' },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Each button and the actions it runs ('fill' fills the user's blank summary cells, then refreshes our summary sheet). */
export const BUTTONS: readonly { readonly id: string; readonly label: MessageCode; readonly actions: readonly Action[] }[] = [
  { id: 'fill', label: 'ui.action.fill', actions: ['fill', 'summary'] },
  { id: 'highlight', label: 'ui.action.highlight', actions: ['highlight'] },
  // One button per sheet of ours, from the one list of our sheets (the summary comes with "fill" above).
  ...OUR_SHEETS.filter((s) => s.key !== 'summary').map((s) => ({ id: s.key, label: s.label, actions: [s.key] as const })),
];

export type ActionsSectionProps = {
  readonly lang: Lang;
  readonly enabled: 'enabled' | 'disabled';
  readonly legend: 'shown' | 'hidden';
  readonly thresholds: Thresholds;
  readonly onRun: (actions: readonly Action[], label: string) => void;
};

export function ActionsSection({ lang, enabled, legend, thresholds, onRun }: ActionsSectionProps) {
  const styles = useStyles();
  const disabled = enabled === 'disabled';
  return (
    <section className={styles.root} aria-labelledby="actions-heading">
      <h2 id="actions-heading" className={styles.h2}>{message('ui.actions.heading', lang)}</h2>
      <Button appearance="primary" disabled={disabled} onClick={() => onRun(ALL_ACTIONS, message('ui.action.all', lang))} data-action="all">
        {message('ui.action.all', lang)}
      </Button>
      <div className={styles.grid}>
        {BUTTONS.map((b) => (
          <Button key={b.id} className={styles.button} disabled={disabled} onClick={() => onRun(b.actions, message(b.label, lang))} data-action={b.id}>
            {message(b.label, lang)}
          </Button>
        ))}
      </div>
      <p className={styles.note}>{message('ui.actions.safe', lang)}</p>
      {legend === 'shown' && <HighlightLegend lang={lang} thresholds={thresholds} />}
    </section>
  );
}
