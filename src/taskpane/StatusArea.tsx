/**
 * Status where the user looks: right under the primary action, and sticky at the top of the pane while a job runs
 * or after it failed, so that an action started further down is followed here too. A polite live region says each
 * step; the outcome and a failure take the focus when a job of the user's ends (Pane moves it).
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, ErrorCircle20Filled } from '@fluentui/react-icons';
import { forwardRef } from 'react';
import { WRITE_STEPS } from '../app/port';
import { message, type MessageCode } from '../domain/messages';
import type { Lang } from '../domain/types';
import type { Progress } from './engine';
import type { UserMessage } from '../app/userError';
import type { PaneError, Status } from './types';
import type { Job, Outcome } from './useWorkbench';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: tokens.spacingVerticalXS,
  },
  live: { minHeight: '20px', fontSize: tokens.fontSizeBase300 },
  track: { height: '4px', borderRadius: '2px', backgroundColor: tokens.colorNeutralBackground6, overflow: 'hidden' },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
  },
  done: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
    outline: 'none',
  },
  doneText: { color: tokens.colorNeutralForeground1 },
  gotos: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  error: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  errorTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorPaletteRedForeground1,
  },
  p: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  small: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** The sentence for where a job is. */
export function progressText(p: Progress | null, lang: Lang): string {
  if (!p) return message('ui.status.busy', lang);
  if (p.phase !== 'writing') return message(p.phase === 'reading' ? 'ui.status.reading' : 'ui.status.analysing', lang);
  const w = p.write;
  const step =
    w.step === 'sheets'
      ? message('ui.step.sheets', lang, { index: w.index ?? 1, count: w.count ?? 1, sheet: w.sheet ?? '' })
      : message(`ui.step.${w.step}` as MessageCode, lang);
  return `${message('ui.step.of', lang, { n: WRITE_STEPS.indexOf(w.step) + 1, total: WRITE_STEPS.length })}: ${step}`;
}

/** How far a job is, 0–1: reading and analysing a fifth, then the write's steps (sheets one by one). */
export function progressValue(p: Progress | null): number {
  if (!p) return 0;
  if (p.phase === 'reading') return 0.05;
  if (p.phase === 'analysing') return 0.15;
  const k = WRITE_STEPS.indexOf(p.write.step);
  const within = p.write.step === 'sheets' && p.write.count ? ((p.write.index ?? 1) - 1) / p.write.count : 0;
  return 0.2 + (0.8 * (k + within)) / WRITE_STEPS.length;
}

function outcomeText(o: Outcome, lang: Lang): string {
  switch (o.kind) {
    case 'scanned':
      return message('ui.status.scanned', lang);
    case 'reanalysed':
      return message('ui.status.reanalysed', lang);
    case 'removed':
      return message(o.nothing ? 'ui.remove.nothing' : 'ui.status.removed', lang);
    case 'inserted':
      return message('ui.status.inserted', lang, { sheets: o.sheets.join(', ') });
    case 'written':
      return [
        message('ui.status.done', lang, { action: o.label }),
        o.sheets.length ? message('ui.status.sheets', lang, { sheets: o.sheets.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join(' · ');
  }
}

export type StatusAreaProps = {
  readonly lang: Lang;
  readonly status: Status;
  readonly job: Job | null;
  readonly progress: Progress | null;
  readonly outcome: Outcome | null;
  /** The scan found no ITA table: the outcome says so instead of "scan complete". */
  readonly empty: boolean;
  readonly error: PaneError | null;
  readonly onDismiss: () => void;
  /** Go to a sheet just added (where the host can select). */
  readonly onGoto?: (sheet: string) => void;
};

export const StatusArea = forwardRef<HTMLDivElement, StatusAreaProps>(function StatusArea(
  { lang, status, progress, outcome, empty, error, onDismiss, onGoto },
  focusRef,
) {
  const styles = useStyles();
  const t = (m: UserMessage): string => message(m.code, lang, m.params);
  const text =
    status === 'running'
      ? progressText(progress, lang)
      : status === 'done' && outcome
        ? outcome.kind === 'scanned' && empty
          ? message('ui.status.noTables', lang)
          : outcomeText(outcome, lang)
        : '';
  return (
    <div className={styles.root} data-testid="status">
      {/* Polite live region: each step and the outcome, without stealing focus. */}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.live}>
        {status === 'done' && text ? (
          <div className={styles.done} ref={focusRef} tabIndex={-1} data-testid="outcome">
            <CheckmarkCircle16Filled aria-hidden="true" />
            <span className={styles.doneText}>{text}</span>
          </div>
        ) : (
          text
        )}
      </div>
      {status === 'running' && (
        <div
          className={styles.track}
          role="progressbar"
          aria-label={text}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progressValue(progress) * 100)}
        >
          <div className={styles.bar} style={{ width: `${Math.round(progressValue(progress) * 100)}%` }} />
        </div>
      )}
      {status === 'done' && outcome?.kind === 'written' && onGoto && outcome.sheets.length > 0 && (
        <div className={styles.gotos}>
          {outcome.sheets.map((s) => (
            <Button key={s} size="small" appearance="subtle" onClick={() => onGoto(s)}>
              {message('ui.action.goto', lang, { sheet: s })}
            </Button>
          ))}
        </div>
      )}
      {status === 'done' && outcome?.kind === 'written' && outcome.notes.length > 0 && (
        <ul className={styles.list}>
          {outcome.notes.map((n, k) => (
            <li key={k} className={styles.small}>
              {message(n.code, lang, n.params)}
            </li>
          ))}
        </ul>
      )}
      {status === 'failed' && error && (
        <div role="alert" className={styles.error} ref={focusRef} tabIndex={-1} data-testid="error">
          <p className={styles.errorTitle}>
            <ErrorCircle20Filled aria-hidden="true" />
            {message('ui.error.title', lang)}
          </p>
          <p className={styles.p}>{t(error.reason)}</p>
          {error.blockers.length > 0 && (
            <ul className={styles.list} data-testid="blockers">
              {error.blockers.map((b, k) => (
                <li key={k}>{t(b)}</li>
              ))}
            </ul>
          )}
          {error.state && (
            <>
              {error.step && (
                <p className={styles.small}>
                  {message('ui.error.stoppedAt', lang, { step: message(error.step, lang) })}
                </p>
              )}
              <p className={styles.small}>{message('ui.error.now', lang)}</p>
              <ul className={styles.list} data-testid="state">
                {error.state.map((m, k) => (
                  <li key={k}>{t(m)}</li>
                ))}
              </ul>
            </>
          )}
          <div>
            <Button size="small" onClick={onDismiss}>
              {message('ui.dismiss', lang)}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
});
