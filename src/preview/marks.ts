/**
 * Which cells of the grid our highlight rules paint, derived from what we wrote, not from the rules' formulas: each
 * rule was made (domain/specs/highlight.ts) for a run of item score cells with the thresholds recorded beside it, so a
 * cell is painted where an item's numeric score stands inside one of our ranges and the item's weak level under those
 * thresholds (domain/score.ts itemWeakLevel, the one home of that rule) is the level the rule's fill stands for.
 */
import type { OurRule } from '../app/port';
import { parseA1 } from '../domain/a1';
import { itemWeakLevel } from '../domain/score';
import type { Thresholds } from '../domain/settings';
import { CRITICAL_FILL, WEAK_FILL } from '../domain/specs/highlight';
import type { ItemResult } from '../domain/summary';

export type Mark = { readonly fill: string; readonly color?: string; readonly bold?: boolean };

/** What the grid needs to paint: the rules we recorded, the items, and the thresholds the rules were made with. */
export type Paint = {
  readonly rules: readonly OurRule[];
  readonly items: readonly ItemResult[];
  readonly thresholds: Thresholds;
};

function inside(range: string, cell: { row: number; col: number }): boolean {
  const [from, to] = range.split(':');
  const p = from ? parseA1(from) : null;
  const q = to ? parseA1(to) : p;
  return p !== null && q !== null && cell.row >= p.row && cell.row <= q.row && cell.col >= p.col && cell.col <= q.col;
}

/** A1 address → the mark our rules give that cell on `sheet`. */
export function marksFor(sheet: string, paint: Paint): Map<string, Mark> {
  const out = new Map<string, Mark>();
  const rules = paint.rules.filter((r) => r.sheet === sheet);
  if (!rules.length) return out;
  for (const item of paint.items) {
    const loc = item.location;
    if (!loc || loc.sheet !== sheet || !item.numericCell || item.score === null) continue;
    const level = itemWeakLevel(item.tool, item.score, paint.thresholds);
    if (!level) continue;
    const p = parseA1(loc.cell);
    const fill = level === 'critical' ? CRITICAL_FILL : WEAK_FILL;
    const rule = p ? rules.find((r) => r.fill === fill && inside(r.range, p)) : undefined;
    if (rule)
      out.set(loc.cell, {
        fill: rule.fill,
        ...(rule.color ? { color: rule.color } : {}),
        ...(rule.bold ? { bold: true } : {}),
      });
  }
  return out;
}
