/** Normalising what users type: item codes, scores, names. Pure and cheap on the common case (plain numbers). */
import type { Cell } from './types';

const THAI_ZERO = 0x0e50;
const FW_DIGIT_ZERO = 0xff10;

/** Full-width ASCII forms (Ｏ３４, ％) → ASCII; Thai digits → ASCII digits. Other characters unchanged. */
export function asciiDigits(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
      out += String.fromCharCode(48 + c - THAI_ZERO);
      changed = true;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

function isDigitCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= THAI_ZERO && c <= THAI_ZERO + 9) || (c >= FW_DIGIT_ZERO && c <= FW_DIGIT_ZERO + 9)
  );
}

// First characters a code (or one of its prefixes) can start with: o O ๐ i I e E ข n N and their full-width forms.
const CODE_START = new Set([
  'o',
  'O',
  'i',
  'I',
  'e',
  'E',
  'n',
  'N',
  'ข',
  '\u0e50',
  'ｏ',
  'Ｏ',
  'ｉ',
  'Ｉ',
  'ｅ',
  'Ｅ',
  'ｎ',
  'Ｎ',
]);

// After asciiDigits: optional prefix, the tool letter (๐ became 0: THAI DIGIT ZERO typed for the letter o), 1–2 digits, then no letter/digit.
const CODE_RE = /^\s*(?:ข้อที่|ข้อ|item|no\.?)?\s*[.:]?\s*([oie0])\s*(\d{1,2})(?![0-9A-Za-z]|[.,]\d)\s*\**/i;

/** A code at the start of a text, and the text after it. Null when the text does not start with an item code. */
export function splitCodeText(text: string): { code: string; text: string } | null {
  let k = 0;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\u00a0')) k++;
  if (k >= text.length || !CODE_START.has(text[k]!)) return null;
  const first = text.charCodeAt(k);
  const s = asciiDigits(text);
  const m = CODE_RE.exec(s);
  if (!m) return null;
  let letter = m[1]!.toLowerCase();
  if (letter === '0') {
    // Only THAI DIGIT ZERO (not an ASCII 0) stands for the letter o.
    const zeroIdx = s.indexOf('0', k);
    if (zeroIdx < 0 || text.charCodeAt(zeroIdx) !== THAI_ZERO) return null;
    letter = 'o';
  } else if (first === THAI_ZERO) return null;
  const n = Number(m[2]);
  if (!(n >= 1 && n <= 99)) return null;
  const rest = text
    .slice(m[0].length)
    .replace(/^[\s.:)\-–]+/, '')
    .replace(/[\s*]+$/, '');
  return { code: `${letter}${n}`, text: rest };
}

/** Item code at the start of a cell text ("ข้อ o๒ …" → "o2", "๐34" → "o34"); null when the text does not start with one. */
export function normalizeCode(text: string): string | null {
  return splitCodeText(text)?.code ?? null;
}

/** A bare item number as typed in a number column (3, "3", "๓", "ข้อ 3", "3." , "3 ข้อคำถาม…"); null otherwise. Only used with a tool marker. */
export function bareNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 99 ? cell : null;
  if (typeof cell !== 'string') return null;
  const s = asciiDigits(cell);
  const m = /^\s*(?:ข้อที่|ข้อ|item|no\.?)?\s*(\d{1,2})(?![\d.,]\d|\d)(?:\s*[.)]?)(?:\s|$)/i.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 99 ? n : null;
}

export type ParsedScore = { readonly value: number } | { readonly error: 'blank' | 'unreadable' };

const BLANK: ParsedScore = { error: 'blank' };
const UNREADABLE: ParsedScore = { error: 'unreadable' };
const PLAIN_NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
const SCORE_TEXT =
  /^\s*([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)\s*(?:%|คะแนน|คะแนน\.|points?|pts\.?|score)?\s*$/i;
const DASHES = /^\s*[-–—]+\s*$/;

/** A score cell → number, or why not: numbers, numbers as text, Thai/full-width digits, "72.84 คะแนน", "85%", "92,5". */
export function parseScore(cell: Cell): ParsedScore {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : UNREADABLE;
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell !== 'string') return UNREADABLE;
  if (PLAIN_NUMBER.test(cell)) return { value: Number(cell) };
  if (cell.trim() === '') return BLANK;
  if (DASHES.test(cell)) return BLANK;
  const s = asciiDigits(cell);
  const m = SCORE_TEXT.exec(s);
  if (!m) return UNREADABLE;
  let num = m[2]!;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(num))
    num = num.replace(/,/g, ''); // thousands separators
  else num = num.replace(',', '.'); // a decimal comma: 1–2 digits (or 4+) after it cannot be a thousands group
  const v = Number(num) * (m[1] === '-' ? -1 : 1);
  return Number.isFinite(v) ? { value: v } : UNREADABLE;
}

/** Quick test: could this cell be a score (a number, or text that parses as one)? */
export function isNumeric(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  if (typeof cell !== 'string' || cell.length === 0 || cell.length > 24) return false;
  const c = cell.charCodeAt(0);
  if (!(isDigitCode(c) || c === 32 || c === 43 || c === 45 || c === 46 || c === 0xa0)) return false;
  return 'value' in parseScore(cell);
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Combining marks outside the Thai block (Khmer U+17B7 seen in the seed, stray Latin accents).
const FOREIGN_MARK = /(?![\u0e00-\u0e7f])\p{M}/gu;
const FOREIGN_MARK_1 = /(?![\u0e00-\u0e7f])\p{M}/u;
const THAI_CHAR = /[\u0e01-\u0e5b]/;
const OUTSIDE_LATIN_THAI = /[^\s\u0020-\u02ff\u0e00-\u0e7f\u2000-\u206f]/;

/** Text for matching names: NFC, no zero-width or stray non-Thai combining marks, single spaces, Latin lower-case. */
export function normalizeText(s: string): string {
  let t = s.normalize('NFC');
  t = asciiDigits(t).replace(ZERO_WIDTH, '');
  if (FOREIGN_MARK_1.test(t)) t = t.replace(FOREIGN_MARK, '');
  return t.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** normalizeText without any spaces: Thai names are typed with stray spaces ("องค์การบริหารส่วน ตำบล"). */
export function compactText(s: string): string {
  return normalizeText(s).replace(/ /g, '');
}

/** The first non-Thai combining mark in a Thai text ("U+17B7"), or null. */
export function findStrayChar(s: string): { char: string; index: number } | null {
  if (!OUTSIDE_LATIN_THAI.test(s)) return null; // the common case: nothing but Latin and Thai
  const m = FOREIGN_MARK_1.exec(s);
  if (!m) return null;
  if (!THAI_CHAR.test(s)) {
    // A combining mark in non-Thai text is stray only if NFC cannot absorb it (a composed accent is normal).
    const n = s.normalize('NFC');
    const m2 = FOREIGN_MARK_1.exec(n);
    if (!m2) return null;
  }
  const cp = s.codePointAt(m.index)!;
  return { char: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, index: m.index };
}
