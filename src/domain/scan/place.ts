/** The district (อำเภอ/เขต) and province (จังหวัด) the workbook names for the agency; the majority spelling wins. */
import type { Found } from './types';
import type { TextCell } from './year';

export const PLACE_PREFILTER = /อำเภอ|จังหวัด|เขต|อ\.|จ\./;
// A place name: Thai letters and marks, ended by a space, a digit or punctuation.
const NAME = '([\\u0e01-\\u0e4e]+)';
// "จังหวัด" of "องค์การบริหารส่วนจังหวัด" names the agency's kind, not a province.
const PROVINCE = new RegExp(`(?<!ส่วน\\s*)จังหวัด\\s*${NAME}`, 'g');
const DISTRICT = new RegExp(`อำเภอ\\s*${NAME}`, 'g');
// Abbreviated (อ.กันทรารมย์ จ.ศรีสะเกษ): trusted only as a pair in one text.
const ABBREVIATED = new RegExp(`(?:^|\\s)อ\\.\\s*${NAME}\\s+จ\\.\\s*${NAME}`);
// Words that follow อำเภอ/จังหวัด in prose ("ระดับจังหวัด และ…", "ทุกอำเภอ"), never names.
const NOT_NAMES = /^(?:และ|หรือ|ใน|ที่|โดย|ของ|จำนวน|ทั่ว|ทุก|แห่ง|ต่าง|เดียว|นั้น|นี้|เป็น|ได้|ให้|ซึ่ง)/;

export type PlaceMention = {
  readonly kind: 'district' | 'province';
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
};

function clean(name: string): string | null {
  // "ศรีสะเกษในปีงบประมาณ" typed without a space: cut at a word that cannot be part of a place name.
  const cut = name.split(/(?=ในปี|ประจำปี|ปีงบประมาณ|เพื่อ|โดย|และ|ซึ่ง)/)[0]!;
  return cut && !NOT_NAMES.test(cut) && cut.length >= 2 ? cut : null;
}

/** Districts and provinces named in one text. */
export function placeMentions(t: TextCell): PlaceMention[] {
  if (!PLACE_PREFILTER.test(t.s)) return [];
  const s = t.s.normalize('NFC');
  const out: PlaceMention[] = [];
  for (const [re, kind] of [
    [DISTRICT, 'district'],
    [PROVINCE, 'province'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const name = clean(m[1]!);
      if (name) out.push({ kind, name, sheet: t.sheet, cell: t.cell });
    }
  }
  const a = ABBREVIATED.exec(s);
  if (a) {
    const d = clean(a[1]!);
    const p = clean(a[2]!);
    if (d) out.push({ kind: 'district', name: d, sheet: t.sheet, cell: t.cell });
    if (p) out.push({ kind: 'province', name: p, sheet: t.sheet, cell: t.cell });
  }
  return out;
}

/** The most frequent district and province (first seen wins a tie). */
export function decidePlaces(ms: readonly PlaceMention[]): {
  district: Found<string> | null;
  province: Found<string> | null;
} {
  const pick = (kind: PlaceMention['kind']): Found<string> | null => {
    const tally = new Map<string, { n: number; first: PlaceMention }>();
    for (const m of ms) {
      if (m.kind !== kind) continue;
      const e = tally.get(m.name);
      if (e) e.n++;
      else tally.set(m.name, { n: 1, first: m });
    }
    const top = [...tally.values()].sort((a, b) => b.n - a.n)[0];
    return top ? { value: top.first.name, sheet: top.first.sheet, cell: top.first.cell } : null;
  };
  return { district: pick('district'), province: pick('province') };
}
