/**
 * One file of a batch, as a worker analyses it: read, classify, open, scan and summarise with the same engine as
 * `analyze` (app/workbench.ts analyzeSnapshot), then reduce to the agencies it holds (its own result and/or the rows
 * of its multi-agency tables). Never throws for a file that cannot be read: the outcome says why, by catalogue code.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { META_SHEET } from '../app/port';
import { analyzeSnapshot } from '../app/workbench';
import { openInput, refusalOf } from '../adapters/xlsx/open';
import { zlibCodec } from '../adapters/xlsx/node';
import { agenciesOfScan, agencyFromSummary, hasOwnScores, type AgencyResult } from '../domain/batch/agencies';
import type { MessageCode } from '../domain/messages';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { Issue } from '../domain/types';

export type FileTask = {
  readonly id: number;
  readonly path: string;
  /** The path as shown to the user (JSON `file`, messages). */
  readonly display: string;
  readonly explicit: Partial<Settings>;
};

export type FileOutcome =
  | { readonly kind: 'ok'; readonly agencies: readonly AgencyResult[] }
  | { readonly kind: 'failed'; readonly code: MessageCode; readonly params: Readonly<Record<string, string | number>> };

const WORKBOOK_EXT = /^\.(xlsx|xlsm)$/i;
/** Files not named as workbooks are only sniffed up to this size (a video in the folder is not read whole). */
const SNIFF_MAX = 64 * 1024 * 1024;

async function head(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

const failed = (code: MessageCode, file: string, extra: Record<string, string | number> = {}): FileOutcome => ({
  kind: 'failed',
  code,
  params: { file, ...extra },
});

/** Warnings only (the info lines of a scan are not problems of the file). */
const warningsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.severity !== 'info');

/** Analyse one file into the agencies it holds. */
export async function analyzeFile(task: FileTask): Promise<FileOutcome> {
  const file = task.display;
  let st;
  try {
    st = await stat(task.path);
  } catch {
    return failed('input.notFound', file);
  }
  if (!st.isFile()) return failed('input.notXlsx', file);
  if (st.size === 0) return failed('input.emptyFile', file);
  let data: Uint8Array;
  try {
    // A file not named .xlsx/.xlsm is read whole only when small enough to be a workbook in disguise.
    data =
      WORKBOOK_EXT.test(extname(task.path)) || st.size <= SNIFF_MAX
        ? new Uint8Array(await readFile(task.path))
        : await head(task.path, 8);
  } catch (e) {
    return failed('output.ioError', file, { reason: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  // The one input flow (adapters/xlsx/open.ts): what the bytes are, the package limits, every refusal with its code.
  let snapshot;
  try {
    ({ snapshot } = await openInput(data, task.path, { codec: zlibCodec }));
  } catch (e) {
    const r = refusalOf(e, file);
    if (!r) throw e;
    return failed(r.code, file, { ...r.params, file });
  }
  if (
    snapshot.sheets.filter((s) => s.name !== META_SHEET).every((s) => s.values.every((r) => r.every((c) => c === null)))
  )
    return failed('scan.empty', file);
  const analysis = analyzeSnapshot(snapshot, DEFAULT_SETTINGS, task.explicit);
  const summary = analysis.summary;
  // A workbook we wrote (an earlier consolidated workbook, say) holds nothing of an agency's own: said as such.
  if (analysis.ourSheets.length && summary.scan.issues.some((i) => i.code === 'scan.empty'))
    return failed('batch.onlyOurs', file);
  const scan = summary.scan;
  const agencies: AgencyResult[] = [];
  if (hasOwnScores(scan)) {
    const own = agencyFromSummary(summary, file, basename(task.path, extname(task.path)));
    // The file's own warnings, except those about its lists (each list row carries its own).
    const warnings = warningsOf(analysis.issues).filter((i) => !i.code.startsWith('agencyList.'));
    agencies.push({ ...own, issues: warnings });
  }
  agencies.push(...agenciesOfScan(scan, { settings: summary.settings, year: summary.year, refs: false, file }));
  if (!agencies.length)
    return failed(scan.issues.some((i) => i.code === 'scan.empty') ? 'scan.empty' : 'scan.noTables', file);
  return { kind: 'ok', agencies };
}
