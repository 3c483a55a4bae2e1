// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within, type ByRoleOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultBuilders } from '../../src/app/builders';
import { META_SHEET } from '../../src/app/port';
import { UserError } from '../../src/app/userError';
import { UNCHANGED, WriteFailure } from '../../src/app/writeFailure';
import { analyzeSnapshot } from '../../src/app/workbench';
import { message } from '../../src/domain/messages';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Lang, WorkbookSnapshot } from '../../src/domain/types';
import { App } from '../../src/taskpane/App';
import { resetUndoWarned, storedLang } from '../../src/taskpane/prefs';
import { VERSION } from '../../src/taskpane/version';
import { seedSnapshot } from './grids';
import { OIT_2569, yearWorkbook } from '../fixtures/yearGrids';
import { memoryPort, type MemoryPort } from './memoryPort';
import '../helpers/paneDom';

afterEach(cleanup);
beforeEach(() => {
  resetUndoWarned();
  localStorage.clear();
});

const en = (code: Parameters<typeof message>[0], params?: Record<string, string | number>): string =>
  message(code, 'en', params);

function renderPane(port: MemoryPort, lang: Lang = 'en') {
  const user = userEvent.setup();
  const view = render(<App port={port} host="excel" builders={defaultBuilders} lang={lang} theme="light" />);
  return { user, ...view };
}

async function scanned(): Promise<void> {
  await screen.findByText(en('ui.status.scanned'));
}

/** Open a collapsed details section by its title. */
async function open(user: ReturnType<typeof userEvent.setup>, title: RegExp | string): Promise<HTMLElement> {
  const summary = await screen.findByText(title, { selector: 'summary' });
  await user.click(summary);
  return summary.parentElement!;
}

/** The elements a named query looks at, per role (the tags and explicit roles that can have it in the pane). */
const ROLE_SELECTOR = {
  button: 'button, [role~="button"], input[type="button"], input[type="submit"], input[type="reset"]',
  checkbox: 'input[type="checkbox"], [role~="checkbox"]',
  textbox:
    'input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], ' +
    'textarea, [role~="textbox"]',
} as const;
type NamedRole = keyof typeof ROLE_SELECTOR;
type Name = string | RegExp;

/** Every text an element's accessible name can be made of: its content, labelling attributes, labels, labelledby. */
function nameSources(el: HTMLElement): string {
  const attrs = (e: Element): string[] =>
    ['aria-label', 'title', 'alt', 'placeholder', 'value'].map((a) => e.getAttribute(a) ?? '');
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '');
  const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '');
  return [el.textContent ?? '', ...attrs(el), ...[...el.querySelectorAll('*')].flatMap(attrs), ...labels, ...labelledBy]
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Could `el` be named `name`? A cheap test that lets through every element whose accessible name is `name`. */
function mayBeNamed(el: HTMLElement, name: Name): boolean {
  const text = nameSources(el);
  if (typeof name === 'string')
    return name
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => text.includes(w));
  return new RegExp(name.source.replace(/^\^/, '').replace(/\$$/, ''), name.flags.replace('g', '')).test(text);
}

/** The candidates testing-library's own query accepts: role, name and accessibility, judged on each one alone. */
function namedFast(role: NamedRole, name: Name, options: ByRoleOptions): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>(ROLE_SELECTOR[role])]
    .filter((el) => mayBeNamed(el, name))
    .filter((el) =>
      within(el.parentElement ?? el)
        .queryAllByRole(role, { ...options, name })
        .includes(el),
    );
}

/**
 * screen.getByRole / findByRole / getAllByRole for a named button, checkbox or text box, at the cost of a few
 * elements instead of all of them. testing-library computes the accessible name of every element of the role in the
 * document, and each computation calls jsdom's getComputedStyle (some 20 ms) on every node under it: with the pane's
 * buttons one such query took 1–3 s of CPU, and a findBy repeats it on every change of the DOM. Here the candidates
 * are narrowed by text first (every word of the name, or the expression unanchored, in the texts the name can come
 * from), then testing-library's query decides role, name and accessibility on each candidate. When that does not
 * give exactly one (or, for getAll, at least one), the answer is testing-library's own query over the whole
 * document: its usual error, or what the narrowing let slip.
 */
const byName = {
  getByRole(role: NamedRole, options: ByRoleOptions & { name: Name }): HTMLElement {
    const found = namedFast(role, options.name, options);
    return found.length === 1 ? found[0]! : screen.getByRole(role, options);
  },
  getAllByRole(role: NamedRole, options: ByRoleOptions & { name: Name }): HTMLElement[] {
    const found = namedFast(role, options.name, options);
    return found.length > 0 ? found : screen.getAllByRole(role, options);
  },
  /** Waits (polling the cheap query only) until exactly one is there. */
  async findByRole(role: NamedRole, options: ByRoleOptions & { name: Name }): Promise<HTMLElement> {
    const one = (): HTMLElement => {
      const found = namedFast(role, options.name, options);
      if (found.length !== 1) throw new Error(`${found.length} ${role}s named ${String(options.name)}`);
      return found[0]!;
    };
    return waitFor(one).catch(() => screen.getByRole(role, options));
  },
};

/** The primary action, confirming the once-a-session warning that Excel cannot undo it when it comes. */
async function primary(user: ReturnType<typeof userEvent.setup>, confirm = true): Promise<void> {
  // findBy: after a dialog closed, the page is hidden from assistive technology for a moment longer.
  await user.click(await screen.findByRole('button', { name: en('ui.action.primary') }));
  const dialog = screen.queryByRole('alertdialog') ?? (confirm ? await screen.findByRole('alertdialog') : null);
  if (dialog) await user.click(within(dialog).getByRole('button', { name: en('ui.undo.continue') }));
}

describe('task pane: the first screen', () => {
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

  it('puts the result first: overall, rating with words beside its colour, and what stands between the agency and passing', async () => {
    renderPane(memoryPort(seedSnapshot()));
    await scanned();
    const card = screen.getByTestId('result-card');
    expect(within(card).getByTestId('overall-score')).toHaveTextContent('72.83');
    expect(within(card).getByTestId('rating')).toHaveTextContent('Not passed');
    expect(card).toHaveTextContent(en('ui.summary.reported', { value: '72.84' }));
    // The second line (how) comes with the planner's lazy chunk.
    await waitFor(() => expect(within(card).getAllByTestId('next-level')).toHaveLength(2));
    const next = within(card)
      .getAllByTestId('next-level')
      .map((p) => p.textContent);
    expect(next[0]).toBe('12.17 points short of "Pass" (85)');
    expect(next[1]).toBe(en('ui.result.path', { count: 9 }));
    // The card comes before the primary action, which comes before everything else.
    const button = byName.getByRole('button', { name: en('ui.action.primary') });
    expect(card.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('version')).toHaveTextContent(VERSION);
    // Which framework, how sure (issue 12's note), in the card.
    expect(within(card).getByTestId('framework-status')).toHaveTextContent('verified');
    expect(within(card).getByTestId('framework-note')).toHaveTextContent(
      'Computed by the NACC ITA framework of FY2567 (verified)',
    );
    expect(within(card).getByTestId('framework-year-reason')).toHaveTextContent(
      /assessment year 2567 as written in the workbook \(สรุป!A1\)/,
    );
  });

  it('a FY2569 workbook without a year: the framework is partial and the year came from the item names', async () => {
    const names = OIT_2569;
    const { user } = renderPane(
      memoryPort(
        yearWorkbook({
          year: null,
          oitNames: names,
          oit: names.map((_n, k) => (k === 9 ? 0 : 100)),
          indicators: [95, 95, 95, 95, 95, 90, 90, 90, 80, 80],
        }),
      ),
    );
    await scanned();
    expect(screen.getByTestId('framework-status')).toHaveTextContent('partial');
    expect(screen.getByTestId('framework-note')).toHaveTextContent(/FY2569 ITA framework, which is partial/);
    expect(screen.getByTestId('framework-note')).toHaveTextContent(/item names fit the FY2569 framework/);
    expect(screen.getByRole('heading', { level: 2, name: 'ITA result FY2569' })).toBeInTheDocument();
    await open(user, en('ui.details.scores'));
    expect(screen.getByTestId('indicator-9-score')).toHaveTextContent('80.00');
    expect(within(screen.getByTestId('indicator-9')).queryByText(/differs/)).toBeNull();
  });

  it('reaches the primary action within 5 Tab stops', async () => {
    const { user } = renderPane(memoryPort(seedSnapshot()));
    await scanned();
    const button = byName.getByRole('button', { name: en('ui.action.primary') });
    let stops = 0;
    while (document.activeElement !== button && stops < 20) {
      await user.tab();
      stops++;
    }
    expect(stops).toBeLessThanOrEqual(5);
  });

  it('keeps the details collapsed: scores, weak items, warnings one click away', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    await screen.findByText(en('ui.details.scores'), { selector: 'summary' });
    expect(screen.getByTestId('indicator-9-score')).not.toBeVisible();
    await open(user, en('ui.details.scores'));
    expect(screen.getByTestId('indicator-9-score')).toHaveTextContent('44.17');
    expect(screen.getByTestId('indicator-10-score')).toHaveTextContent('60.00');
    const ind1 = screen.getByTestId('indicator-1');
    expect(ind1).toHaveTextContent('93.50');
    expect(ind1).toHaveTextContent('93.52');
    expect(within(ind1).getByText(/differs/)).toBeInTheDocument();
    expect(screen.getByTestId('tool-OIT')).toHaveTextContent('52.08');
    // A coloured indicator score has its level in words beside it, and the same drawn sign as a weak item (an icon,
    // not a character some fonts lack).
    expect(screen.getByTestId('indicator-9')).toHaveTextContent(/critical/);
    expect(screen.getByTestId('indicator-9').querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(screen.getByTestId('indicator-9')).not.toHaveTextContent('⛔');
    await open(user, /^Tables found and warnings/);
    expect(screen.getByRole('main')).toHaveTextContent(
      'สรุป!D4: Indicator 1: the workbook says 93.5 but its items give 93.52',
    );
    await user.click(byName.getByRole('button', { name: 'Go to สรุป!D4' }));
    expect(port.selected).toEqual([['สรุป', 'D4']]);
  });

  it('lists the weak items worst first; each button is named by what it shows, then where it goes', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    await open(user, /^Weak items/);
    const expected = analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS).summary.weak.map((w) => w.code);
    const shown = [...screen.getByTestId('weak-list').querySelectorAll('li')].map((li) => li.getAttribute('data-code'));
    expect(shown).toEqual(expected);
    expect(shown.slice(0, 2)).toEqual(['o2', 'o9']);
    expect(shown.indexOf('e9')).toBeGreaterThan(shown.indexOf('o34'));
    const o34 = within(screen.getByTestId('weak-list').querySelector<HTMLElement>('[data-code="o34"]')!).getByRole(
      'button',
    );
    expect(o34).toHaveAccessibleName(/^o34 .+ 0\.00 critical — go to รายข้อ!C59$/);
    // The visible text starts the name (WCAG 2.5.3 label in name).
    expect(o34.textContent!.startsWith('o34')).toBe(true);
    await user.click(o34);
    expect(port.selected).toEqual([['รายข้อ', 'C59']]);
  });

  it('renders in Thai', async () => {
    renderPane(memoryPort(seedSnapshot()), 'th');
    await screen.findByText('สแกนเสร็จแล้ว');
    expect(byName.getByRole('button', { name: 'จัดทำผลการวิเคราะห์และแผนมาตรการ' })).toBeEnabled();
    expect(screen.getByTestId('rating')).toHaveTextContent('ไม่ผ่าน');
    expect(screen.getByTestId('result-card')).toHaveTextContent('ห่างจากระดับ "ผ่าน" (85 คะแนน) อีก 12.17 คะแนน');
  });
});

describe('task pane: writing', () => {
  it('says once that Excel cannot undo it, writes once, moves focus to what it added, and is safe to repeat', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    // Cancel: nothing written.
    await user.click(screen.getByRole('button', { name: en('ui.action.primary') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(en('ui.undo.title'));
    await user.click(within(dialog).getByRole('button', { name: en('ui.cancel') }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(port.writes).toHaveLength(0);
    await primary(user);
    const outcome = await screen.findByTestId('outcome');
    expect(outcome).toHaveTextContent(/^Done: Make the analysis and the plan · Sheets added: /);
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(port.writes).toHaveLength(1);
    const names = port.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['สรุป', 'รายข้อ']);
    expect(names).toContain(META_SHEET);
    expect(port.rules.length).toBeGreaterThan(0);
    expect(port.sheets[0]!.values).toEqual(seedSnapshot().sheets[0]!.values);
    // Go to a sheet just added.
    await user.click(screen.getAllByRole('button', { name: /^Go to sheet / })[0]!);
    expect(port.selected.at(-1)?.[1]).toBe('A1');
    // Second time: no warning, the same sheets, not duplicated.
    await user.click(await screen.findByRole('button', { name: en('ui.action.primary') }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(port.writes).toHaveLength(2));
    await screen.findByTestId('outcome');
    expect(port.sheets.map((s) => s.name)).toEqual(names);
    expect(screen.getByTestId('overall-score')).toHaveTextContent('72.83');
    await open(user, /^Weak items/);
    expect(screen.getByRole('heading', { name: 'Colour legend' })).toBeInTheDocument();
  });

  it('a write refused before it began lists what blocks it, and says nothing was written', async () => {
    const port = memoryPort(seedSnapshot());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderPane(port);
    await scanned();
    port.failNext.write = new WriteFailure({
      reason: { code: 'write.blocked' },
      blockers: [{ code: 'preflight.protectedHighlight', params: { sheet: 'รายข้อ' } }],
      step: 'check',
      state: UNCHANGED,
    });
    await primary(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('write.blocked'));
    expect(within(alert).getByTestId('blockers')).toHaveTextContent(
      en('preflight.protectedHighlight', { sheet: 'รายข้อ' }),
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(port.writes).toHaveLength(0);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    spy.mockRestore();
  });

  it('a write that stopped part-way says what is in the workbook now, and scans again', async () => {
    const port = memoryPort(seedSnapshot());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderPane(port);
    await scanned();
    const reads = port.reads;
    port.failNext.write = new WriteFailure({
      reason: { code: 'office.protected' },
      step: 'sheets',
      state: { ...UNCHANGED, sheetsAdded: ['ITA สรุปคะแนน'], sheetsStarted: ['ITA วิเคราะห์ผล'], record: 'journal' },
    });
    await primary(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('office.protected'));
    expect(alert).toHaveTextContent(en('ui.error.stoppedAt', { step: en('ui.stepName.sheets') }));
    const state = within(alert).getByTestId('state');
    expect(state).toHaveTextContent(en('write.state.added', { sheets: 'ITA สรุปคะแนน' }));
    expect(state).toHaveTextContent(en('write.state.started', { sheets: 'ITA วิเคราะห์ผล' }));
    expect(state).toHaveTextContent(en('write.state.retry'));
    expect(alert).not.toHaveTextContent(en('write.state.unchanged'));
    // What the pane shows is read again after the failure.
    await waitFor(() => expect(port.reads).toBe(reads + 2));
    spy.mockRestore();
  });

  it('a failure without an account of the workbook says it could not be checked, never that nothing changed', async () => {
    const port = memoryPort(seedSnapshot());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderPane(port);
    await scanned();
    port.failNext.write = new UserError({ code: 'office.busy', params: {} }, new Error('raw host text'));
    await primary(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('office.busy'));
    expect(alert).toHaveTextContent(en('write.state.unchecked'));
    expect(alert).not.toHaveTextContent('raw host text');
    expect(alert).not.toHaveTextContent(en('write.state.unchanged'));
    spy.mockRestore();
  });

  it('an unexpected failure while reading shows the generic sentence, not the error text', async () => {
    const port = memoryPort(seedSnapshot());
    port.failNext.read = new TypeError('Cannot read properties of undefined (reading "x")');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(port);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('ui.error.unexpected'));
    expect(alert).not.toHaveTextContent('Cannot read properties');
    expect(within(alert).queryByTestId('state')).toBeNull();
    spy.mockRestore();
  });

  it("removes what it added: the workbook holds only the user's sheets again", async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    const remove = await screen.findByRole('button', { name: en('ui.action.remove') });
    expect(remove).toBeDisabled();
    await primary(user);
    await screen.findByTestId('outcome');
    await waitFor(() => expect(screen.getByRole('button', { name: en('ui.action.remove') })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: en('ui.action.remove') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(/This deletes the sheets ITA /);
    await user.click(within(dialog).getByRole('button', { name: en('ui.remove.confirm') }));
    expect(await screen.findByTestId('outcome')).toHaveTextContent(en('ui.status.removed'));
    expect(port.sheets.map((s) => s.name)).toEqual(['สรุป', 'รายข้อ']);
    expect(port.rules).toEqual([]);
    expect(port.sheets.map((s) => s.values)).toEqual(seedSnapshot().sheets.map((s) => s.values));
    await waitFor(() => expect(screen.getByRole('button', { name: en('ui.action.remove') })).toBeDisabled());
  });
});

describe('task pane: first run, settings, language', () => {
  const empty: WorkbookSnapshot = { sheets: [{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [] }] };

  it("an empty workbook gets a short guide, the guide's link, and the sample inserted on request", async () => {
    const port = memoryPort(empty);
    port.insertSheets = async () => {
      port.sheets = [...port.sheets, ...seedSnapshot().sheets];
      return seedSnapshot().sheets.map((s) => s.name);
    };
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(new Uint8Array([80, 75, 3, 4]));
    });
    const { user } = renderPane(port);
    expect(await screen.findByText(en('ui.status.noTables'))).toBeInTheDocument();
    const guide = screen.getByTestId('first-run');
    expect(guide).toHaveTextContent(en('ui.first.step1'));
    expect(within(guide).getByRole('link', { name: en('ui.help') })).toHaveAttribute('href', 'support.html');
    expect(byName.getByRole('button', { name: en('ui.action.primary') })).toBeDisabled();
    expect(screen.queryByTestId('overall-score')).toBeNull();
    await user.click(within(guide).getByRole('button', { name: en('ui.action.sample') }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: en('ui.undo.continue') }));
    expect(await screen.findByTestId('outcome')).toHaveTextContent(en('ui.status.inserted', { sheets: 'สรุป, รายข้อ' }));
    expect(fetched).toEqual(['assets/ita-2567-sample.xlsx']);
    expect(screen.getByTestId('overall-score')).toHaveTextContent('72.83');
    vi.unstubAllGlobals();
  });

  it('without insertWorksheetsFromBase64 the sample is offered for download', async () => {
    renderPane(memoryPort(empty));
    await screen.findByText(en('ui.status.noTables'));
    expect(screen.getByRole('link', { name: en('ui.action.sampleDownload') })).toHaveAttribute(
      'href',
      'assets/ita-2567-sample.xlsx',
    );
  });

  it('a settings change re-analyses the workbook read last, without reading it again; Thai digits are accepted', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    await open(user, /^Weak items/);
    const before = screen.getByTestId('weak-list').querySelectorAll('li').length;
    await open(user, en('ui.settings.heading'));
    const reads = port.reads;
    const field = byName.getByRole('textbox', { name: 'OIT weak below' });
    await user.clear(field);
    await user.type(field, '๕๐');
    await user.click(byName.getByRole('button', { name: 'Apply and re-analyse' }));
    await screen.findByText(en('ui.status.reanalysed'));
    expect(port.reads).toBe(reads);
    // o8, o14, o16, o24 score 50: no longer weak.
    await waitFor(() => expect(screen.getByTestId('weak-list').querySelectorAll('li').length).toBe(before - 4));
    const year = byName.getByRole('textbox', { name: 'Assessment year (BE)' });
    await user.clear(year);
    await user.type(year, '๒๕๖๘');
    await user.click(byName.getByRole('button', { name: 'Apply and re-analyse' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'ITA result FY2568' })).toBeInTheDocument();
    expect(port.reads).toBe(reads);
    expect(screen.getByTestId('weak-list').querySelector('[data-code="o8"]')).toBeNull();
  });

  it('the language switch is at the top, is remembered for the user, and sets the language of the sheets written', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port, 'en');
    await scanned();
    await user.click(screen.getByTestId('lang-switch'));
    expect(await byName.findByRole('button', { name: 'จัดทำผลการวิเคราะห์และแผนมาตรการ' })).toBeInTheDocument();
    expect(storedLang()).toBe('th');
    await user.click(byName.getByRole('button', { name: 'แทรกแผ่นงานผลการวิเคราะห์' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: message('ui.undo.continue', 'th') }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0]!.marker!.settings?.lang).toBe('th');
  });

  it("the version shown is the package's", () => {
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});

describe('what-if view', () => {
  it('is plainly a projection: nothing ticked at first, the shortest path on request, and the chosen items written into the plan', async () => {
    const port = memoryPort(seedSnapshot());
    const { user } = renderPane(port);
    await scanned();
    await open(user, en('ui.whatif.heading'));
    const projected = screen.getByTestId('whatif-projected');
    expect(projected).toHaveTextContent(en('ui.whatif.projection'));
    expect(projected).toHaveTextContent(en('ui.whatif.none'));
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    await user.click(byName.getByRole('button', { name: en('ui.whatif.shortest') }));
    expect(projected).toHaveTextContent('about 85.83 overall (Pass)');
    await user.click(byName.getByRole('checkbox', { name: /^o21 / }));
    expect(projected).toHaveTextContent('about 84.83');
    await user.click(byName.getByRole('checkbox', { name: /^o22 / }));
    expect(projected).toHaveTextContent('about 85.83');
    // The result card still shows the result, not the projection.
    expect(screen.getByTestId('overall-score')).toHaveTextContent('72.83');
    await user.click(byName.getByRole('button', { name: 'Write the chosen items into the measures plan' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: en('ui.undo.continue') }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const w = port.writes[0]!;
    expect(w.addSheets.map((s) => s.key).sort()).toEqual(['plan', 'planner']);
    expect(w.marker!.settings?.targets).toMatchObject({ o22: 100, o26: 100 });
    expect(w.marker!.settings?.targets).not.toHaveProperty('o21');
    // What each is worth stays in the score planner (issue 8): the chosen documents at 100 there, the others as they are.
    const planner = w.addSheets.find((s) => s.key === 'planner')!;
    const targetOf = (code: string) =>
      planner.rows.find((r) => r[1]?.value === code && r[6]?.style === 'input')?.[6]?.value;
    expect(targetOf('o22')).toBe(100);
    expect(targetOf('o21')).toBe(0);
    const plan = w.addSheets.find((s) => s.key === 'plan')!;
    expect(plan.rows.flat().some((c) => typeof c?.value === 'string' && /\+\d+\.\d\d/.test(c.value))).toBe(false);
  });
});
