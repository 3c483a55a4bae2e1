/** Item tables: runs of codes in one column (or one row, transposed), each with its score line chosen by the numbers. */
import { asciiDigits, parseScore } from '../normalize';
import type { Cell, Issue, Tool } from '../types';
import type { CodeHit } from './codes';
import { chooseScorePos, type LineAccess } from './lines';
import { addr, cellAt, isBlank, type SheetView } from './sheet';

/** A table found on one sheet, in grid coordinates (before origin offset). */
export type RawTable = {
  readonly kind: 'items' | 'indicators';
  readonly orientation: 'rows' | 'columns';
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
};

/** An item occurrence on one sheet, before cross-sheet duplicate checks. */
export type RawItem = {
  readonly code: string;
  readonly tool: Tool;
  readonly score: number | null;
  readonly raw: Cell;
  readonly r: number;
  readonly c: number;
  readonly codeR: number;
  readonly codeC: number;
  readonly text?: string;
  /** Index into the sheet's tables. */
  readonly table: number;
};

const GAP = 4; // rows (or columns) between consecutive codes of one table: page breaks, repeated empty headers
const MAX_SPAN = 16; // how far right of the code (or below it, transposed) a score may sit
const TOOL_OF: Record<string, Tool> = { i: 'IIT', e: 'EIT', o: 'OIT' };

function splitRuns<T>(sorted: readonly T[], key: (x: T) => number): T[][] {
  const runs: T[][] = [];
  let cur: T[] = [];
  for (const x of sorted) {
    const last = cur[cur.length - 1];
    if (last !== undefined && key(x) - key(last) > GAP) {
      runs.push(cur);
      cur = [];
    }
    cur.push(x);
  }
  if (cur.length) runs.push(cur);
  return runs;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const a = m.get(k);
    if (a) a.push(x);
    else m.set(k, [x]);
  }
  return m;
}

function headerText(x: Cell): string | null {
  return typeof x === 'string' && x.trim() !== '' ? asciiDigits(x) : null;
}

/** Validate one score: blank/unreadable/out of range give a null score and an issue; OIT off-scale is only warned. */
export function readItemScore(
  code: string,
  tool: Tool,
  raw: Cell,
  sheet: string,
  cell: string,
): { score: number | null; issues: Issue[] } {
  const p = parseScore(raw);
  if ('error' in p) {
    return p.error === 'blank'
      ? { score: null, issues: [{ code: 'item.blank', severity: 'warning', sheet, cell, params: { code } }] }
      : {
          score: null,
          issues: [{ code: 'item.unreadable', severity: 'warning', sheet, cell, params: { code, raw: String(raw) } }],
        };
  }
  const v = p.value;
  if (v < 0 || v > 100)
    return {
      score: null,
      issues: [{ code: 'item.outOfRange', severity: 'error', sheet, cell, params: { code, score: v } }],
    };
  if (tool === 'OIT' && v !== 0 && v !== 50 && v !== 100) {
    return {
      score: v,
      issues: [{ code: 'item.oitScale', severity: 'warning', sheet, cell, params: { code, score: v } }],
    };
  }
  return { score: v, issues: [] };
}

/** Item tables of one sheet from its code hits. Tables are numbered from `tableBase`. */
export function findItemTables(
  v: SheetView,
  hits: readonly CodeHit[],
  year: number | null,
): { tables: RawTable[]; items: RawItem[]; issues: Issue[] } {
  const tables: RawTable[] = [];
  const items: RawItem[] = [];
  const issues: Issue[] = [];
  if (hits.length < 2) return { tables, items, issues };

  // The same code twice in one row (a code column and a question that repeats it): keep the leftmost.
  const byRowCol = [...hits].sort((a, b) => a.r - b.r || a.c - b.c);
  const uniq: CodeHit[] = [];
  for (const h of byRowCol) {
    const prev = uniq[uniq.length - 1];
    if (prev && prev.r === h.r && prev.code === h.code) continue;
    uniq.push(h);
  }

  // Orientation per hit: the longer of its column run and its row run (ties: rows of a column table).
  const colLen = new Map<CodeHit, number>();
  const rowLen = new Map<CodeHit, number>();
  for (const [, g] of groupBy(uniq, (h) => h.c)) {
    g.sort((a, b) => a.r - b.r);
    for (const run of splitRuns(g, (h) => h.r)) for (const h of run) colLen.set(h, run.length);
  }
  for (const [, g] of groupBy(uniq, (h) => h.r)) {
    g.sort((a, b) => a.c - b.c);
    for (const run of splitRuns(g, (h) => h.c)) for (const h of run) rowLen.set(h, run.length);
  }
  const vertical = uniq.filter((h) => colLen.get(h)! >= rowLen.get(h)!);
  const horizontal = uniq.filter((h) => colLen.get(h)! < rowLen.get(h)!);

  type Run = { orientation: 'rows' | 'columns'; hits: CodeHit[] };
  const runs: Run[] = [];
  for (const [, g] of groupBy(vertical, (h) => h.c)) {
    g.sort((a, b) => a.r - b.r);
    for (const run of splitRuns(g, (h) => h.r)) if (run.length >= 2) runs.push({ orientation: 'rows', hits: run });
  }
  for (const [, g] of groupBy(horizontal, (h) => h.r)) {
    g.sort((a, b) => a.c - b.c);
    for (const run of splitRuns(g, (h) => h.c)) if (run.length >= 2) runs.push({ orientation: 'columns', hits: run });
  }
  // Reading order: top to bottom, then left to right.
  runs.sort((a, b) => a.hits[0]!.r - b.hits[0]!.r || a.hits[0]!.c - b.hits[0]!.c);

  // Code columns per row, so a table's score search stops at the next table to its right.
  const codeColsByRow = groupBy(
    runs.filter((r) => r.orientation === 'rows').flatMap((r) => r.hits),
    (h) => h.r,
  );
  const codeRowsByCol = groupBy(
    runs.filter((r) => r.orientation === 'columns').flatMap((r) => r.hits),
    (h) => h.c,
  );

  for (const run of runs) {
    const first = run.hits[0]!;
    const last = run.hits[run.hits.length - 1]!;
    let scorePos: number | null;
    if (run.orientation === 'rows') {
      const cc = first.c;
      let to = Math.min(v.width - 1, cc + MAX_SPAN);
      for (const h of run.hits)
        for (const o of codeColsByRow.get(h.r) ?? []) if (o.c > cc && o.c - 1 < to) to = o.c - 1;
      const acc: LineAccess = {
        get: (l, p) => cellAt(v, l, p),
        header: (p) => {
          for (let r = first.r - 1; r >= Math.max(0, first.r - 3); r--) {
            const x = cellAt(v, r, p);
            if (!isBlank(x)) return headerText(x);
          }
          return null;
        },
      };
      scorePos = chooseScorePos(
        run.hits.map((h) => h.r),
        cc,
        to,
        acc,
        year,
      );
      if (scorePos === null) continue;
      const t = tables.length;
      tables.push({ kind: 'items', orientation: 'rows', r0: first.r, c0: cc, r1: last.r, c1: scorePos });
      for (const h of run.hits) {
        const raw = cellAt(v, h.r, scorePos);
        const tool = TOOL_OF[h.code[0]!]!;
        const res = readItemScore(h.code, tool, raw, v.name, addr(v, h.r, scorePos));
        for (const x of res.issues) issues.push(x); // no spread: a huge list overflows the stack
        let text = h.text;
        if (!text) {
          for (let c = cc + 1; c < scorePos; c++) {
            const x = cellAt(v, h.r, c);
            if (typeof x === 'string' && x.trim() !== '') {
              text = x.trim();
              break;
            }
          }
        }
        items.push({
          code: h.code,
          tool,
          score: res.score,
          raw,
          r: h.r,
          c: scorePos,
          codeR: h.r,
          codeC: h.c,
          table: t,
          ...(text ? { text } : {}),
        });
      }
    } else {
      const cr = first.r;
      let to = Math.min(v.height - 1, cr + MAX_SPAN);
      for (const h of run.hits)
        for (const o of codeRowsByCol.get(h.c) ?? []) if (o.r > cr && o.r - 1 < to) to = o.r - 1;
      const acc: LineAccess = {
        get: (l, p) => cellAt(v, p, l),
        header: (p) => {
          for (let c = first.c - 1; c >= Math.max(0, first.c - 3); c--) {
            const x = cellAt(v, p, c);
            if (!isBlank(x)) return headerText(x);
          }
          return null;
        },
      };
      scorePos = chooseScorePos(
        run.hits.map((h) => h.c),
        cr,
        to,
        acc,
        year,
      );
      if (scorePos === null) continue;
      const t = tables.length;
      tables.push({ kind: 'items', orientation: 'columns', r0: cr, c0: first.c, r1: scorePos, c1: last.c });
      for (const h of run.hits) {
        const raw = cellAt(v, scorePos, h.c);
        const tool = TOOL_OF[h.code[0]!]!;
        const res = readItemScore(h.code, tool, raw, v.name, addr(v, scorePos, h.c));
        for (const x of res.issues) issues.push(x); // no spread: a huge list overflows the stack
        items.push({
          code: h.code,
          tool,
          score: res.score,
          raw,
          r: scorePos,
          c: h.c,
          codeR: h.r,
          codeC: h.c,
          table: t,
          ...(h.text ? { text: h.text } : {}),
        });
      }
    }
  }
  return { tables, items, issues };
}
