/**
 * Opening a user's file, the one flow the command line and the browser preview share: what kind of file it is,
 * the package limits, reading every sheet. Every refusal is an InputRefusal with a catalogue code naming the file
 * (and the part or limit), never a raw exception text.
 */
import type { MessageCode } from '../../domain/messages';
import type { WorkbookSnapshot } from '../../domain/types';
import { LimitError } from './limits';
import { classifyInput, type InputKind } from './package';
import { openXlsx, type ReadOptions, type XlsxWorkbook } from './xlsxWorkbook';

export class InputRefusal extends Error {
  constructor(readonly code: MessageCode, readonly params: Readonly<Record<string, string | number>>) {
    super(code);
    this.name = 'InputRefusal';
  }
}

export const KIND_CODE: Readonly<Record<Exclude<InputKind, 'xlsx'>, MessageCode>> = {
  'xls-legacy': 'input.legacyXls',
  encrypted: 'input.encrypted',
  'not-xlsx': 'input.notXlsx',
  corrupt: 'input.corrupt',
  'empty-file': 'input.emptyFile',
};

/** A failure of the xlsx adapter as a refusal naming `file`, or null when it is not one of ours (a bug). */
export function refusalOf(e: unknown, file: string): InputRefusal | null {
  if (e instanceof InputRefusal) return e;
  if (e instanceof LimitError) return new InputRefusal(e.code, { ...e.params, file });
  return null;
}

export type OpenedInput = { readonly workbook: XlsxWorkbook; readonly snapshot: WorkbookSnapshot };

/** Classify, open and read a file's bytes; throws InputRefusal for anything the user must be told. */
export async function openInput(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<OpenedInput> {
  const kind = await classifyInput(bytes, file);
  if (kind !== 'xlsx') throw new InputRefusal(KIND_CODE[kind], { file });
  try {
    const workbook = await openXlsx(bytes, options);
    const snapshot = await workbook.read();
    return { workbook, snapshot };
  } catch (e) {
    const r = refusalOf(e, file);
    if (r) throw r;
    // Anything else while reading a user's file means the file is not what it claims to be.
    throw new InputRefusal('input.corrupt', { file });
  }
}
