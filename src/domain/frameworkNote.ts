/**
 * The framework's status in one line, for every sheet we publish, the pane and the CLI: which year's framework the
 * numbers follow, whether its facts are verified, third-party, inferred or assumed, where the assessment year came
 * from, and whether the user's own version of the framework was used. Derived from the data's confidence fields.
 */
import type { Framework, FrameworkInUse } from './framework';
import { message, type MessageCode } from './messages';
import type { Summary } from './summary';
import type { Lang } from './types';

/** Confidence classes a fact can have (data fields are free text starting with or containing one of these). */
export type ConfidenceKind = 'verified' | 'third-party' | 'inferred' | 'assumed' | 'unknown';

/** The class of a confidence text ("third-party (RTRDA headings)" → third-party); null when there is none. */
export function confidenceKind(text: string | undefined): ConfidenceKind | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (t.startsWith('verified')) return 'verified';
  if (t.includes('unknown')) return 'unknown';
  if (t.includes('assumed')) return 'assumed';
  if (t.includes('third-party')) return 'third-party';
  if (t.includes('inferred')) return 'inferred';
  return null;
}

const KIND_ORDER: readonly Exclude<ConfidenceKind, 'verified'>[] = ['third-party', 'inferred', 'assumed', 'unknown'];

/** Which kinds of unverified facts a framework holds (items, indicators, sub-indicators, its own inferred list). */
export function unverifiedKinds(fw: Framework): Exclude<ConfidenceKind, 'verified'>[] {
  const found = new Set<ConfidenceKind>();
  const add = (c: string | undefined): void => {
    const k = confidenceKind(c);
    if (k) found.add(k);
  };
  for (const it of fw.items) {
    if (it.unknown) found.add('unknown');
    add(it.confidence);
  }
  for (const ind of fw.indicators) {
    add(ind.confidence);
    for (const s of ind.sub ?? []) add(s.confidence);
  }
  if (fw.inferred?.length) found.add('inferred');
  if (fw.unknown?.length) found.add('unknown');
  return KIND_ORDER.filter((k) => found.has(k));
}

/** The catalogue sentence of a FrameworkInUse's reason (where the year came from). */
export function yearReason(fw: FrameworkInUse, lang: Lang): string {
  return message(fw.reason.code, lang, fw.reason.params);
}

/** The status word: ตรวจสอบแล้ว / ข้อมูลบางส่วน / สันนิษฐาน. */
export function statusLabel(fw: FrameworkInUse, lang: Lang): string {
  return message(`framework.status.${fw.status}` as MessageCode, lang);
}

/**
 * The line every published sheet shows: the framework, its status and what is not verified; where the year came
 * from when the workbook did not say it; the user's version when it was used. One sentence, Thai or English.
 */
export function frameworkNote(summary: Summary, lang: Lang): string {
  const fw = summary.framework;
  const parts: string[] = [];
  if (fw.status === 'verified') parts.push(message('framework.note.verified', lang, { year: fw.year }));
  else if (fw.status === 'assumed')
    parts.push(message('framework.note.assumed', lang, { requested: summary.year, year: fw.copyOf ?? fw.year }));
  else {
    const kinds = unverifiedKinds(fw).map((k) => message(`framework.note.kinds.${k}` as MessageCode, lang));
    parts.push(
      message('framework.note.partial', lang, { year: fw.year, kinds: kinds.join(lang === 'th' ? ' ' : ', ') }),
    );
  }
  if (summary.indicators.some((i) => i.source === 'estimate')) parts.push(message('framework.note.estimated', lang));
  else if (fw.status !== 'verified' && summary.indicators.some((i) => i.source === 'reported' && i.estimate !== null)) {
    parts.push(message('framework.note.stated', lang));
  }
  if (fw.source !== 'workbook') parts.push(yearReason(fw, lang));
  if (fw.origin.kind === 'workbook-sheet')
    parts.push(message('framework.note.userSheet', lang, { sheet: fw.origin.sheet }));
  if (fw.origin.kind === 'file') parts.push(message('framework.note.file', lang, { file: fw.origin.file }));
  return parts.join('; ');
}
