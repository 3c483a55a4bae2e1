/** What a cell's number format says about its number: a percentage (shown ×100), a date or time, or a plain number. */
import { kindOfCode, NumKind } from '../../domain/numberFormat';
import { attrs, local, tokenize } from './xml';

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30, and the East Asian and Thai locale ids). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);
const BUILTIN_PERCENT = new Set([9, 10]);

export function kindOfId(id: number, custom: ReadonlyMap<number, string>): NumKind {
  const code = custom.get(id);
  if (code !== undefined) return kindOfCode(code);
  if (BUILTIN_PERCENT.has(id)) return NumKind.Percent;
  if (BUILTIN_DATE.has(id)) return NumKind.Date;
  return NumKind.Plain;
}

/** Per cell style index (the `s` of a cell), the kind of its number format. */
export function cellFormatKinds(stylesXml: string): Uint8Array {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let depth = 0;
  tokenize(
    stylesXml,
    0,
    {
      open(name, raw, self) {
        const n = local(name);
        if (n === 'numFmts') inNumFmts = !self;
        else if (n === 'cellXfs') {
          inCellXfs = !self;
          depth = 0;
        } else if (inNumFmts && n === 'numFmt') {
          const a = attrs(raw);
          custom.set(Number(a['numFmtId']), a['formatCode'] ?? '');
        } else if (inCellXfs) {
          if (n === 'xf' && depth === 0) xfIds.push(Number(attrs(raw)['numFmtId'] ?? 0));
          if (!self) depth++;
        }
      },
      close(name) {
        const n = local(name);
        if (n === 'numFmts') inNumFmts = false;
        else if (n === 'cellXfs') inCellXfs = false;
        else if (inCellXfs) depth--;
      },
      text() {},
    },
    true,
  );
  const out = new Uint8Array(xfIds.length);
  xfIds.forEach((id, i) => {
    out[i] = kindOfId(id, custom);
  });
  return out;
}

/** An Excel serial date as the ISO text the domain reads: "2024-10-01" for a whole day, else the full instant (UTC). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  // 1900 system: day 1 is 1900-01-01 and day 60 the 29 February 1900 Lotus invented; from day 61 on, 1899-12-30 + n.
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round((base + serial * 86_400_000) / 1000) * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
