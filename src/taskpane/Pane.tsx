/**
 * The task pane, in the order an officer needs it: the result (or, in a workbook without an ITA table, how to
 * start), the one primary action with its status right under it, then the other actions, then the details,
 * collapsed. What the first screen does not need (other actions, details, dialogs, the sheet builders) comes in
 * lazy chunks, fetched as soon as the first screen is up.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { message } from '../domain/messages';
import type { Location } from '../domain/types';
import { localEngine, type Actions } from './engine';
import { FirstRun } from './FirstRun';
import { Header } from './Header';
import { markUndoWarned, undoWarned } from './prefs';
import { ResultCard } from './ResultCard';
import { StatusArea } from './StatusArea';
import type { PaneProps } from './types';
import { useWorkbench } from './useWorkbench';

const More = lazy(() => import(/* webpackChunkName: "pane-more", webpackPrefetch: true */ './More'));
const Dialogs = lazy(() => import(/* webpackChunkName: "pane-dialogs", webpackPrefetch: true */ './Dialogs'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  primary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  primaryButton: { width: '100%' },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  skeleton: {
    minHeight: '140px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export type Dialog = { readonly kind: 'undo'; readonly then: () => void } | { readonly kind: 'remove' };

export function Pane(props: PaneProps) {
  const {
    port,
    builders,
    lang,
    onLangChange,
    onAnalysis,
    landmark = 'main',
    sampleUrl = 'assets/ita-2567-sample.xlsx',
    helpUrl = 'support.html',
    onOpenSample,
  } = props;
  const styles = useStyles();
  // The engine is made once per port: a parent passing a new builders function must not rescan.
  const buildersRef = useRef(builders);
  buildersRef.current = builders;
  const engine = useMemo(
    () =>
      props.engine ??
      localEngine(port, () =>
        typeof buildersRef.current === 'function' ? buildersRef.current() : Promise.resolve(buildersRef.current),
      ),
    [props.engine, port],
  );
  const wb = useWorkbench(engine, lang, onAnalysis);
  const [dialog, setDialogState] = useState<Dialog | null>(null);
  // The dialog last asked for: kept while it closes.
  const [lastDialog, setLastDialog] = useState<Dialog | null>(null);
  const setDialog = (d: Dialog | null): void => {
    setDialogState(d);
    if (d) setLastDialog(d);
  };
  const busy = wb.status === 'running' ? 'busy' : 'free';
  const a = wb.analysis;
  const hasTables = Boolean(a && a.summary.scan.tables.length);

  // Focus follows the result of what the user asked for (not the scan on opening): the outcome, or the failure.
  const outcomeRef = useRef<HTMLDivElement>(null);
  const userJob = wb.job !== null && !(wb.job.kind === 'scan' && wb.finished <= 1);
  useEffect(() => {
    if (wb.finished > 0 && userJob && (wb.status === 'done' || wb.status === 'failed')) outcomeRef.current?.focus();
    // Only when a job ends.
  }, [wb.finished]);

  const select = port.select;
  const onSelect = useCallback(
    (loc: Location) => {
      if (!select) return;
      select.call(port, loc.sheet, loc.cell).catch(wb.fail);
    },
    [port, select, wb.fail],
  );

  /** Before the session's first write: say once that Excel cannot undo it. */
  const guarded = (write: () => void): void => {
    if (undoWarned()) write();
    else setDialog({ kind: 'undo', then: write });
  };
  const onRun = (actions: Actions, label: string, changes?: Parameters<typeof wb.act>[2]): void =>
    guarded(() => void wb.act(actions, label, changes));
  const primaryLabel = message('ui.action.primary', lang);
  const insertSheets = port.insertSheets;
  const onSample =
    onOpenSample ??
    (insertSheets
      ? () =>
          guarded(
            () =>
              void wb.insert(async () => {
                const res = await fetch(sampleUrl);
                return insertSheets.call(port, new Uint8Array(await res.arrayBuffer()));
              }),
          )
      : undefined);

  const Root = landmark === 'main' ? 'main' : 'section';
  return (
    <Root className={styles.root} lang={lang} aria-labelledby="pane-title" aria-busy={wb.status === 'running'}>
      <Header lang={lang} helpUrl={helpUrl} onLangChange={onLangChange} />
      {a === null ? (
        <div className={styles.skeleton} aria-hidden="true" />
      ) : hasTables ? (
        <ResultCard lang={lang} summary={a.summary} />
      ) : (
        <FirstRun
          lang={lang}
          busy={busy}
          onSample={onSample}
          sampleUrl={sampleUrl}
          helpUrl={helpUrl}
          onScan={() => void wb.scan()}
        />
      )}
      <div className={styles.primary}>
        <Button
          appearance="primary"
          size="large"
          className={styles.primaryButton}
          data-action="all"
          disabled={!hasTables || busy === 'busy'}
          aria-describedby="primary-hint"
          onClick={() => onRun('all', primaryLabel)}
        >
          {primaryLabel}
        </Button>
        <p className={styles.hint} id="primary-hint">
          {message('ui.action.primaryHint', lang)}
        </p>
      </div>
      <StatusArea
        ref={outcomeRef}
        lang={lang}
        status={wb.status}
        job={wb.job}
        progress={wb.progress}
        outcome={wb.outcome}
        empty={!hasTables}
        error={wb.error}
        onDismiss={wb.dismissError}
        onGoto={select ? (sheet) => onSelect({ sheet, cell: 'A1' }) : undefined}
      />
      {a && (
        <Suspense fallback={null}>
          <More
            lang={lang}
            analysis={a}
            busy={busy}
            hasTables={hasTables}
            legend={Boolean(a.marker?.rules.length)}
            onRun={onRun}
            onScan={() => void wb.scan()}
            onRemove={() => setDialog({ kind: 'remove' })}
            onSettings={(s) => void wb.applySettings(s)}
            onSelect={select ? onSelect : undefined}
          />
        </Suspense>
      )}
      {/* Mounted from the first time it is needed, then opened and closed (the dialog cleans up after itself). */}
      {lastDialog && a && (
        <Suspense fallback={null}>
          <Dialogs
            lang={lang}
            dialog={lastDialog}
            open={dialog !== null}
            analysis={a}
            onClose={() => setDialog(null)}
            onConfirm={() => {
              setDialog(null);
              // Either dialog says that Excel cannot undo the write: once is enough for the session.
              markUndoWarned();
              if (lastDialog.kind === 'undo') lastDialog.then();
              else void wb.remove();
            }}
          />
        </Suspense>
      )}
    </Root>
  );
}
