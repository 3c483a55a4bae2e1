/** A small workbook in the seed's layout (shared/seeds/000_…: อบต.ตุน FY2567), as plain grids for the pane's tests. */
import type { Cell, WorkbookSnapshot } from '../../src/domain/types';
import { SEED_INDICATORS, SEED_ITEMS } from '../helpers/seedScan';
import { INDICATOR_NAMES } from '../fixtures/indicatorNames';

const TOOL_OF = (no: number): string => (no <= 5 ? 'IIT' : no <= 8 ? 'EIT' : 'OIT');

/** Sheet "สรุป": title with year and agency, the overall sentence, the indicator table (D4:D13 scores). */
export function summaryGrid(indicators: readonly (number | null)[] = SEED_INDICATORS): Cell[][] {
  return [
    ['การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ขององค์การบริหารส่วนตำบลตุน ประจำปีงบประมาณ พ.ศ. 2567'],
    ['คะแนนภาพรวมอยู่ที่ 72.84 คะแนน'],
    ['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
    ...INDICATOR_NAMES.map((name, k): Cell[] => [
      k === 0 || k === 5 || k === 8 ? TOOL_OF(k + 1) : null,
      k + 1,
      name,
      indicators[k] ?? null,
    ]),
  ];
}

/** Sheet "รายข้อ": one table `เครื่องมือ | ข้อคำถาม | คะแนน`, every item of FY2567 with the seed's scores. */
export function itemsGrid(items: Readonly<Record<string, number | null>> = SEED_ITEMS): Cell[][] {
  return [
    ['เครื่องมือการประเมิน', 'ข้อคำถาม', 'คะแนน'],
    ...Object.entries(items).map(([code, score]): Cell[] => [
      code.startsWith('i') ? 'IIT' : code.startsWith('e') ? 'EIT' : 'OIT',
      code,
      score,
    ]),
  ];
}

/** The seed workbook as a snapshot. */
export function seedSnapshot(): WorkbookSnapshot {
  return {
    sheets: [
      { name: 'สรุป', origin: { row: 0, col: 0 }, values: summaryGrid() },
      { name: 'รายข้อ', origin: { row: 0, col: 0 }, values: itemsGrid() },
    ],
  };
}
