/**
 * "Remove what ITA Workbench added": our sheets, our highlight rules, our fills of the user's blank cells and the
 * marker, exactly as the marker records them and nothing else. Written in the order of app/writes.ts (journal
 * first), so a removal that stops part-way is finished by running it again.
 */
import type { WorkbookChanges, WorkbookPort, WriteProgress } from './port';
import { analyzeSnapshot, type Analysis } from './analysis';
import type { Settings } from '../domain/settings';
import { journalFor } from './writes';

/** Whether the workbook holds anything of ours to remove (a damaged marker proves nothing, so nothing is removed). */
export function hasOurs(a: Pick<Analysis, 'markerSheet' | 'issues'>): boolean {
  return a.markerSheet !== null && !a.issues.some((i) => i.code === 'marker.damaged');
}

/** The changes that take out everything the marker proves ours. */
export function planRemoval(a: Analysis): WorkbookChanges {
  const changes: Omit<WorkbookChanges, 'journal'> = {
    removeSheets: a.ourSheets.map((s) => s.name),
    addSheets: [],
    removeRules: a.marker?.rules ?? [],
    addRules: [],
    fills: [],
    clearFills: a.marker?.fills ?? [],
    marker: null,
    markerSheet: a.markerSheet ?? '',
  };
  return { ...changes, journal: journalFor(a, changes, null) };
}

export type RemoveResult = {
  readonly before: Analysis;
  readonly removed: WorkbookChanges | null;
  readonly after: Analysis;
};

/** Read, remove everything of ours, and return the analysis of the workbook as it is now (the user's alone). */
export async function removeOurs(
  port: WorkbookPort,
  settings: Settings,
  explicit: Partial<Settings> = {},
  onProgress?: (p: WriteProgress) => void,
): Promise<RemoveResult> {
  const before = analyzeSnapshot(await port.read(), settings, explicit);
  if (!hasOurs(before)) return { before, removed: null, after: before };
  const changes = planRemoval(before);
  await port.write(changes, onProgress);
  const after = analyzeSnapshot(await port.read(), settings, explicit);
  return { before, removed: changes, after };
}
