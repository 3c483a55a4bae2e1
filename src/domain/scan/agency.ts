/** The agency's name: องค์การบริหารส่วนตำบลX, เทศบาลตำบลX, อบต.X …, or a "หน่วยงาน: X" label; the majority spelling wins. */
import type { Issue } from '../types';
import type { Found } from './types';
import type { TextCell } from './year';

const KINDS: ReadonlyArray<{ re: string; full: string }> = [
  { re: 'องค์การบริหารส่วน\\s*ตำบล', full: 'องค์การบริหารส่วนตำบล' },
  { re: 'องค์การบริหารส่วน\\s*จังหวัด', full: 'องค์การบริหารส่วนจังหวัด' },
  { re: 'เทศบาล\\s*ตำบล', full: 'เทศบาลตำบล' },
  { re: 'เทศบาล\\s*เมือง', full: 'เทศบาลเมือง' },
  { re: 'เทศบาล\\s*นคร', full: 'เทศบาลนคร' },
  { re: 'อบต\\.\\s*', full: 'องค์การบริหารส่วนตำบล' },
  { re: 'อบจ\\.\\s*', full: 'องค์การบริหารส่วนจังหวัด' },
  { re: 'ทต\\.\\s*', full: 'เทศบาลตำบล' },
  { re: 'ทม\\.\\s*', full: 'เทศบาลเมือง' },
  { re: 'ทน\\.\\s*', full: 'เทศบาลนคร' },
];
// The name follows the kind directly (Thai letters and marks, no digits); a space ends it.
const NAME_RE = new RegExp(`(?:${KINDS.map((k) => `(${k.re})`).join('|')})([\\u0e01-\\u0e4e]+)`, 'g');
export const AGENCY_PREFILTER = /ตำบล|จังหวัด|เทศบาล|อบต|อบจ|ทต\.|ทม\.|ทน\.|หน่วยงาน|agency/i;
const LABEL_RE = /^\s*(?:ชื่อ)?หน่วยงาน\s*[:：]\s*(\S.*?)\s*$|^\s*agency(?:\s*name)?\s*[:：]\s*(\S.*?)\s*$/i;
const LABEL_ONLY = /^\s*(?:ชื่อ)?หน่วยงาน\s*[:：]?\s*$|^\s*agency(?:\s*name)?\s*[:：]?\s*$/i;
// Words that follow a bare kind in prose ("หน่วยงานประเภท องค์การบริหารส่วนตำบล โดย…"), never names.
const NOT_NAMES = /^(?:และ|หรือ|ใน|ที่|โดย|ของ|จำนวน|ทั่ว|ทุก|แห่ง|อำเภอ|จังหวัด|ต่าง)/;

export type AgencyMention = {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
  readonly typed: string;
};

/** Agency names mentioned in one text. `right` gives the cell right of a bare label ("หน่วยงาน" | X). */
export function agencyMentions(t: TextCell, right: () => { s: string; cell: string } | null): AgencyMention[] {
  if (!AGENCY_PREFILTER.test(t.s)) return [];
  const out: AgencyMention[] = [];
  const s = t.s.normalize('NFC');
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    const idx = m.slice(1, KINDS.length + 1).findIndex((g) => g !== undefined);
    // Typed without a space before the district: "…ตำบลตุนอำเภอกันทรารมย์".
    const name = m[KINDS.length + 1]!.split(/อำเภอ|จังหวัด/)[0]!;
    if (idx < 0 || !name || NOT_NAMES.test(name)) continue;
    out.push({ name: KINDS[idx]!.full + name, sheet: t.sheet, cell: t.cell, typed: m[0] });
  }
  if (out.length) return out;
  const lm = LABEL_RE.exec(s);
  const label = lm ? (lm[1] ?? lm[2] ?? null) : null;
  if (label && label.trim())
    out.push({ name: label.trim().replace(/\s+/g, ' '), sheet: t.sheet, cell: t.cell, typed: label });
  else if (LABEL_ONLY.test(s)) {
    const r = right();
    NAME_RE.lastIndex = 0;
    // A kind-and-name value ("อบต.ตุน") is found in its own cell; only a free-form name is taken here.
    if (r && r.s.trim() && !NAME_RE.test(r.s))
      out.push({ name: r.s.trim().replace(/\s+/g, ' '), sheet: t.sheet, cell: r.cell, typed: r.s });
  }
  return out;
}

/** The majority name; every other spelling gives one agency.conflict at its first cell. */
export function decideAgency(ms: readonly AgencyMention[]): { agency: Found<string> | null; issues: Issue[] } {
  if (!ms.length) return { agency: null, issues: [] };
  const tally = new Map<string, { n: number; first: AgencyMention }>();
  for (const m of ms) {
    const e = tally.get(m.name);
    if (e) e.n++;
    else tally.set(m.name, { n: 1, first: m });
  }
  const sorted = [...tally.values()].sort((a, b) => b.n - a.n);
  const top = sorted[0]!;
  const issues: Issue[] = sorted.slice(1).map((o) => ({
    code: 'agency.conflict',
    severity: 'warning',
    sheet: o.first.sheet,
    cell: o.first.cell,
    params: { name: top.first.name, other: o.first.name, otherCell: `${o.first.sheet}!${o.first.cell}` },
  }));
  return { agency: { value: top.first.name, sheet: top.first.sheet, cell: top.first.cell }, issues };
}
