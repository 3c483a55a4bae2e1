/**
 * Builds samples/ita-2567-sample.xlsx: the seed document's sections 1–3 (/work/shared/seeds/000_fdbc2f2d9f1387fe.txt)
 * as an officer of อบต.ตุน would have typed them in Excel, quirks kept on purpose: o๒/o๓ and ๐33–๐35 (Thai digits
 * for the letter o), trailing *, the 93.5 typo, scores typed as text ("92.00"), the wrong score header of ประเด็น 7,
 * tables split by empty header rows, o15 twice, the template's analysis text, "ตำบลนูน" in the section-3 title.
 * Run: npx tsx scripts/make-sample.ts [out.xlsx]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';

const FONT = { name: 'TH SarabunPSK', size: 16 } as const;
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

type Score = number | string; // a string is a score typed as text

/** One sheet being typed top to bottom, row by row. */
class Typist {
  row = 1;
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly cols: number,
  ) {}

  private style(r: number, c: number, extra: Partial<ExcelJS.Style> = {}): ExcelJS.Cell {
    const cell = this.ws.getCell(r, c);
    cell.font = { ...FONT, ...(extra.font ?? {}) };
    cell.alignment = { vertical: 'top', wrapText: true, ...(extra.alignment ?? {}) };
    if (extra.border) cell.border = extra.border;
    if (extra.fill) cell.fill = extra.fill;
    if (extra.numFmt) cell.numFmt = extra.numFmt;
    return cell;
  }

  /** Give a row enough height for its wrapped text (neither exceljs nor LibreOffice fits rows on load). */
  fit(r: number, texts: { text: string; width: number }[]): void {
    // TH SarabunPSK 16 pt: about 0.8 characters per width unit (measured in LibreOffice's PDF), 24 pt per line (a 16 pt Thai line with its marks above and below).
    const lines = Math.max(
      1,
      ...texts.map(({ text, width }) =>
        text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / (width * 0.75))), 0),
      ),
    );
    const row = this.ws.getRow(r);
    const pt = lines === 1 ? 24 : lines * 26;
    if ((row.height ?? 0) < pt) row.height = pt;
  }

  private width(from: number, to: number): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.ws.getColumn(c).width ?? 9;
    return w;
  }

  /** A line of text across the sheet (merged), as officers do for titles. */
  line(
    text: string,
    opts: { bold?: boolean; center?: boolean; merge?: boolean; boxed?: boolean; height?: number } = {},
  ): void {
    const r = this.row++;
    for (let c = 1; c <= (opts.merge === false ? 1 : this.cols); c++) {
      this.style(r, c, {
        font: { ...FONT, bold: opts.bold ?? false },
        alignment: { horizontal: opts.center ? 'center' : 'left', vertical: 'top', wrapText: opts.merge !== false },
        ...(opts.boxed ? { border: THIN } : {}),
      });
    }
    this.ws.getCell(r, 1).value = text;
    if (opts.merge !== false) this.ws.mergeCells(r, 1, r, this.cols);
    if (opts.height) this.ws.getRow(r).height = opts.height;
    // An unmerged line simply runs on to the right, unwrapped, as typed.
    this.fit(r, opts.merge !== false ? [{ text, width: this.width(1, this.cols) }] : []);
  }

  blank(): void {
    this.row++;
  }

  /** A table header row (bold, shaded, boxed). */
  header(cells: string[]): void {
    const r = this.row++;
    cells.forEach((v, i) => {
      const cell = this.style(r, i + 1, {
        font: { ...FONT, bold: true },
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: THIN,
        fill: HEAD_FILL,
      });
      cell.value = v === '' ? null : v;
    });
    this.fit(
      r,
      cells.map((v, i) => ({ text: v, width: this.width(i + 1, i + 1) })),
    );
  }

  /** An empty boxed row inside a table (where the officer split the table). */
  emptyRow(): void {
    this.header(new Array<string>(this.cols).fill(''));
  }

  /** Data rows of one tool: the tool typed once, merged down its rows (unless `merge` is false). */
  group(tool: string, rows: (string | Score)[][], opts: { merge?: boolean } = {}): void {
    const first = this.row;
    for (const cells of rows) {
      const r = this.row++;
      this.style(r, 1, { border: THIN, alignment: { horizontal: 'center', vertical: 'top' } });
      cells.forEach((v, i) => {
        const last = i === cells.length - 1;
        const cell = this.style(r, i + 2, {
          border: THIN,
          alignment: {
            horizontal: last ? 'center' : typeof v === 'number' ? 'center' : 'left',
            vertical: 'top',
            wrapText: true,
          },
          ...(typeof v === 'number' && last ? { numFmt: '0.00' } : {}),
        });
        cell.value = v;
      });
      this.fit(
        r,
        cells.map((v, i) => ({ text: String(v), width: this.width(i + 2, i + 2) })),
      );
    }
    if (tool !== '') this.ws.getCell(first, 1).value = tool;
    if (tool !== '' && opts.merge !== false && this.row - first > 1) this.ws.mergeCells(first, 1, this.row - 1, 1);
  }
}

function summarySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('สรุปผล', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [12, 10, 55, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const t = new Typist(ws, 4);
  t.line('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน', { bold: true, center: true });
  t.line('ขององค์การบริหารส่วนตำบลตุน อำเภอกันทรารมย์ จังหวัดศรีสะเกษ ในปีงบประมาณ พ.ศ.2567', { bold: true, center: true });
  t.line('เพื่อจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568', { bold: true, center: true });
  t.blank();
  t.line('1.ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินการของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567', { bold: true });
  t.line(
    'จากผลการประเมินฯ ITA ในปีงบประมาณ พ.ศ. 2567 ขององค์การบริหารส่วนตำบลตุน พบว่าคะแนนภาพรวมอยู่ที่ 72.84 คะแนน และอยู่ในระดับ 5,240 ของหน่วยงานประเภท องค์การบริหารส่วนตำบล โดยแบ่งคะแนนตามประเด็น ดังภาพที่ 2',
    { height: 66 },
  );
  t.blank();
  t.line('2.สรุปผลการประเมินรายตัวชี้วัด ประจำปีงบประมาณ พ.ศ. 2567', { bold: true });
  t.header(['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน']);
  // Indicator numbers typed as numbers, the tool once per group (merged down).
  t.group('IIT', [
    [1, 'การปฏิบัติหน้าที่', 93.5],
    [2, 'การใช้งบประมาณ', 94.86],
    [3, 'การใช้อำนาจ', 95.62],
    [4, 'การใช้ทรัพย์สินของราชการ', 80.95],
    [5, 'การแก้ไขปัญหาการทุจริต', 87.81],
  ]);
  t.group('EIT', [
    [6, 'คุณภาพการดำเนินงาน', 91.42],
    [7, 'ประสิทธิภาพการสื่อสาร', 85.77],
    [8, 'การปรับปรุงการทำงาน', 71.15],
  ]);
  t.group('OIT', [
    [9, 'การเปิดเผยข้อมูล', 44.17],
    [10, 'การป้องกันการทุจริต', 60],
  ]);
  // The "ลำดับ" column is centred like the officer would.
  for (let r = 10; r < t.row; r++) ws.getCell(r, 2).alignment = { horizontal: 'center', vertical: 'top' };
}

const ANALYSIS = 'วิเคราะห์ข้อบกพร่อง/ข้อปรับปรุง ข้อที่ต้องพัฒนา หรือรักษาระดับ';

function issuesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('วิเคราะห์ 7 ประเด็น', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [14, 80, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const t = new Typist(ws, 3);
  const HEAD = ['เครื่องมือการประเมิน', 'ข้อความคำถาม', 'คะแนน'];
  t.line(
    '๓. ข้อมูลรายละเอียดการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินการ ขององค์การบริหารส่วน ตำบลนูน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แยกเป็น ๗ ประเด็น ดังต่อไปนี้',
    { bold: true, height: 44 },
  );
  t.blank();

  // ประเด็นที่ 1
  t.line('ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ', { bold: true, boxed: true });
  t.header(HEAD);
  t.group('IIT', [
    ['ข้อ i1 การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไปตามขั้นตอนและระยะเวลา มากน้อยเพียงใด', '92.00'],
    ['ข้อ i2 ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกัน มากน้อยเพียงใด', 88.57],
    ['ข้อ i3 เจ้าหน้าที่ในหน่วยงานของท่าน มีการเรียก รับสลิบบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการหรือไม่', 100],
  ]);
  t.group('OIT', [
    ['ข้อ o7 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 100],
    ['ข้อ o8 แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี', 50],
    ['ข้อ o9 รายงานผลการดำเนินงานประจำปี', 0],
    ['ข้อ o10 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', 100],
  ]);
  t.line(ANALYSIS, { bold: true, boxed: true });
  t.line(
    'หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะต้องวิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียงตัวอย่างว่าจะวิเคราะห์อย่างไร\n' +
      '▪ ข้อบกพร่อง/ข้อปรับปรุง : การรายงานผลการดำเนินงานประจำปีผลการดำเนินงานตามแผนดำเนินงานประจำปี พ.ศ. 2566 ไม่ครบถ้วนตามองค์ประกอบ\n' +
      '▪ การพัฒนา : หน่วยงานควรจัดทำและเผยแพร่ข้อมูลรายงานผลการดำเนินงานประจำปีที่มีเนื้อหาและองค์ประกอบถูกต้องครบถ้วนตามหลักเกณฑ์การประเมิน\n' +
      '▪ การรักษาระดับ : กำหนดให้จัดทำและเผยแพร่ข้อมูลรายงานผลการดำเนินงานประจำปีที่มีเนื้อหาและองค์ประกอบถูกต้องครบถ้วน',
    { boxed: true, height: 150 },
  );
  t.blank();

  // ประเด็นที่ 2: the table is split by an empty row; e9 continues EIT with no tool typed.
  t.line('ประเด็นที่ 2 การให้บริการและระบบ E-Service', { bold: true, boxed: true });
  t.header(HEAD);
  t.group('EIT', [
    ['ข้อ e1 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา', 91.76],
    ['ข้อ e2 เจ้าหน้าที่ปฏิบัติงานหรือให้บริการแก่ท่านและผู้อื่นอย่างเท่าเทียมกัน', 90.59],
    ['ข้อ e3 ท่านเคยถูกเจ้าหน้าที่เรียกรับสลิบบน เพื่อแลกกับการปฏิบัติงานหรือให้บริการแก่ท่านหรือไม่', '100.00'],
    ['ข้อ e7 หน่วยงานมีการเปิดโอกาสให้บุคคลภายนอกได้เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงานของหน่วยงาน', 88.63],
    ['ข้อ e8 หน่วยงานมีการปรับปรุงการดำเนินงานให้ตอบสนองต่อประชาชน', 89.02],
  ]);
  t.emptyRow();
  t.group('', [['ข้อ e9 ท่านเคยใช้งานระบบการให้บริการออนไลน์(E-Service) ของหน่วยงานหรือไม่', 54.9]]);
  t.group('OIT', [
    ['ข้อ o11 คู่มือหรือแนวทางการให้บริการสำหรับผู้รับบริการหรือผู้มาติดต่อ*', 100],
    ['ข้อ o12 ข้อมูลสถิติการให้บริการ*', 0],
    ['ข้อ o13 E-Service', 0],
    ['ข้อ o25 การเปิดโอกาสให้เกิดการมีส่วนร่วม', 0],
  ]);
  t.line(ANALYSIS, { bold: true, merge: false });
  t.line('หน่วยงานวิเคราะห์', { merge: false });
  t.blank();

  // ประเด็นที่ 3: two tables, each with its own header; the title typed outside the table.
  t.line('ประเด็นที่ 3 ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ', { bold: true, merge: false });
  t.header(['เครื่องมือ การ ประเมิน', 'คำถาม', 'คะแนน']);
  t.group('EIT', [
    ['ข้อ e4 หน่วยงานมีช่องทางการเผยแพร่ข้อมูลข่าวสารที่สามารถเข้าถึงได้ง่าย', 90.98],
    ['ข้อ e5 หน่วยงานมีการประชาสัมพันธ์ข้อมูลข่าวสารที่ประชาชนหรือผู้รับบริการควรได้รับทราบอย่างชัดเจน', 90.98],
    ['ข้อ e6 เจ้าหน้าที่สามารถสื่อสาร ตอบข้อซักถาม หรือให้คำอธิบายแก่ท่านได้อย่างชัดเจน', 90.59],
  ]);
  t.header(['เครื่องมือ การ ประเมิน', 'ข้อคำถาม', 'คะแนน']);
  t.group(
    'OIT',
    [
      ['ข้อ o1 โครงสร้าง', 100],
      ['ข้อ o๒ ข้อมูลผู้บริหาร', 0],
      ['ข้อ o๓ อ่าณาหน้าที่', 100],
      ['ข้อ o4 ข้อมูลการติดต่อ', 100],
      ['ข้อ o5 ข่าวประชาสัมพันธ์', 100],
      ['ข้อ o6 Q&A', 100],
    ],
    { merge: false },
  );
  t.line(ANALYSIS, { bold: true, merge: false });
  t.line(
    'หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะได้องวิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียงตัวอย่างว่าจะวิเคราะห์อย่างไร',
    { height: 44 },
  );
  // Lines starting with "-": typed in Excel they are text (an officer prefixes them with an apostrophe).
  t.line('- ข้อบกพร่อง/ข้อปรับปรุง : ไม่แสดงข้อมูลผู้บริหารฝ่ายข้าราชการประจำ');
  t.line('- การพัฒนา : จัดทำและเผยแพร่ข้อมูลข้อมูลผู้บริหารที่มีเนื้อหาและองค์ประกอบถูกต้องครบถ้วนตามหลักเกณฑ์การประเมิน', { height: 44 });
  t.line('- การรักษาระดับ : เผยแพร่ข้อมูลข้อมูลผู้บริหารที่มีเนื้อหาและองค์ประกอบถูกต้องครบถ้วน');
  t.blank();

  // ประเด็นที่ 4: a header, then an empty boxed row before the data.
  t.line('ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ', { bold: true, merge: false });
  t.header(['เครื่องมือ การ ประเมิน', 'ข้อคำถาม', 'คะแนน']);
  t.emptyRow();
  t.group('IIT', [
    ['ข้อ i10 ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ขอยืมทรัพย์สินของราชการไปใช้อย่างถูกต้อง มากน้อยเพียงใด', 69.14],
    ['ข้อ i11 ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่นำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตัว มากน้อยเพียงใด', 95.43],
    ['ข้อ i12 หน่วยงานของท่าน มีการตรวจสอบเพื่อป้องกันการนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตัวเป็นประจำ มากน้อยเพียงใด', 78.29],
  ]);
  t.line(ANALYSIS, { bold: true, merge: false });
  t.line(
    '■หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะได้อาจจะต้องวิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียงตัวอย่างว่าจะวิเคราะห์อย่างไร ■ข้อบกพร่อง/ข้อปรับปรุง : บุคลากรในหน่วยงานบางรายมีการขอยืมทรัพย์สินของทางราชการไปใช้ปฏิบัติงานอย่างไม่ถูกต้อง',
    { height: 66 },
  );
  t.line(
    '■การพัฒนา : หน่วยงานควรระบุขั้นตอนและแนวทางในการขอยืมทรัพย์สินของทางราชการตามประเภทงานด้านต่าง ๆ ไว้ในคู่มือหรือแนวทางการปฏิบัติงานอย่างชัดเจน',
    { height: 44 },
  );
  t.line('■การรักษาระดับ : ประชาสัมพันธ์คู่มือหรือแนวทางการขอยืมทรัพย์สินของราชการให้แก่บุคลากรในหน่วยงานได้รับทราบ');
  t.blank();

  // ประเด็นที่ 5: two tables.
  t.line('ประเด็นที่ 5 กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง', { bold: true, merge: false });
  t.header(['เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน']);
  t.group('IIT', [
    ['ข้อ i4 หน่วยงานของท่าน ใช้จ่ายงบประมาณเป็นไปตามวัตถุประสงค์ มากน้อยเพียงใด', '92.00'],
    [
      'ข้อ i5 ในหน่วยงานของท่าน มีเจ้าหน้าที่ เบิกจ่ายเงินเป็นเท็จ เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด',
      94.86,
    ],
    ['ข้อ i6 หน่วยงานของท่าน มีการใช้งบประมาณหรือการจัดซื้อจัดจ้างที่เอื้อประโยชน์ให้บุคคลใดบุคคลหนึ่ง มากน้อยเพียงใด', 97.71],
  ]);
  t.header(['เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน']);
  t.group('OIT', [
    ['ข้อ o14 รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 50],
    ['ข้อ o15 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 0],
    ['ข้อ o16 ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 50],
    ['ข้อ o17 รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 0],
  ]);
  t.line(ANALYSIS, { bold: true, merge: false });
  t.line(
    'หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะได้อาจจะต้องวิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียงตัวอย่างว่าจะวิเคราะห์อย่างไร ■ข้อบกพร่อง/ข้อปรับปรุง : การจัดซื้อจัดจ้างหรือการจัดหาพัสดุไม่ได้แสดงประกาศการจัดซื้อจัดจ้างฯ ของหน่วยงาน เช่น ประกาศเชิญชวน ประกาศผู้ชนะราคา',
    { height: 66 },
  );
  t.line(
    '■การพัฒนา : จัดทำและเผยแพร่ข้อมูลแผนการจัดซื้อจัดจ้างและประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ที่มีเนื้อหาและองค์ประกอบถูกต้องครบถ้วน',
    { height: 44 },
  );
  t.line('■การรักษาระดับ : จัดทำคู่มือการจัดซื้อจัดจ้างหรือการจัดหาพัสดุและประกาศการจัดซื้อจัดจ้างฯ ของหน่วยงาน');
  t.blank();

  // ประเด็นที่ 6: o15 again (copied from ประเด็น 5).
  t.line('ประเด็นที่ 6 กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล', { bold: true, boxed: true });
  t.header(['เครื่องมือ การ ประเมิน', 'ข้อคำถาม', 'คะแนน']);
  t.group('IIT', [
    ['ข้อ i7 ผู้บังคับบัญชาในหน่วยงานของท่านมีการสั่งให้เจ้าหน้าที่ทำธุระส่วนตัวของ ผู้บังคับบัญชา มากน้อยเพียงใด', 94.29],
    ['ข้อ i8 ผู้บังคับบัญชาในหน่วยงานของท่านมีการสั่งให้เจ้าหน้าที่ทำในสิ่งที่เป็นการ ทุจริตหรือประพฤติมิชอบมากน้อยเพียงใด', 95.43],
    ['ข้อ i9 การบริหารงานบุคคลในหน่วยงานของท่าน มีการให้หรือรับสินบน เพื่อแลกกับการ บรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่งหรือไม่', 97.14],
  ]);
  t.group('OIT', [
    ['ข้อ o15 ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 0],
    ['ข้อ o18 แผนการบริหารและพัฒนาทรัพยากรบุคคล', 0],
    ['ข้อ o19 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 0],
    ['ข้อ o20 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ', '100.00'],
    ['ข้อ o21 การขับเคลื่อนจริยธรรม', 0],
  ]);
  t.line(ANALYSIS, { bold: true, boxed: true });
  t.line(
    'หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะต้องวิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียง ตัวอย่างว่าจะวิเคราะห์อย่างไร\n■ ข้อบกพร่อง/ข้อปรับปรุง :\n■ การพัฒนา :\n■ การรักษาระดับ :',
    { boxed: true, height: 100 },
  );
  t.blank();

  // ประเด็นที่ 7: the third header says "เครื่องมือ การ ประเมิน" instead of คะแนน; ๐33–๐35 typed with THAI DIGIT ZERO.
  t.line('ประเด็นที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน', { bold: true, boxed: true });
  t.header(['เครื่องมือ การ ประเมิน', 'ข้อคำถาม', 'เครื่องมือ การ ประเมิน']);
  t.group('IIT', [
    ['ข้อ i13 ผู้บริหารสูงสุดของหน่วยงานของท่าน ให้ความสำคัญกับการแก้ไขปัญหาการทุจริตและ ประพฤติมิชอบมากน้อยเพียงใด', 90.86],
    [
      'ข้อ i14 ท่านคิดว่าการดำเนินการเพื่อป้องกันการทุจริตและประพฤติมิชอบของหน่วยงานท่าน สามารถป้องกันการทุจริตและประพฤติมิชอบได้ มากน้อยเพียงใด',
      87.43,
    ],
    ['ข้อ i15 ท่านเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบภายใน หน่วยงานของท่าน มากน้อยเพียงใด', 85.14],
  ]);
  t.group('OIT', [
    ['ข้อ o22 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 0],
    ['ข้อ o23 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 100],
    ['ข้อ o24 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 50],
    ['ข้อ o26 ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่', 0],
    ['ข้อ o27 การสร้างวัฒนธรรม No Gift Policy', 100],
    ['ข้อ o28 รายงานผลตามนโยบาย No Gift Policy', 0],
    ['ข้อ o29 รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 100],
    ['ข้อ o30 การประเมินความเสี่ยงการทุจริตในประเด็นที่เกี่ยวข้องกับสินบน', 0],
    ['ข้อ o31 รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ ประจำปี', 100],
    ['ข้อ o32 แผนปฏิบัติการป้องกันการทุจริต', 100],
  ]);
  t.emptyRow();
  t.group('', [
    ['ข้อ ๐33 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 100],
    ['ข้อ ๐34 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 0],
    ['ข้อ ๐35 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายใน', 100],
  ]);
  t.line(ANALYSIS, { bold: true, boxed: true });
  t.line(
    'หน่วยงานวิเคราะห์ประเด็นใดก็ได้ อาจจะได้วิเคราะห์ให้ครบทั้ง 3 ประเด็นก็ได้ ทั้ง 3 ประเด็นที่ยกมาเป็นเพียงตัวอย่างว่าจะวิเคราะห์อย่างไร\n■ ข้อบกพร่อง/ข้อปรับปรุง :\n■ การพัฒนา :\n■ การรักษาระดับ :',
    { boxed: true, height: 100 },
  );
}

/** The sample workbook as bytes (fixed dates, so a rebuild only differs in zip timestamps). */
export async function makeSample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'อบต.ตุน';
  wb.created = wb.modified = new Date(Date.UTC(2024, 10, 15));
  summarySheet(wb);
  issuesSheet(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const isMain = process.argv[1] !== undefined && /make-sample\.ts$/.test(process.argv[1]);
if (isMain) {
  const out = resolve(process.argv[2] ?? 'samples/ita-2567-sample.xlsx');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await makeSample());
  console.log(`wrote ${out}`);
}
