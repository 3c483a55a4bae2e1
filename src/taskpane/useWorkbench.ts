/** The pane's state machine: scan and run actions through the app layer, with a status union and catalogue errors. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookPort } from '../app/port';
import { run, type Action, type Analysis, type Builders, type RunResult } from '../app/workbench';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { Lang } from '../domain/types';
import type { DescribeError, Status, Step, UserMessage } from './types';

export type Job = 'scan' | 'settings' | readonly Action[];

export type WorkbenchState = {
  readonly status: Status;
  readonly step: Step | null;
  readonly job: Job | null;
  readonly analysis: Analysis | null;
  readonly lastRun: RunResult | null;
  readonly error: UserMessage | null;
};

const INITIAL: WorkbenchState = { status: 'idle', step: null, job: null, analysis: null, lastRun: null, error: null };

/** Without a host-specific mapping, no raw text reaches the user either. */
export const unexpectedError: DescribeError = () => ({ code: 'ui.error.unexpected' });

/** Reports which step the port is in while the app layer drives it. */
function stepping(port: WorkbookPort, onStep: (s: Step) => void): WorkbookPort {
  return {
    read: async () => {
      onStep('reading');
      const snap = await port.read();
      onStep('analysing');
      return snap;
    },
    write: async (changes) => {
      onStep('writing');
      await port.write(changes);
    },
  };
}

export type Workbench = WorkbenchState & {
  readonly explicit: Partial<Settings>;
  scan(): Promise<void>;
  runActions(actions: readonly Action[]): Promise<void>;
  /** Remember settings changes and run actions with them, in one job. */
  runWith(actions: readonly Action[], changes: Partial<Settings>): Promise<void>;
  applySettings(changes: Partial<Settings>): Promise<void>;
  dismissError(): void;
  /** Show a failure that happened outside a job (e.g. selecting a cell). */
  fail(e: unknown): void;
};

export function useWorkbench(port: WorkbookPort, builders: Builders, lang: Lang, describeError: DescribeError, onAnalysis?: (a: Analysis, r: RunResult | null) => void): Workbench {
  const [state, setState] = useState<WorkbenchState>(INITIAL);
  const [explicit, setExplicit] = useState<Partial<Settings>>({});
  // One job at a time: a second click while running is ignored (every action is safe to repeat, not to overlap).
  const busy = useRef(false);
  const langRef = useRef(lang);
  langRef.current = lang;
  // Props held in refs: a parent passing new function objects must not trigger a rescan.
  const onAnalysisRef = useRef(onAnalysis);
  onAnalysisRef.current = onAnalysis;
  const buildersRef = useRef(builders);
  buildersRef.current = builders;
  const describeRef = useRef(describeError);
  describeRef.current = describeError;

  const perform = useCallback(
    async (job: Job, actions: readonly Action[], exp: Partial<Settings>): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...s, status: 'running', job, step: 'reading', error: null }));
      try {
        const given: Settings = { ...DEFAULT_SETTINGS, lang: langRef.current };
        const observed = stepping(port, (step) => setState((s) => ({ ...s, step })));
        // Inserted sheets are written in the language the user sees (it overrides what the workbook remembers).
        const result = await run(observed, given, actions, buildersRef.current, { ...exp, lang: langRef.current });
        // What the workbook holds now: our marker as just written, when something was written.
        const analysis: Analysis = result.plan ? { ...result, marker: result.plan.changes.marker } : result;
        setState({ status: 'done', step: null, job, analysis, lastRun: result.plan ? result : null, error: null });
        onAnalysisRef.current?.(analysis, result.plan ? result : null);
      } catch (e) {
        console.error('[ITA Workbench] pane job failed', e);
        setState((s) => ({ ...s, status: 'failed', step: null, error: describeRef.current(e) }));
      } finally {
        busy.current = false;
      }
    },
    [port],
  );

  const scan = useCallback(() => perform('scan', [], explicit), [perform, explicit]);
  const runActions = useCallback((actions: readonly Action[]) => perform(actions, actions, explicit), [perform, explicit]);
  const applySettings = useCallback(
    (changes: Partial<Settings>) => {
      const next = { ...explicit, ...changes };
      setExplicit(next);
      return perform('settings', [], next);
    },
    [perform, explicit],
  );
  /** Remember settings (e.g. the what-if targets) and run actions with them, in one job. */
  const runWith = useCallback(
    (actions: readonly Action[], changes: Partial<Settings>) => {
      const next = { ...explicit, ...changes };
      setExplicit(next);
      return perform(actions, actions, next);
    },
    [perform, explicit],
  );
  const dismissError = useCallback(() => setState((s) => ({ ...s, error: null, status: s.analysis ? 'done' : 'idle' })), []);

  // Scan on open (and whenever the host hands us another workbook).
  useEffect(() => {
    void perform('scan', [], {});
  }, [port, perform]);

  const fail = useCallback((e: unknown) => {
    console.error('[ITA Workbench] pane action failed', e);
    setState((s) => ({ ...s, status: 'failed', step: null, error: describeRef.current(e) }));
  }, []);

  return { ...state, explicit, scan, runActions, runWith, applySettings, dismissError, fail };
}
