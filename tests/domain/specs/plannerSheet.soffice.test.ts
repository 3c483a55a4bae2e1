/**
 * The what-if sheet as a live model outside the add-in: rendered to .xlsx by the xlsx adapter, next to sheets holding
 * the seed's own cells, target cells edited with exceljs, recalculated by LibreOffice (fresh profile forces recalculation).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../../src/domain/a1';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { buildPlannerSheet, plannerCells } from '../../../src/domain/specs/plannerSheet';
import { itemGains } from '../../../src/domain/planner/gains';
import { project } from '../../../src/domain/planner/project';
import { seedSummary } from '../../helpers/seedSummary';
import { SEED_INDICATORS, SEED_ITEMS } from '../../helpers/seedScan';
import { specCells } from '../../helpers/specCell';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../../helpers/soffice';
import { changesOf } from '../../helpers/changes';

const s = seedSummary();
const spec = buildPlannerSheet(s, { lang: 'th', thaiDigits: false });
const cells = plannerCells(s);

/** The user's workbook as seedScan describes it (Items!C2…, Summary!D2:D11), plus our planner sheet. */
async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const items = wb.addWorksheet('Items');
  Object.entries(SEED_ITEMS).forEach(([code, v], k) => {
    items.getCell(`A${k + 2}`).value = code;
    items.getCell(`C${k + 2}`).value = v;
  });
  const sum = wb.addWorksheet('Summary');
  SEED_INDICATORS.forEach((v, k) => {
    sum.getCell(`D${k + 2}`).value = v;
  });
  const book = await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  await book.write(changesOf({ addSheets: [spec] }));
  return book.toBuffer();
}

async function edited(bytes: Uint8Array, edits: Record<string, number>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(spec.name)!;
  for (const [ref, v] of Object.entries(edits)) ws.getCell(ref).value = v;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function recalculated(dir: string, name: string, bytes: Uint8Array): Promise<(ref: string) => string> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  const [csv] = await convertWithSoffice(path, 'csv', join(dir, name), { sheet: 3 });
  const rows = parseCsv(readFileSync(csv!, 'utf8'));
  return (ref) => {
    const p = parseA1(ref)!;
    return rows[p.row]?.[p.col] ?? '';
  };
}

/** A number LibreOffice computed (an empty cell or an error such as Err:508 fails, never reads as 0). */
const num = (get: (ref: string) => string, ref: string): number => {
  const t = get(ref);
  if (!/^-?\d+(\.\d+)?(E-?\d+)?$/i.test(t)) throw new Error(`${ref}: not a number: "${t}"`);
  return Number(t);
};

describe.skipIf(SKIP_SOFFICE)('planner sheet in LibreOffice', () => {
  it('recomputes every formula to our own numbers, and follows edited target cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-planner-'));
    const bytes = await workbookBytes();

    // 1. As written: LibreOffice's recalculation agrees with every cached number and label of the spec.
    const asIs = await recalculated(dir, 'as-is', bytes);
    let checked = 0;
    for (const { ref, cell } of specCells(spec)) {
      if (cell.formula === undefined) continue;
      if (typeof cell.value === 'number') expect(num(asIs, ref), ref).toBeCloseTo(cell.value, 6);
      else expect(asIs(ref), ref).toBe(cell.value ?? '');
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    expect(num(asIs, cells.projectedOverall)).toBeCloseTo(91.9998, 4);

    // 2. Edited: o26 back to 0 (−2.0), i10 to 100 (+0.02·30.86 = 0.6172), indicator 8 to 78 (EIT (91.42+85.77+78)/3 = 85.0633).
    const edits = { [cells.targetOf('o26')!]: 0, [cells.targetOf('i10')!]: 100, [cells.eitTargetOf(8)!]: 78 };
    const after = await recalculated(dir, 'edited', await edited(bytes, edits));
    const docs = Object.fromEntries(
      itemGains(s)
        .filter((g) => g.kind === 'document')
        .map((g) => [g.code, 100]),
    );
    const expected = project(s, { ...docs, o26: 0, i10: 100 }, { 8: 78 });
    // by hand: 91.9998 − 2 + 0.6172 + 0.3·(85.0633 − 82.78) = 91.3020
    expect(expected.overall!).toBeCloseTo(91.9998 - 2 + 0.6172 + 0.3 * ((91.42 + 85.77 + 78) / 3 - 82.78), 4);
    expect(num(after, cells.projectedOverall)).toBeCloseTo(expected.overall!, 6);
    expect(after(cells.projectedRating)).toBe('ผ่านดี'); // EIT now ≥ 85: the per-tool rule no longer blocks
    expect(num(after, 'I7')).toBeCloseTo(0, 9); // o26's gain follows its target
    expect(num(after, 'J7')).toBeCloseTo(s.overall.score!, 6); // cumulative starts from the current overall
    expect(num(after, 'I27')).toBeCloseTo(0.6172, 6);
  }, 300_000);
});
