// End to end in Debian chromium (playwright-core, never a downloaded browser): the production build served on
// 127.0.0.1, the browser preview over samples/ita-2567-sample.xlsx, and the pane inside a page with the local office.js
// and a fake Excel (tests/e2e/pane.e2e.test.ts). Screenshots go to test-results/screenshots/, timings to
// test-results/preview-timings.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionBuild } from '../helpers/build';
import { createStaticServer } from '../../scripts/serve.mjs';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { META_SHEET } from '../../src/app/port';
import { OUR_SHEETS, SHEET_KEYS } from '../../src/domain/specs/sheets';
import { analyzeSnapshot } from '../../src/app/workbench';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { CRITICAL_FILL } from '../../src/domain/specs/highlight';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = path.join(root, 'samples/ita-2567-sample.xlsx');
const SHOTS = path.join(root, 'test-results/screenshots');

let outDir = '';
let server: Server;
let base = '';
let browser: Browser;
const timings: Record<string, number> = {};

beforeAll(async () => {
  ({ outDir } = await productionBuild());
  server = createStaticServer(outDir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  mkdirSync(SHOTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  if (Object.keys(timings).length) {
    writeFileSync(
      path.join(root, 'test-results/preview-timings.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'ms', ...timings }, null, 2)}\n`,
    );
  }
});

/** Everything the page logs as an error, so a failure explains itself. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** A full-page screenshot, plus the page cut into screen-high parts (readable when looked at one by one). */
async function shots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, k = 1; y < total && k <= 8; y += height, k++) {
    await page.screenshot({
      path: path.join(SHOTS, `${name}-part${k}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
    });
  }
}

async function openPreview(page: Page, query: string): Promise<number> {
  await page.goto(`${base}/preview.html?${query}`);
  await page.waitForFunction(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-testid="open-file"]');
    return b !== null && !b.disabled;
  });
  // performance.now() counts from the navigation start.
  return page.evaluate(() => performance.now());
}

async function loadSample(page: Page, scanned: string): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', SAMPLE);
  await page.getByText(scanned, { exact: true }).waitFor({ timeout: 60_000 });
}

describe('browser preview', () => {
  it('opens the sample, does everything, shows the numbers, selects cells and downloads a correct workbook', async () => {
    const original = await openXlsx(readFileSync(SAMPLE));
    const before = await original.read();
    const expected = analyzeSnapshot(before, DEFAULT_SETTINGS).summary;
    const o34 = expected.weak.find((w) => w.code === 'o34');
    expect(o34?.location).toBeTruthy();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    timings.timeToInteractive = Math.round(await openPreview(page, 'lang=en'));
    await loadSample(page, 'Scan complete');
    expect(await page.getByTestId('overall-score').textContent()).toBe('72.83');

    const t0 = Date.now();
    await page.getByRole('button', { name: 'Make the analysis and the plan' }).click();
    await page.getByTestId('confirm').click();
    await page.getByText(/^Done: Make the analysis and the plan/).waitFor({ timeout: 60_000 });
    timings.doEverything = Date.now() - t0;

    expect(await page.getByTestId('overall-score').textContent()).toBe('72.83');
    await page.locator('summary', { hasText: 'Tool and indicator scores' }).click();
    expect(await page.getByTestId('indicator-9-score').textContent()).toBe('44.17');
    await page.locator('summary', { hasText: /^Weak items/ }).click();
    const weak = await page
      .locator('[data-testid="weak-list"] li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
    expect(weak).toEqual(expected.weak.map((w) => w.code));
    expect(weak).toContain('o34');
    await expect.poll(() => page.getByRole('heading', { name: 'Colour legend' }).count()).toBe(1);

    // Selecting a weak item switches the grid to its sheet and focuses its cell, painted by our critical rule.
    await page.locator('[data-testid="weak-list"] li[data-code="o34"] button').click();
    const grid = page.getByTestId('sheet-grid');
    await expect.poll(() => grid.getAttribute('data-sheet')).toBe(o34!.location!.sheet);
    const cell = grid.locator(`[data-cell="${o34!.location!.cell}"]`);
    await expect.poll(() => cell.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell.getAttribute('data-mark')).toBe(CRITICAL_FILL);
    await page.screenshot({ path: path.join(SHOTS, 'preview-en-1280.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = await download.path();
    const result = await openXlsx(readFileSync(saved));
    const after = await result.read();
    const names = after.sheets.map((s) => s.name);
    for (const s of before.sheets) {
      const now = after.sheets.find((x) => x.name === s.name);
      expect(now?.values, `user sheet ${s.name} unchanged`).toEqual(s.values);
    }
    const analysed = analyzeSnapshot(after, DEFAULT_SETTINGS);
    expect(names).toContain(META_SHEET);
    // Every sheet of ours that applies to one agency's workbook (the one list: specs/sheets.ts), the framework sheet among them.
    const applicable = OUR_SHEETS.filter((d) => !('applies' in d) || d.applies(analysed.summary)).map((d) => d.key);
    expect(analysed.ourSheets.map((s) => s.key).sort()).toEqual([...applicable].sort());
    expect(applicable).not.toContain('consolidated');
    expect(SHEET_KEYS).toContain('framework');
    expect(analysed.marker?.rules.length).toBeGreaterThan(0);
    expect(analysed.summary.overall.score).toBeCloseTo(72.83, 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['preview-th-320', 'lang=th&theme=light', 'สแกนเสร็จแล้ว', 'จัดทำผลการวิเคราะห์และแผนมาตรการ', /^เสร็จแล้ว/],
    ['preview-en-320-dark', 'lang=en&theme=dark', 'Scan complete', 'Make the analysis and the plan', /^Done: /],
  ])('%s: fits the narrow default pane width', async (name, query, scanned, all, done) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openPreview(page, query);
    await loadSample(page, scanned);
    await page.getByRole('button', { name: all }).click();
    await page.getByTestId('confirm').click();
    await page.getByText(done).waitFor({ timeout: 60_000 });
    await shots(page, name);
    // Nothing wider than the pane: no horizontal scrolling of the page at 320 px (the grid scrolls inside its own box).
    const wide = await page.evaluate(() => {
      const doc = document.documentElement;
      if (doc.scrollWidth <= doc.clientWidth) return [];
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName}.${el.className.toString().slice(0, 40)} ${Math.round(el.getBoundingClientRect().right)}`,
        );
    });
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an .xls file gets the catalogue sentence, not a crash', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await openPreview(page, 'lang=en');
    await page.setInputFiles('[data-testid="file-input"]', path.join(root, 'tests/fixtures/legacy.xls'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'is an old Excel file (.xls): open it in Excel and save it as .xlsx first',
    );
    await context.close();
  });
});
