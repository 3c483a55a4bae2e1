/**
 * What a number format code says about its number: a percentage (shown ×100), a date or time, or a plain number.
 * Both adapters judge by it: the xlsx one the codes of styles.xml, the office one Range.numberFormat.
 */
export const enum NumKind {
  Plain = 0,
  Percent = 1,
  Date = 2,
}

/** The kind of a format code: quoted text, escaped characters and [colour]/[$-locale] sections do not count. */
export function kindOfCode(code: string): NumKind {
  // Only the first section decides (positive numbers): "0%;[Red]-0%".
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '');
  const first = bare.split(';')[0] ?? '';
  if (/%/.test(first)) return NumKind.Percent;
  if (/general/i.test(first)) return NumKind.Plain;
  if (/[ymdhsbe]|\[h+\]|\[m+\]|\[s+\]/i.test(first.replace(/E[+-]/g, ''))) return NumKind.Date;
  return NumKind.Plain;
}
