/** The overall score and tool scores the workbook states: in a sentence, or a label with the number beside or below. */
import { asciiDigits, parseScore } from '../normalize';
import type { Cell, Tool } from '../types';
import { toolMarker } from './codes';
import { cellAt, isBlank, type SheetView } from './sheet';

export const OVERALL = /คะแนนภาพรวม|ภาพรวม|คะแนนรวม|overall(?:\s*score)?|total\s*score/i;
const TOOL_AFTER = /^\s*(?:ของ\s*)?(?:iit|eit|oit)/i;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Number in the text after an overall keyword ("คะแนนภาพรวมอยู่ที่ 72.84 คะแนน"), or the label alone (null number). */
export function overallInText(s: string): { kind: 'number'; value: number } | { kind: 'label' } | null {
  const m = OVERALL.exec(s);
  if (!m) return null;
  const after = asciiDigits(s.slice(m.index + m[0].length));
  if (TOOL_AFTER.test(after)) return null; // "คะแนนรวม IIT" is a tool score
  NUMBER.lastIndex = 0;
  for (let n = NUMBER.exec(after); n; n = NUMBER.exec(after)) {
    if (n.index > 60) break;
    const between = after.slice(0, n.index);
    if (/ระดับ|ลำดับ|อันดับ|rank/i.test(between)) break; // a rank, not the score
    const txt = n[0];
    if (/,\d{3}(?!\d)/.test(txt)) continue; // thousands: "5,240"
    const v = Number(txt.replace(',', '.'));
    if (Number.isFinite(v) && v >= 0 && v <= 100) return { kind: 'number', value: v };
  }
  const rest = after.replace(/[\s:：()\-–=]/g, '');
  return rest.length <= 12 && !/\d/.test(rest) ? { kind: 'label' } : null;
}

/** The number beside (up to 3 cells right) or below a label cell. */
export function numberNear(
  v: SheetView,
  r: number,
  c: number,
): { value: number; raw: Cell; r: number; c: number } | null {
  for (let k = c + 1; k <= c + 3 && k < v.width; k++) {
    const x = cellAt(v, r, k);
    if (isBlank(x)) continue;
    const p = parseScore(x);
    if ('value' in p && p.value >= 0 && p.value <= 100) return { value: p.value, raw: x, r, c: k };
    break;
  }
  if (r + 1 < v.height) {
    const x = cellAt(v, r + 1, c);
    const p = parseScore(x);
    if ('value' in p && p.value >= 0 && p.value <= 100) return { value: p.value, raw: x, r: r + 1, c };
  }
  return null;
}

const TOOL_TOTAL =
  /^\s*(?:คะแนน\s*รวม|คะแนน|รวม|total|score)?\s*(?:เครื่องมือ\s*)?(iit|eit|oit)\s*(?:score|total|รวม)?\s*(?:\([^)]*\))?\s*[:：]?\s*$/i;

/** "IIT", "รวม IIT", "คะแนน EIT (30%)" → the tool (a label whose score sits to its right). */
export function toolTotalLabel(s: string): Tool | null {
  if (s.length > 30) return null;
  const m = TOOL_TOTAL.exec(s);
  return m ? (m[1]!.toUpperCase() as Tool) : toolMarker(s);
}
