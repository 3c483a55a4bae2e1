/** What `analyze` and `batch` read from their options alike: the option words, a year, a threshold. */
import type { MessageCode } from '../domain/messages';

/** A fiscal year (พ.ศ.) as the options take it. */
export const YEAR = /^(25\d\d|26\d\d)$/;

export type Options = { readonly opts: Record<string, string | true>; readonly positional: string[] };
export type OptionError = { readonly code: MessageCode; readonly params: Record<string, string> };

/** Split arguments into options (`-o` is `--output`) and the rest; an unknown option or a missing value is an error. */
export function readOptions(
  rest: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
): Options | OptionError {
  const opts: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (valued.has(a)) {
      const v = rest[i + 1];
      if (v === undefined || (v.startsWith('-') && v.length > 1))
        return { code: 'usage.missingValue', params: { option: a } };
      opts[a === '-o' ? '--output' : a] = v;
      i++;
    } else if (flags.has(a)) opts[a] = true;
    else if (a.startsWith('-') && a.length > 1) return { code: 'usage.unknownOption', params: { option: a } };
    else positional.push(a);
  }
  return { opts, positional };
}

/** `--oit-weak-below` and `--pass-line`: numbers from 0 to 100, when given. */
export function thresholdOptions(
  opts: Readonly<Record<string, string | true>>,
): { readonly oitWeakBelow?: number; readonly passLine?: number } | OptionError {
  const out: { oitWeakBelow?: number; passLine?: number } = {};
  for (const [option, key] of [
    ['--oit-weak-below', 'oitWeakBelow'],
    ['--pass-line', 'passLine'],
  ] as const) {
    const v = opts[option];
    if (v === undefined) continue;
    const n = Number(v);
    if (!(typeof v === 'string' && Number.isFinite(n) && n >= 0 && n <= 100)) {
      return { code: 'usage.badNumber', params: { option, value: String(v) } };
    }
    out[key] = n;
  }
  return out;
}
