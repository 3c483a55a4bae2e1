/**
 * What the pane remembers for the user (not the workbook): the language, in the browser storage of the add-in's
 * origin (one per user profile in Excel, partitioned where Office gives a partition key); and, for one session,
 * that the user was told Excel cannot undo our writes. Storage may be missing or refuse (private modes): then the
 * pane simply forgets.
 */
import type { Lang } from '../domain/types';

const LANG_KEY = 'ita-workbench.lang';
const WARNED_KEY = 'ita-workbench.undoWarned';

/** The storage an Office add-in should use: keys prefixed with Office's partition key where there is one. */
function key(name: string): string {
  const partition = typeof Office !== 'undefined' ? Office.context?.partitionKey : undefined;
  return partition ? `${partition}${name}` : name;
}

function get(store: () => Storage, name: string): string | null {
  try {
    return store().getItem(key(name));
  } catch {
    return null; // storage refused: nothing remembered
  }
}

function put(store: () => Storage, name: string, value: string): void {
  try {
    store().setItem(key(name), value);
  } catch {
    // storage refused: the choice holds for this session only
  }
}

/** The language the user chose last, on any workbook; null when never chosen. */
export function storedLang(): Lang | null {
  const v = get(() => localStorage, LANG_KEY);
  return v === 'th' || v === 'en' ? v : null;
}

export function storeLang(lang: Lang): void {
  put(() => localStorage, LANG_KEY, lang);
}

let warnedHere = false;

/** Whether this session already said that Excel cannot undo what we write. */
export function undoWarned(): boolean {
  return warnedHere || get(() => sessionStorage, WARNED_KEY) === '1';
}

export function markUndoWarned(): void {
  warnedHere = true;
  put(() => sessionStorage, WARNED_KEY, '1');
}

/** For tests: forget the session's warning. */
export function resetUndoWarned(): void {
  warnedHere = false;
  try {
    sessionStorage.removeItem(key(WARNED_KEY));
  } catch {
    // nothing stored
  }
}
