/** A large synthetic workbook for scanner benchmarks: budget-like rows (dates, Thai text, amounts) plus one ITA item table per sheet. */
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../src/domain/types';
import { rng } from '../scripts/rng';

export type SyntheticOptions = {
  readonly sheets?: number;
  readonly rows?: number;
  readonly cols?: number;
  readonly seed?: number;
};

const TEXTS = [
  'ค่าวัสดุสำนักงาน',
  'ค่าจ้างเหมาบริการ',
  'โครงการอบรมคุณธรรม',
  'การจัดซื้อครุภัณฑ์',
  'ค่าสาธารณูปโภค',
  'เงินเดือนพนักงาน',
  'Office supplies',
  'ค่าน้ำมันเชื้อเพลิง',
];
const DEPTS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', null];
/** The item codes of FY2567 (i1–i15, e1–e9, o1–o35). */
export const SYNTHETIC_CODES: readonly string[] = [
  ...Array.from({ length: 15 }, (_, k) => `i${k + 1}`),
  ...Array.from({ length: 9 }, (_, k) => `e${k + 1}`),
  ...Array.from({ length: 35 }, (_, k) => `o${k + 1}`),
];

/** sheets × rows × cols cells (default 50 × 2,000 × 12); each sheet starts with a 59-item table (`ข้อ i1 … | score`). */
export function syntheticWorkbook(opts: SyntheticOptions = {}): WorkbookSnapshot {
  const nSheets = opts.sheets ?? 50;
  const nRows = opts.rows ?? 2000;
  const nCols = opts.cols ?? 12;
  const rand = rng(opts.seed ?? 42);
  const sheets: SheetSnapshot[] = [];
  for (let s = 0; s < nSheets; s++) {
    const values: Cell[][] = [];
    values.push(
      ['เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน', ...Array<Cell>(Math.max(0, nCols - 3)).fill(null)].slice(0, nCols),
    );
    for (const code of SYNTHETIC_CODES) {
      if (values.length >= nRows) break;
      const score = code.startsWith('o')
        ? [0, 50, 100][Math.floor(rand() * 3)]!
        : Math.round(rand() * 5000 + 5000) / 100;
      const row: Cell[] = [null, `ข้อ ${code} คำถามตัวอย่าง`, rand() < 0.3 ? score.toFixed(2) : score];
      while (row.length < nCols) row.push(null);
      values.push(row.slice(0, nCols));
    }
    values.push(Array<Cell>(nCols).fill(null));
    while (values.length < nRows) {
      const r = values.length;
      const row: Cell[] = [];
      for (let c = 0; c < nCols; c++) {
        const x = rand();
        if (c === 0)
          row.push(
            `25${60 + (r % 10)}-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`,
          );
        else if (c === 1) row.push(`${TEXTS[r % TEXTS.length]} รายการที่ ${r}`);
        else if (c === nCols - 1) row.push(DEPTS[r % DEPTS.length]!);
        else if (x < 0.08) row.push(null);
        else if (x < 0.12) row.push(String(Math.round(x * 100000) / 100));
        else row.push(Math.round(x * 1e6) / 100);
      }
      values.push(row);
    }
    sheets.push({ name: `Sheet${s + 1}`, origin: { row: 0, col: 0 }, values });
  }
  return { sheets };
}

/** Number of cells in a snapshot (ragged rows counted as typed). */
export function cellCount(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const s of wb.sheets) for (const r of s.values) n += r.length;
  return n;
}
