/**
 * What the pane asks of the engine: scan, analyse again under other settings, run actions, remove what we added.
 * In Excel the engine runs here over the office port; in the browser preview it runs in a Web Worker (the same
 * app code over the xlsx adapter), so reading and analysing a large file never freezes the page. The sheet
 * builders and the planning code are loaded only when something is to be written (the first screen needs neither).
 */
import type { Analysis } from '../app/analysis';
import type { WorkbookPort, WriteProgress } from '../app/port';
import type { RemoveResult } from '../app/remove';
import type { Action, Builders, RunResult } from '../app/workbench';
import type { Settings } from '../domain/settings';

/** Where a job is: reading, analysing, or writing (with the write's own step). */
export type Progress =
  | { readonly phase: 'reading' }
  | { readonly phase: 'analysing' }
  | { readonly phase: 'writing'; readonly write: WriteProgress };
export type OnProgress = (p: Progress) => void;

export type Engine = {
  scan(settings: Settings, explicit: Partial<Settings>, onProgress: OnProgress): Promise<Analysis>;
  /** The last analysis under other settings, without reading the workbook again (only scoring depends on them). */
  reanalyze(last: Analysis, settings: Settings, explicit: Partial<Settings>): Promise<Analysis>;
  /** 'all': the primary action, every sheet of ours and the highlights (app/workbench.ts ALL_ACTIONS). */
  act(settings: Settings, actions: Actions, explicit: Partial<Settings>, onProgress: OnProgress): Promise<RunResult>;
  remove(settings: Settings, explicit: Partial<Settings>, onProgress: OnProgress): Promise<RemoveResult>;
};

export type Actions = readonly Action[] | 'all';
export type BuildersSource = Builders | (() => Promise<Builders>);

/** A port that reports its phases. */
function observed(port: WorkbookPort, onProgress: OnProgress): WorkbookPort {
  return {
    read: async () => {
      onProgress({ phase: 'reading' });
      const snap = await port.read();
      onProgress({ phase: 'analysing' });
      return snap;
    },
    write: (changes, onWrite) => {
      // Writing from here on, whether or not the port reports its steps.
      onProgress({ phase: 'writing', write: { step: 'check' } });
      return port.write(changes, (write) => {
        onProgress({ phase: 'writing', write });
        onWrite?.(write);
      });
    },
  };
}

/**
 * The analysis (scanner, frameworks of every year, scoring): a chunk of its own, fetched at start-up while Office
 * gets ready and the workbook is read, so the first screen paints without waiting for it and the result does not
 * wait either (the read takes longer than the fetch).
 */
export const loadAnalysis = (): Promise<typeof import('../app/analysis')> =>
  import(/* webpackChunkName: "analysis" */ '../app/analysis');

/** The engine in this thread, over a port (the office port in Excel; tests' in-memory port). */
export function localEngine(port: WorkbookPort, builders: BuildersSource): Engine {
  const loadBuilders = (): Promise<Builders> =>
    typeof builders === 'function' ? builders() : Promise.resolve(builders);
  return {
    scan: async (settings, explicit, onProgress) => {
      const [snapshot, { analyzeSnapshot }] = await Promise.all([observed(port, onProgress).read(), loadAnalysis()]);
      return analyzeSnapshot(snapshot, settings, explicit);
    },
    reanalyze: async (last, settings, explicit) => (await loadAnalysis()).reanalyze(last, settings, explicit),
    act: async (settings, actions, explicit, onProgress) => {
      const [{ run, ALL_ACTIONS }, b] = await Promise.all([
        import(/* webpackChunkName: "write" */ '../app/workbench'),
        loadBuilders(),
      ]);
      return run(observed(port, onProgress), settings, actions === 'all' ? ALL_ACTIONS : actions, b, { explicit });
    },
    remove: async (settings, explicit, onProgress) => {
      const { removeOurs } = await import(/* webpackChunkName: "write" */ '../app/remove');
      return removeOurs(observed(port, onProgress), settings, explicit);
    },
  };
}
