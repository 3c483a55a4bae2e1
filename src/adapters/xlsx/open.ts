/**
 * Opening a user's file, the one flow the command line and the browser preview share: what kind of file it is,
 * the package limits, reading every sheet. Every refusal is a UserError (app/userError.ts) with a catalogue code
 * naming the file (and the part or limit), never a raw exception text.
 */
import type { MessageCode } from '../../domain/messages';
import type { WorkbookSnapshot } from '../../domain/types';
import { UserError } from '../../app/userError';
import { LimitError } from './limits';
import { classifyInput, type InputKind } from './package';
import { openXlsx, type ReadOptions, type XlsxWorkbook } from './xlsxWorkbook';

export const KIND_CODE: Readonly<Record<Exclude<InputKind, 'xlsx'>, MessageCode>> = {
  'xls-legacy': 'input.legacyXls',
  encrypted: 'input.encrypted',
  'not-xlsx': 'input.notXlsx',
  corrupt: 'input.corrupt',
  'empty-file': 'input.emptyFile',
};

/** A failure of the xlsx adapter as a refusal naming `file`, or null when it is not one of ours (a bug). */
export function refusalOf(e: unknown, file: string): UserError | null {
  if (e instanceof UserError) return e;
  // A limit is found deep in the package, which does not know the file's name: the refusal names it.
  if (e instanceof LimitError) return new UserError({ code: e.code, params: { ...e.params, file } }, e);
  return null;
}

export type OpenedInput = { readonly workbook: XlsxWorkbook; readonly snapshot: WorkbookSnapshot };

/** Classify, open and read a file's bytes; throws UserError for anything the user must be told. */
export async function openInput(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<OpenedInput> {
  const kind = await classifyInput(bytes, file);
  if (kind !== 'xlsx') throw new UserError({ code: KIND_CODE[kind], params: { file } });
  try {
    const workbook = await openXlsx(bytes, options);
    const snapshot = await workbook.read();
    return { workbook, snapshot };
  } catch (e) {
    const r = refusalOf(e, file);
    if (r) throw r;
    // Anything else while reading a user's file means the file is not what it claims to be.
    throw new UserError({ code: 'input.corrupt', params: { file } }, e);
  }
}
