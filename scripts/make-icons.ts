// Renders assets/icon.svg (and icon-small.svg for 16 px) to the PNG sizes the manifest and the ribbon use.
// Run: npx tsx scripts/make-icons.ts   (needs Debian's chromium; the PNGs are committed, so CI never runs this)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');

/** Each PNG the add-in ships and the SVG it is drawn from: 16/32/80 ribbon, 32/64 IconUrl/HighResolutionIconUrl, 128 store. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const big = await readFile(path.join(assets, 'icon.svg'), 'utf8');
  const small = await readFile(path.join(assets, 'icon-small.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      const svg = (size <= 16 ? small : big).replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
      await writeFile(path.join(assets, `icon-${size}.png`), png);
      console.log(`assets/icon-${size}.png (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
