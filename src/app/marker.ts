/** Our marker: what we wrote into a workbook, stored as JSON in the very hidden META_SHEET (column A, in chunks). */
import { parseA1 } from '../domain/a1';
import type { SheetKey } from '../domain/specs/sheetSpec';
import type { Issue, WorkbookSnapshot } from '../domain/types';
import { META_SHEET, type Marker, type OurSheet } from './port';

/** Largest chunk of marker JSON per cell (Excel allows 32,767 characters per cell). */
export const MARKER_CHUNK = 30_000;

/** Split the marker's JSON into cell-sized chunks (column A, from A1). */
export function encodeMarker(marker: Marker): string[] {
  const json = JSON.stringify(marker);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += MARKER_CHUNK) out.push(json.slice(i, i + MARKER_CHUNK));
  return out;
}

/** Read the marker back from a snapshot; null when there is none; an issue when it is damaged (then nothing is treated as ours). */
export function decodeMarker(wb: WorkbookSnapshot): { marker: Marker | null; issues: Issue[] } {
  const sheet = wb.sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return { marker: null, issues: [] };
  const colA = sheet.origin.col === 0 ? sheet.values.map((r) => r[0]) : [];
  const text = colA.filter((v): v is string => typeof v === 'string').join('');
  try {
    const m = JSON.parse(text) as Marker;
    if (m && m.app === 'ita-workbench' && Array.isArray(m.sheets) && Array.isArray(m.rules)) {
      return { marker: { ...m, fills: Array.isArray(m.fills) ? m.fills : [] }, issues: [] };
    }
  } catch {
    // fall through: a damaged marker proves nothing
  }
  return { marker: null, issues: [{ code: 'marker.damaged', severity: 'warning', sheet: META_SHEET, cell: 'A1' }] };
}

/** The text that signs each of our sheets (last row); together with the marker's record it proves a sheet is ours. */
export function signatureFor(key: SheetKey): string {
  return `ITA Workbench [${key}]`;
}

/** Our sheets from the marker that still exist under their recorded name and still carry their signature. */
export function provenSheets(wb: WorkbookSnapshot, marker: Marker | null): { proven: OurSheet[]; gone: OurSheet[] } {
  const proven: OurSheet[] = [];
  const gone: OurSheet[] = [];
  for (const s of marker?.sheets ?? []) {
    const sheet = wb.sheets.find((x) => x.name === s.name);
    if (sheet && cellText(sheet, s.signatureCell).includes(s.signature)) proven.push(s);
    else gone.push(s);
  }
  return { proven, gone };
}

function cellText(sheet: WorkbookSnapshot['sheets'][number], cell: string): string {
  const p = parseA1(cell);
  const v = p ? sheet.values[p.row - sheet.origin.row]?.[p.col - sheet.origin.col] : undefined;
  return typeof v === 'string' ? v : '';
}
