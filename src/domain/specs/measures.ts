/** The measures library (src/domain/data/measures.json): our own drafting of measures and per-item sentences, validated at load. */
import { interpolate } from '../messages';
import { OFFICE_ROLES, type OfficeRole } from '../agency/titles';
import measuresData from '../data/measures.json';
import standingData from '../data/standing.json';
import type { Text } from '../framework';
import { knownTopics } from '../framework';

export type PhraseKey =
  | 'oitZero'
  | 'oitPartial'
  | 'survey'
  | 'missing'
  | 'indicator'
  | 'develop'
  | 'developIndicator'
  | 'maintain'
  | 'noWeak'
  | 'noWeakDevelop'
  | 'noStrong'
  | 'noData'
  | 'answeredItem'
  | 'answeredIndicator';

export const PHRASE_KEYS: readonly PhraseKey[] = [
  'oitZero',
  'oitPartial',
  'survey',
  'missing',
  'indicator',
  'develop',
  'developIndicator',
  'maintain',
  'noWeak',
  'noWeakDevelop',
  'noStrong',
  'noData',
  'answeredItem',
  'answeredIndicator',
];

/** What an item requires (gap), how to develop it, how to keep it: sentences for the analysis sheet. */
export type ItemTexts = { readonly gap: Text; readonly development: Text; readonly maintain: Text };

/** A step of a measure; with `topics`, it is only listed when an item on one of those topics is weak. */
export type MeasureStep = Text & { readonly topics?: readonly string[] };

export type MeasureTheme = {
  readonly id: string;
  /** The topics this measure answers (each year's items on them: framework.ts FrameworkItem.topic). */
  readonly topics: readonly string[];
  /** Indicators whose weakness alone calls for this measure (e.g. EIT 8, not recomputable from items). */
  readonly indicators: readonly number[];
  readonly measure: Text;
  readonly steps: readonly MeasureStep[];
  /** Who carries the measure, by kind of work: the office names come from the agency's type (agency/titles.json). */
  readonly roles: readonly OfficeRole[];
  /** Calendar months (10 = October) within the plan's fiscal year. */
  readonly period: { readonly from: number; readonly to: number };
};

export type MeasuresLibrary = {
  readonly phrases: Readonly<Record<PhraseKey, Text>>;
  /** Sentences per topic: the same for every year's item on that topic. */
  readonly topics: Readonly<Record<string, ItemTexts>>;
  readonly indicators: Readonly<Record<string, ItemTexts>>;
  readonly themes: readonly MeasureTheme[];
};

export class MeasuresError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Measures library is invalid: ${problems.join('; ')}`);
    this.name = 'MeasuresError';
  }
}

const isText = (t: unknown): t is Text => {
  const x = t as Partial<Text> | null;
  return !!x && typeof x.th === 'string' && x.th.trim() !== '' && typeof x.en === 'string' && x.en.trim() !== '';
};
const isMonth = (m: unknown): boolean => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12;

function checkTexts(where: string, raw: unknown, problems: string[]): void {
  const t = raw as Partial<ItemTexts> | undefined;
  if (!t) {
    problems.push(`${where} missing`);
    return;
  }
  for (const f of ['gap', 'development', 'maintain'] as const)
    if (!isText(t[f])) problems.push(`${where}.${f} needs th and en`);
}

function checkTheme(th: Partial<MeasureTheme>, k: number, known: ReadonlySet<string>, problems: string[]): void {
  const id = typeof th.id === 'string' && th.id ? th.id : `#${k}`;
  if (typeof th.id !== 'string' || !th.id) problems.push(`theme ${id} has no id`);
  if (!Array.isArray(th.topics)) problems.push(`theme ${id}: topics missing`);
  if (!Array.isArray(th.indicators)) problems.push(`theme ${id}: indicators missing`);
  if (!isText(th.measure)) problems.push(`theme ${id}: measure needs th and en`);
  if (!Array.isArray(th.roles) || th.roles.length === 0 || th.roles.some((r) => !OFFICE_ROLES.includes(r)))
    problems.push(`theme ${id}: roles must name offices (${OFFICE_ROLES.join(', ')})`);
  if (!Array.isArray(th.steps) || th.steps.length === 0) problems.push(`theme ${id}: steps missing`);
  else
    th.steps.forEach((s, j) => {
      if (!isText(s)) problems.push(`theme ${id}: step ${j + 1} needs th and en`);
      for (const c of s?.topics ?? [])
        if (!th.topics?.includes(c)) problems.push(`theme ${id}: step ${j + 1} names ${c}, not a topic of the theme`);
    });
  if (!th.period || !isMonth(th.period.from) || !isMonth(th.period.to))
    problems.push(`theme ${id}: period needs from/to months 1..12`);
  for (const c of th.topics ?? []) if (!known.has(c)) problems.push(`theme ${id}: unknown topic ${c}`);
}

/** Validate a measures library against the topics of the frameworks: phrases and sentences complete, every topic in exactly one theme. */
export function validateMeasures(raw: unknown, topics: ReadonlySet<string>): MeasuresLibrary {
  const lib = raw as Partial<MeasuresLibrary> | null;
  const problems: string[] = [];
  if (!lib || typeof lib !== 'object') throw new MeasuresError(['not an object']);
  for (const k of PHRASE_KEYS) if (!isText(lib.phrases?.[k])) problems.push(`phrase ${k} needs th and en`);
  for (const c of topics) checkTexts(`topic ${c}`, lib.topics?.[c], problems);
  for (const [no, t] of Object.entries(lib.indicators ?? {})) checkTexts(`indicator ${no}`, t, problems);
  if (!Array.isArray(lib.themes) || lib.themes.length === 0) problems.push('themes missing');
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  (lib.themes ?? []).forEach((th, k) => {
    checkTheme(th, k, topics, problems);
    if (ids.has(th.id)) problems.push(`theme ${th.id} appears twice`);
    ids.add(th.id);
    for (const c of th.topics ?? []) {
      if (owner.has(c)) problems.push(`topic ${c} is in themes ${owner.get(c)} and ${th.id}`);
      owner.set(c, th.id);
    }
  });
  for (const c of topics) if (!owner.has(c)) problems.push(`topic ${c} is in no theme`);
  if (problems.length) throw new MeasuresError(problems);
  return lib as MeasuresLibrary;
}

let cached: MeasuresLibrary | undefined;
/** The shipped library, validated once against the topics of every registered framework. */
export function measuresLibrary(): MeasuresLibrary {
  cached ??= validateMeasures(measuresData, knownTopics());
  return cached;
}

/** Fill {placeholders} of a library text (the catalogue's own interpolation). */
export const fill = interpolate;

/** A document due every year: the topic of the plan year's item it answers, the year it covers, the month it is due by. */
export type YearlyDocument = {
  readonly topic: string;
  readonly covers: 'plan' | 'previous';
  readonly by: number;
  readonly name: Text;
};

/** The measures every plan needs (src/domain/data/standing.json). */
export type StandingMeasures = {
  /** The library theme carrying out and reporting the measures themselves: in every plan. */
  readonly report: string;
  readonly yearly: {
    readonly measure: Text;
    readonly roles: readonly OfficeRole[];
    readonly ownerNote: Text;
    readonly period: { readonly from: number; readonly to: number };
    readonly documents: readonly YearlyDocument[];
  };
};

/** Validate the standing measures against the library (its report theme) and the known topics. */
export function validateStanding(raw: unknown, lib: MeasuresLibrary, topics: ReadonlySet<string>): StandingMeasures {
  const s = raw as Partial<StandingMeasures> | null;
  const problems: string[] = [];
  if (!s || typeof s !== 'object') throw new MeasuresError(['standing measures: not an object']);
  if (!lib.themes.some((t) => t.id === s.report))
    problems.push(`standing report theme ${String(s.report)} is not in the library`);
  const y = s.yearly;
  if (!y || !isText(y.measure) || !isText(y.ownerNote))
    problems.push('standing yearly: measure and ownerNote need th and en');
  if (!y?.roles?.length || y.roles.some((r) => !OFFICE_ROLES.includes(r)))
    problems.push('standing yearly: roles must name offices');
  if (!y?.period || !isMonth(y.period.from) || !isMonth(y.period.to))
    problems.push('standing yearly: period needs months');
  (y?.documents ?? []).forEach((doc, k) => {
    if (!topics.has(doc.topic)) problems.push(`standing document ${k + 1}: unknown topic ${doc.topic}`);
    if (doc.covers !== 'plan' && doc.covers !== 'previous')
      problems.push(`standing document ${k + 1}: covers must be plan or previous`);
    if (!isMonth(doc.by)) problems.push(`standing document ${k + 1}: by must be a month`);
    if (!isText(doc.name) || !doc.name.th.includes('{year}') || !doc.name.en.includes('{year}'))
      problems.push(`standing document ${k + 1}: name needs th and en with {year}`);
  });
  if (!y?.documents?.length) problems.push('standing yearly: documents missing');
  if (problems.length) throw new MeasuresError(problems);
  return s as StandingMeasures;
}

let standingCached: StandingMeasures | undefined;
/** The shipped standing measures, validated once. */
export function standingMeasures(): StandingMeasures {
  standingCached ??= validateStanding(standingData, measuresLibrary(), knownTopics());
  return standingCached;
}
