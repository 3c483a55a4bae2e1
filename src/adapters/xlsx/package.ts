/**
 * The .xlsx as an OPC package: what kind of file the bytes are, its parts (found case-insensitively, as OPC names
 * are), relationships and content types, and inflating a part under the limits (limits.ts) — each part's declared
 * size and compression ratio are judged on the zip directory before a byte of it is inflated.
 */
import { fflateCodec, SizeExceeded, type Codec } from './codec';
import { LIMITS, LimitError, mb, type Limits } from './limits';
import { attrs, local, tokenize, type XmlSink } from './xml';
import { rawData, readZip, ZipError, type ZipEntry } from './zip';

export type InputKind = 'xlsx' | 'xls-legacy' | 'encrypted' | 'not-xlsx' | 'corrupt' | 'empty-file';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function bytesOf(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

/** Does the UTF-16LE form of `name` occur in b? (CFB directory entries store stream names so.) */
function hasUtf16Name(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++)
      if (b[i + j * 2] !== name.charCodeAt(j) || b[i + j * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * What the bytes are: an .xlsx (zip with a workbook part), a legacy .xls or a password-protected OOXML file
 * (both are CFB containers; the encrypted one holds an "EncryptionInfo" stream), or something else.
 * Reads only the zip directory.
 */
export async function classifyInput(data: Uint8Array | ArrayBuffer, fileName = ''): Promise<InputKind> {
  const b = bytesOf(data);
  if (b.length === 0) return 'empty-file';
  if (startsWith(b, CFB_SIGNATURE)) return hasUtf16Name(b, 'EncryptionInfo') ? 'encrypted' : 'xls-legacy';
  if (!startsWith(b, [0x50, 0x4b])) return 'not-xlsx';
  let names: Set<string>;
  try {
    names = new Set(readZip(b).map((e) => e.name.toLowerCase()));
  } catch (e) {
    if (e instanceof LimitError) return 'xlsx'; // a zip, too big to list: openXlsx says which limit
    return /\.xls[xm]$/i.test(fileName) ? 'corrupt' : 'not-xlsx';
  }
  if (
    names.has('[content_types].xml') &&
    [...names].some((n) => /^xl\/[^/]*workbook[^/]*\.xml$/.test(n) || n === '_rels/.rels')
  ) {
    if (names.has('xl/workbook.bin')) return 'not-xlsx';
    return 'xlsx';
  }
  // A Word/PowerPoint/ODF/binary-workbook package is a different file, not a damaged workbook.
  if (
    names.has('word/document.xml') ||
    names.has('ppt/presentation.xml') ||
    names.has('mimetype') ||
    names.has('xl/workbook.bin')
  )
    return 'not-xlsx';
  return /\.(xlsx|xlsm|zip)$/i.test(fileName) || fileName === '' ? 'corrupt' : 'not-xlsx';
}

// ---------------------------------------------------------------- OPC

export type Rel = { readonly id: string; readonly type: string; readonly target: string; readonly external: boolean };

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; "" (the package) → _rels/.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target as a part name (no leading slash), relative to the source part's folder. */
export function resolveTarget(source: string, target: string): string {
  let t = target.split('#')[0]!;
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as written
  }
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** A target written relative to the source part's folder (what we put in the relationships we add). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function parseRels(xml: string): Rel[] {
  const out: Rel[] = [];
  tokenize(
    xml,
    0,
    {
      open(name, raw) {
        if (local(name) !== 'Relationship') return;
        const a = attrs(raw);
        if (a['Id'] !== undefined && a['Target'] !== undefined) {
          out.push({
            id: a['Id'],
            type: a['Type'] ?? '',
            target: a['Target'],
            external: (a['TargetMode'] ?? '').toLowerCase() === 'external',
          });
        }
      },
      close() {},
      text() {},
    },
    true,
  );
  return out;
}

/** "…/relationships/worksheet" → "worksheet" (transitional and strict namespaces alike). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export type ContentTypes = {
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
};

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  tokenize(
    xml,
    0,
    {
      open(name, raw) {
        const n = local(name);
        if (n !== 'Default' && n !== 'Override') return;
        const a = attrs(raw);
        if (n === 'Default' && a['Extension']) defaults.set(a['Extension'].toLowerCase(), a['ContentType'] ?? '');
        if (n === 'Override' && a['PartName'])
          overrides.set(a['PartName'].replace(/^\//, '').toLowerCase(), a['ContentType'] ?? '');
      },
      close() {},
      text() {},
    },
    true,
  );
  return { defaults, overrides };
}

export function contentTypeOf(ct: ContentTypes, part: string): string {
  const lower = part.toLowerCase();
  return ct.overrides.get(lower) ?? ct.defaults.get(lower.slice(lower.lastIndexOf('.') + 1)) ?? '';
}

// ---------------------------------------------------------------- the package

/** What a part's failure says: the part's name, and the sheet it holds when there is one. */
export type PartLabel = (part: string) => string;

/** The zip and what reading it has cost so far (inflated bytes count against the total limit). */
export class Package {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;
  label: PartLabel = (p) => p;

  constructor(
    readonly bytes: Uint8Array,
    readonly codec: Codec = fflateCodec,
    readonly limits: Limits = { ...LIMITS },
  ) {
    try {
      this.entries = readZip(bytes);
    } catch (e) {
      if (e instanceof ZipError) throw new LimitError('input.corrupt', {});
      throw e;
    }
    for (const e of this.entries) {
      if (e.name.endsWith('/')) continue;
      this.byName.set(e.name.toLowerCase(), e);
    }
  }

  /** The entry of a part (OPC names are case-insensitive); undefined when absent. */
  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.replace(/^\//, '').toLowerCase());
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  /** Judge a part on its directory entry before inflating it: size, ratio, and what every part read so far cost. */
  private admit(e: ZipEntry, whole: boolean): void {
    const L = this.limits;
    const part = this.label(e.name);
    if (e.flags & 1) throw new LimitError('input.encrypted', {});
    if (e.method !== 0 && e.method !== 8)
      throw new LimitError('input.partCorrupt', { part, reason: `method ${e.method}` });
    const max = whole ? L.maxWholePartBytes : L.maxPartBytes;
    if (e.size > max) throw new LimitError('input.partTooLarge', { part, size: mb(e.size), limit: mb(max) });
    if (e.size >= L.ratioFloorBytes && e.size > e.compressedSize * L.maxRatio) {
      throw new LimitError('input.zipBomb', {
        part,
        ratio: Math.round(e.size / Math.max(1, e.compressedSize)),
        packed: mb(e.compressedSize),
        size: mb(e.size),
        limit: L.maxRatio,
      });
    }
    if (this.inflated + e.size > L.maxTotalBytes)
      throw new LimitError('input.totalTooLarge', { part, limit: mb(L.maxTotalBytes) });
    this.inflated += e.size;
  }

  /** Inflate a part in chunks (held to its declared size). */
  async stream(part: string, onChunk: (chunk: Uint8Array) => void, whole = false): Promise<void> {
    const e = this.entry(part);
    if (!e) throw new LimitError('input.partMissing', { part: this.label(part) });
    this.admit(e, whole);
    let data: Uint8Array;
    try {
      data = rawData(this.bytes, e);
    } catch {
      throw new LimitError('input.partCorrupt', { part: this.label(e.name), reason: 'outside the file' });
    }
    if (e.method === 0) {
      if (data.length !== e.size)
        throw new LimitError('input.partCorrupt', { part: this.label(e.name), reason: 'size' });
      onChunk(data);
      return;
    }
    try {
      await this.codec.inflate(data, e.size, onChunk);
    } catch (err) {
      if (err instanceof SizeExceeded)
        throw new LimitError('input.sizeMismatch', { part: this.label(e.name), size: mb(e.size) });
      if (err instanceof LimitError) throw err;
      throw new LimitError('input.partCorrupt', {
        part: this.label(e.name),
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }

  /** A whole part's bytes. */
  async bytesOf(part: string): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let n = 0;
    await this.stream(
      part,
      (c) => {
        chunks.push(c);
        n += c.length;
      },
      true,
    );
    if (chunks.length === 1) return chunks[0]!;
    const out = new Uint8Array(n);
    let p = 0;
    for (const c of chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }

  /** A whole part as text (UTF-8; a UTF-16 part, which the format allows, by its byte-order mark). */
  async text(part: string): Promise<string> {
    return decodeXml(await this.bytesOf(part));
  }

  /** Stream a part as text chunks (a character is never split between chunks). */
  async streamText(part: string, onText: (chunk: string) => void): Promise<void> {
    let dec: TextDecoder | null = null;
    await this.stream(part, (c) => {
      if (!dec)
        dec = new TextDecoder(
          c[0] === 0xff && c[1] === 0xfe ? 'utf-16le' : c[0] === 0xfe && c[1] === 0xff ? 'utf-16be' : 'utf-8',
        );
      const s = dec.decode(c, { stream: true });
      if (s) onText(s);
    });
    if (dec) {
      const rest = (dec as TextDecoder).decode();
      if (rest) onText(rest);
    }
  }

  /** Stream a part through the XML tokenizer: a markup split between chunks is carried over to the next one. */
  async streamXml(part: string, sink: XmlSink): Promise<void> {
    let carry = '';
    await this.streamText(part, (chunk) => {
      const buf = carry.length ? carry + chunk : chunk;
      const stop = tokenize(buf, 0, sink);
      carry = stop < buf.length ? buf.slice(stop) : '';
    });
    if (carry) tokenize(carry, 0, sink, true);
  }

  /** Names of every part (no folders), in stored order. */
  partNames(): string[] {
    return this.entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
  }
}

export function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return new TextDecoder('utf-8').decode(b); // drops a UTF-8 byte-order mark
}
