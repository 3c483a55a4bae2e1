import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../../src/adapters/xlsx/package';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { diffParts, insertionsOnly, text, unzipParts } from './rawParts';
import { changesOf } from '../../helpers/changes';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../fixtures', name)));

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'uint8array' });
}

/** A CFB (OLE2) header followed by a directory entry name in UTF-16LE, as .xls and encrypted OOXML files have. */
function cfbWith(streamName: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const out = new Uint8Array(1024);
  out.set(head, 0);
  for (let i = 0; i < streamName.length; i++) out[512 + i * 2] = streamName.charCodeAt(i);
  return out;
}

describe('classifyInput', () => {
  it('recognises a real .xlsx', async () => {
    expect(await classifyInput(fixture('chart-workbook.xlsx'), 'chart-workbook.xlsx')).toBe('xlsx');
  });
  it('recognises a real legacy .xls made by LibreOffice', async () => {
    expect(await classifyInput(fixture('legacy.xls'), 'legacy.xls')).toBe('xls-legacy');
  });
  it('tells encrypted OOXML (CFB with an EncryptionInfo stream) from .xls', async () => {
    expect(await classifyInput(cfbWith('EncryptionInfo'), 'secret.xlsx')).toBe('encrypted');
    expect(await classifyInput(cfbWith('Workbook'), 'old.xls')).toBe('xls-legacy');
  });
  it('an empty file, a text file, a Word file, a zip without a workbook, a truncated workbook', async () => {
    expect(await classifyInput(new Uint8Array(0), 'a.xlsx')).toBe('empty-file');
    expect(await classifyInput(new TextEncoder().encode('ข้อ,คะแนน\ni1,92\n'), 'a.csv')).toBe('not-xlsx');
    expect(await classifyInput(await zipOf({ 'word/document.xml': '<w/>' }), 'a.xlsx')).toBe('not-xlsx');
    expect(await classifyInput(await zipOf({ 'xl/styles.xml': '<s/>' }), 'a.xlsx')).toBe('corrupt');
    const real = fixture('chart-workbook.xlsx');
    expect(await classifyInput(real.slice(0, real.length >> 1), 'a.xlsx')).toBe('corrupt');
  });
  it('works on an ArrayBuffer too', async () => {
    const real = fixture('chart-workbook.xlsx');
    expect(
      await classifyInput(real.buffer.slice(real.byteOffset, real.byteOffset + real.byteLength) as ArrayBuffer),
    ).toBe('xlsx');
  });
});

describe('parts we do not understand are kept, not refused', () => {
  it('a workbook LibreOffice saved with a chart: every part of it is in the output, byte for byte', async () => {
    const input = fixture('chart-workbook.xlsx');
    const wb = await openXlsx(input);
    await wb.write(changesOf());
    const before = await unzipParts(input);
    const after = await unzipParts(await wb.toBuffer());
    const d = diffParts(before, after);
    expect(d.onlyA).toEqual([]);
    expect([...before.keys()].some((n) => n.startsWith('xl/charts/'))).toBe(true);
    // Only the parts that list sheets, relationships and content types change (by our insertions).
    expect(d.changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']);
    for (const name of d.changed) expect(insertionsOnly(text(before, name), text(after, name)), name).not.toBeNull();
  });
});
