/** The whole CLI on the sample vs a bare exceljs read + write of the same file (what the CLI cost when it ran on exceljs). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { zlibCodec } from '../src/adapters/xlsx/node';
import { openXlsx } from '../src/adapters/xlsx/xlsxWorkbook';

const SAMPLE = 'samples/ita-2567-sample.xlsx';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

export async function benchCli(runs = 7): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'ita-bench-'));
  const quiet = { out: () => {}, err: () => {}, env: {} };
  // Warm both paths once (module loading, JIT) so the medians compare steady work.
  await main(['analyze', SAMPLE, '-o', join(dir, 'warm.xlsx')], quiet);
  const bare = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    await wb.xlsx.writeFile(join(dir, 'bare.xlsx'));
  };
  await bare();
  const cliMs = await time(() => main(['analyze', SAMPLE, '-o', join(dir, 'cli.xlsx')], quiet), runs);
  const bareMs = await time(bare, runs);
  const bytes = new Uint8Array(readFileSync(SAMPLE));
  const readMs = await time(async () => (await openXlsx(bytes, { codec: zlibCodec })).read(), 21);
  // Whole processes, as a user runs them (node start-up and module loading included).
  const procRuns = 3;
  const proc = (args: string[]) =>
    time(async () => {
      execFileSync(process.execPath, args, { stdio: 'ignore' });
    }, procRuns);
  const cliProcMs = await proc(['scripts/ita.mjs', 'analyze', SAMPLE, '-o', join(dir, 'cli-proc.xlsx')]);
  const bareProcMs = await proc([
    '-e',
    `const E=require('exceljs');(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(SAMPLE)});await w.xlsx.writeFile(${JSON.stringify(join(dir, 'bare-proc.xlsx'))});})()`,
  ]);
  return { cliMs, bareMs, ratio: cliMs / bareMs, cliProcMs, bareProcMs, procRatio: cliProcMs / bareProcMs, readMs };
}
