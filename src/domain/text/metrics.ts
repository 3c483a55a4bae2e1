/**
 * The advance widths of TH Sarabun New / TH SarabunPSK (as Laksaman, their TLWG revision with the same metrics,
 * ships them: src/domain/text/sarabunMetrics.json, read from the font files by scripts/font-metrics.ts), and the
 * width of a text in points. Thai vowels above/below and tone marks advance 0: they sit on their consonant.
 */
import metricsData from './sarabunMetrics.json';

type MetricsFile = {
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  readonly typoAscender: number;
  readonly typoDescender: number;
  readonly winAscent: number;
  readonly winDescent: number;
  readonly regular: readonly (readonly number[])[];
  readonly bold: readonly (readonly number[])[];
};

const data = metricsData as MetricsFile;

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const run of runs) for (let i = 1; i < run.length; i++) m.set(run[0]! + i - 1, run[i]!);
  return m;
}

const REGULAR = table(data.regular);
const BOLD = table(data.bold);
/**
 * A character the font lacks is drawn by a fallback font (DejaVu, Noto…), usually wider: counted as a wide glyph
 * (the font's "W"), so a height estimate errs on the roomy side.
 */
const FALLBACK = { regular: REGULAR.get(0x57) ?? 900, bold: BOLD.get(0x57) ?? 950 };
/** Zero-width and invisible characters (ZWSP, joiners, soft hyphen) and line breaks take no room. */
const ZERO = /[\u200B-\u200F\u2060\u00AD\uFEFF\n\r]/;

export type FontSpec = { readonly size: number; readonly bold?: boolean };

/** Advance of one code point in font units (unitsPerEm = 1000). */
export function advanceUnits(cp: number, bold = false): number {
  const w = (bold ? BOLD : REGULAR).get(cp);
  if (w !== undefined) return w;
  if (ZERO.test(String.fromCodePoint(cp))) return 0;
  // Thai combining marks missing from the table still sit on their base.
  if ((cp >= 0x0e31 && cp <= 0x0e3a && cp !== 0x0e32 && cp !== 0x0e33) || (cp >= 0x0e47 && cp <= 0x0e4e)) return 0;
  return bold ? FALLBACK.bold : FALLBACK.regular;
}

/** Width of a text (one line) in points at the given size. */
export function textWidth(s: string, font: FontSpec): number {
  let units = 0;
  for (const ch of s) units += advanceUnits(ch.codePointAt(0)!, font.bold ?? false);
  return (units * font.size) / data.unitsPerEm;
}

/**
 * Height of one line of wrapped text in points. LibreOffice spaces lines by the typographic ascent + descent
 * (the font sets USE_TYPO_METRICS: 1.655 em), Excel and Word by the Windows ascent + descent (1.957 em: the wide
 * line spacing TH Sarabun is known for); a row must hold the taller.
 */
export function lineHeight(size: number): number {
  const typo = data.typoAscender - data.typoDescender;
  const win = data.winAscent + data.winDescent;
  return (Math.max(typo, win) * size) / data.unitsPerEm;
}

/** Line height as LibreOffice sets it (typographic metrics), for checks against its PDF. */
export function typoLineHeight(size: number): number {
  return ((data.typoAscender - data.typoDescender) * size) / data.unitsPerEm;
}
