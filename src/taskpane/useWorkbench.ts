/**
 * The pane's state machine: one job at a time (scan, settings, actions, removal, the sample), its progress, and its
 * outcome or failure as catalogue sentences. A failed write is followed by a scan, so that what the pane shows is
 * what the workbook holds now; the failure's own message says what the write left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis } from '../app/analysis';
import { describeError } from '../app/userError';
import { stateMessages, UNCHANGED, WriteFailure } from '../app/writeFailure';
import type { RunResult } from '../app/workbench';
import type { MessageCode } from '../domain/messages';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { Issue, Lang } from '../domain/types';
import type { Actions, Engine, Progress } from './engine';
import type { PaneError, Status } from './types';

export type JobKind = 'scan' | 'settings' | 'act' | 'remove' | 'insert';
export type Job = { readonly kind: JobKind; readonly label?: string };
export type Outcome =
  | { readonly kind: 'scanned' }
  | { readonly kind: 'reanalysed' }
  | {
      readonly kind: 'written';
      readonly label: string;
      readonly sheets: readonly string[];
      readonly notes: readonly Issue[];
    }
  | { readonly kind: 'removed'; readonly nothing: boolean }
  | { readonly kind: 'inserted'; readonly sheets: readonly string[] };

export type WorkbenchState = {
  readonly status: Status;
  readonly job: Job | null;
  readonly progress: Progress | null;
  readonly analysis: Analysis | null;
  readonly lastRun: RunResult | null;
  readonly outcome: Outcome | null;
  readonly error: PaneError | null;
  /** Counts finished jobs: the pane moves focus to the outcome when it changes after a user's job. */
  readonly finished: number;
};

const INITIAL: WorkbenchState = {
  status: 'idle',
  job: null,
  progress: null,
  analysis: null,
  lastRun: null,
  outcome: null,
  error: null,
  finished: 0,
};

/** A failure as sentences (app/userError.ts describeError, never a raw text): a write says what it left; else why. */
export function paneError(e: unknown, writing: boolean): PaneError {
  if (e instanceof WriteFailure) {
    return {
      reason: describeError(e),
      blockers: e.blockers,
      state: e.blockers.length ? null : stateMessages(e.state),
      step: `ui.stepName.${e.step}` as MessageCode,
    };
  }
  // A failure while writing that did not say what it left: say what is known, and that a retry is safe.
  return {
    reason: describeError(e),
    blockers: [],
    state: writing ? stateMessages({ ...UNCHANGED, checked: false }) : null,
  };
}

export type Workbench = WorkbenchState & {
  readonly explicit: Partial<Settings>;
  scan(): Promise<void>;
  act(actions: Actions, label: string, changes?: Partial<Settings>): Promise<void>;
  applySettings(changes: Partial<Settings>): Promise<void>;
  remove(): Promise<void>;
  /** Run something that adds sheets of the user's (the sample), then scan. */
  insert(work: () => Promise<readonly string[]>): Promise<void>;
  dismissError(): void;
  /** Show a failure that happened outside a job (e.g. selecting a cell). */
  fail(e: unknown): void;
};

export function useWorkbench(
  engine: Engine,
  lang: Lang,
  onAnalysis?: (a: Analysis, r: RunResult | null) => void,
): Workbench {
  const [state, setState] = useState<WorkbenchState>(INITIAL);
  const [explicit, setExplicit] = useState<Partial<Settings>>({});
  // One job at a time: a second click while running is ignored (every action is safe to repeat, not to overlap).
  const busy = useRef(false);
  const langRef = useRef(lang);
  langRef.current = lang;
  const onAnalysisRef = useRef(onAnalysis);
  onAnalysisRef.current = onAnalysis;
  const stateRef = useRef(state);
  stateRef.current = state;

  const given = (): Settings => ({ ...DEFAULT_SETTINGS, lang: langRef.current });
  // Inserted sheets are written in the language the user sees (it overrides what the workbook remembers).
  const withLang = (exp: Partial<Settings>): Partial<Settings> => ({ ...exp, lang: langRef.current });

  const perform = useCallback(
    async (
      job: Job,
      work: (
        onProgress: (p: Progress) => void,
      ) => Promise<{ analysis: Analysis; run: RunResult | null; outcome: Outcome }>,
    ): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...s, status: 'running', job, progress: null, error: null, outcome: null }));
      let writing = false;
      try {
        const r = await work((progress) => {
          if (progress.phase === 'writing') writing = true;
          setState((s) => ({ ...s, progress }));
        });
        setState((s) => ({
          ...s,
          status: 'done',
          progress: null,
          analysis: r.analysis,
          lastRun: r.run ?? s.lastRun,
          outcome: r.outcome,
          error: null,
          finished: s.finished + 1,
        }));
        onAnalysisRef.current?.(r.analysis, r.run);
      } catch (e) {
        console.error('[ITA Workbench] pane job failed', e);
        const error = paneError(e, writing || e instanceof WriteFailure);
        // After a write that did not finish, show what the workbook holds now (the failure said what it left).
        let analysis = stateRef.current.analysis;
        if (job.kind === 'act' || job.kind === 'remove' || job.kind === 'insert') {
          analysis = await engine.scan(given(), withLang(explicit), () => undefined).catch(() => analysis);
          if (analysis) onAnalysisRef.current?.(analysis, null);
        }
        setState((s) => ({ ...s, status: 'failed', progress: null, analysis, error, finished: s.finished + 1 }));
      } finally {
        busy.current = false;
      }
    },
    [engine, explicit],
  );

  const scan = useCallback(
    () =>
      perform({ kind: 'scan' }, async (onProgress) => ({
        analysis: await engine.scan(given(), withLang(explicit), onProgress),
        run: null,
        outcome: { kind: 'scanned' },
      })),
    [perform, engine, explicit],
  );

  const act = useCallback(
    (actions: Actions, label: string, changes: Partial<Settings> = {}) => {
      const next = { ...explicit, ...changes };
      if (Object.keys(changes).length) setExplicit(next);
      return perform({ kind: 'act', label }, async (onProgress) => {
        const run = await engine.act(given(), actions, withLang(next), onProgress);
        // What the workbook holds now: our marker and sheets as just written.
        const m = run.plan?.changes.marker;
        const analysis: Analysis =
          run.plan && m
            ? { ...run, marker: m, markerSheet: run.plan.changes.markerSheet, ourSheets: m.sheets, goneSheets: [] }
            : run;
        const notes = (run.plan?.issues ?? []).filter((i) => i.severity === 'info');
        return {
          analysis,
          run,
          outcome: { kind: 'written', label, sheets: run.plan?.written.map((s) => s.name) ?? [], notes },
        };
      });
    },
    [perform, engine, explicit],
  );

  const applySettings = useCallback(
    (changes: Partial<Settings>) => {
      const next = { ...explicit, ...changes };
      setExplicit(next);
      const last = stateRef.current.analysis;
      return perform({ kind: 'settings' }, async (onProgress) => {
        // Only scoring depends on the settings: the workbook read last is analysed again, not read again.
        const analysis = last
          ? await engine.reanalyze(last, given(), withLang(next))
          : await engine.scan(given(), withLang(next), onProgress);
        return { analysis, run: null, outcome: { kind: 'reanalysed' } };
      });
    },
    [perform, engine, explicit],
  );

  const remove = useCallback(
    () =>
      perform({ kind: 'remove' }, async (onProgress) => {
        const r = await engine.remove(given(), withLang(explicit), onProgress);
        return { analysis: r.after, run: null, outcome: { kind: 'removed', nothing: r.removed === null } };
      }),
    [perform, engine, explicit],
  );

  const insert = useCallback(
    (work: () => Promise<readonly string[]>) =>
      perform({ kind: 'insert' }, async (onProgress) => {
        const sheets = await work();
        return {
          analysis: await engine.scan(given(), withLang(explicit), onProgress),
          run: null,
          outcome: { kind: 'inserted', sheets },
        };
      }),
    [perform, engine, explicit],
  );

  const dismissError = useCallback(
    () => setState((s) => ({ ...s, error: null, status: s.analysis ? 'done' : 'idle' })),
    [],
  );

  // Scan on open (and whenever the host hands us another workbook).
  useEffect(() => {
    void perform({ kind: 'scan' }, async (onProgress) => ({
      analysis: await engine.scan(given(), withLang({}), onProgress),
      run: null,
      outcome: { kind: 'scanned' },
    }));
  }, [engine]);

  const fail = useCallback((e: unknown) => {
    console.error('[ITA Workbench] pane action failed', e);
    setState((s) => ({ ...s, status: 'failed', progress: null, error: paneError(e, false), finished: s.finished + 1 }));
  }, []);

  return { ...state, explicit, scan, act, applySettings, remove, insert, dismissError, fail };
}
