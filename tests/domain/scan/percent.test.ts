import { describe, expect, it } from 'vitest';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import type { Cell, WorkbookSnapshot } from '../../../src/domain/types';

const codes = ['i1', 'i2', 'i3', 'o1', 'o2'];
const scores = [0.92, 0.8857, 1, 1, 0.5];

function wb(percent: boolean): WorkbookSnapshot {
  const values: Cell[][] = [
    ['ข้อ', 'คะแนน'],
    ...codes.map((c, i): Cell[] => [c, percent ? scores[i]! : scores[i]! * 100]),
  ];
  return {
    sheets: [
      {
        name: 'S',
        origin: { row: 0, col: 0 },
        values,
        ...(percent ? { percent: codes.map((_, i) => `B${i + 2}`) } : {}),
      },
    ],
  };
}

describe('scores stored as percentages', () => {
  it('read as Excel shows them (×100), formulas over them read cell*100; the same numbers typed plainly read alike', () => {
    const p = summarize(scanWorkbook(wb(true)));
    const plain = summarize(scanWorkbook(wb(false)));
    const scored = plain.items.filter((i) => i.score !== null);
    expect(scored).toHaveLength(codes.length);
    for (const it of scored) expect(p.items.find((i) => i.code === it.code)?.score).toBeCloseTo(it.score!, 9);
    expect(p.items.find((i) => i.code === 'i2')?.score).toBe(88.57);
    expect(p.items.find((i) => i.code === 'i2')?.formulaRef).toBe('S!$B$3*100');
    expect(plain.items.find((i) => i.code === 'i2')?.formulaRef).toBe('S!$B$3');
    // An OIT 0.5 formatted % is 50: on the scale, no warning.
    expect(p.issues.filter((i) => i.code === 'item.oitScale')).toEqual([]);
  });
});
