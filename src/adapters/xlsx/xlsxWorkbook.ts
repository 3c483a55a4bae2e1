/**
 * The .xlsx implementation of WorkbookPort (CLI, browser preview, tests), on the package itself: read() streams every
 * sheet into plain grids (sheetRead.ts), write() edits the package by insertion (write.ts) and keeps every part it does
 * not need to touch byte for byte. Node-free: file I/O and Node's zlib live in node.ts.
 */
import type { WorkbookChanges, WorkbookPort } from '../../app/port';
import type { SheetSpec } from '../../domain/specs/sheetSpec';
import type { SheetSnapshot, WorkbookSnapshot } from '../../domain/types';
import { fflateCodec, type Codec } from './codec';
import { LIMITS, type Limits } from './limits';
import { cellFormatKinds } from './numFmt';
import { contentTypeOf, Package } from './package';
import { CT, NS_MAIN, NS_REL, REL } from './render';
import { readSharedStrings, readSheet } from './sheetRead';
import { EMPTY_STYLES } from './styles';
import { readWorkbookInfo, type WorkbookInfo } from './workbookPart';
import { writeChanges } from './write';
import { newEntry, writeZip } from './zip';

/** Excel's own read cap (office-js): we hold the xlsx adapter to the same limit per sheet. */
export const MAX_READ_CELLS = LIMITS.maxSheetCells;

export type ReadOptions = {
  /** Cells read per sheet at most (default MAX_READ_CELLS); a larger sheet comes back `truncated`. */
  readonly maxCells?: number;
  /** Any of the package limits (limits.ts), e.g. for tests. */
  readonly limits?: Partial<Limits>;
  /** Deflate implementation (default fflate; the CLI passes Node's zlib). */
  readonly codec?: Codec;
};

export type XlsxWorkbook = WorkbookPort & {
  /** The workbook as it is now, as .xlsx bytes (the input's very bytes until something is written). */
  toBuffer(): Promise<Uint8Array>;
  /** A macro-enabled workbook (.xlsm): its VBA project is kept, so it must be saved as .xlsm. */
  readonly macroEnabled: boolean;
};

/** Open an .xlsx from bytes. Throws LimitError (a catalogue code) when the file passes a limit or is damaged. */
export async function openXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<XlsxWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const codec = options.codec ?? fflateCodec;
  const limits: Limits = {
    ...LIMITS,
    ...(options.limits ?? {}),
    ...(options.maxCells !== undefined ? { maxSheetCells: options.maxCells } : {}),
  };
  let pkg = new Package(bytes, codec, limits);
  let info = await readWorkbookInfo(pkg);
  let cached: WorkbookSnapshot | null = null;
  return {
    read: async () => {
      if (!cached) cached = await readSnapshot(pkg, info);
      return cached;
    },
    write: async (changes: WorkbookChanges) => {
      // Built whole before anything is replaced: a failure leaves the workbook as it was.
      const next = await writeChanges(pkg, info, changes, codec);
      const nextPkg = new Package(next, codec, limits);
      info = await readWorkbookInfo(nextPkg);
      pkg = nextPkg;
      cached = null;
    },
    toBuffer: () => Promise.resolve(pkg.bytes),
    get macroEnabled() {
      return /macroEnabled/i.test(contentTypeOf(info.contentTypes, info.workbookPart));
    },
  };
}

/** Every sheet (hidden ones too) in workbook order, values normalised; chart sheets as empty sheets (their names are taken). */
export async function readSnapshot(pkg: Package, info: WorkbookInfo): Promise<WorkbookSnapshot> {
  pkg.label = (part) => {
    const s = info.sheets.find((x) => x.part?.toLowerCase() === part.toLowerCase());
    return s ? `${part} ("${s.name}")` : part;
  };
  const sst = info.sharedStringsPart ? await readSharedStrings(pkg, info.sharedStringsPart) : [];
  const kinds = info.stylesPart ? cellFormatKinds(await pkg.text(info.stylesPart)) : new Uint8Array(0);
  let remaining = pkg.limits.maxWorkbookCells;
  const sheets: SheetSnapshot[] = [];
  for (const s of info.sheets) {
    const visibility = s.state;
    if ((s.kind !== 'worksheet' && s.kind !== 'macrosheet') || !s.part) {
      sheets.push({ name: s.name, origin: { row: 0, col: 0 }, values: [], visibility });
      continue;
    }
    const limit = Math.max(0, Math.min(pkg.limits.maxSheetCells, remaining));
    const r = await readSheet(pkg, s.part, s.name, visibility, { sst, kinds, date1904: info.date1904, limit });
    remaining -= r.slots;
    sheets.push(r.snapshot);
  }
  return { sheets };
}

const enc = new TextEncoder();

/** An empty workbook package (no sheet yet: write() adds ours and the marker). */
async function emptyPackage(codec: Codec): Promise<Uint8Array> {
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/></Types>`,
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', EMPTY_STYLES],
  ];
  const entries = await Promise.all(
    files.map(async ([name, xml]) => {
      const data = enc.encode(xml);
      return newEntry(name, data, await codec.deflate(data));
    }),
  );
  return writeZip(entries);
}

/** A new workbook holding only our sheets (`--separate`): write() the changes into it. */
export async function newWorkbookWith(specs: readonly SheetSpec[], options: ReadOptions = {}): Promise<XlsxWorkbook> {
  const wb = await openXlsx(await emptyPackage(options.codec ?? fflateCodec), options);
  if (specs.length) {
    await wb.write({
      removeSheets: [],
      addSheets: specs,
      removeRules: [],
      addRules: [],
      fills: [],
      clearFills: [],
      marker: {
        app: 'ita-workbench',
        version: 1,
        sheets: [],
        rules: [],
        fills: [],
        writtenAt: new Date().toISOString(),
      },
      markerSheet: 'ITA_Workbench_meta',
    });
  }
  return wb;
}
