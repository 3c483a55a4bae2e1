/** The preview in headless Debian chromium on localhost: time to interactive, and Do everything on the sample. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../scripts/serve.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function benchPreview(): Promise<{ ttiMs: number; doEverythingMs: number }> {
  if (!existsSync('dist/preview.html')) execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
  const server = createStaticServer(resolve('dist'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ita-bench-chromium-')), { executablePath: '/usr/bin/chromium', args: ARGS, viewport: { width: 1280, height: 900 } });
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
    await page.getByRole('button', { name: 'Do everything' }).click();
    await page.getByText(/^Done: Do everything/).waitFor({ timeout: 60_000 });
    return { ttiMs, doEverythingMs: Date.now() - t0 };
  } finally {
    await context.close();
    server.close();
  }
}
