/**
 * Titles and offices of an agency, by its type (type.ts): the head who approves the document (นายก อบต. /
 * นายกเทศมนตรี / นายก อบจ. …), the ปลัด who reviews it, and the office that typically carries each kind of work
 * (the measures plan's owners). The facts are data: src/domain/agency/titles.json.
 */
import type { Text } from '../framework';
import titlesData from './titles.json';
import { agencyTypeOf, type AgencyType } from './type';

/** The kinds of work a measure gives to an office. */
export type OfficeRole =
  'secretary' | 'planning' | 'personnel' | 'finance' | 'procurement' | 'works' | 'pr' | 'it' | 'legal' | 'audit';

type TypeData = {
  readonly kind: Text;
  readonly head: Text;
  readonly clerk: Text | null;
  readonly law: Text;
  readonly offices: Readonly<Record<OfficeRole, Text>>;
};
const DATA = titlesData as unknown as {
  readonly roles: readonly OfficeRole[];
  readonly types: Readonly<Record<AgencyType, TypeData>>;
};

export const OFFICE_ROLES: readonly OfficeRole[] = DATA.roles;

export type AgencyTitles = {
  readonly type: AgencyType;
  /** The agency's name as the documents print it (abbreviations written out: อบต.ตุน → องค์การบริหารส่วนตำบลตุน). */
  readonly name: string | null;
  /** The name without its kind (ตุน), when the name has a kind. */
  readonly place: string | null;
  readonly kind: Text;
  /** Who heads the agency and approves the document (นายกองค์การบริหารส่วนตำบลตุน). */
  readonly head: Text;
  /** Who heads its administration and reviews the document (ปลัดองค์การบริหารส่วนตำบลตุน); null when the type has none. */
  readonly clerk: Text | null;
  /** The act founding this type of agency (where its powers and duties are written). */
  readonly law: Text;
  /** The office that typically carries a kind of work in this type of agency. */
  readonly office: (role: OfficeRole) => Text;
};

// The kind as typed (full or abbreviated) at the start of a name, and its full form.
const KIND_PREFIX: ReadonlyArray<readonly [RegExp, string]> = [
  [/^องค์การบริหารส่วน\s*ตำบล\s*/, 'องค์การบริหารส่วนตำบล'],
  [/^องค์การบริหารส่วน\s*จังหวัด\s*/, 'องค์การบริหารส่วนจังหวัด'],
  [/^เทศบาล\s*ตำบล\s*/, 'เทศบาลตำบล'],
  [/^เทศบาล\s*เมือง\s*/, 'เทศบาลเมือง'],
  [/^เทศบาล\s*นคร\s*/, 'เทศบาลนคร'],
  [/^อบต\.\s*/, 'องค์การบริหารส่วนตำบล'],
  [/^อบจ\.\s*/, 'องค์การบริหารส่วนจังหวัด'],
  [/^ทต\.\s*/, 'เทศบาลตำบล'],
  [/^ทม\.\s*/, 'เทศบาลเมือง'],
  [/^ทน\.\s*/, 'เทศบาลนคร'],
];

const fill = (t: Text, p: Readonly<Record<string, string>>): Text => ({
  th: t.th.replace(/\{(\w+)\}/g, (m, k: string) => p[k] ?? m),
  en: t.en.replace(/\{(\w+)\}/g, (m, k: string) => p[k] ?? m),
});

/** The agency's name split into its kind (written out) and its place name. */
export function splitAgencyName(name: string): { full: string; place: string | null } {
  const s = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const [re, full] of KIND_PREFIX) {
    const m = re.exec(s);
    if (m) {
      const place = s.slice(m[0].length).trim();
      return place ? { full: full + place, place } : { full: s, place: null };
    }
  }
  return { full: s, place: null };
}

/** Titles and offices for an agency named `name` (null: an agency not named, titles of the generic kind). */
export function agencyTitles(name: string | null | undefined): AgencyTitles {
  const type = agencyTypeOf(name);
  const d = DATA.types[type];
  const split = name ? splitAgencyName(name) : null;
  const place = split?.place ?? null;
  const full = split?.full ?? null;
  const p = { place: place ?? '', agency: full ?? d.kind.en };
  // Without a place name (an English or unusual name) the head is named by the agency's whole name.
  const head =
    place || type === 'bangkok' || type === 'pattaya' || type === 'other'
      ? fill(d.head, p)
      : { th: `${d.head.th.replace('{place}', '')} ${full ?? ''}`.trim(), en: fill(d.head, p).en };
  const clerk = d.clerk
    ? place || type === 'bangkok' || type === 'pattaya'
      ? fill(d.clerk, p)
      : { th: `${d.clerk.th.replace('{place}', '')} ${full ?? ''}`.trim(), en: fill(d.clerk, p).en }
    : null;
  return { type, name: full, place, kind: d.kind, head, clerk, law: d.law, office: (role) => d.offices[role] };
}
