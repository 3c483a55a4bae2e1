/**
 * Our marker: what we wrote into a workbook, as JSON in a very hidden sheet (column A, in chunks). Encoded and decoded
 * here alone: adapters only put the chunks into cells as text and read cells back.
 *
 * What proves a sheet is ours: the marker records it with a signature that carries a random token made at writing
 * time, and the sheet's signing cell holds exactly that signature. A user's sheet cannot become "ours" by its name, by
 * an empty or copied-by-hand signature, or by being named like the marker sheet: a sheet named META_SHEET that is not
 * a very hidden sheet holding a marker is the user's, and our marker then goes to another name.
 */
import { parseA1 } from '../domain/a1';
import type { SheetKey } from '../domain/specs/sheetSpec';
import type { Issue, SheetSnapshot, WorkbookSnapshot } from '../domain/types';
import { uniqueSheetName } from './sheetNames';
import { META_SHEET, type Marker, type OurSheet } from './port';

/**
 * Marker JSON per cell. Excel holds 32,767 characters per cell; 8,000 keeps every cell far below that and a whole
 * marker write well inside Excel on the web's 5 MB request limit.
 */
export const MARKER_CHUNK = 8_000;

const MARKER_START = '{"app":"ita-workbench"';

/** Split the marker's JSON into cell-sized chunks (column A, from A1), never inside a surrogate pair. */
export function encodeMarker(marker: Marker): string[] {
  const json = JSON.stringify(marker);
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(i + MARKER_CHUNK, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}

function columnA(sheet: SheetSnapshot): string {
  const colA = sheet.origin.col === 0 ? sheet.values.map((r) => r[0]) : [];
  return colA.filter((v): v is string => typeof v === 'string').join('');
}

function parseMarker(text: string): Marker | null {
  try {
    const m = JSON.parse(text) as Marker;
    if (m && m.app === 'ita-workbench' && Array.isArray(m.sheets) && Array.isArray(m.rules)) {
      return { ...m, fills: Array.isArray(m.fills) ? m.fills : [] };
    }
  } catch {
    // not a marker
  }
  return null;
}

export type DecodedMarker = {
  readonly marker: Marker | null;
  /** The sheet that holds our marker now (null when there is none). */
  readonly sheet: string | null;
  readonly issues: Issue[];
};

/**
 * Find our marker: a very hidden sheet named META_SHEET (or a numbered variant we chose when the user had that name)
 * whose column A holds a marker. A very hidden META_SHEET whose text is not a marker is ours but damaged: nothing is
 * treated as ours then.
 */
export function decodeMarker(wb: WorkbookSnapshot): DecodedMarker {
  const candidates = wb.sheets.filter(
    (s) => s.visibility === 'veryHidden' && (s.name === META_SHEET || s.name.startsWith(`${META_SHEET} (`)),
  );
  for (const s of candidates) {
    const text = columnA(s);
    const m = text.startsWith(MARKER_START) ? parseMarker(text) : null;
    if (m) return { marker: m, sheet: s.name, issues: [] };
  }
  // A very hidden marker sheet with nothing in column A is one a write created and stopped before filling: ours,
  // recording nothing (the next write fills it), not damaged.
  const empty = candidates.find((s) => columnA(s) === '');
  if (empty) return { marker: null, sheet: empty.name, issues: [] };
  const damaged = candidates.find((s) => s.name === META_SHEET);
  if (damaged)
    return {
      marker: null,
      sheet: damaged.name,
      issues: [{ code: 'marker.damaged', severity: 'warning', sheet: damaged.name, cell: 'A1' }],
    };
  return { marker: null, sheet: null, issues: [] };
}

/** Where to write the marker: where it is now, else META_SHEET, else (a user's sheet has that name) a free variant. */
export function markerSheetFor(wb: WorkbookSnapshot, current: string | null): string {
  if (current) return current;
  return uniqueSheetName(
    META_SHEET,
    wb.sheets.map((s) => s.name),
  );
}

/** A fresh random token (hex), so that no signature can be guessed or typed by hand before we write it. */
export function newToken(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const SIGNATURE = /^ITA Workbench \[[a-z]+\] #[0-9a-f]{12}$/;

/** The text that signs one of our sheets (its signing cell); together with the marker's record it proves a sheet is ours. */
export function signatureFor(key: SheetKey, token: string = newToken()): string {
  return `ITA Workbench [${key}] #${token}`;
}

/**
 * Our sheets from the marker that still exist under their recorded name and still carry exactly their signature;
 * in a journal also a sheet being added that has no value at all yet (the write stopped before its cells: nothing in
 * it can be the user's). `gone`: recorded sheets that are no longer there as we left them (deleted or renamed by the
 * user); a journal's pending sheets are never "gone" (a write was removing them, or had not added them yet).
 */
export function provenSheets(wb: WorkbookSnapshot, marker: Marker | null): { proven: OurSheet[]; gone: OurSheet[] } {
  const proven: OurSheet[] = [];
  const gone: OurSheet[] = [];
  for (const s of marker?.sheets ?? []) {
    const sheet = wb.sheets.find((x) => x.name === s.name);
    const signed =
      SIGNATURE.test(s.signature) &&
      sheet !== undefined &&
      signatureIn(cellText(sheet, s.signatureCell)) === s.signature;
    const started = s.pending === 'add' && marker?.journal === true && sheet !== undefined && isBlank(sheet);
    // One sheet cannot be two of ours: the first record that proves it wins (a journal lists the old sheet before the new).
    if ((signed || started) && !proven.some((p) => p.name === s.name)) proven.push(s);
    else if (s.pending === undefined && !signed) gone.push(s);
  }
  return { proven, gone };
}

function isBlank(sheet: SheetSnapshot): boolean {
  return sheet.values.every((r) => r.every((v) => v === null || v === ''));
}

/** The signature inside a signing cell's text ("สร้างโดย ITA Workbench [plan] #… เมื่อ …"), or null. */
function signatureIn(text: string): string | null {
  const m = /ITA Workbench \[[a-z]+\] #[0-9a-f]{12}/.exec(text);
  return m ? m[0] : null;
}

function cellText(sheet: SheetSnapshot, cell: string): string {
  const p = parseA1(cell);
  const v = p ? sheet.values[p.row - sheet.origin.row]?.[p.col - sheet.origin.col] : undefined;
  return typeof v === 'string' ? v : '';
}
