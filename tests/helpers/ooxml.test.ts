// The package validator itself: a valid workbook passes, a misordered or unknown element fails, markup compatibility applies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyMarkupCompatibility, describeInvalid, validatePackage } from './ooxml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = new Uint8Array(readFileSync(path.join(root, 'samples/ita-2567-sample.xlsx')));

async function withSheet1(edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(sample);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('validatePackage', () => {
  it('passes the bundled sample, every XML part checked but docProps/core.xml', async () => {
    const v = await validatePackage(sample);
    expect(describeInvalid(v)).toEqual([]);
    expect(v.parts.map((p) => p.part)).toContain('xl/worksheets/sheet1.xml');
    expect(v.unchecked).toEqual(['docProps/core.xml']);
  });

  it('fails a worksheet whose elements are out of schema order', async () => {
    const bad = await withSheet1((x) => x.replace(/(<sheetFormatPr[^>]*\/>)(<cols>.*?<\/cols>)/, '$2$1'));
    const v = await validatePackage(bad);
    expect(v.invalid.map((p) => p.part)).toEqual(['xl/worksheets/sheet1.xml']);
  });

  it('fails an element the schema does not know', async () => {
    const v = await validatePackage(await withSheet1((x) => x.replace('</worksheet>', '<madeUp/></worksheet>')));
    expect(describeInvalid(v)[0]).toMatch(/sheet1\.xml.*madeUp/);
  });

  it('parts validated in one xmllint run each get their own errors', async () => {
    const zip = await JSZip.loadAsync(await withSheet1((x) => x.replace('</worksheet>', '<madeUp/></worksheet>')));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    zip.file('xl/styles.xml', styles.replace('</styleSheet>', '<alsoMadeUp/></styleSheet>'));
    const v = await validatePackage(await zip.generateAsync({ type: 'uint8array' }));
    expect(v.invalid.map((p) => p.part).sort()).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const errors = (part: string): string => v.invalid.find((p) => p.part === part)!.errors.join('\n');
    expect(errors('xl/worksheets/sheet1.xml')).toMatch(/madeUp/);
    expect(errors('xl/worksheets/sheet1.xml')).not.toMatch(/alsoMadeUp/);
    expect(errors('xl/styles.xml')).toMatch(/alsoMadeUp/);
    expect(errors('xl/styles.xml')).toMatch(/^xl\/styles\.xml:/);
  });

  it('applies markup compatibility: ignorable attributes go, AlternateContent becomes its Fallback', () => {
    const xml =
      '<a xmlns="urn:a" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x" mc:Ignorable="x">' +
      '<b x:extra="1"/><x:c/><mc:AlternateContent><mc:Choice Requires="x"><d/></mc:Choice><mc:Fallback><e/></mc:Fallback></mc:AlternateContent></a>';
    const out = applyMarkupCompatibility(xml);
    expect(out).not.toMatch(/extra|Ignorable|<x:c|AlternateContent|<d/);
    expect(out).toMatch(/<b\/>.*<e\/>/);
  });
});
