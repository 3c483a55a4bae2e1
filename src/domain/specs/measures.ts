/** The measures library (src/domain/data/measures.json): our own drafting of measures and per-item sentences, validated at load. */
import { interpolate } from '../messages';
import measuresData from '../data/measures.json';
import type { Framework, Text } from '../framework';
import { frameworkFor } from '../framework';

export type PhraseKey =
  | 'oitZero' | 'oitPartial' | 'survey' | 'missing' | 'indicator' | 'develop' | 'developIndicator' | 'maintain'
  | 'noWeak' | 'noWeakDevelop' | 'noStrong' | 'noData' | 'answeredItem' | 'answeredIndicator';

export const PHRASE_KEYS: readonly PhraseKey[] = [
  'oitZero', 'oitPartial', 'survey', 'missing', 'indicator', 'develop', 'developIndicator', 'maintain',
  'noWeak', 'noWeakDevelop', 'noStrong', 'noData', 'answeredItem', 'answeredIndicator',
];

/** What an item requires (gap), how to develop it, how to keep it: sentences for the analysis sheet. */
export type ItemTexts = { readonly gap: Text; readonly development: Text; readonly maintain: Text };

/** A step of a measure; with `items`, it is only listed when one of those items is weak. */
export type MeasureStep = Text & { readonly items?: readonly string[] };

export type MeasureTheme = {
  readonly id: string;
  readonly items: readonly string[];
  /** Indicators whose weakness alone calls for this measure (e.g. EIT 8, not recomputable from items). */
  readonly indicators: readonly number[];
  readonly measure: Text;
  readonly steps: readonly MeasureStep[];
  readonly owner: Text;
  /** Calendar months (10 = October) within the plan's fiscal year. */
  readonly period: { readonly from: number; readonly to: number };
};

export type MeasuresLibrary = {
  readonly year: number;
  readonly phrases: Readonly<Record<PhraseKey, Text>>;
  readonly items: Readonly<Record<string, ItemTexts>>;
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
  if (!t) { problems.push(`${where} missing`); return; }
  for (const f of ['gap', 'development', 'maintain'] as const) if (!isText(t[f])) problems.push(`${where}.${f} needs th and en`);
}

function checkTheme(th: Partial<MeasureTheme>, k: number, known: ReadonlySet<string>, problems: string[]): void {
  const id = typeof th.id === 'string' && th.id ? th.id : `#${k}`;
  if (typeof th.id !== 'string' || !th.id) problems.push(`theme ${id} has no id`);
  if (!Array.isArray(th.items)) problems.push(`theme ${id}: items missing`);
  if (!Array.isArray(th.indicators)) problems.push(`theme ${id}: indicators missing`);
  for (const f of ['measure', 'owner'] as const) if (!isText(th[f])) problems.push(`theme ${id}: ${f} needs th and en`);
  if (!Array.isArray(th.steps) || th.steps.length === 0) problems.push(`theme ${id}: steps missing`);
  else th.steps.forEach((s, j) => {
    if (!isText(s)) problems.push(`theme ${id}: step ${j + 1} needs th and en`);
    for (const c of s?.items ?? []) if (!th.items?.includes(c)) problems.push(`theme ${id}: step ${j + 1} names ${c}, not an item of the theme`);
  });
  if (!th.period || !isMonth(th.period.from) || !isMonth(th.period.to)) problems.push(`theme ${id}: period needs from/to months 1..12`);
  for (const c of th.items ?? []) if (!known.has(c)) problems.push(`theme ${id}: unknown item ${c}`);
}

/** Validate a measures library against a framework: phrases and sentences complete, every item in exactly one theme. */
export function validateMeasures(raw: unknown, fw: Framework): MeasuresLibrary {
  const lib = raw as Partial<MeasuresLibrary> | null;
  const problems: string[] = [];
  if (!lib || typeof lib !== 'object') throw new MeasuresError(['not an object']);
  for (const k of PHRASE_KEYS) if (!isText(lib.phrases?.[k])) problems.push(`phrase ${k} needs th and en`);
  const known = new Set(fw.items.map((i) => i.code));
  for (const c of known) checkTexts(`item ${c}`, lib.items?.[c], problems);
  for (const [no, t] of Object.entries(lib.indicators ?? {})) checkTexts(`indicator ${no}`, t, problems);
  if (!Array.isArray(lib.themes) || lib.themes.length === 0) problems.push('themes missing');
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  (lib.themes ?? []).forEach((th, k) => {
    checkTheme(th, k, known, problems);
    if (ids.has(th.id)) problems.push(`theme ${th.id} appears twice`);
    ids.add(th.id);
    for (const c of th.items ?? []) {
      if (owner.has(c)) problems.push(`item ${c} is in themes ${owner.get(c)} and ${th.id}`);
      owner.set(c, th.id);
    }
  });
  for (const c of known) if (!owner.has(c)) problems.push(`item ${c} is in no theme`);
  if (problems.length) throw new MeasuresError(problems);
  return lib as MeasuresLibrary;
}

let cached: MeasuresLibrary | undefined;
/** The shipped library, validated once against its framework year. */
export function measuresLibrary(): MeasuresLibrary {
  cached ??= validateMeasures(measuresData, frameworkFor((measuresData as { year: number }).year).framework);
  return cached;
}

/** Fill {placeholders} of a library phrase. */
/** Fill {placeholders} of a library text (the catalogue's own interpolation). */
export const fill = interpolate;
