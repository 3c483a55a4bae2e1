/**
 * A corpus of valid workbooks shaped like the ones officers and their tools really save (Excel, LibreOffice, the Open
 * XML SDK / ClosedXML), built part by part as XML text — not through our adapter, not through exceljs — each with the
 * seed's item scores so the command line has something to do. Tests build them into a temporary folder at test time:
 *   npx tsx scripts/make-corpus.ts <dir>     writes every workbook of the corpus into <dir>
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { SEED_ITEMS } from '../tests/helpers/seedScan';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const CT = {
  wb: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  wbMacro: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  ws: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  calc: 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
  metadata: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
  vba: 'application/vnd.ms-office.vbaProject',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  pivotTable: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  pivotCache: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  pivotRecords: 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
};
const REL = (t: string): string => `${R}/${t}`;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// 1×1 PNG
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

type Rel = { id: string; type: string; target: string; external?: boolean };
const relsXml = (rels: readonly Rel[]): string =>
  `${HEAD}<Relationships xmlns="${PR}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

export type SheetDef = {
  name: string;
  part: string; // e.g. "xl/worksheets/sheet1.xml"
  xml: string;
  rels?: Rel[];
  state?: 'hidden' | 'veryHidden';
};

export type WorkbookDef = {
  sheets: SheetDef[];
  parts?: Record<string, string | Uint8Array>;
  overrides?: Record<string, string>;
  defaults?: Record<string, string>;
  /** Extra workbook-level relationships (targets relative to xl/). */
  wbRels?: Rel[];
  rootRels?: Rel[];
  /** Inserted in workbook.xml: before <sheets>, after </sheets> (definedNames…), after definedNames (calcPr, pivotCaches, extLst). */
  beforeSheets?: string;
  definedNames?: string;
  afterNames?: string;
  styles?: string;
  sst?: readonly string[];
  macro?: boolean;
  /** Absolute relationship targets ("/xl/worksheets/sheet1.xml"), as some writers do. */
  absoluteTargets?: boolean;
  /** Element prefix "x:" for SpreadsheetML (Open XML SDK style). */
  prefix?: string;
  appXml?: boolean;
};

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; คะแนน&quot;"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="16"/><name val="TH SarabunPSK"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
  '<dxf><numFmt numFmtId="165" formatCode="0.00%"/><fill><patternFill><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

/** A package from a workbook definition. */
export function buildPackage(def: WorkbookDef): Uint8Array {
  const p = def.prefix ?? '';
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, data: string | Uint8Array): void => {
    files[name] = typeof data === 'string' ? strToU8(data) : data;
  };
  const overrides: Record<string, string> = {
    '/xl/workbook.xml': def.macro ? CT.wbMacro : CT.wb,
    '/xl/styles.xml': CT.styles,
    '/docProps/core.xml': CT.core,
    ...(def.appXml === false ? {} : { '/docProps/app.xml': CT.app }),
    ...(def.sst ? { '/xl/sharedStrings.xml': CT.sst } : {}),
    ...Object.fromEntries(def.sheets.map((s) => [`/${s.part}`, CT.ws])),
    ...(def.overrides ?? {}),
  };
  const defaults: Record<string, string> = {
    rels: 'application/vnd.openxmlformats-package.relationships+xml',
    xml: 'application/xml',
    ...(def.defaults ?? {}),
  };
  put(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      Object.entries(defaults)
        .map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`)
        .join('') +
      Object.entries(overrides)
        .map(([n, t]) => `<Override PartName="${n}" ContentType="${t}"/>`)
        .join('') +
      '</Types>',
  );
  put(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: REL('officeDocument'), target: 'xl/workbook.xml' },
      {
        id: 'rId2',
        type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        target: 'docProps/core.xml',
      },
      ...(def.appXml === false ? [] : [{ id: 'rId3', type: REL('extended-properties'), target: 'docProps/app.xml' }]),
      ...(def.rootRels ?? []),
    ]),
  );
  put(
    'docProps/core.xml',
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>งานนโยบายและแผน</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-10-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
  );
  if (def.appXml !== false) {
    put(
      'docProps/app.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>` +
        `<TitlesOfParts><vt:vector size="${def.sheets.length}" baseType="lpstr">${def.sheets.map((s) => `<vt:lpstr>${esc(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`,
    );
  }
  const target = (part: string): string => (def.absoluteTargets ? `/${part}` : part.replace(/^xl\//, ''));
  const wbRels: Rel[] = def.sheets.map((s, i) => ({
    id: `rId${i + 1}`,
    type: REL('worksheet'),
    target: target(s.part),
  }));
  wbRels.push({ id: `rId${def.sheets.length + 1}`, type: REL('styles'), target: target('xl/styles.xml') });
  if (def.sst)
    wbRels.push({
      id: `rId${def.sheets.length + 2}`,
      type: REL('sharedStrings'),
      target: target('xl/sharedStrings.xml'),
    });
  wbRels.push(...(def.wbRels ?? []));
  put('xl/_rels/workbook.xml.rels', relsXml(wbRels));
  const wbNs = `xmlns${p ? `:${p.replace(':', '')}` : ''}="${MAIN}" xmlns:r="${R}"`;
  put(
    'xl/workbook.xml',
    `${HEAD}<${p}workbook ${wbNs}>${def.beforeSheets ?? `<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews>`}<${p}sheets>` +
      def.sheets
        .map(
          (s, i) =>
            `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      `</${p}sheets>${def.definedNames ? `<${p}definedNames>${def.definedNames}</${p}definedNames>` : ''}${def.afterNames ?? `<${p}calcPr calcId="191029"/>`}</${p}workbook>`,
  );
  put('xl/styles.xml', def.styles ?? STYLES);
  if (def.sst)
    put(
      'xl/sharedStrings.xml',
      `${HEAD}<sst xmlns="${MAIN}" count="${def.sst.length}" uniqueCount="${def.sst.length}">${def.sst.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
    );
  for (const s of def.sheets) {
    put(s.part, s.xml);
    if (s.rels) put(s.part.replace(/([^/]+)$/, '_rels/$1.rels'), relsXml(s.rels));
  }
  for (const [n, d] of Object.entries(def.parts ?? {})) put(n, d);
  return zipSync(files, { level: 6 });
}

export type ScoreSheetOptions = {
  /** Elements after sheetData, in schema order (mergeCells, conditionalFormatting, dataValidations, hyperlinks…). */
  after?: string;
  /** Before sheetData: sheetPr, dimension, sheetViews, sheetFormatPr, cols. */
  before?: string;
  /** Scores stored as fractions formatted "0.00%" (style 3). */
  percent?: boolean;
  /** Shared strings for the codes (indexes into the sst from `sstFor`), else inline strings. */
  sst?: boolean;
  prefix?: string;
  /** Extra cells per row: (row) → XML of cells after column C. */
  extra?: (row: number) => string;
  /** A blank, styled score cell for one item (a fill target). */
  blank?: string;
};

const CODES = Object.keys(SEED_ITEMS);

/** The strings a score sheet uses with `sst: true`: header texts then item codes. */
export const SST = ['ข้อ', 'รายละเอียด', 'คะแนน', ...CODES.map((c) => `ข้อ ${c}`)];

/** A sheet with the seed's item scores: A = code, B = text, C = score, from row 2 (row 1 the header). */
export function scoreSheet(o: ScoreSheetOptions = {}): string {
  const p = o.prefix ?? '';
  const str = (ref: string, s: string, idx: number, style = ''): string =>
    o.sst
      ? `<${p}c r="${ref}"${style} t="s"><${p}v>${idx}</${p}v></${p}c>`
      : `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t>${esc(s)}</${p}t></${p}is></${p}c>`;
  let rows = `<${p}row r="1">${str('A1', 'ข้อ', 0, ' s="1"')}${str('B1', 'รายละเอียด', 1, ' s="1"')}${str('C1', 'คะแนน', 2, ' s="1"')}</${p}row>`;
  CODES.forEach((code, i) => {
    const r = i + 2;
    const v = SEED_ITEMS[code]!;
    const score =
      o.blank === code
        ? `<${p}c r="C${r}" s="2"/>`
        : o.percent
          ? `<${p}c r="C${r}" s="3"><${p}v>${Math.round(v * 100) / 10000}</${p}v></${p}c>`
          : `<${p}c r="C${r}" s="2"><${p}v>${v}</${p}v></${p}c>`;
    rows += `<${p}row r="${r}">${str(`A${r}`, `ข้อ ${code}`, 3 + i)}${str(`B${r}`, `รายการที่ ${i + 1}`, 3 + i)}${score}${o.extra?.(r) ?? ''}</${p}row>`;
  });
  const ns = `xmlns${p ? `:${p.replace(':', '')}` : ''}="${MAIN}" xmlns:r="${R}"`;
  return (
    `${HEAD}<${p}worksheet ${ns} xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `${o.before ?? `<${p}dimension ref="A1:C${CODES.length + 1}"/><${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><${p}cols><${p}col min="2" max="2" width="40.7109375" customWidth="1"/></${p}cols>`}` +
    `<${p}sheetData>${rows}</${p}sheetData>${o.after ?? `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`}</${p}worksheet>`
  );
}

const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** A small plain sheet (notes). */
function notesSheet(text: string, after = MARGINS): string {
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${esc(text)}</t></is></c></row></sheetData>${after}</worksheet>`;
}

const scores = (o: ScoreSheetOptions = {}, name = 'คะแนน ITA', part = 'xl/worksheets/sheet1.xml'): SheetDef => ({
  name,
  part,
  xml: scoreSheet(o),
});

function chartPart(): string {
  return (
    `${HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:cat><c:strRef><c:f>'คะแนน ITA'!$A$2:$A$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'คะแนน ITA'!$C$2:$C$6</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`
  );
}

function drawingWithChartAndPicture(): string {
  const anchor = (from: number, inner: string): string =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 15}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}">` +
    anchor(
      1,
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
    ) +
    anchor(
      20,
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
    ) +
    '</xdr:wsDr>'
  );
}

/** The corpus: file name → bytes. */
export function corpus(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};

  // Sheet and workbook protection, old (legacy 16-bit) and new (SHA-512) password hashes.
  out['protection.xlsx'] = buildPackage({
    sheets: [
      {
        name: 'คะแนน ITA',
        part: 'xl/worksheets/sheet1.xml',
        xml: scoreSheet({
          after: `<sheetProtection algorithmName="SHA-512" hashValue="bWFkZS11cC1oYXNoLWZvci10ZXN0aW5nLW9ubHk=" saltValue="c2FsdHNhbHQ=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>${MARGINS}`,
        }),
      },
      {
        name: 'หมายเหตุ',
        part: 'xl/worksheets/sheet2.xml',
        xml: notesSheet(
          'ป้องกันด้วยรหัสแบบเก่า',
          `<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>${MARGINS}`,
        ),
      },
    ],
    beforeSheets:
      '<workbookPr defaultThemeVersion="164011"/><workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/><bookViews><workbookView activeTab="0"/></bookViews>',
  });

  // Defined names: a constant, a formula, whole columns, a whole sheet, sheet-scoped twins, a print area of the user's.
  out['names.xlsx'] = buildPackage({
    sheets: [scores(), { name: 'ข้อมูล', part: 'xl/worksheets/sheet2.xml', xml: notesSheet('ค่าคงที่') }],
    definedNames:
      '<definedName name="_xlnm.Print_Area" localSheetId="0">\'คะแนน ITA\'!$A$1:$C$60</definedName>' +
      '<definedName name="Rate">0.07</definedName><definedName name="Scores">\'คะแนน ITA\'!$C:$C</definedName>' +
      '<definedName name="Total">SUM(\'คะแนน ITA\'!$C$2:$C$60)</definedName><definedName name="Twin" localSheetId="0">\'คะแนน ITA\'!$A$1</definedName>' +
      '<definedName name="Twin" localSheetId="1">ข้อมูล!$A$1</definedName><definedName name="WholeSheet">\'คะแนน ITA\'!$1:$1048576</definedName>',
  });

  // A whole-sheet defined name on a tiny workbook (once exhausted 4 GB of memory), and a merge over the whole sheet.
  out['whole-sheet-name.xlsx'] = buildPackage({
    sheets: [scores({ after: `<mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells>${MARGINS}` })],
    definedNames: '<definedName name="Everything">\'คะแนน ITA\'!$A$1:$XFD$1048576</definedName>',
  });

  // A table with a header row (and its autofilter), and data validations (classic and x14 in extLst).
  out['table-validations.xlsx'] = buildPackage({
    sheets: [
      {
        ...scores({
          after:
            '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="C2:C60"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>' +
            `${MARGINS}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` +
            `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>ข้อมูล!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2:B60</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
        }),
        rels: [{ id: 'rId1', type: REL('table'), target: '../tables/table1.xml' }],
      },
      { name: 'ข้อมูล', part: 'xl/worksheets/sheet2.xml', xml: notesSheet('รายการ') },
    ],
    parts: {
      'xl/tables/table1.xml': `${HEAD}<table xmlns="${MAIN}" id="1" name="Scores" displayName="Scores" ref="A1:C60" totalsRowShown="0"><autoFilter ref="A1:C60"/><tableColumns count="3"><tableColumn id="1" name="ข้อ"/><tableColumn id="2" name="รายละเอียด"/><tableColumn id="3" name="คะแนน"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    },
    overrides: { '/xl/tables/table1.xml': CT.table },
  });

  // Hyperlinks with tooltips: to the web (a relationship) and inside the workbook (a location).
  out['hyperlinks.xlsx'] = buildPackage({
    sheets: [
      {
        ...scores({
          extra: (r) =>
            r === 2
              ? '<c r="D2" t="inlineStr"><is><t>itas.nacc.go.th</t></is></c>'
              : r === 3
                ? '<c r="D3" t="inlineStr"><is><t>ไปหมายเหตุ</t></is></c>'
                : '',
          after: `<hyperlinks><hyperlink ref="D2" r:id="rId1" tooltip="เว็บไซต์ ITAS"/><hyperlink ref="D3" location="'หมายเหตุ'!A1" tooltip="ดูหมายเหตุ" display="ไปหมายเหตุ"/></hyperlinks>${MARGINS}`,
        }),
        rels: [{ id: 'rId1', type: REL('hyperlink'), target: 'https://itas.nacc.go.th/', external: true }],
      },
      { name: 'หมายเหตุ', part: 'xl/worksheets/sheet2.xml', xml: notesSheet('หมายเหตุ') },
    ],
  });

  // Existing rules: duplicate values, begins-with (a dxf with its own number format), an x14 rule in extLst.
  out['rules.xlsx'] = buildPackage({
    sheets: [
      scores({
        after:
          '<conditionalFormatting sqref="A2:A60"><cfRule type="duplicateValues" dxfId="0" priority="2"/></conditionalFormatting>' +
          '<conditionalFormatting sqref="B2:B60"><cfRule type="beginsWith" dxfId="1" priority="1" operator="beginsWith" text="รายการ"><formula>LEFT(B2,LEN("รายการ"))="รายการ"</formula></cfRule></conditionalFormatting>' +
          `${MARGINS}<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{00000000-0001-0000-0000-000000000001}" priority="3"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>C2:C60</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
      }),
    ],
  });

  // Open XML SDK / ClosedXML style: prefixed elements, a sheet part named sheet.xml, absolute targets, no app.xml.
  out['sdk-style.xlsx'] = buildPackage({
    prefix: 'x:',
    sheets: [
      { name: 'คะแนน ITA', part: 'xl/worksheets/sheet.xml', xml: scoreSheet({ prefix: 'x:', sst: true, before: '' }) },
      { name: 'Sheet_2', part: 'xl/worksheets/Sheet_2.xml', xml: notesSheet('second') },
    ],
    sst: SST,
    absoluteTargets: true,
    appXml: false,
    styles: STYLES.replace(/<(\/?)(\w+)/g, '<$1x:$2')
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
      .replace('<?x:xml', '<?xml'),
    beforeSheets: '',
  });

  // A chart and a picture whose media part has an underscore in its name.
  out['chart-picture.xlsx'] = buildPackage({
    sheets: [
      {
        ...scores({ after: `${MARGINS}<drawing r:id="rId1"/>` }),
        rels: [{ id: 'rId1', type: REL('drawing'), target: '../drawings/drawing1.xml' }],
      },
    ],
    parts: {
      'xl/drawings/drawing1.xml': drawingWithChartAndPicture(),
      'xl/drawings/_rels/drawing1.xml.rels': relsXml([
        { id: 'rId1', type: REL('chart'), target: '../charts/chart1.xml' },
        { id: 'rId2', type: REL('image'), target: '../media/image_1.png' },
      ]),
      'xl/charts/chart1.xml': chartPart(),
      'xl/media/image_1.png': PNG,
    },
    overrides: { '/xl/drawings/drawing1.xml': CT.drawing, '/xl/charts/chart1.xml': CT.chart },
    defaults: { png: 'image/png' },
  });

  // Custom document properties, custom XML, comments with their VML, a calculation chain.
  out['custom-props.xlsx'] = buildPackage({
    sheets: [
      {
        ...scores({
          extra: (r) => (r === 2 ? '<c r="D2"><f>C2*2</f><v>184</v></c>' : ''),
          after: `${MARGINS}<legacyDrawing r:id="rId2"/>`,
        }),
        rels: [
          { id: 'rId1', type: REL('comments'), target: '../comments1.xml' },
          { id: 'rId2', type: REL('vmlDrawing'), target: '../drawings/vmlDrawing1.vml' },
        ],
      },
    ],
    rootRels: [{ id: 'rId4', type: REL('custom-properties'), target: 'docProps/custom.xml' }],
    wbRels: [
      { id: 'rId10', type: REL('customXml'), target: '../customXml/item1.xml' },
      { id: 'rId11', type: REL('calcChain'), target: 'calcChain.xml' },
    ],
    parts: {
      'docProps/custom.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="หน่วยงาน"><vt:lpwstr>อบต.ตุน</vt:lpwstr></property></Properties>`,
      'customXml/item1.xml':
        '<?xml version="1.0" encoding="UTF-8"?><ita xmlns="urn:example:ita"><year>2567</year></ita>',
      'customXml/itemProps1.xml': `${HEAD}<ds:datastoreItem ds:itemID="{6E8C2D8A-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
      'customXml/_rels/item1.xml.rels': relsXml([
        { id: 'rId1', type: REL('customXmlProps'), target: 'itemProps1.xml' },
      ]),
      'xl/comments1.xml': `${HEAD}<comments xmlns="${MAIN}"><authors><author>ผู้ตรวจ</author></authors><commentList><comment ref="C2" authorId="0"><text><t>ตรวจแล้ว</t></text></comment></commentList></comments>`,
      'xl/drawings/vmlDrawing1.vml':
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>',
      'xl/calcChain.xml': `${HEAD}<calcChain xmlns="${MAIN}"><c r="D2" i="1"/></calcChain>`,
    },
    overrides: {
      '/docProps/custom.xml': CT.custom,
      '/customXml/itemProps1.xml': CT.customXmlProps,
      '/xl/comments1.xml': CT.comments,
      '/xl/calcChain.xml': CT.calc,
    },
    defaults: { vml: CT.vml },
  });

  // Sparklines (x14 in extLst), manual page breaks, and print areas on two sheets.
  out['sparklines-breaks.xlsx'] = buildPackage({
    sheets: [
      scores({
        after:
          `${MARGINS}<rowBreaks count="2" manualBreakCount="2"><brk id="25" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="2" max="1048575" man="1"/></colBreaks>` +
          `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'คะแนน ITA'!C2:C16</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
      }),
      { name: 'พิมพ์', part: 'xl/worksheets/sheet2.xml', xml: notesSheet('หน้าพิมพ์') },
    ],
    definedNames:
      '<definedName name="_xlnm.Print_Area" localSheetId="0">\'คะแนน ITA\'!$A$1:$C$30</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">พิมพ์!$A$1:$D$10</definedName>',
  });

  // Dynamic arrays: a spilled formula with cell metadata.
  out['dynamic-arrays.xlsx'] = buildPackage({
    sheets: [
      scores({
        extra: (r) =>
          r === 2
            ? '<c r="E2" cm="1"><f t="array" ref="E2:E4">_xlfn._xlws.SORT(C2:C4)</f><v>88.57</v></c>'
            : r === 3 || r === 4
              ? `<c r="E${r}"><v>${r === 3 ? 92 : 100}</v></c>`
              : '',
      }),
    ],
    wbRels: [
      {
        id: 'rId20',
        type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata',
        target: 'metadata.xml',
      },
    ],
    parts: {
      'xl/metadata.xml': `${HEAD}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
    },
    overrides: { '/xl/metadata.xml': CT.metadata },
  });

  // Macros: an .xlsm with its VBA project (kept, and the output stays .xlsm).
  out['macros.xlsm'] = buildPackage({
    macro: true,
    sheets: [scores()],
    wbRels: [
      {
        id: 'rId30',
        type: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
        target: 'vbaProject.bin',
      },
    ],
    parts: { 'xl/vbaProject.bin': Uint8Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff) },
    defaults: { bin: CT.vba },
  });

  // Percentages: scores stored as 0.7284 formatted 0.00%; a date; shared formulas.
  out['percent.xlsx'] = buildPackage({
    sheets: [
      scores({
        percent: true,
        extra: (r) =>
          r === 2
            ? '<c r="D2" s="4"><v>45566</v></c><c r="E2"><f t="shared" ref="E2:E4" si="0">C2*100</f><v>92</v></c>'
            : r <= 4
              ? `<c r="E${r}"><f t="shared" si="0"/><v>0</v></c>`
              : '',
      }),
    ],
  });

  // Names like ours: a user sheet called ITA_Workbench_meta (visible) and one called like our summary.
  out['our-names.xlsx'] = buildPackage({
    sheets: [
      scores(),
      { name: 'ITA_Workbench_meta', part: 'xl/worksheets/sheet2.xml', xml: notesSheet('ของผู้ใช้') },
      { name: 'ITA สรุปคะแนน', part: 'xl/worksheets/sheet3.xml', xml: notesSheet('สรุปของผู้ใช้เอง') },
    ],
  });

  // A pivot table over the scores (cache definition and records, a pivot sheet).
  out['pivot.xlsx'] = buildPackage({
    sheets: [
      scores(),
      {
        name: 'Pivot',
        part: 'xl/worksheets/sheet2.xml',
        xml: notesSheet('pivot'),
        rels: [{ id: 'rId1', type: REL('pivotTable'), target: '../pivotTables/pivotTable1.xml' }],
      },
    ],
    wbRels: [{ id: 'rId40', type: REL('pivotCacheDefinition'), target: 'pivotCache/pivotCacheDefinition1.xml' }],
    afterNames: '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId40"/></pivotCaches>',
    parts: {
      'xl/pivotCache/pivotCacheDefinition1.xml': `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:C60" sheet="คะแนน ITA"/></cacheSource><cacheFields count="1"><cacheField name="คะแนน" numFmtId="0"><sharedItems containsNumber="1" minValue="0" maxValue="100"/></cacheField></cacheFields></pivotCacheDefinition>`,
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': relsXml([
        { id: 'rId1', type: REL('pivotCacheRecords'), target: 'pivotCacheRecords1.xml' },
      ]),
      'xl/pivotCache/pivotCacheRecords1.xml': `${HEAD}<pivotCacheRecords xmlns="${MAIN}" count="0"/>`,
      'xl/pivotTables/pivotTable1.xml': `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField dataField="1" showAll="0"/></pivotFields><dataFields count="1"><dataField name="Sum" fld="0" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
      'xl/pivotTables/_rels/pivotTable1.xml.rels': relsXml([
        { id: 'rId1', type: REL('pivotCacheDefinition'), target: '../pivotCache/pivotCacheDefinition1.xml' },
      ]),
    },
    overrides: {
      '/xl/pivotCache/pivotCacheDefinition1.xml': CT.pivotCache,
      '/xl/pivotCache/pivotCacheRecords1.xml': CT.pivotRecords,
      '/xl/pivotTables/pivotTable1.xml': CT.pivotTable,
    },
  });

  // A blank indicator-free table with one blank score cell: --fill writes into it.
  out['blank-cell.xlsx'] = buildPackage({ sheets: [scores({ blank: 'i5' })], sst: undefined });

  return out;
}

/** A zip bomb: one sheet part of highly compressible XML, `mb` megabytes unpacked. */
export function zipBomb(mb: number): Uint8Array {
  const row = '<row><c><v>0</v></c></row>';
  const body = row.repeat(Math.ceil((mb * 1024 * 1024) / row.length));
  const sheet = `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
  return buildPackage({ sheets: [{ name: 'bomb', part: 'xl/worksheets/sheet1.xml', xml: sheet }] });
}

if (process.argv[1] && /make-corpus/.test(process.argv[1]) && process.argv[2]) {
  const dir = process.argv[2];
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(corpus())) writeFileSync(join(dir, name), bytes);
  console.log(`wrote ${Object.keys(corpus()).length} workbooks into ${dir}`);
}

/**
 * A zip bomb built without ever holding its content: deflate blocks of one repeated row, flushed to byte boundaries
 * and concatenated `repeat` times (each block refers only to itself). `declared`: the size its directory claims
 * (honest, or a lie). Node only (zlib).
 */
export async function zipBombOf(repeat: number, declared: 'honest' | number): Promise<Uint8Array> {
  const zlib = await import('node:zlib');
  const { writeZip, newEntry } = await import('../src/adapters/xlsx/zip');
  const { readZip } = await import('../src/adapters/xlsx/zip');
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const head = strToU8(`${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`);
  const mid = strToU8('<row><c><v>0</v></c></row>'.repeat(40_000));
  const tail = strToU8('</sheetData></worksheet>');
  const a = zlib.deflateRawSync(head, flush);
  const b = zlib.deflateRawSync(mid, { ...flush, level: 9 });
  const c = zlib.deflateRawSync(tail);
  const size = head.length + mid.length * repeat + tail.length;
  const compressed = new Uint8Array(a.length + b.length * repeat + c.length);
  compressed.set(a, 0);
  for (let i = 0; i < repeat; i++) compressed.set(b, a.length + i * b.length);
  compressed.set(c, a.length + b.length * repeat);
  // A normal workbook around it, then the sheet part swapped for the bomb.
  const base = buildPackage({ sheets: [{ name: 'bomb', part: 'xl/worksheets/sheet1.xml', xml: notesSheet('x') }] });
  const entries = readZip(base);
  const { rawData } = await import('../src/adapters/xlsx/zip');
  return writeZip(
    entries.map((e) => {
      if (e.name !== 'xl/worksheets/sheet1.xml') return { kind: 'raw', entry: e, data: rawData(base, e) };
      const fake = newEntry(e.name, new Uint8Array(0), compressed);
      const n = declared === 'honest' ? size : declared;
      return {
        kind: 'raw',
        entry: {
          ...e,
          method: 8,
          crc: fake.kind === 'new' ? fake.crc : 0,
          compressedSize: compressed.length,
          size: Math.min(n, 0xfffffffe),
        },
        data: compressed,
      };
    }),
  );
}
