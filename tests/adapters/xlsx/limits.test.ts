/**
 * Limits, checked on the zip directory before inflating, and caps that are said, never silent: a zip bomb (honest
 * or lying about its size), a part too large, a sheet past the cell cap (whole rows kept, the analysis says which),
 * more than 125,000 issues in the text report, control characters kept from the terminal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage, scoreSheet, zipBombOf } from '../../../scripts/make-corpus';
import { LimitError } from '../../../src/adapters/xlsx/limits';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { analyzeSnapshot } from '../../../src/app/workbench';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { runCli, type Run } from '../../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'ita-limits-'));
const ita = (...argv: string[]): Promise<Run> => runCli(argv);

async function refusal(bytes: Uint8Array): Promise<LimitError> {
  try {
    await (await openXlsx(bytes)).read();
  } catch (e) {
    if (e instanceof LimitError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('zip bombs and parts too large, answered before inflating', () => {
  it('an honest 2.9 GB sheet part is refused on its declared size, at once, naming the part and the sheet', async () => {
    const bomb = await zipBombOf(2800, 'honest');
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const t0 = performance.now();
    const e = await refusal(bomb);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.code).toBe('input.partTooLarge');
    expect(e.params.part).toBe('xl/worksheets/sheet1.xml ("bomb")');
    const path = join(dir, 'bomb.xlsx');
    writeFileSync(path, bomb);
    const r = await ita('analyze', path, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('bomb.xlsx');
    expect(r.err).toContain('xl/worksheets/sheet1.xml');
    expect(r.err).toMatch(/unpacks to 2\d{3} MB, more than the 1024 MB/);
  });

  it('a bomb under the size limit is refused on its compression ratio', async () => {
    const e = await refusal(await zipBombOf(600, 'honest'));
    expect(e.code).toBe('input.zipBomb');
    expect(Number(e.params.ratio)).toBeGreaterThan(250);
  });

  it('a bomb that lies about its size is stopped where it passes the size it declared', async () => {
    const before = process.memoryUsage().rss;
    const e = await refusal(await zipBombOf(2800, 1_000_000));
    expect(e.code).toBe('input.sizeMismatch');
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });
});

describe('caps are said, never silent', () => {
  it('a sheet past the cell cap keeps whole rows up to it, and the analysis names the sheet and the last row read', async () => {
    const bytes = buildPackage({
      sheets: [
        { name: 'คะแนน', part: 'xl/worksheets/sheet1.xml', xml: scoreSheet() },
        { name: 'อื่น', part: 'xl/worksheets/sheet2.xml', xml: scoreSheet() },
      ],
    });
    const wb = await openXlsx(bytes, { limits: { maxSheetCells: 90, maxWorkbookCells: 100 } });
    const snap = await wb.read();
    const [a, b] = snap.sheets;
    expect(a!.values.length).toBe(30); // 3 cells a row: 30 rows = 90 cells
    expect(a!.truncated).toEqual({ cells: 180, limit: 90 });
    expect(b!.values.length).toBe(3);
    expect(b!.truncated).toEqual({ cells: 180, limit: 10 });
    const issues = analyzeSnapshot(snap, DEFAULT_SETTINGS).issues.filter(
      (i) => i.code === 'scan.sheetTooLarge' || i.code === 'read.sheetNotRead',
    );
    expect(issues).toEqual([
      {
        code: 'scan.sheetTooLarge',
        severity: 'warning',
        sheet: 'คะแนน',
        cell: 'A30',
        params: { cells: 180, limit: 90, rows: 30 },
      },
      {
        code: 'scan.sheetTooLarge',
        severity: 'warning',
        sheet: 'อื่น',
        cell: 'A3',
        params: { cells: 180, limit: 10, rows: 3 },
      },
    ]);
    const none = await openXlsx(bytes, { limits: { maxSheetCells: 90, maxWorkbookCells: 90 } });
    const s2 = (await none.read()).sheets[1]!;
    expect(s2.values).toEqual([]);
    expect(
      analyzeSnapshot(await none.read(), DEFAULT_SETTINGS).issues.find((i) => i.code === 'read.sheetNotRead'),
    ).toMatchObject({ sheet: 'อื่น', params: { cells: 180 } });
  });
});

describe('the text report', () => {
  it('prints more than 125,000 issues without overflowing the stack', async () => {
    const rows: string[] = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>ข้อ</t></is></c><c r="B1" t="inlineStr"><is><t>คะแนน</t></is></c></row>',
    ];
    for (let r = 2; r <= 130_002; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>i${(r % 15) + 1}</t></is></c><c r="B${r}"><v>${50 + (r % 40)}</v></c></row>`,
      );
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const path = join(dir, 'many.xlsx');
    writeFileSync(path, buildPackage({ sheets: [{ name: 'มาก', part: 'xl/worksheets/sheet1.xml', xml }] }));
    const r = await ita('analyze', path, '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n').filter((l) => l.includes('appears twice')).length).toBeGreaterThan(125_000);
  }, 120_000);

  it('control characters in cell text never reach the terminal', async () => {
    const xml = scoreSheet({ extra: (r) => (r === 2 ? '<c r="D2" t="inlineStr"><is><t>x</t></is></c>' : '') }).replace(
      '<c r="C3" s="2"><v>88.57</v></c>',
      '<c r="C3" t="inlineStr"><is><t>_x001B_]0;pwned_x0007__x001B_[31mแดง</t></is></c>',
    );
    const path = join(dir, 'control.xlsx');
    writeFileSync(path, buildPackage({ sheets: [{ name: 'คะแนน', part: 'xl/worksheets/sheet1.xml', xml }] }));
    for (const json of [false, true]) {
      const r = await ita('analyze', path, '--lang', 'en', ...(json ? ['--json'] : []));
      expect(r.code, r.err).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.out).toContain(json ? '\\u001b' : '\ufffd]0;pwned');
    }
  });
});
