/**
 * The whole pipeline read by an independent spreadsheet program: the CLI's output opened in LibreOffice
 * (recalculating every formula on load) gives the same numbers as our cached values; and after a reviewer
 * edits a score in the user's table, our summary follows in plain LibreOffice, without the add-in.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { META_SHEET } from '../../src/app/port';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../helpers/soffice';

const SAMPLE = 'samples/ita-2567-sample.xlsx';

async function cli(...argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, {
    out: (s) => {
      out += s;
    },
    err: () => {},
    env: {},
  });
  expect(code).toBe(0);
  return out;
}

async function csvSheets(xlsx: string, dir: string): Promise<Map<string, string[][]>> {
  const files = await convertWithSoffice(xlsx, 'csv', dir, { sheet: 'all' });
  const base = basename(xlsx, '.xlsx');
  const out = new Map<string, string[][]>();
  for (const f of files) out.set(basename(f, '.csv').slice(base.length + 1), parseCsv(await readFile(f, 'utf8')));
  return out;
}

type FormulaCell = { sheet: string; address: string; row: number; col: number; cached: unknown };

async function formulaCells(xlsx: string, sheets: (name: string) => boolean): Promise<FormulaCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const out: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    if (!sheets(ws.name)) continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.isMerged && c.master !== c) return; // exceljs repeats the master's value in merged cells
        // c.result, not c.value.result: exceljs's value drops falsy results (0, "").
        if (c.formula)
          out.push({ sheet: ws.name, address: c.address, row: Number(c.row), col: Number(c.col), cached: c.result });
      }),
    );
  }
  return out;
}

describe.skipIf(SKIP_SOFFICE)('LibreOffice recomputes our formulas to our numbers', () => {
  let dir = '';
  let out = '';
  let ours: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ita-lo-'));
    out = join(dir, 'result.xlsx');
    const json = JSON.parse(await cli('analyze', SAMPLE, '-o', out, '--json'));
    ours = json.sheetsWritten;
  }, 240_000);

  it('every formula cell of our sheets: LibreOffice value = cached value', async () => {
    const cells = await formulaCells(out, (n) => ours.includes(n));
    expect(cells.length).toBeGreaterThan(80);
    const csv = await csvSheets(out, join(dir, 'csv1'));
    let numbers = 0;
    for (const c of cells) {
      const got = csv.get(c.sheet)?.[c.row - 1]?.[c.col - 1];
      expect(got, `${c.sheet}!${c.address}`).toBeDefined();
      if (typeof c.cached === 'number') {
        numbers++;
        expect(Number(got), `${c.sheet}!${c.address}`).toBeCloseTo(c.cached, 6);
      } else {
        expect(got, `${c.sheet}!${c.address}`).toBe(String(c.cached ?? ''));
      }
    }
    expect(numbers).toBeGreaterThan(50);
  }, 240_000);

  it('a reviewer edits o2 (0 → 100) in the user table: the summary follows in LibreOffice, to what our engine computes', async () => {
    const before = JSON.parse(await cli('analyze', out, '--json'));
    const o2 = before.items.find((i: { code: string }) => i.code === 'o2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    wb.getWorksheet(o2.sheet)!.getCell(o2.cell).value = 100;
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const after = JSON.parse(await cli('analyze', edited, '--json'));
    expect(after.overall.score).toBeGreaterThan(before.overall.score + 0.5);
    // Where is the overall score in our summary sheet? The formula cell whose cached value is the old overall.
    const summaryName = ours[0]!;
    const cells = await formulaCells(out, (n) => n === summaryName);
    const overallCell = cells.find(
      (c) => typeof c.cached === 'number' && Math.abs((c.cached as number) - before.overall.score) < 1e-9,
    );
    expect(overallCell, 'overall cell in the summary sheet').toBeDefined();
    const csv = await csvSheets(edited, join(dir, 'csv2'));
    const got = Number(csv.get(summaryName)![overallCell!.row - 1]![overallCell!.col - 1]);
    expect(got).toBeCloseTo(after.overall.score, 6);
    expect(csv.has(META_SHEET)).toBe(true);
  }, 240_000);
});
