/**
 * The zip container of an .xlsx, read from its central directory and written back with the parts we do not touch
 * copied as their original compressed bytes (never inflated, so byte-identical and free). Compression itself is a
 * Codec (codec.ts): fflate in the browser, Node's zlib on the command line.
 *
 * Sizes are checked here, on the directory, before anything is inflated (see limits.ts); inflating then holds each
 * part to the size its directory entry declares, so a zip bomb that lies about its sizes is stopped at the lie.
 */
import { crc32 } from './crc32';
import { LIMITS, LimitError } from './limits';

export type ZipEntry = {
  readonly name: string;
  /** The name as stored (kept for raw copies, so a name in a legacy code page survives unchanged). */
  readonly nameBytes: Uint8Array;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly time: number;
  readonly date: number;
  /** Offset of the local header. */
  readonly offset: number;
};

export class ZipError extends Error {
  constructor(
    readonly reason: 'notZip' | 'corrupt' | 'encryptedEntry' | 'method',
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 2 ** 32;

const utf8 = new TextDecoder('utf-8');
const latin = new TextDecoder('latin1');

function findEocd(b: Uint8Array): number {
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The entries of a zip, from its central directory (local headers are only read for the data offset). */
export function readZip(b: Uint8Array): ZipEntry[] {
  const eocd = findEocd(b);
  if (eocd < 0) throw new ZipError('notZip', 'no end of central directory');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  // Zip64: the locator sits just before the classic record.
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === 0x07064b50) {
    const z = u64(b, eocd - 12);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw new ZipError('corrupt', 'bad zip64 record');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
  }
  if (count > LIMITS.maxParts) throw new LimitError('input.tooManyParts', { count, limit: LIMITS.maxParts });
  if (cdOffset + cdSize > b.length) throw new ZipError('corrupt', 'central directory outside the file');
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
      throw new ZipError('corrupt', `bad central directory entry ${i}`);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const time = u16(b, p + 12);
    const date = u16(b, p + 14);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let offset = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    // Zip64 extended information: only the fields that overflowed are present, in this order.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (offset === 0xffffffff) {
          offset = u64(b, q);
        }
      }
      e += 4 + len;
    }
    const name = (flags & 0x800 ? utf8 : isAscii(nameBytes) ? utf8 : latin).decode(nameBytes);
    out.push({ name, nameBytes, method, flags, crc, compressedSize, size, time, date, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

/** The stored (compressed) bytes of an entry, a view into the file. */
export function rawData(b: Uint8Array, e: ZipEntry): Uint8Array {
  const p = e.offset;
  if (p + 30 > b.length || u32(b, p) !== 0x04034b50) throw new ZipError('corrupt', `bad local header for ${e.name}`);
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
  if (start + e.compressedSize > b.length) throw new ZipError('corrupt', `${e.name} runs past the end of the file`);
  return b.subarray(start, start + e.compressedSize);
}

/** A part to write: either copied as stored (untouched), or new bytes to compress. */
export type OutEntry =
  | { readonly kind: 'raw'; readonly entry: ZipEntry; readonly data: Uint8Array }
  | {
      readonly kind: 'new';
      readonly name: string;
      readonly data: Uint8Array;
      readonly compressed: Uint8Array;
      readonly crc: number;
    };

/** A new entry from its content and its compressed form (raw deflate). */
export function newEntry(name: string, data: Uint8Array, compressed: Uint8Array): OutEntry {
  return { kind: 'new', name, data, compressed, crc: crc32(data) };
}

const enc = new TextEncoder();

/** DOS date and time of now (new parts carry the time they were written). */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Assemble a zip: local headers without data descriptors, then the central directory. */
export function writeZip(entries: readonly OutEntry[]): Uint8Array {
  const now = dosNow();
  type Row = {
    nameBytes: Uint8Array;
    flags: number;
    method: number;
    time: number;
    date: number;
    crc: number;
    csize: number;
    size: number;
    data: Uint8Array;
    offset: number;
  };
  const rows: Row[] = [];
  let total = 0;
  for (const e of entries) {
    const row: Row =
      e.kind === 'raw'
        ? {
            nameBytes: e.entry.nameBytes,
            flags: e.entry.flags & 0x0800,
            method: e.entry.method,
            time: e.entry.time,
            date: e.entry.date,
            crc: e.entry.crc,
            csize: e.entry.compressedSize,
            size: e.entry.size,
            data: e.data,
            offset: 0,
          }
        : {
            nameBytes: enc.encode(e.name),
            flags: 0x0800,
            method: 8,
            time: now.time,
            date: now.date,
            crc: e.crc,
            csize: e.compressed.length,
            size: e.data.length,
            data: e.compressed,
            offset: 0,
          };
    if (row.csize > 0xfffffffe || row.size > 0xfffffffe)
      throw new LimitError('output.tooLarge', { part: e.kind === 'raw' ? e.entry.name : e.name });
    row.offset = total;
    total += 30 + row.nameBytes.length + row.csize;
    rows.push(row);
  }
  const cdStart = total;
  for (const r of rows) total += 46 + r.nameBytes.length;
  if (rows.length > 0xfffe || total > 0xfffffffe) throw new LimitError('output.tooLarge', { part: '(zip)' });
  const out = new Uint8Array(total + 22);
  const dv = new DataView(out.buffer);
  let p = 0;
  for (const r of rows) {
    dv.setUint32(p, 0x04034b50, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, r.flags, true);
    dv.setUint16(p + 8, r.method, true);
    dv.setUint16(p + 10, r.time, true);
    dv.setUint16(p + 12, r.date, true);
    dv.setUint32(p + 14, r.crc, true);
    dv.setUint32(p + 18, r.csize, true);
    dv.setUint32(p + 22, r.size, true);
    dv.setUint16(p + 26, r.nameBytes.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(r.nameBytes, p + 30);
    out.set(r.data, p + 30 + r.nameBytes.length);
    p += 30 + r.nameBytes.length + r.csize;
  }
  for (const r of rows) {
    dv.setUint32(p, 0x02014b50, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, 20, true);
    dv.setUint16(p + 8, r.flags, true);
    dv.setUint16(p + 10, r.method, true);
    dv.setUint16(p + 12, r.time, true);
    dv.setUint16(p + 14, r.date, true);
    dv.setUint32(p + 16, r.crc, true);
    dv.setUint32(p + 20, r.csize, true);
    dv.setUint32(p + 24, r.size, true);
    dv.setUint16(p + 28, r.nameBytes.length, true);
    // extra, comment, disk, internal attributes: 0; external attributes: 0; offset:
    dv.setUint32(p + 42, r.offset, true);
    out.set(r.nameBytes, p + 46);
    p += 46 + r.nameBytes.length;
  }
  dv.setUint32(p, 0x06054b50, true);
  dv.setUint16(p + 8, rows.length, true);
  dv.setUint16(p + 10, rows.length, true);
  dv.setUint32(p + 12, p - cdStart, true);
  dv.setUint32(p + 16, cdStart, true);
  return out;
}
