/**
 * Looking at a written package without our own reader: parts unzipped by jszip (another library), sheet parts found
 * through workbook.xml and its relationships, elements counted in the XML text. What the tests compare part by part.
 */
import JSZip from 'jszip';

export type Parts = Map<string, Uint8Array>;

/** Every part (no folders) by name, unzipped. */
export async function unzipParts(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = new Map();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('uint8array'));
  return out;
}

export const text = (parts: Parts, name: string): string =>
  new TextDecoder().decode(parts.get(name) ?? new Uint8Array(0));

const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Sheet name → its part, through xl/workbook.xml and its relationships. */
export function sheetParts(parts: Parts): Map<string, string> {
  const wb = text(parts, 'xl/workbook.xml');
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[1]!)?.[1];
    const rid = /\s[\w]+:id="([^"]*)"/.exec(m[1]!)?.[1];
    const rel = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
      .map((r) => r[1]!)
      .find((r) => new RegExp(`\\sId="${rid}"`).test(r));
    const target = rel ? /\sTarget="([^"]*)"/.exec(rel)?.[1] : undefined;
    if (name !== undefined && target)
      out.set(unescape(name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

export function sheetXml(parts: Parts, name: string): string {
  const part = sheetParts(parts).get(name);
  if (!part) throw new Error(`no sheet ${name}`);
  return text(parts, part);
}

export const count = (xml: string, re: RegExp): number => [...xml.matchAll(re)].length;

export const ruleCount = (xml: string): number => count(xml, /<(?:\w+:)?cfRule\b/g);
export const mergedRanges = (xml: string): string[] =>
  [...xml.matchAll(/<(?:\w+:)?mergeCell\s+ref="([^"]+)"/g)].map((m) => m[1]!);
/** Width of a 0-based column from <col min max width>, or undefined. */
export function columnWidth(xml: string, col: number): number | undefined {
  for (const m of xml.matchAll(/<(?:\w+:)?col\b([^>]*)\/?>/g)) {
    const a = m[1]!;
    const min = Number(/\smin="(\d+)"/.exec(a)?.[1]);
    const max = Number(/\smax="(\d+)"/.exec(a)?.[1]);
    if (col + 1 >= min && col + 1 <= max) return Number(/\swidth="([\d.]+)"/.exec(a)?.[1]);
  }
  return undefined;
}

/** Parts that differ between two packages, and parts only in one. */
export function diffParts(a: Parts, b: Parts): { changed: string[]; onlyA: string[]; onlyB: string[] } {
  const changed: string[] = [];
  const onlyA: string[] = [];
  for (const [name, data] of a) {
    const other = b.get(name);
    if (!other) onlyA.push(name);
    else if (Buffer.compare(Buffer.from(data), Buffer.from(other)) !== 0) changed.push(name);
  }
  const onlyB = [...b.keys()].filter((n) => !a.has(n));
  return { changed: changed.sort(), onlyA: onlyA.sort(), onlyB: onlyB.sort() };
}

/**
 * Is `after` exactly `before` with text inserted (and nothing removed or changed)? Returns the inserted pieces, or
 * null when something of `before` is missing.
 */
export function insertionsOnly(before: string, after: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  // Greedy: walk both; when they differ, the inserted piece ends where `before` resumes (found by a 12-char probe;
  // a wrong guess can only make the check fail, never pass: every character of `before` is matched in order).
  while (i < before.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
      continue;
    }
    // The longest probe that occurs (two insertions may sit closer together than a long probe).
    let k = -1;
    for (const len of [12, 6, 3, 1]) {
      k = after.indexOf(before.slice(i, i + len), j);
      if (k >= 0) break;
    }
    if (k < 0) return null;
    out.push(after.slice(j, k));
    j = k;
  }
  if (j < after.length) out.push(after.slice(j));
  return out;
}
