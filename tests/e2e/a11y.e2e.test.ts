// axe-core (injected into the page) finds 0 violations in every state of the pane and of the preview, light and
// dark, Thai and English, at 320, 360 and 450 px: the result, every detail open, the dialogs, the outcome of a
// write, a failure, the first run; the preview before and after a file. Screenshots of each state are kept.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages';
import type { Lang } from '../../src/domain/types';
import {
  axe,
  openPane,
  ourErrors,
  paneContext,
  SAMPLE,
  shots,
  startHarness,
  watchErrors,
  type AxeViolation,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 900_000);
afterAll(async () => {
  await h?.close();
});

const COMBOS: [number, boolean, Lang][] = [320, 360, 450].flatMap((w) =>
  [false, true].flatMap((dark) => (['th', 'en'] as const).map((l): [number, boolean, Lang] => [w, dark, l])),
);
const tag = (w: number, dark: boolean, lang: Lang): string => `${w}-${lang}${dark ? '-dark' : ''}`;

/** axe in one state: every violation listed, so a failure says what and where. */
async function clean(page: Page, state: string): Promise<void> {
  // Let colour transitions end (a button just enabled fades in: axe would measure it half-way).
  await page.waitForTimeout(400);
  const v: AxeViolation[] = await axe(page);
  expect(
    v.map(
      (x) =>
        `${state}: ${x.id} (${x.impact}) ${x.help} @ ${x.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(' | ')}`,
    ),
  ).toEqual([]);
}

async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details summary').first().waitFor();
  for (const s of await page.locator('details summary').all()) {
    if (!(await s.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) await s.click();
  }
}

describe('the pane: no axe violation in any state', () => {
  it.each(COMBOS)(
    '%i px, dark=%s, %s',
    async (width, dark, lang) => {
      const t = (code: Parameters<typeof message>[0]): string => message(code, lang);
      const name = tag(width, dark, lang);
      const context = await paneContext(h, { width, height: 720, lang, dark });
      const page = await openPane(h, context);
      const errors = watchErrors(page);
      await clean(page, 'result');
      await openAllDetails(page);
      await clean(page, 'details open');
      await shots(page, `a11y-pane-details-${name}`, 6);
      // The once-a-session warning, then the outcome of the primary action.
      await page.getByRole('button', { name: t('ui.action.primary') }).click();
      await page.getByTestId('confirm').waitFor();
      await clean(page, 'undo dialog');
      await shots(page, `a11y-pane-undo-${name}`, 1);
      await page.getByTestId('confirm').click();
      await page
        .getByTestId('outcome')
        .filter({ hasText: t('ui.action.primary') })
        .waitFor({ timeout: 60_000 });
      await clean(page, 'done');
      // A write that stops part-way (the record and removal step of the next write).
      await page.evaluate(() => {
        const f = (window as unknown as { __fakeExcel: { syncCount: number; fault: unknown } }).__fakeExcel;
        f.fault = { sync: f.syncCount + 3 + 3, after: 2 };
      });
      await page.getByRole('button', { name: t('ui.action.highlight') }).click();
      await page.getByRole('alert').waitFor({ timeout: 60_000 });
      await clean(page, 'failed');
      await shots(page, `a11y-pane-failed-${name}`, 2);
      await page
        .getByRole('alert')
        .getByRole('button', { name: t('ui.dismiss') })
        .click();
      await page.getByRole('button', { name: t('ui.action.remove') }).click();
      await page.getByTestId('confirm').waitFor();
      await clean(page, 'remove dialog');
      await page.getByTestId('confirm').click();
      await page
        .getByTestId('outcome')
        .filter({ hasText: t('ui.status.removed') })
        .waitFor({ timeout: 60_000 });
      await clean(page, 'removed');
      expect(ourErrors(errors)).toEqual([]);
      await context.close();

      const first = await paneContext(h, { width, height: 720, lang, dark, setup: { workbook: 'empty' } });
      const empty = await openPane(h, first);
      await empty.getByTestId('first-run').waitFor();
      await openAllDetails(empty);
      await clean(empty, 'first run');
      await shots(empty, `a11y-pane-first-run-${name}`, 2);
      await first.close();
    },
    300_000,
  );
});

describe('the preview: no axe violation in any state', () => {
  it.each(COMBOS)(
    '%i px, dark=%s, %s',
    async (width, dark, lang) => {
      const t = (code: Parameters<typeof message>[0]): string => message(code, lang);
      const name = tag(width, dark, lang);
      const context = await h.browser.newContext({
        viewport: { width, height: 720 },
        colorScheme: dark ? 'dark' : 'light',
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${h.base}/preview.html?lang=${lang}&theme=${dark ? 'dark' : 'light'}`);
      await page.getByTestId('open-file').waitFor();
      await clean(page, 'no file');
      await page.setInputFiles('[data-testid="file-input"]', SAMPLE);
      await page
        .getByTestId('outcome')
        .filter({ hasText: t('ui.status.scanned') })
        .waitFor({ timeout: 60_000 });
      await clean(page, 'sample open');
      await openAllDetails(page);
      await clean(page, 'details open');
      await page.getByRole('button', { name: t('ui.action.primary') }).click();
      await page.getByTestId('confirm').click();
      await page
        .getByTestId('outcome')
        .filter({ hasText: t('ui.action.primary') })
        .waitFor({ timeout: 60_000 });
      await clean(page, 'done');
      await shots(page, `a11y-preview-done-${name}`, 3);
      expect(ourErrors(errors)).toEqual([]);
      await context.close();
    },
    300_000,
  );
});
