/** Our charts and the new SheetSpec features as SpreadsheetML/DrawingML: valid against the schemas, live references. */
import { describe, expect, it } from 'vitest';
import { newWorkbookWith } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';
import { CHART_SPEC } from './chartSpec';
import { sheetXml, text, unzipParts } from './rawParts';

describe('charts and print setup of our sheets', () => {
  it("writes valid chart, drawing and sheet parts whose series reference the sheet's cells", async () => {
    const bytes = await (await newWorkbookWith([CHART_SPEC])).toBuffer();
    const v = await validatePackage(bytes);
    expect(describeInvalid(v)).toEqual([]);
    const checked = v.parts.map((p) => p.part);
    expect(checked).toEqual(
      expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart4.xml', 'xl/drawings/drawing1.xml']),
    );
    const parts = await unzipParts(bytes);
    const chart = text(parts, 'xl/charts/chart1.xml');
    expect(chart).toContain("<c:f>'แนวโน้ม ITA'!$B$3:$B$6</c:f>");
    expect(chart).toContain("<c:f>'แนวโน้ม ITA'!$A$3:$A$6</c:f>");
    expect(chart).toContain("<c:f>'แนวโน้ม ITA'!$B$2</c:f>");
    expect(chart).toContain('<c:max val="100"/><c:min val="0"/>');
    expect(text(parts, 'xl/charts/chart4.xml')).toContain('<c:pieChart>');
    const ct = text(parts, '[Content_Types].xml');
    expect(ct).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(ct).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheet = sheetXml(parts, 'แนวโน้ม ITA');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"/></rowBreaks>');
    expect(sheet).toContain('<printOptions horizontalCentered="1"/>');
    expect(sheet).toContain('fitToWidth="1" fitToHeight="1"');
    expect(sheet).toContain('<oddHeader>&amp;C&amp;&quot;TH SarabunPSK,Regular&quot;ITA &amp;A</oddHeader>');
    expect(sheet).toMatch(/<hyperlink ref="A8" r:id="rId\d+" display="ดูผลที่ ITAS"\/>/);
    expect(sheet).toContain(`<hyperlink ref="B8" location="'แนวโน้ม ITA'!A2" display="กลับไปตาราง"/>`);
    const wb = text(parts, 'xl/workbook.xml');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'แนวโน้ม ITA'!$A$1:$L$40</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'แนวโน้ม ITA'!$2:$2</definedName>`);
    const sheetRels = [...parts.keys()].find((k) => /worksheets\/_rels\/sheet1\.xml\.rels$/.test(k))!;
    expect(text(parts, sheetRels)).toContain('Target="https://itas.nacc.go.th/" TargetMode="External"');
  });

  it('a re-run replaces our chart parts instead of adding more', async () => {
    const wb = await newWorkbookWith([CHART_SPEC]);
    const snap = await wb.read();
    expect(snap.sheets.map((s) => s.name)).toEqual(['แนวโน้ม ITA', 'ITA_Workbench_meta']);
    await wb.write({
      removeSheets: ['แนวโน้ม ITA'],
      addSheets: [CHART_SPEC],
      removeRules: [],
      addRules: [],
      fills: [],
      clearFills: [],
      marker: { app: 'ita-workbench', version: 1, sheets: [], rules: [], fills: [], writtenAt: '2025-01-01T00:00:00Z' },
      markerSheet: 'ITA_Workbench_meta',
    });
    const parts = await unzipParts(await wb.toBuffer());
    expect([...parts.keys()].filter((k) => k.startsWith('xl/charts/')).sort()).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/charts/chart4.xml',
    ]);
    expect([...parts.keys()].filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toEqual([
      'xl/drawings/drawing1.xml',
    ]);
    expect(describeInvalid(await validatePackage(await wb.toBuffer()))).toEqual([]);
  });
});
