/**
 * Opening an .xlsx in the browser through the xlsx adapter (the same input flow as the command line: open.ts).
 * Reached only through a dynamic import() from the preview's root, so the adapter stays in a lazy chunk the pane
 * inside Excel never loads.
 */
import { openInput, refusalOf } from '../adapters/xlsx/open';
import type { XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import type { WorkbookChanges } from '../app/port';
import { UserError } from '../app/userError';
import type { Opened, PreviewWorkbook } from './types';

/** Classify, open, read; every refusal is a UserError with a catalogue code. */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<Opened> {
  try {
    const { workbook } = await openInput(bytes, fileName);
    return { workbook: previewWorkbook(workbook, fileName), fileName };
  } catch (e) {
    const r = refusalOf(e, fileName);
    if (r) throw r;
    console.error('[ITA Workbench] preview could not open the file', e);
    throw new UserError({ code: 'input.corrupt', params: { file: fileName } }, e);
  }
}

/**
 * The adapter's port with select() for the grid. A write is built whole before it replaces the workbook, so a failed
 * write leaves the last good state; its refusals (a Strict OOXML file) become catalogue sentences.
 */
function previewWorkbook(wb: XlsxWorkbook, fileName: string): PreviewWorkbook {
  let listener: ((sheet: string, cell: string) => void) | null = null;
  return {
    read: () => wb.read(),
    write: async (changes: WorkbookChanges) => {
      try {
        await wb.write(changes);
      } catch (e) {
        const r = refusalOf(e, fileName);
        throw r ?? e;
      }
    },
    select: (sheet, cell) => {
      listener?.(sheet, cell);
      return Promise.resolve();
    },
    toBuffer: () => wb.toBuffer(),
    onSelect: (l) => {
      listener = l;
    },
  };
}
