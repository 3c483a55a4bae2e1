// The marker, encoded and decoded by the app alone: what proves a sheet is ours, and where the marker goes.
import { describe, expect, it } from 'vitest';
import {
  decodeMarker,
  encodeMarker,
  MARKER_CHUNK,
  markerSheetFor,
  provenSheets,
  signatureFor,
} from '../../src/app/marker';
import { META_SHEET, type Marker } from '../../src/app/port';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/types';

const sheet = (
  name: string,
  values: (string | number | null)[][],
  visibility: SheetSnapshot['visibility'] = 'visible',
): SheetSnapshot => ({ name, origin: { row: 0, col: 0 }, values, visibility });
const marker = (over: Partial<Marker> = {}): Marker => ({
  app: 'ita-workbench',
  version: 1,
  sheets: [],
  rules: [],
  fills: [],
  writtenAt: '2026-12-02T00:00:00.000Z',
  ...over,
});
const metaSheet = (m: Marker, name = META_SHEET) =>
  sheet(
    name,
    encodeMarker(m).map((c) => [c]),
    'veryHidden',
  );

describe('encodeMarker / decodeMarker', () => {
  it('round-trips a large marker with Thai text and astral characters, no chunk over MARKER_CHUNK, no split surrogate', () => {
    const m = marker({ settings: { agency: `อบต.ตุน 😀 ${'ก'.repeat(MARKER_CHUNK * 2)}` } });
    const chunks = encodeMarker(m);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(MARKER_CHUNK);
      expect(/^[\uDC00-\uDFFF]/.test(c)).toBe(false);
    }
    expect(decodeMarker({ sheets: [metaSheet(m)] }).marker).toEqual(m);
  });

  it('finds no marker in a user sheet named like ours that is not very hidden, and puts ours beside it', () => {
    const wb: WorkbookSnapshot = { sheets: [sheet(META_SHEET, [[JSON.stringify(marker())]])] };
    const d = decodeMarker(wb);
    expect(d).toEqual({ marker: null, sheet: null, issues: [] });
    expect(markerSheetFor(wb, d.sheet)).toBe(`${META_SHEET} (2)`);
  });

  it('reads the marker from the variant sheet we chose, and keeps writing there', () => {
    const wb: WorkbookSnapshot = {
      sheets: [sheet(META_SHEET, [['my notes']]), metaSheet(marker(), `${META_SHEET} (2)`)],
    };
    const d = decodeMarker(wb);
    expect(d.sheet).toBe(`${META_SHEET} (2)`);
    expect(markerSheetFor(wb, d.sheet)).toBe(`${META_SHEET} (2)`);
  });

  it('calls a very hidden marker sheet with unreadable text damaged (then nothing is ours)', () => {
    const d = decodeMarker({ sheets: [sheet(META_SHEET, [['{"app":"ita-workbench", broken']], 'veryHidden')] });
    expect(d.marker).toBeNull();
    expect(d.issues.map((i) => i.code)).toEqual(['marker.damaged']);
  });
});

describe('provenSheets', () => {
  const sig = signatureFor('plan');
  const ours = { key: 'plan' as const, name: 'มาตรการ', signatureCell: 'A3', signature: sig };

  it('proves a sheet whose signing cell carries exactly the recorded signature', () => {
    const wb = { sheets: [sheet('มาตรการ', [['x'], [null], [`สร้างโดย ${sig} เมื่อ 2026-12-02`]])] };
    expect(provenSheets(wb, marker({ sheets: [ours] })).proven).toEqual([ours]);
  });

  it.each([
    ['an empty recorded signature', { ...ours, signature: '' }, `สร้างโดย ${sig}`],
    ['a signature without its token', { ...ours, signature: 'ITA Workbench [plan]' }, 'ITA Workbench [plan]'],
    ['another token in the cell', ours, `สร้างโดย ${signatureFor('plan')}`],
    ['a signature typed by hand elsewhere', ours, 'ITA Workbench [plan] #000000000000'],
  ])('does not prove a sheet with %s', (_what, recorded, cell) => {
    const wb = { sheets: [sheet('มาตรการ', [['x'], [null], [cell]])] };
    expect(provenSheets(wb, marker({ sheets: [recorded] })).proven).toEqual([]);
  });

  it('makes a new token each time', () => {
    expect(signatureFor('plan')).not.toBe(signatureFor('plan'));
    expect(signatureFor('plan')).toMatch(/^ITA Workbench \[plan\] #[0-9a-f]{12}$/);
  });
});
