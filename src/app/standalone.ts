/** A new workbook holding only our sheets (the batch's consolidated workbook): signed and recorded like any of our sheets. */
import type { Lang } from '../domain/types';
import type { SheetSpec } from '../domain/specs/sheetSpec';
import { META_SHEET, type Marker, type OurSheet, type WorkbookChanges } from './port';
import { uniqueSheetName } from './sheetNames';
import { signSpec } from './workbench';

/** The changes that fill an empty workbook with these sheets, each signed, and our marker naming them. */
export function standaloneChanges(specs: readonly SheetSpec[], lang: Lang, now: Date = new Date()): WorkbookChanges {
  const when = now.toISOString().slice(0, 10);
  const taken = new Set<string>([META_SHEET]);
  const addSheets: SheetSpec[] = [];
  const sheets: OurSheet[] = [];
  for (const raw of specs) {
    const name = uniqueSheetName(raw.name, taken);
    taken.add(name);
    const signed = signSpec({ ...raw, name }, lang, when);
    addSheets.push(signed.spec);
    sheets.push({ key: raw.key, name, signatureCell: signed.signatureCell, signature: signed.signature });
  }
  const marker: Marker = {
    app: 'ita-workbench',
    version: 1,
    sheets,
    rules: [],
    fills: [],
    settings: { lang },
    writtenAt: now.toISOString(),
  };
  return {
    removeSheets: [],
    addSheets,
    removeRules: [],
    addRules: [],
    fills: [],
    clearFills: [],
    marker,
    markerSheet: META_SHEET,
  };
}
