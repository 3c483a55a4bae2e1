/**
 * What the browser tests share: the production build served on 127.0.0.1, Debian chromium (playwright-core, never a
 * downloaded browser), the pane inside taskpane.html with the local office.js and the typed fake Excel, axe-core
 * injected into the page, and screenshots kept under test-results/screenshots/ for review.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { OFFICE_JS_URL } from '../../webpack.config.js';
import { productionBuild } from '../helpers/build';
import { createStaticServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE = path.join(root, 'samples/ita-2567-sample.xlsx');
export const SHOTS = path.join(root, 'test-results/screenshots');
const OFFICE_DIST = path.join(root, 'node_modules/@microsoft/office-js/dist');
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');

export type Harness = { base: string; browser: Browser; close(): Promise<void> };

export async function startHarness(): Promise<Harness> {
  const { outDir } = await productionBuild();
  const server: Server = createStaticServer(outDir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  mkdirSync(SHOTS, { recursive: true });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Everything the page logs as an error, so a failure explains itself. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Errors that are ours, not office.js complaining that it runs outside Office, nor an injected fault being logged. */
export function ourErrors(errors: readonly string[]): string[] {
  return errors.filter(
    (e) => !/appsforoffice|Office\.js|office\.js|\[ITA Workbench\]|injected fault|Failed to load resource/i.test(e),
  );
}

/** A full-page screenshot, plus the page cut into screen-high parts (readable when looked at one by one). */
export async function shots(page: Page, name: string, parts = 4): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, k = 1; y < total && k <= parts; y += height, k++) {
    await page.screenshot({
      path: path.join(SHOTS, `${name}-part${k}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(height, total - y) },
    });
  }
}

let fakeBundle: string | null = null;
async function fakeScript(): Promise<string> {
  if (!fakeBundle) {
    const out = await esbuild({
      entryPoints: [path.join(root, 'tests/e2e/fakeExcelEntry.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    fakeBundle = out.outputFiles[0]!.text;
  }
  return fakeBundle;
}

export type FakeSetup = {
  workbook?: 'seed' | 'empty';
  excelApi?: number;
  payloadLimit?: number;
  sample?: unknown;
  sampleBytes?: number;
  displayLanguage?: string;
  officeTheme?: { bodyBackgroundColor: string };
};

/** Office's dark theme (Black) and light theme (White) body colours, as desktop Excel reports them. */
export const OFFICE_DARK = { bodyBackgroundColor: '#262626' };
export const OFFICE_LIGHT = { bodyBackgroundColor: '#ffffff' };

/** A browser context whose pages see office.js from the local package and a fake Excel as window.Excel. */
export async function paneContext(
  h: Harness,
  opts: { width: number; height: number; lang?: 'th' | 'en'; dark?: boolean; setup?: FakeSetup },
): Promise<BrowserContext> {
  const lang = opts.lang ?? 'th';
  const context = await h.browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    locale: lang === 'th' ? 'th-TH' : 'en-US',
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  // The user's Office: its display language and theme (desktop Excel reports both).
  opts = {
    ...opts,
    setup: {
      displayLanguage: lang === 'th' ? 'th-TH' : 'en-US',
      officeTheme: opts.dark ? OFFICE_DARK : OFFICE_LIGHT,
      ...opts.setup,
    },
  };
  // office.js from the local package, in place of Microsoft's CDN (no network in tests).
  const cdn = OFFICE_JS_URL.replace(/office\.js$/, '');
  await context.route(`${cdn}**`, (route) => {
    const rel = route.request().url().slice(cdn.length).split('?')[0]!;
    const file = path.join(OFFICE_DIST, rel);
    if (!file.startsWith(OFFICE_DIST)) return route.abort();
    try {
      return route.fulfill({ body: readFileSync(file), contentType: 'text/javascript' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  await context.addInitScript({ content: `window.__fakeSetup = ${JSON.stringify(opts.setup ?? {})};` });
  await context.addInitScript({ content: await fakeScript() });
  return context;
}

/** Open the pane and wait for its first scan. */
export async function openPane(h: Harness, context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${h.base}/taskpane.html`);
  await page
    .locator('[data-testid="status"] [role="status"]')
    .filter({ hasText: /Scan|สแกน/ })
    .waitFor({ timeout: 60_000 });
  return page;
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
};

/** axe-core over the whole page (WCAG 2.0/2.1/2.2 A and AA, and axe's best practices). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
    }));
  });
}

/** The fake's whole model as JSON (for comparing states cell for cell). */
export function model(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __model: () => string }).__model());
}

export function fakeSheets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __fakeExcel: { sheets: { name: string; visibility: string }[] } }).__fakeExcel.sheets.map(
      (s) => `${s.name}:${s.visibility}`,
    ),
  );
}
