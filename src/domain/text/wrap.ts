/**
 * Wrapping text into lines of a given width, measured with the font's advance widths (metrics.ts) and broken only
 * where a line may break (segment.ts: spaces and Thai word boundaries). Numbered paragraphs ("1. …") hang: their
 * continuation lines are indented under the text, as in a typed document.
 */
import { textWidth, type FontSpec } from './metrics';
import { breakPieces, graphemes } from './segment';

/** How much wider than the measured width one unbreakable word may be and still stand whole on its line. */
const OVERSIZE = 1.06;
const NUMBERED = /^(\d+\.|[๐-๙]+\.|\(\d+\)|[-–•])\s+/;

export type WrapOptions = FontSpec & {
  /** Indent continuation lines of numbered paragraphs under their text (default true). */
  readonly hang?: boolean;
  /** Further words never cut (the agency's name, its district…), besides keepTogether.json. */
  readonly keep?: readonly string[];
};

/**
 * Pieces too wide for a whole line: a compound kept whole is cut where the segmenter would cut it; a single word no
 * line can hold, between its graphemes.
 */
function fitPieces(pieces: readonly string[], width: number, font: FontSpec, shipped = true): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    if (textWidth(p.trimEnd(), font) <= width) {
      out.push(p);
      continue;
    }
    const finer = shipped ? breakPieces(p, [], false) : [p];
    if (finer.length > 1) {
      out.push(...fitPieces(finer, width, font, false));
      continue;
    }
    let cur = '';
    for (const g of graphemes(p)) {
      if (cur && textWidth((cur + g).trimEnd(), font) > width) {
        out.push(cur);
        cur = '';
      }
      cur += g;
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** One paragraph (no "\n") as lines no wider than `width` points; trailing spaces hang outside the width. */
export function wrapParagraph(p: string, width: number, opts: WrapOptions): string[] {
  if (p.trim() === '') return [''];
  const m = (opts.hang ?? true) ? NUMBERED.exec(p) : null;
  const spaceW = textWidth(' ', opts);
  // The hanging indent, in spaces, and only when it leaves room for text.
  const indentSpaces = m && spaceW > 0 ? Math.round(textWidth(m[0], opts) / spaceW) : 0;
  const indent =
    indentSpaces > 0 && textWidth(' '.repeat(indentSpaces), opts) < width / 3 ? ' '.repeat(indentSpaces) : '';
  const lines: string[] = [];
  let line = '';
  const avail = (): number => width - (lines.length > 0 ? textWidth(indent, opts) : 0);
  // A word a little wider than the measured width still fits the cell (the width keeps a margin): only one that
  // clearly does not is cut between its graphemes.
  for (const piece of fitPieces(breakPieces(p, opts.keep), (width - textWidth(indent, opts)) * OVERSIZE, opts)) {
    if (line && textWidth((line + piece).trimEnd(), opts) > avail()) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
      continue;
    }
    line += piece;
  }
  lines.push(line.trimEnd());
  return lines.map((l, k) => (k > 0 && indent ? indent + l : l));
}

/** Every paragraph of a text wrapped to `width` points. */
export function wrapText(text: string, width: number, opts: WrapOptions): string[] {
  return text.split(/\r?\n/).flatMap((p) => wrapParagraph(p, width, opts));
}

/** How many lines a text takes in `width` points. */
export function lineCount(text: string, width: number, opts: WrapOptions): number {
  return wrapText(text, width, opts).length;
}

/** The text with its line breaks written in ("\n"), so every host breaks it where we measured it. */
export function hardWrap(text: string, width: number, opts: WrapOptions): string {
  return wrapText(text, width, opts).join('\n');
}
