/** The process entry of the command line (bundled by scripts/ita.mjs; also runnable with tsx). */
import { main } from './main';

main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  env: process.env,
}).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // A broken invariant, not a user error: say so plainly, with the detail for developers.
    process.stderr.write(`ITA Workbench: internal error / ข้อผิดพลาดภายใน: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.ITA_DEBUG) console.error(e);
    process.exitCode = 70;
  },
);
