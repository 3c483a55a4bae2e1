/** The process entry of the command line (bundled by scripts/ita.mjs; also runnable with tsx). */
import { isMainThread, workerData } from 'node:worker_threads';
import { serve, WORKER_ROLE } from './batchWorker';
import { main } from './main';

// The bundle is also the script of `ita batch`'s worker threads.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) serve();
else
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    env: process.env,
    ...(process.stderr.isTTY
      ? {
          progress: (s: string) => {
            process.stderr.write(s);
          },
          columns: process.stderr.columns,
        }
      : {}),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A broken invariant, not a user error: say so plainly, with the detail for developers.
      process.stderr.write(
        `ITA Workbench: internal error / ข้อผิดพลาดภายใน: ${e instanceof Error ? e.message : String(e)}\n`,
      );
      if (process.env.ITA_DEBUG) console.error(e);
      process.exitCode = 70;
    },
  );
