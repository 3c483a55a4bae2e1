/**
 * Reads the advance widths and vertical metrics of Laksaman (Debian's fonts-thai-tlwg: the TLWG revision of
 * TH Sarabun New, which shares TH SarabunPSK's metrics) straight from the installed TrueType files, and writes them
 * as data for src/domain/text/ (row heights that fit wrapped Thai text). Only the code points our sheets can hold are
 * kept: Latin, Latin-1, Thai, general punctuation, arrows, maths, geometric shapes, full-width forms.
 * Run: npx tsx scripts/font-metrics.ts [fontDir] [out.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x0e00, 0x0e7f],
  [0x2000, 0x206f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
  [0xff01, 0xff5e],
];

type Font = {
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  typoAscender: number;
  typoDescender: number;
  typoLineGap: number;
  winAscent: number;
  winDescent: number;
  advance: (cp: number) => number | null;
};

/** The tables of a TrueType file by tag. */
function tables(buf: Buffer): Map<string, { offset: number; length: number }> {
  const n = buf.readUInt16BE(4);
  const out = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    out.set(buf.toString('latin1', rec, rec + 4), {
      offset: buf.readUInt32BE(rec + 8),
      length: buf.readUInt32BE(rec + 12),
    });
  }
  return out;
}

/** Code point → glyph id from the Unicode cmap (format 12 when present, else format 4). */
function cmap(buf: Buffer, at: number): (cp: number) => number {
  const count = buf.readUInt16BE(at + 2);
  let f4: number | null = null;
  let f12: number | null = null;
  for (let i = 0; i < count; i++) {
    const rec = at + 4 + i * 8;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = at + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) f12 = sub;
    if (format === 4) f4 = sub;
  }
  if (f12 !== null) {
    const sub = f12;
    const groups = buf.readUInt32BE(sub + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const rec = sub + 16 + g * 12;
        const start = buf.readUInt32BE(rec);
        const end = buf.readUInt32BE(rec + 4);
        if (cp >= start && cp <= end) return buf.readUInt32BE(rec + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (f4 === null) throw new Error('no Unicode cmap');
  const sub = f4;
  const segX2 = buf.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const offsets = deltas + segX2;
  return (cp) => {
    for (let s = 0; s < segX2; s += 2) {
      const end = buf.readUInt16BE(ends + s);
      if (cp > end) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + s);
      const ro = buf.readUInt16BE(offsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(offsets + s + ro + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function readFont(path: string): Font {
  const buf = readFileSync(path);
  const t = tables(buf);
  const need = (tag: string) => {
    const x = t.get(tag);
    if (!x) throw new Error(`${path}: no ${tag} table`);
    return x.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const os2 = need('OS/2');
  const numberOfHMetrics = buf.readUInt16BE(hhea + 34);
  const glyphOf = cmap(buf, need('cmap'));
  const lastAdvance = buf.readUInt16BE(hmtx + (numberOfHMetrics - 1) * 4);
  return {
    unitsPerEm: buf.readUInt16BE(head + 18),
    ascender: buf.readInt16BE(hhea + 4),
    descender: buf.readInt16BE(hhea + 6),
    lineGap: buf.readInt16BE(hhea + 8),
    typoAscender: buf.readInt16BE(os2 + 68),
    typoDescender: buf.readInt16BE(os2 + 70),
    typoLineGap: buf.readInt16BE(os2 + 72),
    winAscent: buf.readUInt16BE(os2 + 74),
    winDescent: buf.readUInt16BE(os2 + 76),
    advance: (cp) => {
      const g = glyphOf(cp);
      if (g === 0) return null;
      return g < numberOfHMetrics ? buf.readUInt16BE(hmtx + g * 4) : lastAdvance;
    },
  };
}

/** Runs of consecutive mapped code points: [first code point, advance, advance, …]. */
function runs(f: Font): number[][] {
  const out: number[][] = [];
  for (const [a, b] of RANGES) {
    let run: number[] | null = null;
    for (let cp = a; cp <= b; cp++) {
      const w = f.advance(cp);
      if (w === null) {
        run = null;
        continue;
      }
      if (!run) {
        run = [cp];
        out.push(run);
      }
      run.push(w);
    }
  }
  return out;
}

const dir = resolve(process.argv[2] ?? '/usr/share/fonts/truetype/tlwg');
const out = resolve(process.argv[3] ?? 'src/domain/text/sarabunMetrics.json');
const regular = readFont(join(dir, 'Laksaman.ttf'));
const bold = readFont(join(dir, 'Laksaman-Bold.ttf'));
const data = {
  $comment:
    "Vertical metrics (hhea, OS/2 typo and win) and advance widths (font units) of Laksaman regular and bold, read from fonts-thai-tlwg by scripts/font-metrics.ts. Laksaman is TLWG's revision of TH Sarabun New, which shares TH SarabunPSK's metrics. runs: [first code point, advance, advance, …].",
  font: 'Laksaman',
  unitsPerEm: regular.unitsPerEm,
  ascender: regular.ascender,
  descender: regular.descender,
  lineGap: regular.lineGap,
  typoAscender: regular.typoAscender,
  typoDescender: regular.typoDescender,
  typoLineGap: regular.typoLineGap,
  winAscent: regular.winAscent,
  winDescent: regular.winDescent,
  regular: runs(regular),
  bold: runs(bold),
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `wrote ${out}: upem ${data.unitsPerEm}, ascender ${data.ascender}, descender ${data.descender}, lineGap ${data.lineGap}, win ${data.winAscent}/${data.winDescent}, ${data.regular.reduce((n, r) => n + r.length - 1, 0)} regular and ${data.bold.reduce((n, r) => n + r.length - 1, 0)} bold advances`,
);
