/** When a user adds a sheet after ours, a re-run moves ours to the end: sheet-scoped names and the active tab follow their sheets. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPackage, scoreSheet } from '../../../scripts/make-corpus';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { META_SHEET, type WorkbookChanges } from '../../../src/app/port';
import type { SheetSpec } from '../../../src/domain/specs/sheetSpec';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';
import { changesOf } from '../../helpers/changes';

const OURS: SheetSpec = {
  key: 'summary',
  name: 'ของเรา',
  rows: [[{ value: 'x' }]],
  styles: {},
  merges: [],
  columnWidths: [],
  conditionalFormats: [],
  print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [1, 1] },
};
const changes = (over: Partial<WorkbookChanges>): WorkbookChanges => changesOf(over);

describe('sheet order changes', () => {
  it("renumbers localSheetId and activeTab of the user's sheets, removes names of our removed sheets", async () => {
    const input = buildPackage({
      sheets: [{ name: 'คะแนน', part: 'xl/worksheets/sheet1.xml', xml: scoreSheet() }],
      definedNames: '<definedName name="Mine" localSheetId="0">คะแนน!$A$1</definedName>',
    });
    const wb = await openXlsx(input);
    await wb.write(changes({ addSheets: [OURS] }));
    // The user adds a sheet after ours (index 3), with a name of its own, and leaves it active.
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    zip.file(
      'xl/worksheets/later.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/later.xml"/></Relationships>',
    );
    zip.file('xl/_rels/workbook.xml.rels', rels);
    const ct = (await zip.file('[Content_Types].xml')!.async('string')).replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/later.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
    zip.file('[Content_Types].xml', ct);
    let wbXml = await zip.file('xl/workbook.xml')!.async('string');
    wbXml = wbXml
      .replace('</sheets>', '<sheet name="ภายหลัง" sheetId="50" r:id="rId99"/></sheets>')
      .replace('</definedNames>', '<definedName name="Later" localSheetId="3">ภายหลัง!$A$1</definedName></definedNames>')
      .replace('activeTab="0"', 'activeTab="3"');
    zip.file('xl/workbook.xml', wbXml);
    const edited = await zip.generateAsync({ type: 'uint8array' });
    const again = await openXlsx(edited);
    expect((await again.read()).sheets.map((s) => s.name)).toEqual(['คะแนน', 'ของเรา', META_SHEET, 'ภายหลัง']);
    await again.write(changes({ removeSheets: ['ของเรา'], addSheets: [OURS] }));
    const out = await again.toBuffer();
    expect((await (await openXlsx(out)).read()).sheets.map((s) => s.name)).toEqual([
      'คะแนน',
      'ภายหลัง',
      'ของเรา',
      META_SHEET,
    ]);
    const x = await (await JSZip.loadAsync(out)).file('xl/workbook.xml')!.async('string');
    expect(x).toContain('<definedName name="Mine" localSheetId="0">');
    expect(x).toContain('<definedName name="Later" localSheetId="1">');
    expect(x).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'ของเรา'!$1:$1</definedName>`);
    expect(x.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(x).toContain('activeTab="1"');
    expect(describeInvalid(await validatePackage(out))).toEqual([]);
  });
});
