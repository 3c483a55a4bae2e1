import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { makeSample } from '../../scripts/make-sample';
import { cellAt, nonNullCells, sheetOf } from '../contract/portContract';
import type { SheetSnapshot } from '../../src/domain/types';

const committed = readFileSync(join(__dirname, '../../samples/ita-2567-sample.xlsx'));

/** Column-A-to-C text of every row, to find rows by content. */
const rowsOf = (s: SheetSnapshot) => s.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
const findRow = (s: SheetSnapshot, needle: string) =>
  rowsOf(s).findIndex((r) => r.some((v) => v.includes(needle))) + s.origin.row + 1;

describe('samples/ita-2567-sample.xlsx', () => {
  it('is what scripts/make-sample.ts builds (same sheets, same cells)', async () => {
    const a = await (await openXlsx(new Uint8Array(committed))).read();
    const b = await (await openXlsx(await makeSample())).read();
    expect(a.sheets.map((s) => s.name)).toEqual(['สรุปผล', 'วิเคราะห์ 7 ประเด็น']);
    for (const s of a.sheets) expect(nonNullCells(s)).toEqual(nonNullCells(sheetOf(b, s.name)));
  });

  it('holds the seed summary: title, overall sentence, indicator table with merged tools and the 93.5 typo', async () => {
    const wb = await openXlsx(new Uint8Array(committed));
    const s = sheetOf(await wb.read(), 'สรุปผล');
    expect(cellAt(s, 'A2')).toBe('ขององค์การบริหารส่วนตำบลตุน อำเภอกันทรารมย์ จังหวัดศรีสะเกษ ในปีงบประมาณ พ.ศ.2567');
    expect(String(cellAt(s, 'A6'))).toContain('คะแนนภาพรวมอยู่ที่ 72.84 คะแนน และอยู่ในระดับ 5,240');
    expect([cellAt(s, 'A9'), cellAt(s, 'B9'), cellAt(s, 'C9'), cellAt(s, 'D9')]).toEqual([
      'แบบ',
      'ลำดับ',
      'รายละเอียดตัวชี้วัด',
      'คะแนน',
    ]);
    expect([cellAt(s, 'A10'), cellAt(s, 'A11'), cellAt(s, 'A15'), cellAt(s, 'A18')]).toEqual([
      'IIT',
      null,
      'EIT',
      'OIT',
    ]);
    const scores = Array.from({ length: 10 }, (_, i) => cellAt(s, `D${10 + i}`));
    expect(scores).toEqual([93.5, 94.86, 95.62, 80.95, 87.81, 91.42, 85.77, 71.15, 44.17, 60]);
    // Styles as another reader (exceljs) sees them in the committed file.
    const ex = new ExcelJS.Workbook();
    await ex.xlsx.load(committed as unknown as ExcelJS.Buffer);
    const ws = ex.getWorksheet('สรุปผล')!;
    expect(ws.getCell('D19').numFmt).toBe('0.00');
    expect(ws.getCell('C10').font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
    expect((ws as unknown as { model: { merges: string[] } }).model.merges).toEqual(
      expect.arrayContaining(['A10:A14', 'A15:A17', 'A18:A19']),
    );
  });

  it('holds the 7 ประเด็น with their quirks', async () => {
    const s = sheetOf(await (await openXlsx(new Uint8Array(committed))).read(), 'วิเคราะห์ 7 ประเด็น');
    expect(String(cellAt(s, 'A1'))).toContain('ตำบลนูน');
    const text = rowsOf(s).flat();
    const items = text.filter((v) => v.startsWith('ข้อ '));
    expect(items).toHaveLength(60); // 59 items of FY2567 (15 IIT, 9 EIT, 35 OIT) + o15 twice
    expect(items.filter((v) => v.startsWith('ข้อ o15 '))).toHaveLength(2);
    for (const q of [
      'ข้อ o๒ ข้อมูลผู้บริหาร',
      'ข้อ o๓ อ่าณาหน้าที่',
      'ข้อ ๐33 ',
      'ข้อ ๐34 ',
      'ข้อ ๐35 ',
      'ผู้มาติดต่อ*',
      'ข้อมูลสถิติการให้บริการ*',
    ]) {
      expect(
        text.some((v) => v.includes(q)),
        q,
      ).toBe(true);
    }
    expect('๐'.codePointAt(0)).toBe(0x0e50);
    const i1 = findRow(s, 'ข้อ i1 ');
    expect(cellAt(s, `C${i1}`)).toBe('92.00'); // typed as text
    expect(cellAt(s, `C${findRow(s, 'ข้อ i2 ')}`)).toBe(88.57);
    // ประเด็น 7's wrong header; the empty row that splits ประเด็น 2.
    const h7 = findRow(s, 'ข้อ i13 ') - 1;
    expect(cellAt(s, `C${h7}`)).toBe('เครื่องมือ การ ประเมิน');
    const e9 = findRow(s, 'ข้อ e9 ');
    expect([cellAt(s, `A${e9 - 1}`), cellAt(s, `B${e9 - 1}`), cellAt(s, `C${e9 - 1}`)]).toEqual([null, null, null]);
    expect(cellAt(s, `A${e9}`)).toBeNull();
    expect(text.filter((v) => v === 'วิเคราะห์ข้อบกพร่อง/ข้อปรับปรุง ข้อที่ต้องพัฒนา หรือรักษาระดับ')).toHaveLength(7);
    expect(text).toContain('- ข้อบกพร่อง/ข้อปรับปรุง : ไม่แสดงข้อมูลผู้บริหารฝ่ายข้าราชการประจำ');
  });
});
