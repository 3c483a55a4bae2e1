/**
 * The worker pool of `ita batch` (node:worker_threads): one thread per core by default, each analysing one file at a
 * time, so memory stays bounded whatever the number of files (each thread holds one workbook; the main thread keeps
 * only the small per-agency results). A thread that runs out of its heap or exceeds the time limit is replaced and
 * its file is reported, never stopping the batch.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './batchFile';
import { WORKER_ROLE, type WorkerReply } from './batchWorker';

export type PoolOptions = {
  /** Threads (default: available parallelism). */
  readonly jobs?: number;
  /** Heap limit of each thread, MB (default 320: two threads stay well under 1 GB). */
  readonly heapMb?: number;
  /** Time limit per file, ms (default 120 s). */
  readonly timeoutMs?: number;
};

export const DEFAULT_HEAP_MB = 320;
export const DEFAULT_TIMEOUT_MS = 120_000;

/** A worker running this very module's code: the CLI bundle itself, or (from the sources, in tests) the TypeScript through tsx. */
function spawn(heapMb: number): Worker {
  const self = fileURLToPath(import.meta.url);
  const opts = { workerData: { role: WORKER_ROLE }, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  if (/\.m?js$/.test(self)) return new Worker(self, opts);
  // tsx's ESM register API (its package exports name the CommonJS build to require()).
  const tsx = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const mod = new URL('./batchWorker.ts', import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(mod)}); }).then((w) => w.serve());`,
    { ...opts, eval: true },
  );
}

type Slot = { worker: Worker | null };

/** Analyse every task on the pool; `onDone` is called as each finishes (in completion order). */
export async function runPool(
  tasks: readonly FileTask[],
  onDone: (task: FileTask, outcome: FileOutcome) => void,
  o: PoolOptions = {},
): Promise<void> {
  const jobs = Math.max(1, Math.min(o.jobs ?? availableParallelism(), tasks.length));
  const heapMb = o.heapMb ?? DEFAULT_HEAP_MB;
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let next = 0;
  const runOne = (slot: Slot, task: FileTask): Promise<FileOutcome> =>
    new Promise((resolve) => {
      const w = slot.worker ?? (slot.worker = spawn(heapMb));
      let settled = false;
      const done = (outcome: FileOutcome, dead: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (dead) {
          slot.worker = null;
          void w.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (m: WorkerReply): void => {
        if (m.id === task.id) done(m.outcome, false);
      };
      const onError = (e: Error & { code?: string }): void => {
        const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        done(
          oom
            ? { kind: 'failed', code: 'input.tooLarge', params: { file: task.display, limit: heapMb } }
            : { kind: 'failed', code: 'batch.internal', params: { file: task.display, reason: e.message } },
          true,
        );
      };
      const onExit = (code: number): void =>
        done(
          { kind: 'failed', code: 'batch.internal', params: { file: task.display, reason: `worker exited (${code})` } },
          true,
        );
      const timer = setTimeout(
        () =>
          done(
            {
              kind: 'failed',
              code: 'batch.timeout',
              params: { file: task.display, seconds: Math.round(timeoutMs / 1000) },
            },
            true,
          ),
        timeoutMs,
      );
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(task);
    });
  const slots: Slot[] = Array.from({ length: jobs }, () => ({ worker: null }));
  try {
    await Promise.all(
      slots.map(async (slot) => {
        while (next < tasks.length) {
          const task = tasks[next++]!;
          onDone(task, await runOne(slot, task));
        }
      }),
    );
  } finally {
    await Promise.all(slots.map((s) => s.worker?.terminate()));
  }
}
