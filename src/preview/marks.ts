/** Which cells our highlight rules paint, evaluated on the values (exceljs cannot render conditional formats for us). */
import type { OurRule } from '../app/port';
import { a1, parseA1 } from '../domain/a1';
import type { SheetSnapshot } from '../domain/types';

export type Mark = { readonly fill: string; readonly color?: string; readonly bold?: boolean };

const OPS: Readonly<Record<string, (x: number, y: number) => boolean>> = {
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
};

/** Our rules have the form AND(ISNUMBER(C5),C5<=0) relative to the range's top-left cell; anything else is not ours to paint. */
function predicate(rule: OurRule): ((v: unknown) => boolean) | null {
  const m = /^AND\(ISNUMBER\(\$?([A-Z]+)\$?(\d+)\),\$?([A-Z]+)\$?(\d+)(<=|>=|<|>)(-?\d+(?:\.\d+)?)\)$/.exec(rule.formula.replace(/\s+/g, ''));
  const top = rule.range.split(':')[0];
  if (!m || `${m[1]}${m[2]}` !== top || `${m[3]}${m[4]}` !== top) return null;
  const op = OPS[m[5]!]!;
  const limit = Number(m[6]);
  return (v) => typeof v === 'number' && op(v, limit);
}

/** A1 address → the mark of the highest-priority rule that holds for that cell's value. */
export function marksFor(sheet: SheetSnapshot, rules: readonly OurRule[]): Map<string, Mark> {
  const out = new Map<string, Mark>();
  const mine = rules.filter((r) => r.sheet === sheet.name).sort((x, y) => x.priority - y.priority);
  for (const rule of mine) {
    const test = predicate(rule);
    const [from, to] = rule.range.split(':');
    const p = from ? parseA1(from) : null;
    const q = to ? parseA1(to) : p;
    if (!test || !p || !q) continue;
    for (let r = p.row; r <= q.row; r++) {
      for (let c = p.col; c <= q.col; c++) {
        const addr = a1(r, c);
        if (out.has(addr)) continue;
        const v = sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col];
        if (test(v)) out.set(addr, { fill: rule.fill, ...(rule.color ? { color: rule.color } : {}), ...(rule.bold ? { bold: true } : {}) });
      }
    }
  }
  return out;
}
