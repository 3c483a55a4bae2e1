/**
 * Where a line of Thai (and mixed Thai/Latin) text may break: at spaces, and between Thai words as
 * `Intl.Segmenter('th', { granularity: 'word' })` finds them, corrected where its dictionary is known to cut a word
 * (e.g. "ตามพ|ระราชบัญญัติ": a split consonant cluster, and the words of keepTogether.json), and never before
 * ๆ ฯ or closing punctuation, never after opening punctuation.
 */
import keepTogether from './keepTogether.json';

/** Thai consonants and the leading vowels that start a syllable. */
const THAI_START = /^[\u0E01-\u0E2E\u0E40-\u0E44]/;
/** A Thai letter or mark (ending a Thai word). */
const THAI_END = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E4E]$/;
/** Nothing may start a line with these (Thai repetition/abbreviation marks, closing punctuation). */
const NO_BREAK_BEFORE = /^[\u0E46\u0E2F)\]}>:;,.!?%”’"'\u0E5A\u0E5B]/;
/** Nothing may end a line with these (opening punctuation). */
const NO_BREAK_AFTER = /[([{<“‘]$/;
/** A number or an item code stays with the word that announces it ("พ.ศ. 2568", "ข้อ o9", "ประเด็นที่ 3"). */
const ANNOUNCES = /(?:พ\.\s?ศ\.|ค\.\s?ศ\.|ข้อ|ที่|ปี|ฉบับที่|FY|B\.E\.)\s$/;
const ANNOUNCED = /^[0-9๐-๙]|^[oieOIE]\d/;
const SPACE = /\s$/;
/** The second consonant of a Thai true cluster (กร, คล, ขว …) and what can precede it. */
const CLUSTER_FIRST = new Set([...'กขคตปพผทบดฟศสจ']);
const CLUSTER_SECOND = new Set([...'รลว']);
/** Vowels and marks that attach to a consonant (a cluster's consonants are followed by one of these). */
const ATTACHED = /^[\u0E30-\u0E3A\u0E47-\u0E4E\u0E32\u0E33]/;

const WORDS: readonly string[] = [...(keepTogether as { words: string[] }).words].sort((a, b) => b.length - a.length);

type Seg = { readonly text: string; readonly index: number };

/** One segmenter per granularity, made on first use (making one costs far more than segmenting a line). */
const segmenters = new Map<'word' | 'grapheme', Intl.Segmenter | null>();
function segmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
  let seg = segmenters.get(granularity);
  if (seg === undefined) {
    const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    seg = Seg ? new Seg('th', { granularity }) : null;
    segmenters.set(granularity, seg);
  }
  return seg;
}

function icuSegments(s: string): Seg[] {
  const Seg = segmenter('word');
  if (!Seg) {
    // Without Intl.Segmenter (very old hosts): spaces are the only word boundaries; Thai runs stay whole.
    const out: Seg[] = [];
    const re = /\S+\s*|\s+/g;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], index: m.index });
    return out;
  }
  return [...Seg.segment(s)].map((x) => ({ text: x.segment, index: x.index }));
}

/** Boundary positions (indexes into s, 0 < p < s.length) the segmenter proposes, corrected. */
function boundaries(s: string, extra: readonly string[], shipped: boolean): Set<number> {
  const b = new Set<number>();
  for (const seg of icuSegments(s)) if (seg.index > 0) b.add(seg.index);
  // A true cluster split from its vowel ("ตามพ|ระ"): the boundary belongs before the cluster ("ตาม|พระ").
  for (const p of [...b]) {
    const first = s[p - 1] ?? '';
    const second = s[p] ?? '';
    const after = s.slice(p + 1);
    // Only after a closed syllable (vowel sign + final consonant: "ตาม"), where the consonant cannot belong behind.
    const closed = /[\u0E01-\u0E2E]/.test(s[p - 2] ?? '') && /[\u0E30-\u0E39\u0E47-\u0E4E]/.test(s[p - 3] ?? '');
    if (CLUSTER_FIRST.has(first) && CLUSTER_SECOND.has(second) && ATTACHED.test(after) && closed) {
      b.delete(p);
      b.add(p - 1);
    }
  }
  // Words never cut: no boundary inside, one at each end (longest first; a word inside a longer one is left alone).
  const kept: (readonly [number, number])[] = [];
  const inside = (p: number): boolean => kept.some(([a, z]) => p > a && p < z);
  const base = shipped ? WORDS : [];
  const words = extra.length ? [...extra, ...base].sort((a, b) => b.length - a.length) : base;
  for (const w of words) {
    if (!w) continue;
    for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (kept.some(([a, z]) => at < z && end > a)) continue;
      for (let p = at + 1; p < end; p++) b.delete(p);
      kept.push([at, end]);
    }
  }
  for (const [a, z] of kept) {
    if (a > 0 && !inside(a)) b.add(a);
    if (z < s.length && !inside(z)) b.add(z);
  }
  return b;
}

/** May a line break between `before` and `after` (both non-empty)? */
function mayBreak(before: string, after: string): boolean {
  if (NO_BREAK_BEFORE.test(after) || NO_BREAK_AFTER.test(before)) return false;
  if (ANNOUNCES.test(before) && ANNOUNCED.test(after)) return false;
  if (SPACE.test(before)) return true;
  if (/^\s/.test(after)) return false; // break after the space, not before it
  // Between two Thai words; after a slash or dash between words ("มาตรการ/โครงการ").
  if (THAI_END.test(before) && THAI_START.test(after)) return true;
  if (/[/–—]$/.test(before) && /^[\u0E01-\u0E2E\u0E40-\u0E44A-Za-z]/.test(after)) return true;
  return false;
}

/**
 * The text cut into pieces a line may end after (spaces stay at the end of their piece). Joining the pieces gives
 * the text back. A paragraph break ("\n") is not handled here: wrap each paragraph on its own.
 */
export function breakPieces(s: string, keep: readonly string[] = [], shipped = true): readonly string[] {
  if (!s) return [];
  // A sheet measures the same texts more than once (a row's height, then its hard wrap): cut each once.
  const key = `${shipped ? 1 : 0}\u0000${keep.join('\u0001')}\u0000${s}`;
  const known = pieceCache.get(key);
  if (known) return known;
  const out = cutPieces(s, keep, shipped);
  if (pieceCache.size >= PIECE_CACHE_SIZE) pieceCache.clear();
  pieceCache.set(key, out);
  return out;
}

/** Texts cut so far (a few thousand: a document's worth), frozen since they are shared. */
const PIECE_CACHE_SIZE = 4096;
const pieceCache = new Map<string, readonly string[]>();

function cutPieces(s: string, keep: readonly string[], shipped: boolean): readonly string[] {
  const cuts = [...boundaries(s, keep, shipped)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const p of cuts) {
    if (p <= start || p >= s.length) continue;
    if (!mayBreak(s.slice(start, p), s.slice(p))) continue;
    out.push(s.slice(start, p));
    start = p;
  }
  out.push(s.slice(start));
  return Object.freeze(out);
}

/** Grapheme clusters (a base letter with its marks), for breaking a word longer than a whole line. */
export function graphemes(s: string): string[] {
  const Seg = segmenter('grapheme');
  if (Seg) return [...Seg.segment(s)].map((x) => x.segment);
  return s.match(/[^\u0E31\u0E34-\u0E3A\u0E47-\u0E4E][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*/gu) ?? [...s];
}
