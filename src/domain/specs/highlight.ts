/** Native conditional-format rules on the user's own item score cells: they keep working when a score is edited, add-in or not. */
import { a1, parseA1 } from '../a1';
import { percentKey } from '../scan/percent';
import type { Thresholds } from '../settings';
import type { ConditionalRule } from './sheetSpec';
import type { ItemResult, Summary } from '../summary';
import type { Lang } from '../types';

export type SheetRule = ConditionalRule & { readonly sheet: string };

export const CRITICAL_FILL = '#FFC7CE';
export const CRITICAL_COLOR = '#9C0006';
export const WEAK_FILL = '#FFEB9C';
export const WEAK_COLOR = '#9C5700';

export type Kind = 'oit' | 'survey';
/**
 * A score cell to colour: sheet, A1 cell, which thresholds apply, and whether it stores a percentage (0.85 formatted
 * "0%" shows 85%: scan/percent.ts), which the rule then judges as shown.
 */
export type ScoreCell = {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: Kind;
  readonly percent?: boolean;
};
type Run = {
  readonly sheet: string;
  readonly col: number;
  readonly kind: Kind;
  readonly percent: boolean;
  readonly r0: number;
  r1: number;
};

/**
 * Rule formulas for the top-left cell of a range: critical and weak, by the user's thresholds. A percentage cell is
 * judged by the score it shows, rounded off float noise as the scanner reads it (0.7 → 70, not 70.00000000000001).
 */
export function ruleFormulas(
  kind: Kind,
  cell: string,
  t: Thresholds,
  percent = false,
): { critical: string; weak: string } {
  const num = `ISNUMBER(${cell})`;
  const v = percent ? `ROUND(${cell}*100,10)` : cell;
  return kind === 'oit'
    ? { critical: `AND(${num},${v}<=${t.oitCriticalAtOrBelow})`, weak: `AND(${num},${v}<${t.oitWeakBelow})` }
    : { critical: `AND(${num},${v}<${t.surveyCriticalBelow})`, weak: `AND(${num},${v}<${t.surveyWeakBelow})` };
}

/**
 * Vertical runs of adjacent score cells of one kind and percent-ness, per sheet and column (keeps the rule count
 * small; a run's one formula must judge every cell of it the same way).
 */
function runs(scoreCells: readonly ScoreCell[]): Run[] {
  type At = { sheet: string; p: { row: number; col: number }; kind: Kind; percent: boolean };
  const cells = scoreCells
    .map((c) => ({ sheet: c.sheet, p: parseA1(c.cell), kind: c.kind, percent: c.percent ?? false }))
    .filter((c): c is At => c.p !== null)
    .sort((x, y) => x.sheet.localeCompare(y.sheet) || x.p.col - y.p.col || x.p.row - y.p.row);
  const out: Run[] = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    const joins =
      last &&
      last.sheet === c.sheet &&
      last.col === c.p.col &&
      last.kind === c.kind &&
      last.percent === c.percent &&
      c.p.row <= last.r1 + 1;
    if (last && joins) last.r1 = Math.max(last.r1, c.p.row);
    else out.push({ sheet: c.sheet, col: c.p.col, kind: c.kind, percent: c.percent, r0: c.p.row, r1: c.p.row });
  }
  return out;
}

/** Red (critical) and amber (weak) fills on the user's item score cells, two rules per contiguous range. */
export function buildHighlightRules(summary: Summary): SheetRule[] {
  const cells = summary.items
    .filter((i): i is ItemResult & { location: NonNullable<ItemResult['location']> } => i.location !== null)
    .map((i): ScoreCell => ({
      sheet: i.location.sheet,
      cell: i.location.cell,
      kind: i.tool === 'OIT' ? 'oit' : 'survey',
      percent: summary.scan.percent?.has(percentKey(i.location.sheet, i.location.cell)) ?? false,
    }));
  return rulesForCells(cells, summary.settings.thresholds);
}

/** Two rules (critical, weak) per contiguous run of score cells of one kind. */
export function rulesForCells(cells: readonly ScoreCell[], t: Thresholds): SheetRule[] {
  return runs(cells).flatMap((run) => {
    const top = a1(run.r0, run.col);
    const range = run.r1 > run.r0 ? `${top}:${a1(run.r1, run.col)}` : top;
    const f = ruleFormulas(run.kind, top, t, run.percent);
    return [
      {
        sheet: run.sheet,
        range,
        formula: f.critical,
        fill: CRITICAL_FILL,
        color: CRITICAL_COLOR,
        bold: true,
        priority: 1,
      },
      { sheet: run.sheet, range, formula: f.weak, fill: WEAK_FILL, color: WEAK_COLOR, priority: 2 },
    ];
  });
}

/** The colour legend written under the summary table. */
export function highlightLegend(t: Thresholds, lang: Lang): string {
  return lang === 'th'
    ? `สีของคะแนนในตารางของท่าน: แดง = วิกฤต (OIT ไม่เกิน ${t.oitCriticalAtOrBelow} คะแนน หรือ IIT/EIT ต่ำกว่า ${t.surveyCriticalBelow}); ` +
        `เหลืองอำพัน = ต้องปรับปรุง (OIT ต่ำกว่า ${t.oitWeakBelow} ` +
        `หรือ IIT/EIT และตัวชี้วัดต่ำกว่า ${t.surveyWeakBelow}); ` +
        'คะแนนที่แสดงเป็นร้อยละนับตามที่แสดง (85% คือ 85). สีเปลี่ยนตามคะแนนเมื่อแก้ไข'
    : `Score colours in your tables: red = critical (OIT at or below ${t.oitCriticalAtOrBelow}, or IIT/EIT below ${t.surveyCriticalBelow}); ` +
        `amber = weak (OIT below ${t.oitWeakBelow}, or IIT/EIT and indicators below ${t.surveyWeakBelow}); ` +
        'a score shown as a percentage counts as shown (85% is 85). Colours follow the scores when edited.';
}
