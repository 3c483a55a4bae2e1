// @vitest-environment jsdom
// What the pane takes from the host and the user: the theme (followed live), numbers as typed (Thai digits too),
// the language remembered for the user.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveTheme, themeFrom } from '../../src/taskpane/environment';
import { typedNumber, typedYear } from '../../src/taskpane/format';
import { markUndoWarned, resetUndoWarned, storedLang, storeLang, undoWarned } from '../../src/taskpane/prefs';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
  resetUndoWarned();
});

describe('theme', () => {
  it("dark from Office's body colour; the browser decides when Office says nothing", () => {
    expect(themeFrom({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(themeFrom({ bodyBackgroundColor: '#ffffff' }, true)).toBe('light');
    expect(themeFrom(undefined, true)).toBe('dark');
  });

  it("follows a change of Office's theme without reopening the pane", () => {
    vi.useFakeTimers();
    const office = { bodyBackgroundColor: '#ffffff' };
    const source = liveTheme(() => office, 1_000);
    const seen: string[] = [];
    const stop = source.subscribe((t) => seen.push(t));
    office.bodyBackgroundColor = '#262626';
    vi.advanceTimersByTime(1_100);
    office.bodyBackgroundColor = '#fafafa';
    window.dispatchEvent(new Event('focus'));
    stop();
    office.bodyBackgroundColor = '#000000';
    vi.advanceTimersByTime(5_000);
    expect(seen).toEqual(['dark', 'light']);
  });
});

describe('numbers as typed', () => {
  it.each([
    ['2567', 2567],
    ['๒๕๖๗', 2567],
    ['２５６７', 2567],
    [' 2568 ', 2568],
  ])('year %s', (s, n) => expect(typedYear(s)).toBe(n));
  it.each([['25670'], ['abc'], ['2567.5'], ['1999']])('not a year: %s', (s) => expect(typedYear(s)).toBeNull());
  it.each([
    ['๕๐', 50],
    ['85.5', 85.5],
    ['85,5', 85.5],
    ['๐', 0],
  ])('number %s', (s, n) => expect(typedNumber(s)).toBe(n));
  it('rejects what is not a number', () => expect(typedNumber('5o')).toBeNull());
});

describe('what the pane remembers', () => {
  it('the language, for the user (any workbook)', () => {
    expect(storedLang()).toBeNull();
    storeLang('en');
    expect(storedLang()).toBe('en');
    localStorage.setItem('ita-workbench.lang', 'fr');
    expect(storedLang()).toBeNull();
  });
  it('that Excel cannot undo, once a session', () => {
    expect(undoWarned()).toBe(false);
    markUndoWarned();
    expect(undoWarned()).toBe(true);
  });
});
