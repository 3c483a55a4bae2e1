/**
 * LibreOffice as an independent reader of the files we write: convert an .xlsx to CSV or PDF headless,
 * with a fresh profile that forces formula recalculation on load (so a wrong cached value shows up).
 * Runs are serialised (one soffice at a time, across test files too) and get generous timeouts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type SofficeFormat = 'csv' | 'pdf';
export type SofficeOptions = {
  /** CSV only: 1-based sheet index, or 'all' for one file per sheet (`<base>-<sheet name>.csv`). Default: the first sheet. */
  sheet?: number | 'all';
  /** Milliseconds before the conversion is killed. */
  timeoutMs?: number;
};

/** True when a `soffice` binary is on PATH. */
export const HAS_SOFFICE: boolean = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
/** Skip soffice tests only when it is missing outside CI; in CI a missing soffice must fail. */
export const SKIP_SOFFICE: boolean = !HAS_SOFFICE && !process.env['CI'];
if (SKIP_SOFFICE) console.warn('[soffice] LibreOffice (soffice) is not installed: tests that need it are skipped.');

// Recalculate formulas of every loaded file (0 = always, 1 = never, 2 = ask): LibreOffice otherwise trusts cached values.
const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const LOCK_DIR = join(tmpdir(), 'ita-workbench-soffice.lock');
const STALE_LOCK_MS = 10 * 60_000;
let queue: Promise<unknown> = Promise.resolve();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cross-process lock (mkdir is atomic), so test files running in parallel forks still take turns. */
async function withLock<T>(f: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      } catch {
        // the holder just released it: try again
      }
      await sleep(200);
    }
  }
  try {
    return await f();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function run(args: string[], timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((res, rej) => {
    const p = spawn('soffice', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      rej(new Error(`soffice timed out after ${timeoutMs} ms: ${args.join(' ')}\n${out}`));
    }, timeoutMs);
    p.on('error', (e) => {
      clearTimeout(timer);
      rej(e);
    });
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ code, out });
    });
  });
}

/**
 * Convert `xlsxPath` with LibreOffice into `outDir`; returns the paths written.
 * CSV: UTF-8, comma-separated, raw values (not "as shown"), formulas recalculated on load.
 */
export function convertWithSoffice(
  xlsxPath: string,
  format: SofficeFormat,
  outDir: string,
  options: SofficeOptions = {},
): Promise<string[]> {
  const job = queue.then(() => withLock(() => convertNow(resolve(xlsxPath), format, resolve(outDir), options)));
  queue = job.catch(() => undefined);
  return job;
}

async function convertNow(
  src: string,
  format: SofficeFormat,
  outDir: string,
  options: SofficeOptions,
): Promise<string[]> {
  if (!existsSync(src)) throw new Error(`no such file: ${src}`);
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'ita-soffice-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_XCU);
    const sheet = options.sheet === 'all' ? -1 : (options.sheet ?? 1);
    // Tokens: sep, quote, UTF-8, first line, col formats, language, quoted-as-text, detect numbers,
    // save as shown (false = raw values), export formulas, remove spaces, sheet (LibreOffice ≥ 7.2).
    const target =
      format === 'csv'
        ? `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`
        : 'pdf:calc_pdf_Export';
    const base = basename(src, extname(src));
    const before = new Map(readdirSync(outDir).map((f) => [f, statSync(join(outDir, f)).mtimeMs]));
    const started = Date.now();
    const { code, out } = await run(
      [
        '--headless',
        '--norestore',
        '--nologo',
        '--nodefault',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        target,
        '--outdir',
        outDir,
        src,
      ],
      options.timeoutMs ?? 180_000,
    );
    const written = readdirSync(outDir)
      .filter((f) => f.startsWith(base) && f.endsWith(`.${format}`))
      .filter((f) => !before.has(f) || statSync(join(outDir, f)).mtimeMs >= started - 1000)
      .map((f) => join(outDir, f))
      .sort();
    if (code !== 0 || written.length === 0)
      throw new Error(`soffice failed (exit ${code}) converting ${src} to ${format}:\n${out}`);
    return written;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Minimal CSV parser for LibreOffice's output (quoted fields, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
