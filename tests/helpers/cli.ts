/** The command line run in process, its output captured: what the CLI tests call `ita`. */
import { main, type Io } from '../../src/cli/main';

export type Run = { code: number; out: string; err: string };

/** Run `ita <argv>` with an empty environment (plus `io`), each line written to stdout/stderr kept with its newline. */
export async function runCli(argv: string[], io: Partial<Omit<Io, 'out' | 'err'>> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    env: {},
    ...io,
    out: (s) => {
      out += `${s}\n`;
    },
    err: (s) => {
      err += `${s}\n`;
    },
  });
  return { code, out, err };
}
