/**
 * The workbook part and what hangs off it, found as Excel finds it: the package relationship to the office document,
 * then workbook.xml's <sheets> through its relationships (any part name: SDK files write `sheet.xml`), the shared
 * strings and styles parts by relationship type, the date system.
 */
import { attrs, local, tokenize } from './xml';
import {
  parseContentTypes,
  parseRels,
  relKind,
  relsPathOf,
  resolveTarget,
  type ContentTypes,
  type Package,
  type Rel,
} from './package';
import { LimitError } from './limits';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

export type SheetEntry = {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly kind: SheetKind;
  /** The sheet's part, or null when its relationship leads nowhere in the package. */
  readonly part: string | null;
};

export type WorkbookInfo = {
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly relsPart: string;
  readonly rels: readonly Rel[];
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly contentTypesXml: string;
  readonly contentTypes: ContentTypes;
  /** Strict OOXML (ISO 29500 strict namespaces): read, but not written into. */
  readonly strict: boolean;
};

const OFFICE_DOC = /\/officeDocument$/;

/** Read the workbook part, its relationships and the content types. */
export async function readWorkbookInfo(pkg: Package): Promise<WorkbookInfo> {
  if (!pkg.has('[Content_Types].xml')) throw new LimitError('input.partMissing', { part: '[Content_Types].xml' });
  const contentTypesXml = await pkg.text('[Content_Types].xml');
  const contentTypes = parseContentTypes(contentTypesXml);
  let workbookPart = 'xl/workbook.xml';
  if (pkg.has('_rels/.rels')) {
    const root = parseRels(await pkg.text('_rels/.rels'));
    const doc = root.find((r) => OFFICE_DOC.test(r.type) && !r.external);
    if (doc) workbookPart = resolveTarget('', doc.target);
  }
  const wbEntry = pkg.entry(workbookPart);
  if (!wbEntry) throw new LimitError('input.partMissing', { part: workbookPart });
  workbookPart = wbEntry.name;
  const workbookXml = await pkg.text(workbookPart);
  const relsEntry = pkg.entry(relsPathOf(workbookPart));
  const relsPart = relsEntry?.name ?? relsPathOf(workbookPart);
  const rels = relsEntry ? parseRels(await pkg.text(relsEntry.name)) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let strict = false;
  tokenize(
    workbookXml,
    0,
    {
      open(name, raw) {
        const n = local(name);
        if (n === 'workbook') strict = /purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(raw);
        else if (n === 'workbookPr') {
          const v = attrs(raw)['date1904'];
          date1904 = v === '1' || v === 'true';
        } else if (n === 'sheet') {
          const a = attrs(raw);
          const rIdKey = Object.keys(a).find((k) => k !== 'id' && local(k) === 'id');
          const rId = rIdKey ? a[rIdKey]! : '';
          const rel = byId.get(rId);
          const kindName = rel ? relKind(rel.type) : '';
          const kind: SheetKind =
            kindName === 'worksheet' ||
            kindName === 'chartsheet' ||
            kindName === 'dialogsheet' ||
            kindName === 'macrosheet'
              ? kindName
              : 'unknown';
          const target = rel && !rel.external ? resolveTarget(workbookPart, rel.target) : null;
          const part = target ? (pkg.entry(target)?.name ?? null) : null;
          const st = a['state'];
          sheets.push({
            name: a['name'] ?? '',
            sheetId: Number(a['sheetId'] ?? 0),
            rId,
            state: st === 'veryHidden' ? 'veryHidden' : st === 'hidden' ? 'hidden' : 'visible',
            kind,
            part,
          });
        }
      },
      close() {},
      text() {},
    },
    true,
  );
  const partOf = (kind: string): string | null => {
    const r = rels.find((x) => relKind(x.type) === kind && !x.external);
    const t = r ? resolveTarget(workbookPart, r.target) : null;
    return t ? (pkg.entry(t)?.name ?? null) : null;
  };
  return {
    workbookPart,
    workbookXml,
    relsPart,
    rels,
    sheets,
    date1904,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    contentTypesXml,
    contentTypes,
    strict,
  };
}
