import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { classifyInput, inspectPackage } from '../../../src/adapters/xlsx/package';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';

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
    expect(await classifyInput(real.buffer.slice(real.byteOffset, real.byteOffset + real.byteLength) as ArrayBuffer)).toBe('xlsx');
  });
});

describe('inspectPackage', () => {
  it('finds the chart (and its drawing) in a workbook LibreOffice saved with a chart', async () => {
    const { unsupported } = await inspectPackage(fixture('chart-workbook.xlsx'));
    expect(unsupported).toContainEqual({ part: 'xl/charts/chart1.xml', kind: 'chart' });
    expect(unsupported).toContainEqual({ part: 'xl/drawings/drawing1.xml', kind: 'drawing' });
  });

  it('the danger is real: exceljs drops that chart when it rewrites the file', async () => {
    const wb = await openXlsx(fixture('chart-workbook.xlsx'));
    const out = await JSZip.loadAsync(await wb.toBuffer());
    expect(Object.keys(out.files).filter((n) => n.startsWith('xl/charts/'))).toEqual([]);
  });

  it('reports nothing for a plain workbook, or one with only a picture', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('a');
    ws.getCell('A1').value = 1;
    // 1×1 PNG
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, 'B2:C3');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await inspectPackage(bytes)).unsupported).toEqual([]);
  });

  it('classifies VBA, pivots, slicers, web extensions and custom XML', async () => {
    const bytes = await zipOf({
      'xl/workbook.xml': '<workbook/>',
      'xl/vbaProject.bin': 'x',
      'xl/pivotTables/pivotTable1.xml': '<p/>',
      'xl/pivotCache/pivotCacheDefinition1.xml': '<p/>',
      'xl/slicers/slicer1.xml': '<s/>',
      'xl/webextensions/webextension1.xml': '<w/>',
      'xl/webextensions/_rels/taskpanes.xml.rels': '<r/>',
      'customXml/item1.xml': '<c/>',
      'xl/drawings/drawing1.xml': '<xdr:wsDr><xdr:twoCellAnchor><xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>',
    });
    const kinds = (await inspectPackage(bytes)).unsupported.map((u) => `${u.kind}:${u.part}`);
    expect(kinds).toEqual([
      'customXml:customXml/item1.xml',
      'drawing:xl/drawings/drawing1.xml',
      'pivot:xl/pivotCache/pivotCacheDefinition1.xml',
      'pivot:xl/pivotTables/pivotTable1.xml',
      'slicer:xl/slicers/slicer1.xml',
      'vba:xl/vbaProject.bin',
      'webextension:xl/webextensions/webextension1.xml',
    ]);
  });
});
