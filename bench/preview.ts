/**
 * The pane and the preview in headless Debian chromium on localhost: time to interactive of each, Do everything on
 * the sample, and the longest main-thread task while the preview opens and analyses a large (~1.6 MB) workbook, in
 * its Web Worker and, for comparison, on the page (?worker=off).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createStaticServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export type PreviewBench = {
  ttiMs: number;
  doEverythingMs: number;
  paneTtiMs: number;
  paneResultMs: number;
  largeFileBytes: number;
  longestTaskWorkerMs: number;
  longestTaskPageMs: number;
  largeOpenWorkerMs: number;
  largeOpenPageMs: number;
};

/** The sample's two tables plus a sheet of Thai budget lines: about 1.6 MB as .xlsx. */
async function largeWorkbook(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'ita-bench-large-')), 'large.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync('samples/ita-2567-sample.xlsx') as unknown as ArrayBuffer);
  const ws = wb.addWorksheet('งบประมาณ');
  for (let r = 0; r < 60_000; r++)
    ws.addRow([
      `2567-${String((r % 12) + 1).padStart(2, '0')}`,
      `โครงการจัดซื้อวัสดุสำนักงานและครุภัณฑ์ ลำดับที่ ${r}`,
      ['สำนักปลัด', 'กองคลัง', 'กองช่าง'][r % 3],
      (r * 37) % 100_000,
      r % 7 === 0 ? 'ตรวจรับแล้ว' : null,
    ]);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The longest task (ms) the page's main thread ran from now until `until` resolves. */
async function longestTask(page: Page, until: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number };
    w.__long = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long = Math.max(w.__long, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await until();
  return page.evaluate(() => (window as unknown as { __long: number }).__long);
}

async function paneTti(context: BrowserContext, port: number): Promise<{ ttiMs: number; resultMs: number }> {
  const fake = await esbuild({
    entryPoints: ['tests/e2e/fakeExcelEntry.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  await context.route(`${OFFICE_JS}**`, (route) => {
    const rel = route.request().url().slice(OFFICE_JS.length).split('?')[0]!;
    try {
      return route.fulfill({
        body: readFileSync(join('node_modules/@microsoft/office-js/dist', rel)),
        contentType: 'text/javascript',
      });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  await context.addInitScript({ content: `window.__fakeSetup = { displayLanguage: 'en-US' };` });
  await context.addInitScript({ content: fake.outputFiles[0]!.text });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  // Interactive: the first screen answers (its header's language switch is a live button).
  await page.getByTestId('lang-switch').waitFor();
  const ttiMs = await page.evaluate(() => performance.now());
  // The result on screen and the primary action enabled: the scan over the fake is done.
  await page.waitForFunction(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-action="all"]');
    return b !== null && !b.disabled;
  });
  return { ttiMs, resultMs: await page.evaluate(() => performance.now()) };
}

export async function benchPreview(): Promise<PreviewBench> {
  if (!existsSync('dist/preview.html')) execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
  const server = createStaticServer(resolve('dist'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const profile = (): string => mkdtempSync(join(tmpdir(), 'ita-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile(), {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  const large = await largeWorkbook();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/preview.html?lang=en`);
    await page.waitForFunction(() => {
      const b = document.querySelector<HTMLButtonElement>('[data-testid="open-file"]');
      return b !== null && !b.disabled;
    });
    const ttiMs = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', 'samples/ita-2567-sample.xlsx');
    await page.getByText('Scan complete', { exact: true }).waitFor({ timeout: 60_000 });
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Make the analysis and the plan' }).click();
    await page.getByTestId('confirm').click();
    await page.getByText(/^Done: Make the analysis and the plan/).waitFor({ timeout: 60_000 });
    const doEverythingMs = Date.now() - t0;

    const openLarge = async (query: string): Promise<{ longest: number; ms: number }> => {
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${port}/preview.html?lang=en${query}`);
      await p.getByTestId('open-file').waitFor();
      await p.waitForTimeout(1_500); // the worker (or the adapter chunk) warmed as the page does for a user
      const s = Date.now();
      const longest = await longestTask(p, async () => {
        await p.setInputFiles('[data-testid="file-input"]', large);
        await p.getByText('Scan complete', { exact: true }).waitFor({ timeout: 120_000 });
      });
      const ms = Date.now() - s;
      await p.close();
      return { longest, ms };
    };
    const inWorker = await openLarge('');
    const onPage = await openLarge('&worker=off');

    const paneContext = await chromium.launchPersistentContext(profile(), {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 320, height: 640 },
    });
    const pane = await paneTti(paneContext, port).finally(() => paneContext.close());
    const out: PreviewBench = {
      ttiMs,
      doEverythingMs,
      paneTtiMs: pane.ttiMs,
      paneResultMs: pane.resultMs,
      largeFileBytes: readFileSync(large).length,
      longestTaskWorkerMs: inWorker.longest,
      longestTaskPageMs: onPage.longest,
      largeOpenWorkerMs: inWorker.ms,
      largeOpenPageMs: onPage.ms,
    };
    writeFileSync(
      'test-results/bench-preview.json',
      `${JSON.stringify({ measuredAt: new Date().toISOString(), ...out }, null, 2)}\n`,
    );
    return out;
  } finally {
    await context.close();
    server.close();
  }
}
