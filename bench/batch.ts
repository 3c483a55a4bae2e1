/**
 * `ita batch` on 1,000 generated agency workbooks (scripts/agencyWorkbooks.ts, three layouts), as a user runs it: whole
 * processes of the bundled CLI under /usr/bin/time (peak RSS of the process, worker threads included; CPU time over
 * wall time shows how many cores it kept busy). The folder is generated once and cached in the temp dir.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAgencyFolder } from '../scripts/agencyWorkbooks';

export type BatchRun = {
  readonly seconds: number;
  readonly rssMb: number;
  readonly cores: number;
  readonly agencies: number;
};
export type BatchBench = {
  readonly files: number;
  readonly runs: readonly BatchRun[];
  readonly median: BatchRun;
  readonly small: BatchRun;
  readonly smallFiles: number;
  readonly load: readonly number[];
};

const GENERATOR_VERSION = 1;

async function folder(n: number): Promise<string> {
  const dir = join(tmpdir(), `ita-bench-agencies-v${GENERATOR_VERSION}-${n}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    await writeAgencyFolder(dir, n);
    writeFileSync(done, new Date().toISOString());
  }
  return dir;
}

/** One whole process: `node scripts/ita.mjs batch <paths> --json -o <out>`. */
function runOnce(paths: readonly string[], out: string): BatchRun {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %e %U %S', process.execPath, 'scripts/ita.mjs', 'batch', ...paths, '--json', '-o', out],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`ita batch exited ${r.status}: ${r.stderr.slice(-500)}`);
  const last = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const [kb, wall, user, sys] = last as [number, number, number, number];
  const doc = JSON.parse(r.stdout) as { summary: { count: number } };
  return { seconds: wall, rssMb: kb / 1024, cores: (user + sys) / wall, agencies: doc.summary.count };
}

const median = (xs: readonly BatchRun[]): BatchRun =>
  [...xs].sort((a, b) => a.seconds - b.seconds)[Math.floor(xs.length / 2)]!;

export async function benchBatch(files = 1000, runs = 3): Promise<BatchBench> {
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time is not installed');
  const dir = await folder(files);
  const out = mkdtempSync(join(tmpdir(), 'ita-bench-batch-'));
  // Build the CLI bundle first (a first run after a source change bundles with esbuild).
  execFileSync(process.execPath, ['scripts/ita.mjs', '--version'], { stdio: 'ignore' });
  const load = loadavg();
  const all: BatchRun[] = [];
  for (let k = 0; k < runs; k++) all.push(runOnce([dir], join(out, `run-${k}.xlsx`)));
  // A fifth of the folder (one district): peak memory should not grow with the count.
  const district = join(dir, 'เมืองศรีสะเกษ');
  const small = runOnce([district], join(out, 'small.xlsx'));
  const smallFiles = Math.round(files / 5);
  rmSync(out, { recursive: true, force: true });
  return { files, runs: all, median: median(all), small, smallFiles, load };
}
