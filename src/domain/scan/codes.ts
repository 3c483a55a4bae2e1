/** Finding item codes in a sheet: codes at the start of a cell, and bare numbers next to a tool marker (IIT | 1 | …). */
import { bareNumber } from '../normalize';
import type { Tool } from '../types';
import { cellAt, isBlank, type SheetView } from './sheet';

export type CodeHit = {
  readonly r: number;
  readonly c: number;
  readonly code: string;
  /** Question text after the code, when the code sits inside the text. */
  readonly text?: string;
};

export type ToolMarker = { readonly r: number; readonly c: number; readonly tool: Tool };

const TOOL_MARKER = /^\s*(?:แบบ\s*|เครื่องมือ\s*)?(iit|eit|oit)\s*$/i;

/** "IIT" / "แบบ EIT" → the tool; anything else → null. */
export function toolMarker(s: string): Tool | null {
  if (s.length > 20) return null;
  const m = TOOL_MARKER.exec(s);
  return m ? (m[1]!.toUpperCase() as Tool) : null;
}

const LETTER: Record<Tool, string> = { IIT: 'i', EIT: 'e', OIT: 'o' };
const MAX_GAP = 3;

/**
 * Bare item numbers in the column right of a tool marker, carried down while the tool column stays blank
 * (tool typed once, or a merged cell). Rows in `skipRows` (indicator rows) never give items.
 */
export function bareCodes(
  v: SheetView,
  markers: readonly ToolMarker[],
  skipRows: ReadonlySet<number>,
  taken: ReadonlySet<number>,
): CodeHit[] {
  const out: CodeHit[] = [];
  const visited = new Set<number>();
  const W = v.width + 1;
  const sorted = [...markers].sort((a, b) => a.c - b.c || a.r - b.r);
  const numberCol = (r: number, c: number): number | null => {
    for (let k = c + 1; k <= c + 2 && k < v.width; k++) {
      const x = cellAt(v, r, k);
      if (isBlank(x)) continue;
      return bareNumber(x) !== null ? k : null;
    }
    return null;
  };
  for (const m of sorted) {
    if (visited.has(m.r * W + m.c)) continue;
    if (skipRows.has(m.r)) continue;
    const nc0 = numberCol(m.r, m.c);
    if (nc0 === null) continue;
    let tool: Tool = m.tool;
    let gap = 0;
    for (let r = m.r; r < v.height; r++) {
      visited.add(r * W + m.c);
      const t = cellAt(v, r, m.c);
      if (!isBlank(t)) {
        const tm = typeof t === 'string' ? toolMarker(t) : null;
        if (!tm) break;
        tool = tm;
      }
      const x = cellAt(v, r, nc0);
      const n = skipRows.has(r) ? null : bareNumber(x);
      if (n === null) {
        if (++gap > MAX_GAP) break;
        continue;
      }
      gap = 0;
      if (taken.has(r * W + nc0)) continue;
      out.push({ r, c: nc0, code: `${LETTER[tool]}${n}` });
    }
  }
  return out;
}
