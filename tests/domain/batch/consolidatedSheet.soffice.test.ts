/**
 * The consolidated workbook as its readers get it: rendered by the xlsx adapter, recalculated by LibreOffice (every
 * COUNTIF, AVERAGE, RANK, rating and distance formula gives the value we cached), and printed to PDF (A4 landscape,
 * the agency header repeated on every page of the table). Page images are kept under test-results/batch/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyWorkbook, generateAgency, LAYOUTS, naccListGrid } from '../../../scripts/agencyWorkbooks';
import { newWorkbookWith, openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { standaloneChanges } from '../../../src/app/standalone';
import { analyzeSnapshot } from '../../../src/app/workbench';
import { parseA1 } from '../../../src/domain/a1';
import { agenciesOfScan, agencyFromSummary, type AgencyResult } from '../../../src/domain/batch/agencies';
import { consolidate } from '../../../src/domain/batch/consolidate';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { DEFAULT_SETTINGS, DEFAULT_THRESHOLDS } from '../../../src/domain/settings';
import { buildConsolidated } from '../../../src/domain/specs/consolidatedSheet';
import type { Cell } from '../../../src/domain/types';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../../helpers/soffice';
import { specCells } from '../../helpers/specCell';

async function consolidatedWorkbook(): Promise<{ bytes: Uint8Array; spec: ReturnType<typeof buildConsolidated> }> {
  const agencies: AgencyResult[] = [];
  for (let i = 0; i < 12; i++) {
    const wb = agencyWorkbook(generateAgency(i, 5), LAYOUTS[i % LAYOUTS.length]!);
    const snap = await (await openXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).read();
    agencies.push(agencyFromSummary(analyzeSnapshot(snap, DEFAULT_SETTINGS).summary, `agencies/${i}.xlsx`));
  }
  const list = Array.from({ length: 30 }, (_, i) => {
    const g = generateAgency(50 + i, 5);
    return { name: g.name, district: g.district, iit: g.tools.IIT, eit: g.tools.EIT, oit: g.tools.OIT };
  });
  const scan = scanWorkbook({
    sheets: [
      { name: 'รายชื่อ', origin: { row: 0, col: 0 }, values: naccListGrid(list, { thaiDigits: true }) as Cell[][] },
    ],
  });
  agencies.push(
    ...agenciesOfScan(scan, { settings: DEFAULT_SETTINGS, year: 2567, refs: false, file: 'lists/ศรีสะเกษ.xlsx' }),
  );
  const spec = buildConsolidated(consolidate(agencies), {
    lang: 'th',
    thaiDigits: false,
    thresholds: DEFAULT_THRESHOLDS,
    link: (a) => ({ url: encodeURI(a.file!) }),
  });
  const book = await newWorkbookWith([]);
  await book.write(standaloneChanges([spec], 'th', new Date('2026-12-01T00:00:00Z')));
  return { bytes: await book.toBuffer(), spec };
}

describe.skipIf(SKIP_SOFFICE)('the consolidated workbook in LibreOffice', () => {
  it('is valid SpreadsheetML; recalculated, every formula gives the cached value; printed, A4 landscape with the header on every table page', async () => {
    const { bytes, spec } = await consolidatedWorkbook();
    expect(describeInvalid(await validatePackage(bytes))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'ita-consolidated-'));
    const path = join(dir, 'consolidated.xlsx');
    writeFileSync(path, bytes);

    const [csv] = await convertWithSoffice(path, 'csv', join(dir, 'csv'), { sheet: 1 });
    const rows = parseCsv(readFileSync(csv!, 'utf8'));
    const formulas = specCells(spec).filter((x) => x.cell.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(42 * 5);
    const wrong: string[] = [];
    for (const { ref, cell } of formulas) {
      const p = parseA1(ref)!;
      const got = rows[p.row]?.[p.col] ?? '';
      const want = cell.value ?? '';
      // Percent-formatted cells come out of the CSV filter as "26.19…%".
      const n = got.endsWith('%') ? Number(got.slice(0, -1)) / 100 : Number(got);
      const ok = typeof want === 'number' ? got !== '' && Math.abs(n - want) < 1e-6 : got === String(want);
      if (!ok) wrong.push(`${ref} ${cell.formula} → "${got}", cached ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);

    const [pdf] = await convertWithSoffice(path, 'pdf', join(dir, 'pdf'));
    const info = execFileSync('pdfinfo', [pdf!], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((t) => t.trim());
    expect(text).toHaveLength(pages);
    const first = text.findIndex((t) => t.includes('ง. รายหน่วยงาน'));
    expect(first).toBeGreaterThanOrEqual(0);
    // From the table's first page on, every page starts with the agency header (print titles).
    for (const t of text.slice(first)) expect(t).toMatch(/อันดับ\s+หน่วยงาน/);
    const out = join('test-results', 'batch');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf!, join(out, 'consolidated-th')]);
  }, 300_000);
});
