/**
 * The order of a write, and the journal that makes it recoverable. Excel does not roll back a failed batch: the
 * commands before the failing one stay applied. So every prefix of a write must leave a workbook that (1) the next
 * read understands, every sheet, rule and fill of ours still known as ours, and (2) a retry completes without
 * duplicating anything. The order (WRITE_STEPS):
 *
 *  check   read only: sheet names, protection, what we must look at (our old rules, fill targets); app/preflight.ts
 *          decides whether anything would block. A failure here changes nothing.
 *  record  the journal goes into the marker sheet first, in one assignment: the union of what was there and what
 *          this write adds, new sheets marked pending 'add', old ones pending 'remove'.
 *  remove  our old sheets, old rules and old fills go before the new ones take their names and places.
 *  sheets  each new sheet is added and rendered; until its cells are written it is blank, and a blank sheet the
 *          journal names as pending 'add' is ours (app/marker.ts provenSheets), so a retry replaces it.
 *  rules   our highlight rules and fills of the user's blank cells, all recorded in the journal already.
 *  finish  the plain marker replaces the journal in one assignment.
 *
 * A retry reads the journal as the marker: it removes whatever of ours is there (old or new, complete or started)
 * and writes everything again; rules and fills are matched by their exact formula, so none is doubled.
 */
import type { WorkbookSnapshot } from '../domain/types';
import type { Analysis } from './analysis';
import type { Marker, OurFill, OurRule, OurSheet, WorkbookChanges } from './port';

const ruleKey = (r: OurRule): string => `${r.sheet}\u0000${r.range}\u0000${r.formula}`;
const fillKey = (f: OurFill): string => `${f.sheet}\u0000${f.cell}`;

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/** The journal of a write: `final` plus everything of ours the workbook may hold while the write is under way. */
export function journalFor(
  a: Pick<Analysis, 'marker' | 'ourSheets'>,
  changes: Omit<WorkbookChanges, 'journal'>,
  final: Marker | null,
): Marker {
  const removed = new Set(changes.removeSheets);
  const base = final ?? a.marker;
  // Every sheet of ours there now: those this write removes marked so, the others as they are.
  const old: OurSheet[] = a.ourSheets.map((s) => (removed.has(s.name) ? { ...s, pending: 'remove' } : s));
  const added: OurSheet[] = (final?.sheets ?? [])
    .filter((s) => !a.ourSheets.some((o) => o.name === s.name && o.signature === s.signature))
    .map((s) => ({ ...s, pending: 'add' }));
  return {
    app: 'ita-workbench',
    version: 1,
    ...(base?.settings ? { settings: base.settings } : {}),
    ...(base?.highlightThresholds ? { highlightThresholds: base.highlightThresholds } : {}),
    sheets: [...old, ...added],
    rules: union(union(a.marker?.rules ?? [], changes.removeRules, ruleKey), changes.addRules, ruleKey),
    fills: union(union(a.marker?.fills ?? [], changes.clearFills, fillKey), changes.fills, fillKey),
    journal: true,
    writtenAt: final?.writtenAt ?? new Date().toISOString(),
  };
}

/** A sheet of ours that a stopped write had added but not yet filled: it holds no value at all. */
export function isStarted(wb: WorkbookSnapshot, s: OurSheet): boolean {
  if (s.pending !== 'add') return false;
  const sheet = wb.sheets.find((x) => x.name === s.name);
  return sheet !== undefined && sheet.values.every((r) => r.every((v) => v === null || v === ''));
}
