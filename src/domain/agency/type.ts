/**
 * The kind of agency, from its name: the titles, offices and signatures of the documents we write depend on it
 * (นายก อบต. / นายกเทศมนตรี / นายก อบจ.; ปลัด …). Local administrative organisations (อปท.) first: over 7,000 of the
 * ~8,300 agencies NACC assesses each year.
 */
export type AgencyType =
  | 'sao' // องค์การบริหารส่วนตำบล (อบต.)
  | 'subdistrict-municipality' // เทศบาลตำบล (ทต.)
  | 'town-municipality' // เทศบาลเมือง (ทม.)
  | 'city-municipality' // เทศบาลนคร (ทน.)
  | 'pao' // องค์การบริหารส่วนจังหวัด (อบจ.)
  | 'bangkok' // กรุงเทพมหานคร
  | 'pattaya' // เมืองพัทยา
  | 'other'; // any other agency (ministries, departments, public organisations, universities…)

export const AGENCY_TYPES: readonly AgencyType[] = [
  'sao',
  'subdistrict-municipality',
  'town-municipality',
  'city-municipality',
  'pao',
  'bangkok',
  'pattaya',
  'other',
];

/** Is it a local administrative organisation (อปท.)? */
export function isLocal(t: AgencyType): boolean {
  return t !== 'other';
}

// Order matters: the specific municipality kinds before a bare "เทศบาล", full names before abbreviations.
const RULES: ReadonlyArray<readonly [RegExp, AgencyType]> = [
  [/องค์การบริหารส่วน\s*ตำบล|^\s*อบต\.?|(?:^|\s)อบต\./, 'sao'],
  [/องค์การบริหารส่วน\s*จังหวัด|^\s*อบจ\.?|(?:^|\s)อบจ\./, 'pao'],
  [/เทศบาล\s*ตำบล|^\s*ทต\.|(?:^|\s)ทต\./, 'subdistrict-municipality'],
  [/เทศบาล\s*เมือง|^\s*ทม\.|(?:^|\s)ทม\./, 'town-municipality'],
  [/เทศบาล\s*นคร|^\s*ทน\.|(?:^|\s)ทน\./, 'city-municipality'],
  [/กรุงเทพมหานคร|^\s*กทม\.?\s*$/, 'bangkok'],
  [/เมืองพัทยา/, 'pattaya'],
  [/\bsubdistrict administrative organi[sz]ation\b|\bSAO\b/i, 'sao'],
  [/\bprovincial administrative organi[sz]ation\b|\bPAO\b/i, 'pao'],
  [/\bsubdistrict municipality\b/i, 'subdistrict-municipality'],
  [/\btown municipality\b/i, 'town-municipality'],
  [/\bcity municipality\b/i, 'city-municipality'],
];

/** The agency type a name says (Thai or English, full or abbreviated); 'other' when it names none. */
export function agencyTypeOf(name: string | null | undefined): AgencyType {
  if (!name) return 'other';
  const s = name.normalize('NFC');
  for (const [re, t] of RULES) if (re.test(s)) return t;
  return 'other';
}
