/** Indicator tables: rows naming the 10 indicators (Thai or English), with the score to the right. */
import { frameworkFor } from '../framework';
import { asciiDigits, compactText, normalizeText, parseScore } from '../normalize';
import type { Issue } from '../types';
import { chooseScorePos } from './lines';
import type { RawTable } from './itemTables';
import { addr, cellAt, isBlank, type SheetView } from './sheet';
import type { Reported } from './types';

export type LabelHit = { readonly r: number; readonly c: number; readonly no: number; readonly label: string };

// Indicator names do not depend on the year for finding tables: FY2567's names are the reference.
const INDICATORS = frameworkFor(2567).framework.indicators;
const TH = new Map<string, number>();
const EN = new Map<string, number>();
for (const ind of INDICATORS) {
  TH.set(compactText(ind.name.th), ind.no);
  EN.set(normalizeText(ind.name.en), ind.no);
}
// Every FY2567 name ends in one of these words (English names: some Latin letters); cheap before normalising.
const MAYBE = /หน้าที่|งบประมาณ|อำนาจ|ราชการ|ทุจริต|ดำเนินงาน|สื่อสาร|ทำงาน|ข้อมูล|[a-z]{3}/i;
const LEAD_TH = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|ที่)?\d{0,2}(?:\.\d)?[.):-]?/;
const LEAD_EN = /^(?:indicator\s*)?\d{0,2}[.):-]?\s*/;

/** The indicator a label names ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "1. การใช้งบประมาณ", "Use of budget"), or null. */
export function matchIndicator(text: string): number | null {
  if (text.length > 90 || !MAYBE.test(text)) return null;
  const th = compactText(text).replace(LEAD_TH, '');
  const hit = TH.get(th);
  if (hit !== undefined) return hit;
  // A name followed by a note in brackets or after a colon: "การใช้อำนาจ (IIT)".
  const cut = th.search(/[(:\-–]/);
  if (cut > 0) {
    const h2 = TH.get(th.slice(0, cut));
    if (h2 !== undefined) return h2;
  }
  const en = normalizeText(text)
    .replace(LEAD_EN, '')
    .replace(/\s*[(:].*$/, '');
  return EN.get(en) ?? null;
}

const REGION_GAP = 4;

/** Indicator tables of a sheet: ≥3 distinct indicators in one column region. `itemRows` do not count as gaps (items listed under each indicator). */
export function findIndicatorTables(
  v: SheetView,
  labels: readonly LabelHit[],
  itemRows: ReadonlySet<number>,
  year: number | null,
): {
  tables: RawTable[];
  hits: Array<{
    no: number;
    label: string;
    r: number;
    c: number;
    scoreR: number | null;
    scoreC: number | null;
    reported: Reported | null;
    table: number;
  }>;
  issues: Issue[];
} {
  const tables: RawTable[] = [];
  const hits: Array<{
    no: number;
    label: string;
    r: number;
    c: number;
    scoreR: number | null;
    scoreC: number | null;
    reported: Reported | null;
    table: number;
  }> = [];
  const issues: Issue[] = [];
  const byCol = new Map<number, LabelHit[]>();
  for (const l of labels) {
    const a = byCol.get(l.c);
    if (a) a.push(l);
    else byCol.set(l.c, [l]);
  }
  const regions: LabelHit[][] = [];
  for (const [, g] of byCol) {
    g.sort((a, b) => a.r - b.r);
    let cur: LabelHit[] = [];
    for (const h of g) {
      const prev = cur[cur.length - 1];
      if (prev) {
        let gap = 0;
        for (let r = prev.r + 1; r < h.r && gap <= REGION_GAP; r++) if (!itemRows.has(r)) gap++;
        if (gap > REGION_GAP) {
          regions.push(cur);
          cur = [];
        }
      }
      cur.push(h);
    }
    if (cur.length) regions.push(cur);
  }
  regions.sort((a, b) => a[0]!.r - b[0]!.r || a[0]!.c - b[0]!.c);
  for (const reg of regions) {
    if (new Set(reg.map((h) => h.no)).size < 3) continue;
    const lc = reg[0]!.c;
    const first = reg[0]!;
    const scoreC = chooseScorePos(
      reg.map((h) => h.r),
      lc,
      Math.min(v.width - 1, lc + 12),
      {
        get: (l, p) => cellAt(v, l, p),
        header: (p) => {
          for (let r = first.r - 1; r >= Math.max(0, first.r - 3); r--) {
            const x = cellAt(v, r, p);
            if (!isBlank(x)) return typeof x === 'string' ? asciiDigits(x) : null;
          }
          return null;
        },
      },
      year,
    );
    const t = tables.length;
    const last = reg[reg.length - 1]!;
    tables.push({ kind: 'indicators', orientation: 'rows', r0: first.r, c0: lc, r1: last.r, c1: scoreC ?? lc });
    for (const h of reg) {
      let reported: Reported | null = null;
      if (scoreC !== null) {
        const raw = cellAt(v, h.r, scoreC);
        const cell = addr(v, h.r, scoreC);
        const p = parseScore(raw);
        if ('value' in p) {
          if (p.value >= 0 && p.value <= 100) reported = { value: p.value, raw, sheet: v.name, cell };
          else
            issues.push({
              code: 'indicator.outOfRange',
              severity: 'error',
              sheet: v.name,
              cell,
              params: { no: h.no, score: p.value },
            });
        } else if (p.error === 'unreadable') {
          issues.push({
            code: 'indicator.unreadable',
            severity: 'warning',
            sheet: v.name,
            cell,
            params: { no: h.no, raw: String(raw) },
          });
        }
      }
      hits.push({
        no: h.no,
        label: h.label,
        r: h.r,
        c: h.c,
        scoreR: scoreC === null ? null : h.r,
        scoreC,
        reported,
        table: t,
      });
    }
  }
  return { tables, hits, issues };
}
