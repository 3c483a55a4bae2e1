// The task pane in Chromium, inside taskpane.html with the local office.js and the typed fake Excel, driven as an
// officer would: the first screen at 320×640, the primary action within 5 Tab stops, every injected sync failure
// ending with a message that matches the workbook and a retry without duplicates, "remove" back to the state before
// the first write cell for cell, and the first run with the sample. Screenshots in test-results/screenshots/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { META_SHEET } from '../../src/app/port';
import { message } from '../../src/domain/messages';
import type { Lang } from '../../src/domain/types';
import {
  fakeSheets,
  model,
  openPane,
  ourErrors,
  paneContext,
  SAMPLE,
  shots,
  startHarness,
  watchErrors,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 900_000);
afterAll(async () => {
  await h?.close();
});

const primaryName = (lang: Lang): string => message('ui.action.primary', lang);

/** Click the primary action and confirm the once-a-session warning when it comes. */
async function runPrimary(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: primaryName(lang) }).click();
  const confirm = page.getByTestId('confirm');
  // The dialog comes from a lazy chunk: wait for it a moment (it does not come once the session was warned).
  if (
    await confirm.waitFor({ timeout: 2_500 }).then(
      () => true,
      () => false,
    )
  )
    await confirm.click();
}

/** Wait for the outcome of the job just started (not the scan's, already on screen). */
async function outcome(page: Page, text: RegExp = /^(Done|เสร็จแล้ว|Removed|ลบสิ่งที่|Sample|แทรก)/): Promise<string> {
  const o = page.getByTestId('outcome').filter({ hasText: text });
  await o.waitFor({ timeout: 60_000 });
  return (await o.textContent()) ?? '';
}

const syncs = (page: Page): Promise<{ count: number; batches: number[] }> =>
  page.evaluate(() => {
    const f = (window as unknown as { __fakeExcel: { syncCount: number; batches: number[] } }).__fakeExcel;
    return { count: f.syncCount, batches: [...f.batches] };
  });

describe('the first screen', () => {
  it.each<[Lang, boolean]>([
    ['th', false],
    ['en', false],
    ['th', true],
    ['en', true],
  ])(
    '320×640 %s dark=%s: overall, rating and the primary action without scrolling, the action within 5 Tab stops',
    async (lang, dark) => {
      const context = await paneContext(h, { width: 320, height: 640, lang, dark });
      const page = await openPane(h, context);
      const errors = watchErrors(page);
      expect(await page.getByTestId('overall-score').textContent()).toBe('72.83');
      for (const el of [
        page.getByTestId('overall-score'),
        page.getByTestId('rating'),
        page.getByRole('button', { name: primaryName(lang) }),
      ]) {
        const box = (await el.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      let stops = 0;
      while (stops < 5 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'all'))) {
        await page.keyboard.press('Tab');
        stops++;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('all');
      // The page behind the pane follows the theme: no white frame in dark.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(dark ? 'rgb(41, 41, 41)' : 'rgb(255, 255, 255)');
      await page.keyboard.press('Shift+Tab'); // leave the focus ring off the screenshot's main button
      await shots(page, `pane-first-screen-320x640-${lang}${dark ? '-dark' : ''}`, 1);
      expect(ourErrors(errors)).toEqual([]);
      await context.close();
    },
  );

  it('shows a loading state, not a blank page, until Office is ready', async () => {
    const context = await paneContext(h, { width: 320, height: 640 });
    const page = await context.newPage();
    // Hold office.js back: the page must still say something.
    await context.route('**/office.js', () => undefined);
    await page.goto(`${h.base}/taskpane.html`, { waitUntil: 'commit' });
    await page.locator('.boot').waitFor({ timeout: 10_000 });
    expect(await page.locator('.boot').textContent()).toContain('กำลังโหลด ITA Workbench');
    await shots(page, 'pane-loading-320', 1);
    await context.close();
  });
});

describe('writes that stop part-way, a retry, and remove', () => {
  it('every injected sync failure ends with a message that matches the workbook, and a retry leaves no duplicates', async () => {
    // A clean run: the syncs of the action (its read, then its write) and what the workbook holds after it.
    const refContext = await paneContext(h, { width: 360, height: 800, lang: 'en' });
    const ref = await openPane(h, refContext);
    const before = await syncs(ref);
    await runPrimary(ref, 'en');
    await outcome(ref);
    const after = await syncs(ref);
    const batches = after.batches.slice(before.count);
    const refSheets = await fakeSheets(ref);
    const refRules = await ref.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheets: { rules: unknown[] }[] } }).__fakeExcel.sheets.reduce(
        (n, s) => n + s.rules.length,
        0,
      ),
    );
    await refContext.close();
    expect(batches.length).toBeGreaterThanOrEqual(8); // 3 to read, 5 to write
    let seenPartial = false;
    for (let i = 0; i < batches.length; i++) {
      const context = await paneContext(h, { width: 360, height: 800, lang: 'en' });
      const page = await openPane(h, context);
      const start = (await syncs(page)).count;
      const unchanged = await model(page);
      const after0 = Math.floor(batches[i]! / 2);
      await page.evaluate(
        ([sync, after]) => {
          (window as unknown as { __fakeExcel: { fault: unknown } }).__fakeExcel.fault = { sync, after };
        },
        [start + i + 1, after0] as const,
      );
      await runPrimary(page, 'en');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      const text = (await alert.textContent()) ?? '';
      const now = await model(page);
      const label = `sync ${i + 1} of ${batches.length}, before command ${after0}: ${text}`;
      // The focus is on the message.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role')), label).toBe('alert');
      if (now === unchanged) {
        // Nothing changed: said so when a write was under way, or nothing claimed when it was the read that failed.
        expect(
          text.includes(message('write.state.unchanged', 'en')) || !text.includes(message('ui.error.now', 'en')),
          label,
        ).toBe(true);
      } else {
        seenPartial = true;
        expect(text, label).not.toContain(message('write.state.unchanged', 'en'));
        expect(text, label).toContain(message('write.state.retry', 'en'));
        // Every sheet it says it added is there.
        const added = /Sheets added in full: ([^.]+?)(?:Sheets started|Earlier|\d+ |Nothing you typed)/.exec(text)?.[1];
        const names = (await fakeSheets(page)).map((s) => s.split(':')[0]);
        for (const s of added ? added.split(', ') : []) expect(names, label).toContain(s.trim());
      }
      await shots(page, `pane-fault-sync${i + 1}`, 1);
      // Dismiss, run it again: the workbook ends exactly as after a clean run, nothing doubled.
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await runPrimary(page, 'en');
      await outcome(page);
      expect(await fakeSheets(page), label).toEqual(refSheets);
      const rules = await page.evaluate(() =>
        (window as unknown as { __fakeExcel: { sheets: { rules: unknown[] }[] } }).__fakeExcel.sheets.reduce(
          (n, s) => n + s.rules.length,
          0,
        ),
      );
      expect(rules, label).toBe(refRules);
      await context.close();
    }
    expect(seenPartial).toBe(true);
  }, 900_000);

  it('"remove what ITA Workbench added" returns the workbook to its state before the first write, cell for cell', async () => {
    const context = await paneContext(h, { width: 360, height: 800, lang: 'th' });
    const page = await openPane(h, context);
    const errors = watchErrors(page);
    const before = await model(page);
    await runPrimary(page, 'th');
    await outcome(page);
    // Also the highlights and a fill.
    await page.getByRole('button', { name: message('ui.action.fill', 'th') }).click();
    await outcome(page, new RegExp(message('ui.action.fill', 'th')));
    expect(await fakeSheets(page)).toContain(`${META_SHEET}:VeryHidden`);
    expect(await model(page)).not.toBe(before);
    await page.getByRole('button', { name: message('ui.action.remove', 'th') }).click();
    await shots(page, 'pane-remove-dialog-360-th', 1);
    await page.getByTestId('confirm').click();
    expect(await outcome(page)).toContain(message('ui.status.removed', 'th'));
    expect(await model(page)).toBe(before);
    await shots(page, 'pane-removed-360-th', 1);
    expect(ourErrors(errors)).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('first run', () => {
  it("an empty workbook: a short guide, the guide's link, the version, and the sample inserted through insertWorksheetsFromBase64", async () => {
    const sample = await (await openXlsx(readFileSync(SAMPLE))).read();
    const sheets = sample.sheets.map((s) => ({
      name: s.name,
      rows: Array.from({ length: s.origin.row + s.values.length }, (_, r) =>
        r < s.origin.row ? [] : [...Array<null>(s.origin.col).fill(null), ...s.values[r - s.origin.row]!],
      ),
    }));
    const context = await paneContext(h, {
      width: 320,
      height: 640,
      lang: 'th',
      setup: { workbook: 'empty', sample: sheets, sampleBytes: readFileSync(SAMPLE).length },
    });
    const page = await openPane(h, context);
    const errors = watchErrors(page);
    const guide = page.getByTestId('first-run');
    await guide.waitFor();
    expect(await guide.textContent()).toContain(message('ui.first.step1', 'th'));
    expect(await page.getByTestId('version').textContent()).toMatch(/^รุ่น \d+\.\d+\.\d+$/);
    expect(
      await page
        .getByRole('link', { name: message('ui.help', 'th') })
        .first()
        .getAttribute('href'),
    ).toBe('support.html');
    await shots(page, 'pane-first-run-320-th', 2);
    await page.getByTestId('insert-sample').click();
    await page.getByTestId('confirm').click();
    expect(await outcome(page)).toContain('แทรกแผ่นงานตัวอย่างแล้ว');
    expect(await page.getByTestId('overall-score').textContent()).toBe('72.83');
    expect(ourErrors(errors)).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('the Office theme, live', () => {
  it("the pane turns dark when Office's theme does, without reopening", async () => {
    const context = await paneContext(h, { width: 320, height: 640, lang: 'en' });
    const page = await openPane(h, context);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => {
      (Office.context.officeTheme as unknown as { bodyBackgroundColor: string }).bodyBackgroundColor = '#262626';
    });
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(41, 41, 41)', undefined, {
      timeout: 5_000,
    });
    expect(await page.locator('[data-theme]').first().getAttribute('data-theme')).toBe('dark');
    await context.close();
  });
});
