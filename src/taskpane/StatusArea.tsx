/** Progress and outcome of the current job: a live region for screen readers, a progress bar, and errors from the catalogue. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { message } from '../domain/messages';
import type { Lang } from '../domain/types';
import type { Status, Step, UserMessage } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '24px' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

const STEP_ORDER: readonly Step[] = ['reading', 'analysing', 'writing'];

export type StatusAreaProps = {
  readonly lang: Lang;
  readonly status: Status;
  readonly step: Step | null;
  readonly doneText: string | null;
  readonly error: UserMessage | null;
  readonly onDismiss: () => void;
};

export function StatusArea({ lang, status, step, doneText, error, onDismiss }: StatusAreaProps) {
  const styles = useStyles();
  const stepText = step ? message(`ui.status.${step}`, lang) : '';
  return (
    <div className={styles.root}>
      {/* Polite live region: announces each step and the outcome without stealing focus. */}
      <div role="status" aria-live="polite" aria-atomic="true">
        {status === 'running' && (
          <div className={styles.progress}>
            <Spinner size="tiny" label={stepText} labelPosition="after" />
            <ProgressBar value={step ? (STEP_ORDER.indexOf(step) + 1) / (STEP_ORDER.length + 1) : 0} thickness="medium" aria-label={stepText} />
          </div>
        )}
        {status === 'done' && doneText && <span className={styles.done}>{doneText}</span>}
      </div>
      {status === 'failed' && error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{message('ui.error.title', lang)}</MessageBarTitle>
            {message(error.code, lang, error.params)} {message('ui.error.unchanged', lang)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              {message('ui.dismiss', lang)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
