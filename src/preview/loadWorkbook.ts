/**
 * Opening an .xlsx in the browser through the exceljs adapter. Reached only through a dynamic import() from the
 * preview's root, so exceljs and jszip stay in lazy chunks the pane inside Excel never loads.
 */
import { classifyInput, inspectPackage, type InputKind, type UnsupportedKind } from '../adapters/xlsx/package';
import { openXlsx, type XlsxWorkbook } from '../adapters/xlsx/xlsxWorkbook';
import type { WorkbookChanges } from '../app/port';
import type { MessageCode } from '../domain/messages';
import { InputError, type Opened, type PreviewWorkbook } from './types';

const KIND_CODE: Readonly<Record<Exclude<InputKind, 'xlsx'>, MessageCode>> = {
  'xls-legacy': 'input.legacyXls',
  encrypted: 'input.encrypted',
  'not-xlsx': 'input.notXlsx',
  corrupt: 'input.corrupt',
  'empty-file': 'input.emptyFile',
};

/** Classify, inspect, open; every refusal is an InputError with a catalogue code. */
export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<Opened> {
  const kind = await classifyInput(bytes, fileName);
  if (kind !== 'xlsx') throw new InputError({ code: KIND_CODE[kind], params: { file: fileName } });
  let unsupported: UnsupportedKind[];
  let wb: XlsxWorkbook;
  try {
    unsupported = [...new Set((await inspectPackage(bytes)).unsupported.map((p) => p.kind))];
    wb = await openXlsx(bytes);
  } catch (e) {
    console.error('[ITA Workbench] preview could not open the file', e);
    throw new InputError({ code: 'input.corrupt', params: { file: fileName } });
  }
  return { workbook: previewWorkbook(wb, bytes), fileName, unsupported };
}

/**
 * The exceljs port with two additions: a failed write restores the last good state (exceljs changes the
 * workbook in place, so a half-done write is undone by reopening the last good bytes), and select() for the grid.
 */
function previewWorkbook(first: XlsxWorkbook, bytes: Uint8Array): PreviewWorkbook {
  let current = first;
  let lastGood = bytes;
  let listener: ((sheet: string, cell: string) => void) | null = null;
  return {
    read: () => current.read(),
    write: async (changes: WorkbookChanges) => {
      try {
        await current.write(changes);
        lastGood = await current.toBuffer();
      } catch (e) {
        current = await openXlsx(lastGood);
        throw e;
      }
    },
    select: (sheet, cell) => {
      listener?.(sheet, cell);
      return Promise.resolve();
    },
    toBuffer: () => current.toBuffer(),
    onSelect: (l) => {
      listener = l;
    },
  };
}
