/** The worker-thread side of `ita batch`: analyse each file it is sent, one at a time, and post the outcome back. */
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type FileOutcome, type FileTask } from './batchFile';

/** workerData.role of our batch workers (the CLI bundle serves as its own worker script). */
export const WORKER_ROLE = 'ita-batch-worker';

export type WorkerReply = { readonly id: number; readonly outcome: FileOutcome };

/** Serve tasks from the parent until it terminates the thread. */
export function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('ita batch worker started outside a worker thread');
  port.on('message', (task: FileTask) => {
    analyzeFile(task).then(
      (outcome) => port.postMessage({ id: task.id, outcome } satisfies WorkerReply),
      (e: unknown) =>
        port.postMessage({
          id: task.id,
          outcome: {
            kind: 'failed',
            code: 'batch.internal',
            params: { file: task.display, reason: e instanceof Error ? e.message : String(e) },
          },
        } satisfies WorkerReply),
    );
  });
}
