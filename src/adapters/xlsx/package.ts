/**
 * Looks at the raw file before exceljs touches it: what kind of file it is, and which package parts
 * exceljs would drop on a rewrite (charts, pivots, VBA…), so a user's workbook is never silently damaged.
 */
import JSZip from 'jszip';

export type InputKind = 'xlsx' | 'xls-legacy' | 'encrypted' | 'not-xlsx' | 'corrupt' | 'empty-file';

export type UnsupportedKind = 'chart' | 'pivot' | 'drawing' | 'vba' | 'webextension' | 'slicer' | 'customXml' | 'other';
export type UnsupportedPart = { readonly part: string; readonly kind: UnsupportedKind };

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function bytesOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Does the UTF-16LE form of `name` occur in b? (CFB directory entries store stream names so.) */
function hasUtf16Name(b: Uint8Array, name: string): boolean {
  const pat = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pat[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + pat.length <= b.length; i++) {
    for (let j = 0; j < pat.length; j++) if (b[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What the bytes are: an .xlsx (zip with xl/workbook.xml), a legacy .xls or a password-protected OOXML file
 * (both are CFB containers; the encrypted one holds an "EncryptionInfo" stream), or something else.
 */
export async function classifyInput(data: Uint8Array | ArrayBuffer, fileName = ''): Promise<InputKind> {
  const b = bytesOf(data);
  if (b.length === 0) return 'empty-file';
  if (startsWith(b, CFB_SIGNATURE)) return hasUtf16Name(b, 'EncryptionInfo') ? 'encrypted' : 'xls-legacy';
  if (!startsWith(b, [0x50, 0x4b])) return 'not-xlsx';
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(b);
  } catch {
    return /\.xls[xm]$/i.test(fileName) ? 'corrupt' : 'not-xlsx';
  }
  if (zip.file('xl/workbook.xml')) return 'xlsx';
  // A Word/PowerPoint/ODF/binary-workbook package is a different file, not a damaged workbook.
  if (zip.file('word/document.xml') || zip.file('ppt/presentation.xml') || zip.file('mimetype') || zip.file('xl/workbook.bin')) return 'not-xlsx';
  return /\.(xlsx|xlsm|zip)$/i.test(fileName) || fileName === '' ? 'corrupt' : 'not-xlsx';
}

const RULES: readonly [RegExp, UnsupportedKind][] = [
  [/^xl\/charts\//, 'chart'],
  [/^xl\/chartsheets\//, 'chart'],
  [/^xl\/pivotTables\//, 'pivot'],
  [/^xl\/pivotCache\//, 'pivot'],
  [/^xl\/vbaProject\.bin$/, 'vba'],
  [/^xl\/webextensions\//, 'webextension'],
  [/^xl\/slicers\//, 'slicer'],
  [/^xl\/slicerCaches\//, 'slicer'],
  [/^xl\/timelines\//, 'slicer'],
  [/^xl\/timelineCaches\//, 'slicer'],
  [/^customXml\//, 'customXml'],
  [/^xl\/(activeX|ctrlProps|embeddings|diagrams|externalLinks|queryTables|model|richData|threadedComments|persons|customData)\//, 'other'],
  [/^xl\/connections\.xml$/, 'other'],
  [/^docProps\/custom\.xml$/, 'other'],
];

/**
 * Parts of the ORIGINAL package that exceljs does not carry through a rewrite. Drawings that only hold
 * pictures survive (exceljs keeps images); drawings with shapes, text boxes, charts or groups do not.
 */
export async function inspectPackage(data: Uint8Array | ArrayBuffer): Promise<{ unsupported: UnsupportedPart[] }> {
  const zip = await JSZip.loadAsync(bytesOf(data));
  const unsupported: UnsupportedPart[] = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir).sort();
  for (const part of names) {
    if (part.endsWith('.rels')) continue;
    const rule = RULES.find(([re]) => re.test(part));
    if (rule) {
      unsupported.push({ part, kind: rule[1] });
      continue;
    }
    if (/^xl\/drawings\/drawing\d*\.xml$/.test(part)) {
      const xml = await zip.file(part)!.async('string');
      if (/<(\w+:)?(sp|graphicFrame|grpSp|cxnSp|contentPart)[\s>]/.test(xml)) unsupported.push({ part, kind: 'drawing' });
    }
  }
  return { unsupported };
}
