// The app's side of truthful writes: the journal (what a write in progress records), what proves a sheet ours while
// a write is under way, what a retry plans, the preflight's blockers, removal, and settings without a new read.
import { describe, expect, it } from 'vitest';
import { defaultBuilders } from '../../src/app/builders';
import { decodeMarker, encodeMarker, provenSheets } from '../../src/app/marker';
import { META_SHEET, type Marker, type WorkbookChanges } from '../../src/app/port';
import { preflight, sheetBatches, specBytes, type HostFacts } from '../../src/app/preflight';
import { hasOurs, planRemoval } from '../../src/app/remove';
import { isUnchanged, stateMessages, UNCHANGED } from '../../src/app/writeFailure';
import { ALL_ACTIONS, analyzeSnapshot, planChanges, reanalyze } from '../../src/app/workbench';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { SheetSpec } from '../../src/domain/specs/sheetSpec';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/types';
import { seedSnapshot } from '../taskpane/grids';

const NOW = new Date('2026-12-02T03:00:00Z');
const opts = { lang: 'th' as const, thaiDigits: false };

/** The workbook as a host leaves it after writing `changes` completely (values only). */
function applied(
  wb: WorkbookSnapshot,
  changes: WorkbookChanges,
  marker: Marker | null = changes.marker,
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = wb.sheets.filter(
    (s) => !changes.removeSheets.includes(s.name) && s.name !== changes.markerSheet,
  );
  for (const spec of changes.addSheets)
    sheets.push({
      name: spec.name,
      origin: { row: 0, col: 0 },
      values: spec.rows.map((r) => r.map((c) => c?.value ?? null)),
    });
  if (marker)
    sheets.push({
      name: changes.markerSheet,
      origin: { row: 0, col: 0 },
      values: encodeMarker(marker).map((c) => [c]),
      visibility: 'veryHidden',
    });
  return { sheets };
}

function firstWrite() {
  const a = analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS);
  return { a, plan: planChanges(a, [...ALL_ACTIONS, 'fill'], defaultBuilders, opts, NOW) };
}

describe('the journal', () => {
  it('records the union of what is there and what the write adds, new sheets pending "add", old ones pending "remove"', () => {
    const { plan } = firstWrite();
    const after1 = applied(seedSnapshot(), plan.changes);
    const a2 = analyzeSnapshot(after1, DEFAULT_SETTINGS);
    const p2 = planChanges(a2, ['highlight', 'analysis'], defaultBuilders, opts, NOW).changes;
    const j = p2.journal!;
    expect(j.journal).toBe(true);
    expect(j.sheets.filter((s) => s.pending === 'remove').map((s) => s.key)).toEqual(['analysis']);
    expect(j.sheets.filter((s) => s.pending === 'add').map((s) => s.key)).toEqual(['analysis']);
    expect(
      j.sheets
        .filter((s) => !s.pending)
        .map((s) => s.key)
        .sort(),
    ).toEqual(
      a2.ourSheets
        .map((s) => s.key)
        .filter((k) => k !== 'analysis')
        .sort(),
    );
    // Rules: the old and the new, once each; fills: the recorded ones.
    expect(j.rules.length).toBe(
      new Set([...p2.removeRules, ...p2.addRules].map((r) => `${r.sheet}|${r.range}|${r.formula}`)).size,
    );
    expect(j.fills).toEqual(plan.changes.marker!.fills);
    expect(p2.marker!.journal).toBeUndefined();
    expect(p2.marker!.highlightThresholds).toEqual(DEFAULT_SETTINGS.thresholds);
  });

  it('a sheet a stopped write had only added (no value yet) is ours and is replaced; a pending sheet is never "renamed by the user"', () => {
    const { plan } = firstWrite();
    const j = plan.changes.journal!;
    const started = plan.changes.addSheets[1]!;
    // The journal is written, the first sheet complete, the second added but still blank, the rest not there.
    const wb: WorkbookSnapshot = {
      sheets: [
        ...seedSnapshot().sheets,
        {
          name: plan.changes.addSheets[0]!.name,
          origin: { row: 0, col: 0 },
          values: plan.changes.addSheets[0]!.rows.map((r) => r.map((c) => c?.value ?? null)),
        },
        { name: started.name, origin: { row: 0, col: 0 }, values: [] },
        {
          name: META_SHEET,
          origin: { row: 0, col: 0 },
          values: encodeMarker(j).map((c) => [c]),
          visibility: 'veryHidden',
        },
      ],
    };
    const { marker } = decodeMarker(wb);
    const { proven, gone } = provenSheets(wb, marker);
    expect(proven.map((s) => s.name)).toEqual([plan.changes.addSheets[0]!.name, started.name]);
    expect(gone).toEqual([]);
    const a = analyzeSnapshot(wb, DEFAULT_SETTINGS);
    // Our partial sheets are not read as the user's tables.
    expect(a.summary.overall.score).toBeCloseTo(72.83, 2);
    const retry = planChanges(a, [...ALL_ACTIONS, 'fill'], defaultBuilders, opts, NOW);
    expect([...retry.changes.removeSheets].sort()).toEqual([plan.changes.addSheets[0]!.name, started.name].sort());
    // Same names as the first plan: no "(2)".
    expect(retry.changes.addSheets.map((s) => s.name)).toEqual(plan.changes.addSheets.map((s) => s.name));
    expect(retry.issues.filter((i) => i.code === 'sheet.nameTaken' || i.code === 'sheet.renamedByUser')).toEqual([]);
    // A started sheet is removed even when the retry does not ask for its kind.
    const other = planChanges(a, ['highlight'], defaultBuilders, opts, NOW);
    expect(other.changes.removeSheets).toEqual([started.name]);
  });

  it('an empty very hidden marker sheet (a write stopped before filling it) is ours and empty, not damaged', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        ...seedSnapshot().sheets,
        { name: META_SHEET, origin: { row: 0, col: 0 }, values: [], visibility: 'veryHidden' },
      ],
    };
    expect(decodeMarker(wb)).toEqual({ marker: null, sheet: META_SHEET, issues: [] });
    expect(
      planChanges(analyzeSnapshot(wb, DEFAULT_SETTINGS), ['summary'], defaultBuilders, opts, NOW).changes.markerSheet,
    ).toBe(META_SHEET);
  });
});

describe('preflight', () => {
  const facts = (over: Partial<HostFacts> = {}): HostFacts => ({
    sheets: seedSnapshot().sheets.map((s) => ({ name: s.name, visibility: 'visible' as const, protected: false })),
    structureProtected: false,
    requestLimit: 5 * 1024 * 1024,
    ...over,
  });

  it('lets a plain first write through', () => {
    expect(preflight(firstWrite().plan.changes, facts())).toEqual([]);
  });

  it('names every sheet and limit that would stop the write half-way (a protected sheet we do not touch is no blocker)', () => {
    const { plan } = firstWrite();
    const c = plan.changes;
    const f = facts({
      structureProtected: true,
      sheets: [
        { name: 'สรุป', visibility: 'visible', protected: true },
        { name: 'รายข้อ', visibility: 'visible', protected: true },
        { name: c.addSheets[0]!.name, visibility: 'visible', protected: false },
      ],
    });
    const codes = preflight(c, f).map((b) => `${b.code}${b.params ? ` ${JSON.stringify(b.params)}` : ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'preflight.structureProtected',
        'preflight.protectedHighlight {"sheet":"รายข้อ"}',
        `preflight.nameTaken {"name":"${c.addSheets[0]!.name}"}`,
      ]),
    );
    expect(preflight(c, f).some((b) => b.params?.['sheet'] === 'สรุป')).toBe(false);
  });

  it('sizes: a cell over 32,767 characters and a sheet over the web request limit are named', () => {
    const big: SheetSpec = {
      ...firstWrite().plan.changes.addSheets[0]!,
      name: 'ใหญ่',
      rows: [
        [{ value: 'ก'.repeat(40_000) }],
        ...Array.from({ length: 30_000 }, () => [{ value: 'ข้อความยาว'.repeat(20) }]),
      ],
    };
    const c = { ...firstWrite().plan.changes, addSheets: [big] };
    expect(specBytes(big)).toBeGreaterThan(5 * 1024 * 1024);
    expect(preflight(c, facts()).map((b) => b.code)).toEqual(['preflight.cellTooLong', 'preflight.requestTooLarge']);
    expect(preflight(c, facts({ requestLimit: null })).map((b) => b.code)).toEqual(['preflight.cellTooLong']);
  });

  it('groups our sheets into requests by bytes', () => {
    const specs = firstWrite().plan.changes.addSheets;
    expect(sheetBatches(specs, 4 * 1024 * 1024)).toHaveLength(1);
    expect(sheetBatches(specs, 1)).toHaveLength(specs.length);
  });
});

describe('removal and settings', () => {
  it('planRemoval takes out exactly what the marker records, marker included', () => {
    const { plan } = firstWrite();
    const a = analyzeSnapshot(applied(seedSnapshot(), plan.changes), DEFAULT_SETTINGS);
    expect(hasOurs(a)).toBe(true);
    const r = planRemoval(a);
    expect([...r.removeSheets].sort()).toEqual(plan.changes.addSheets.map((s) => s.name).sort());
    expect(r.removeRules).toEqual(plan.changes.marker!.rules);
    expect(r.clearFills).toEqual(plan.changes.marker!.fills);
    expect(r.marker).toBeNull();
    expect(r.journal!.sheets.every((s) => s.pending === 'remove')).toBe(true);
    expect(applied(applied(seedSnapshot(), plan.changes), r, null)).toEqual(seedSnapshot());
    expect(hasOurs(analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS))).toBe(false);
  });

  it('reanalyze scores the snapshot read last under other settings (no read)', () => {
    const a = analyzeSnapshot(seedSnapshot(), DEFAULT_SETTINGS);
    const b = reanalyze(a, DEFAULT_SETTINGS, { thresholds: { ...DEFAULT_SETTINGS.thresholds, oitWeakBelow: 50 } });
    expect(b.snapshot).toBe(a.snapshot);
    expect(b.summary.weak.length).toBe(a.summary.weak.length - 4);
  });

  it('stateMessages never says "unchanged" unless nothing changed, and says a retry is safe', () => {
    expect(stateMessages(UNCHANGED).map((m) => m.code)).toEqual(['write.state.unchanged']);
    const s = { ...UNCHANGED, sheetsAdded: ['A'], record: 'journal' as const };
    expect(isUnchanged(s)).toBe(false);
    expect(stateMessages(s).map((m) => m.code)).toEqual([
      'write.state.added',
      'write.state.userCells',
      'write.state.retry',
    ]);
    expect(stateMessages({ ...UNCHANGED, checked: false }).map((m) => m.code)).toEqual([
      'write.state.unchecked',
      'write.state.userCells',
      'write.state.retry',
    ]);
  });
});
