// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../src/adapters/office/errors';
import { defaultBuilders } from '../../src/app/builders';
import { META_SHEET } from '../../src/app/port';
import { analyzeSnapshot } from '../../src/app/workbench';
import { message } from '../../src/domain/messages';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Lang, WorkbookSnapshot } from '../../src/domain/types';
import { App } from '../../src/taskpane/App';
import type { DescribeError } from '../../src/taskpane/types';
import { seedSnapshot } from './grids';
import { OIT_2569, yearWorkbook } from '../fixtures/yearGrids';
import { memoryPort, type MemoryPort } from './memoryPort';

afterEach(cleanup);

// findBy*/waitFor give up after 1 s by default: on a 2-core machine running the whole suite (a production build,
// LibreOffice and Chromium beside it), the first render of Fluent UI plus a scan sometimes takes longer, and a test
// failed for that alone. Waiting longer changes nothing when the pane is right and only delays a failure.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one (reflow). A do-nothing one is enough here.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

const describeOffice: DescribeError = (e) => (e instanceof UserFacingError ? { code: e.code, params: e.params } : { code: 'ui.error.unexpected' });

function renderPane(port: MemoryPort, lang: Lang = 'en') {
  const user = userEvent.setup();
  const view = render(<App port={port} host="excel" builders={defaultBuilders} lang={lang} theme="light" describeError={describeOffice} />);
  return { user, ...view };
}

async function scanned(): Promise<void> {
  await screen.findByText(message('ui.status.scanned', 'en'));
}

describe('task pane', () => {
  it('shows progress while scanning, then the result', async () => {
    const port = memoryPort(seedSnapshot());
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = port.read;
    port.read = async () => {
      await gate;
      return read();
    };
    renderPane(port);
    expect(await screen.findByRole('status')).toHaveTextContent('Reading the workbook…');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    release();
    await scanned();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });

  it('shows the seed numbers: overall 72.83, indicator 9 = 44.17, the disagreement on indicator 1', async () => {
    renderPane(memoryPort(seedSnapshot()));
    await scanned();
    expect(screen.getByTestId('overall-score')).toHaveTextContent('72.83');
    expect(screen.getByText(/workbook says 72\.84/)).toBeInTheDocument();
    expect(screen.getByTestId('indicator-9-score')).toHaveTextContent('44.17');
    expect(screen.getByTestId('indicator-10-score')).toHaveTextContent('60.00');
    const ind1 = screen.getByTestId('indicator-1');
    expect(ind1).toHaveTextContent('93.50');
    expect(ind1).toHaveTextContent('93.52');
    expect(within(ind1).getByText(/differs/)).toBeInTheDocument();
    expect(within(screen.getByTestId('indicator-4')).queryByText(/differs/)).toBeNull();
    expect(screen.getByTestId('rating')).toHaveTextContent('Not passed');
    expect(screen.getByTestId('tool-OIT')).toHaveTextContent('52.08');
    expect(screen.getByRole('heading', { level: 2, name: 'Result FY2567' })).toBeInTheDocument();
    expect(screen.getByTestId('framework-status')).toHaveTextContent('verified');
    expect(screen.getByTestId('framework-note')).toHaveTextContent('Computed by the NACC ITA framework of FY2567 (verified)');
    expect(screen.getByTestId('framework-year-reason')).toHaveTextContent(/assessment year 2567 as written in the workbook \(สรุป!A1\)/);
  });

  it('a FY2569 workbook without a year: the framework is partial and the year came from the item names', async () => {
    const names = OIT_2569;
    renderPane(memoryPort(yearWorkbook({ year: null, oitNames: names, oit: names.map((_n, k) => (k === 9 ? 0 : 100)), indicators: [95, 95, 95, 95, 95, 90, 90, 90, 80, 80] })));
    await scanned();
    expect(screen.getByTestId('framework-status')).toHaveTextContent('partial');
    expect(screen.getByTestId('framework-note')).toHaveTextContent(/FY2569 ITA framework, which is partial/);
    expect(screen.getByTestId('framework-note')).toHaveTextContent(/item names fit the FY2569 framework/);
    expect(screen.getByRole('heading', { level: 2, name: 'Result FY2569' })).toBeInTheDocument();
    expect(screen.getByTestId('indicator-9-score')).toHaveTextContent('80.00');
    expect(within(screen.getByTestId('indicator-9')).queryByText(/differs/)).toBeNull();
  });

  it('lists the weak items worst first, and a click selects the item in the workbook', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    const expected = analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS).summary.weak.map((w) => w.code);
    const shown = [...screen.getByTestId('weak-list').querySelectorAll('li')].map((li) => li.getAttribute('data-code'));
    expect(shown).toEqual(expected);
    expect(shown.slice(0, 2)).toEqual(['o2', 'o9']);
    expect(shown).toContain('o34');
    // Critical (OIT 0) before weak survey items: e9 54.9 after every OIT 0.
    expect(shown.indexOf('e9')).toBeGreaterThan(shown.indexOf('o34'));
    expect(screen.getByRole('heading', { name: `Weak items (${expected.length})` })).toBeInTheDocument();
    const o34 = within(screen.getByTestId('weak-list').querySelector<HTMLElement>('[data-code="o34"]')!).getByRole('button');
    expect(o34).toHaveAccessibleName(/^o34 .+ 0\.00 \(critical\)\. Go to รายข้อ!C59$/);
    await user.click(o34);
    expect(port.selected).toEqual([['รายข้อ', 'C59']]);
  });

  it('shows every warning from the catalogue with a link that selects its cell', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    expect(screen.getByRole('main')).toHaveTextContent('สรุป!D4: Indicator 1: the workbook says 93.5 but its items give 93.52');
    await user.click(screen.getByRole('button', { name: 'Go to สรุป!D4' }));
    expect(port.selected).toEqual([['สรุป', 'D4']]);
  });

  it('renders in Thai when the display language is Thai', async () => {
    renderPane(memoryPort(seedSnapshot()), 'th');
    await screen.findByText('สแกนเสร็จแล้ว');
    expect(screen.getByRole('main')).toHaveTextContent('สรุป!D4: ตัวชี้วัดที่ 1: ในสมุดงานเขียน 93.5 แต่คำนวณจากรายข้อได้ 93.52');
    expect(screen.getByRole('button', { name: 'ทำทั้งหมด' })).toBeEnabled();
    expect(screen.getByTestId('rating')).toHaveTextContent('ไม่ผ่าน');
  });

  it('Do everything writes once, shows what it added and the colour legend, and is safe to repeat', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    await user.click(screen.getByRole('button', { name: 'Do everything' }));
    await screen.findByText(/^Done: Do everything/);
    expect(port.writes).toHaveLength(1);
    const names = port.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['สรุป', 'รายข้อ']);
    expect(names).toContain(META_SHEET);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(port.rules.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Colour legend' })).toBeInTheDocument();
    // The workbook's user sheets are untouched.
    expect(port.sheets[0]!.values).toEqual(seedSnapshot().sheets[0]!.values);
    await user.click(screen.getByRole('button', { name: 'Do everything' }));
    await waitFor(() => expect(port.writes).toHaveLength(2));
    await screen.findByText(/^Done: Do everything/);
    expect(port.sheets.map((s) => s.name)).toEqual(names);
    // The numbers do not move when our own sheets are in the workbook.
    expect(screen.getByTestId('overall-score')).toHaveTextContent('72.83');
  });

  it('a failed write shows the catalogue sentence in an error bar, never the raw error, and writes nothing', async () => {
    const port = memoryPort(seedSnapshot());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderPane(port);
    await scanned();
    port.failNext.write = new UserFacingError({ code: 'office.protected', params: {} }, Object.assign(new Error('AccessDenied: raw host text'), { code: 'AccessDenied' }));
    await user.click(screen.getByRole('button', { name: 'Highlight weak items' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sheet or workbook is protected: unprotect it and try again');
    expect(alert).toHaveTextContent('The workbook was left as it was');
    expect(alert).not.toHaveTextContent('raw host text');
    expect(port.writes).toHaveLength(0);
    expect(spy).toHaveBeenCalled();
    // Back to a stable state: dismiss, and the actions work again.
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Highlight weak items' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    spy.mockRestore();
  });

  it('an unexpected failure while reading shows the generic sentence, not the error text', async () => {
    const port = memoryPort(seedSnapshot());
    port.failNext.read = new TypeError('Cannot read properties of undefined (reading "x")');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message('ui.error.unexpected', 'en'));
    expect(alert).not.toHaveTextContent('Cannot read properties');
    spy.mockRestore();
  });

  it('says clearly when the workbook holds no ITA table, and offers no action', async () => {
    const empty: WorkbookSnapshot = { sheets: [{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [] }] };
    renderPane(memoryPort(empty));
    await scanned();
    expect(screen.getByRole('note')).toHaveTextContent(/^No ITA score table found/);
    expect(screen.getByRole('button', { name: 'Do everything' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Insert analysis' })).toBeDisabled();
    expect(screen.queryByTestId('overall-score')).toBeNull();
  });

  it('a settings change re-analyses with the new thresholds and year', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    const before = screen.getByTestId('weak-list').querySelectorAll('li').length;
    const reads = port.reads;
    const field = screen.getByRole('textbox', { name: 'OIT weak below' });
    await user.clear(field);
    await user.type(field, '50');
    await user.click(screen.getByRole('button', { name: 'Apply and re-analyse' }));
    await waitFor(() => expect(port.reads).toBe(reads + 1));
    // o8, o14, o16, o24 score 50: no longer weak.
    await waitFor(() => expect(screen.getByTestId('weak-list').querySelectorAll('li').length).toBe(before - 4));
    expect(screen.getByTestId('weak-list').querySelector('[data-code="o8"]')).toBeNull();
    const year = screen.getByRole('textbox', { name: 'Assessment year (BE)' });
    await user.clear(year);
    await user.type(year, '2568');
    await user.click(screen.getAllByRole('button', { name: 'Apply and re-analyse' })[0]!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Result FY2568' })).toBeInTheDocument();
    // The thresholds given earlier still hold, and they travel to the workbook with the next action.
    expect(screen.getByTestId('weak-list').querySelector('[data-code="o8"]')).toBeNull();
  });

  it('the language switch changes the pane and the language of the sheets it writes', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port, 'en');
    await scanned();
    await user.click(screen.getByRole('radio', { name: 'ไทย' }));
    expect(await screen.findByRole('button', { name: 'ทำทั้งหมด' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'แทรกแผ่นงานผลการวิเคราะห์' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0]!.marker.settings?.lang).toBe('th');
  });
});

describe('what-if view', () => {
  it('starts from the shortest path (85.83, pass), follows each tick at once, and writes the chosen items into the plan', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    const projected = screen.getByTestId('whatif-projected');
    expect(projected).toHaveTextContent('Projected overall 85.83 (Pass)');
    await user.click(screen.getByRole('checkbox', { name: /^o21 / }));
    expect(projected).toHaveTextContent('Projected overall 84.83');
    await user.click(screen.getByRole('checkbox', { name: /^o22 / }));
    expect(projected).toHaveTextContent('Projected overall 85.83');
    await user.click(screen.getByRole('button', { name: 'Write the chosen items into the measures plan' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const w = port.writes[0]!;
    expect(w.addSheets.map((s) => s.key).sort()).toEqual(['plan', 'planner']);
    expect(w.marker.settings?.targets).toMatchObject({ o22: 100, o26: 100 });
    expect(w.marker.settings?.targets).not.toHaveProperty('o21');
    // What each is worth stays in the score planner (issue 8): the chosen documents at 100 there, the others as they are.
    const planner = w.addSheets.find((s) => s.key === 'planner')!;
    const targetOf = (code: string) => planner.rows.find((r) => r[1]?.value === code && r[6]?.style === 'input')?.[6]?.value;
    expect(targetOf('o22')).toBe(100);
    expect(targetOf('o21')).toBe(0);
    const plan = w.addSheets.find((s) => s.key === 'plan')!;
    expect(plan.rows.flat().some((c) => typeof c?.value === 'string' && /\+\d+\.\d\d/.test(c.value))).toBe(false);
  });
});
