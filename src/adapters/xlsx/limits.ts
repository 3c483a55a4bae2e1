/**
 * What the xlsx adapter agrees to read, checked on the zip directory before anything is inflated, and the error that
 * says which limit a file passed (a catalogue code with the part and sizes, so the user is told what was too large).
 */
import type { MessageCode } from '../../domain/messages';

export const LIMITS = {
  /** Parts in one package. */
  maxParts: 20_000,
  /** Unpacked bytes of one part we read (a worksheet streams, but every byte still costs time). */
  maxPartBytes: 1024 * 1024 * 1024,
  /** Unpacked bytes of every part we read together. */
  maxTotalBytes: 1536 * 1024 * 1024,
  /** Parts held whole in memory (shared strings, styles, the workbook part, relationships). */
  maxWholePartBytes: 256 * 1024 * 1024,
  /**
   * Unpacked ÷ packed size above which a part is taken for a zip bomb. Real SpreadsheetML compresses 5–30 times
   * (a sheet of identical empty styled cells about 100); deflate cannot go past about 1,030.
   */
  maxRatio: 250,
  /** Below this unpacked size the ratio is not judged (a tiny part can compress arbitrarily well). */
  ratioFloorBytes: 4 * 1024 * 1024,
  /** Cells read per sheet (Excel's own read cap in office-js): a larger sheet is read up to it and says so. */
  maxSheetCells: 5_000_000,
  /** Cells read in the whole workbook; past it, sheets are only partly read or not read, and the analysis says so. */
  maxWorkbookCells: 12_000_000,
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };

/** A limit of ours was passed: refused with a catalogue sentence (never an abort, never a silent cap). */
export class LimitError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(code);
    this.name = 'LimitError';
  }
}

/** "12.5 MB": sizes as people read them, in messages. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
