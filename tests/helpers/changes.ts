/** A WorkbookChanges for tests: nothing removed or added, an empty marker of ours, and whatever `over` sets. */
import { META_SHEET, type WorkbookChanges } from '../../src/app/port';

export function changesOf(over: Partial<WorkbookChanges> = {}): WorkbookChanges {
  return {
    removeSheets: [],
    addSheets: [],
    removeRules: [],
    addRules: [],
    fills: [],
    clearFills: [],
    marker: { app: 'ita-workbench', version: 1, sheets: [], rules: [], fills: [], writtenAt: '2025-01-01T00:00:00Z' },
    markerSheet: META_SHEET,
    ...over,
  };
}
