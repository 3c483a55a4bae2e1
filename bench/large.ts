/**
 * A 36 MB workbook, generated here (the seed's score table plus sheets of data, numbers and shared strings as an
 * agency's registers have them), then the whole command line on it as a user runs it: wall time and peak memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { buildPackage, scoreSheet } from '../scripts/make-corpus';
import { readZip, rawData, writeZip, type OutEntry } from '../src/adapters/xlsx/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A data sheet of `rows` × 10 cells, deflated as it is generated (never held whole). */
function dataSheet(rows: number, seed: number, sstSize: number): { compressed: Buffer; size: number; crc: number } {
  let x = seed;
  const rnd = (): number => (x = (x * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const chunks: Buffer[] = [];
  let size = 0;
  let crc = 0;
  const parts: Buffer[] = [];
  const push = (s: string): void => {
    const b = Buffer.from(s);
    parts.push(b);
    size += b.length;
    crc = zlib.crc32(b, crc);
  };
  push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`);
  let buf = '';
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++) {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      row +=
        c < 3
          ? `<c r="${ref}" t="s"><v>${Math.floor(rnd() * sstSize)}</v></c>`
          : `<c r="${ref}"><v>${Math.round(rnd() * 1e6) / 100}</v></c>`;
    }
    buf += `${row}</row>`;
    if (buf.length > 1 << 20) {
      push(buf);
      buf = '';
    }
  }
  push(
    `${buf}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  chunks.push(zlib.deflateRawSync(Buffer.concat(parts), { level: 6 }));
  return { compressed: Buffer.concat(chunks), size, crc };
}

/** Write the big workbook; returns its path, size and cell count. */
export function makeLargeWorkbook(dir: string, targetMb = 36): { path: string; bytes: number; cells: number } {
  const sst = Array.from({ length: 20_000 }, (_, i) => `รายการเบิกจ่ายที่ ${i + 1} โครงการพัฒนาคุณภาพชีวิต`);
  // Measured: 100,000 rows of these deflate to about 5.55 MiB; six sheets of a sixth of the target each (MiB).
  const n = 6;
  const rowsPerSheet = Math.round((targetMb / n / 5.55) * 100_000);
  const sheets = [{ name: 'คะแนน ITA', part: 'xl/worksheets/sheet1.xml', xml: scoreSheet() }];
  for (let i = 0; i < n; i++)
    sheets.push({ name: `ทะเบียน ${i + 1}`, part: `xl/worksheets/sheet${i + 2}.xml`, xml: '<worksheet/>' });
  const base = buildPackage({ sheets, sst });
  const entries = readZip(base);
  const out: OutEntry[] = entries.map((e) => {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.name);
    if (!m || m[1] === '1') return { kind: 'raw', entry: e, data: rawData(base, e) };
    const d = dataSheet(rowsPerSheet, Number(m[1]), sst.length);
    return {
      kind: 'raw',
      entry: { ...e, method: 8, crc: d.crc, compressedSize: d.compressed.length, size: d.size },
      data: new Uint8Array(d.compressed),
    };
  });
  const path = join(dir, 'large.xlsx');
  writeFileSync(path, writeZip(out));
  return { path, bytes: statSync(path).size, cells: n * rowsPerSheet * 10 + 180 };
}

/** The CLI on the large workbook as a separate process: wall time, peak RSS (GNU time), exit code. */
export function benchLarge(): { bytes: number; cells: number; ms: number; peakMb: number; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ita-large-'));
  const wb = makeLargeWorkbook(dir);
  execFileSync(process.execPath, ['scripts/ita.mjs', '--version'], { stdio: 'ignore' }); // build the bundle first
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, 'scripts/ita.mjs', 'analyze', wb.path, '-o', join(dir, 'out.xlsx')],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - t0;
  const peakKb = Number((r.stderr.trim().split('\n').pop() ?? '0').trim());
  return { bytes: wb.bytes, cells: wb.cells, ms, peakMb: peakKb / 1024, code: r.status ?? -1 };
}
