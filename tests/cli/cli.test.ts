/** The command line, in process: exit codes, messages naming the file, JSON, and the output workbook. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Run } from '../helpers/cli';

const SAMPLE = 'samples/ita-2567-sample.xlsx';
const CHART = 'tests/fixtures/chart-with-scores.xlsx';
const LEGACY = 'tests/fixtures/legacy.xls';

const ita = (...argv: string[]): Promise<Run> => runCli(argv, { now: new Date('2026-11-24T00:00:00Z') });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-cli-'));
});

async function xlsxWith(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const p = join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(p);
  return p;
}

describe('usage errors exit 2', () => {
  it.each([
    [['analyze'], 'Name the .xlsx file'],
    [['analyze', 'a.xlsx', '--bogus'], 'Unknown option --bogus'],
    [['analyze', 'a.xlsx', '--year', 'soon'], '--year must be a Buddhist Era year'],
    [['frobnicate'], 'Unknown command'],
    [['analyze', 'a.xlsx', '-o', 'b.csv'], 'must end in .xlsx'],
    [['analyze', SAMPLE, '-o', SAMPLE], 'the input file itself'],
  ])('%j', async (argv, text) => {
    const r = await ita(...argv, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
  });
  it('help exits 0 and speaks Thai by default', async () => {
    const r = await ita('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('วิธีใช้');
  });
});

describe('input problems exit 1 with a message naming the file, no stack trace', () => {
  it('missing file', async () => {
    const r = await ita('analyze', 'nope.xlsx', '--lang', 'en');
    expect([r.code, r.err.trim()]).toEqual([1, 'File "nope.xlsx" was not found']);
  });
  it('missing file, in Thai', async () => {
    const r = await ita('analyze', 'ไม่มี.xlsx');
    expect(r.err.trim()).toBe('ไม่พบไฟล์ "ไม่มี.xlsx"');
  });
  it('not an xlsx', async () => {
    const p = join(dir, 'notes.xlsx');
    await writeFile(p, 'just text');
    const r = await ita('analyze', p, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not an Excel workbook');
  });
  it('a legacy .xls', async () => {
    const r = await ita('analyze', LEGACY, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('old Excel file (.xls)');
  });
  it('a corrupt (truncated) workbook', async () => {
    const bytes = await readFile(SAMPLE);
    const p = join(dir, 'truncated.xlsx');
    await writeFile(p, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await ita('analyze', p, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/damaged|not an Excel workbook/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
  it('an encrypted workbook (CFB container with an EncryptionInfo stream)', async () => {
    const b = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
    const p = join(dir, 'locked.xlsx');
    await writeFile(p, b);
    const r = await ita('analyze', p, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('password-protected');
  });
  it('an empty workbook', async () => {
    const p = await xlsxWith((wb) => {
      wb.addWorksheet('Sheet1');
    });
    const r = await ita('analyze', p, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('This workbook is empty');
    expect(r.err).toContain(p);
  });
  it('a workbook without any score table', async () => {
    const p = await xlsxWith((wb) => {
      const ws = wb.addWorksheet('Budget');
      ws.addRows([
        ['Item', 'Amount'],
        ['Paper', 1200],
        ['Fuel', 5300],
        [1, 2],
        [3, 4],
      ]);
    });
    const r = await ita('analyze', p, '--lang', 'en', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('No ITA score table');
    expect(JSON.parse(r.out).error.code).toBe('scan.noTables');
  });
  it('a workbook with a chart is written into, the chart kept byte for byte; --separate still writes our sheets to a new workbook', async () => {
    const out = join(dir, 'chart-out.xlsx');
    const r = await ita('analyze', CHART, '-o', out, '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const before = await JSZip.loadAsync(await readFile(CHART));
    const after = await JSZip.loadAsync(await readFile(out));
    for (const name of Object.keys(before.files).filter((n) => /^xl\/(charts|drawings)\//.test(n))) {
      expect(await after.file(name)?.async('string'), name).toBe(await before.file(name)!.async('string'));
    }
    const out2 = join(dir, 'chart-separate.xlsx');
    const r2 = await ita('analyze', CHART, '-o', out2, '--separate', '--lang', 'en');
    expect(r2.code, r2.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out2);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).not.toContain('คะแนน');
    expect(names.length).toBeGreaterThanOrEqual(4);
    // Values only: a separate workbook cannot reference the user's sheets.
    wb.worksheets.forEach((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.formula) expect(c.formula).not.toContain('รายข้อ');
        }),
      ),
    );
  });
});

describe('the bundled sample', () => {
  let json: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    const r = await ita('analyze', SAMPLE, '--json', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    json = JSON.parse(r.out);
  });
  const ind = (no: number) => json.indicators.find((i: { no: number }) => i.no === no);
  const r2 = (x: number) => Math.round(x * 100) / 100;

  it('indicator scores, flags and the overall', () => {
    expect(r2(ind(1).score)).toBe(93.52);
    expect(ind(1).reported).toBe(93.5);
    expect([2, 3, 4, 5].map((n) => r2(ind(n).score))).toEqual([94.86, 95.62, 80.95, 87.81]);
    expect(r2(ind(9).score)).toBe(44.17);
    expect(r2(ind(10).score)).toBe(60);
    expect(r2(json.overall.score)).toBe(72.83);
    expect(json.overall.reported).toBe(72.84);
    expect(json.overall.rating.pass).toBe(false);
    const codes = json.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('indicator.mismatch');
    expect(codes).not.toContain('overall.mismatch');
    const mism = json.warnings.find((w: { code: string }) => w.code === 'indicator.mismatch');
    expect(mism.sheet).toBeTruthy();
    expect(mism.cell).toMatch(/^[A-Z]+\d+$/);
    expect(mism.message).toContain('93.5');
    expect(mism.message).toContain('93.52');
  });
  it('o15 duplicate warned', () => {
    expect(
      json.warnings.some(
        (w: { code: string; message: string }) => w.code.startsWith('item.duplicate') && w.message.includes('o15'),
      ),
    ).toBe(true);
  });
  it('weak items', () => {
    const weak = (c: string) => json.items.find((i: { code: string }) => i.code === c).weak;
    for (const c of [
      'o2',
      'o9',
      'o12',
      'o13',
      'o15',
      'o17',
      'o18',
      'o19',
      'o21',
      'o22',
      'o25',
      'o26',
      'o28',
      'o30',
      'o34',
      'o8',
      'o14',
      'o16',
      'o24',
      'i10',
      'i12',
      'e9',
    ]) {
      expect(weak(c), c).toBe(true);
    }
    expect(json.items.filter((i: { weak: boolean }) => i.weak)).toHaveLength(22);
    expect(json.year).toBe(2567);
  });
  it('every item has its place in the workbook', () => {
    for (const i of json.items) {
      expect(i.sheet, i.code).toBeTruthy();
      expect(i.cell, i.code).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe('the plain report', () => {
  it('names the shortest path of documents to the pass line and the EIT block', async () => {
    const r = await ita('analyze', SAMPLE, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Fix 9 OIT documents (o26, o28, o30, o34, o15, o17, o18, o19, o21)');
    expect(r.out).toContain('85.83');
    expect(r.out).toMatch(/EIT is 82\.78, below 85/);
  });
});

describe('-o: the output workbook', () => {
  it('keeps every pre-existing cell, adds our sheets, and a second run changes nothing but our sheets', async () => {
    const out1 = join(dir, 'out1.xlsx');
    const out2 = join(dir, 'out2.xlsx');
    const r1 = await ita('analyze', SAMPLE, '-o', out1);
    expect(r1.code, r1.err).toBe(0);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(SAMPLE);
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(out1);
    for (const ws of src.worksheets) {
      const w2 = a.getWorksheet(ws.name)!;
      expect(w2, ws.name).toBeTruthy();
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = w2.getCell(r, c);
          expect(JSON.stringify(other.value), `${ws.name}!${cell.address}`).toBe(JSON.stringify(cell.value));
          expect(JSON.stringify(other.style), `${ws.name}!${cell.address} style`).toBe(JSON.stringify(cell.style));
        }),
      );
    }
    const ours1 = a.worksheets.map((w) => w.name).filter((n) => !src.getWorksheet(n));
    expect(ours1.length).toBeGreaterThanOrEqual(4);
    // Run again on our own output.
    const r2 = await ita('analyze', out1, '-o', out2);
    expect(r2.code, r2.err).toBe(0);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out2);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const cf = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((w) => (w as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length);
    expect(cf(b)).toEqual(cf(a));
    // And the user's sheets are still exactly the input's.
    for (const ws of src.worksheets) {
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          expect(JSON.stringify(b.getWorksheet(ws.name)!.getCell(r, c).value)).toBe(JSON.stringify(cell.value));
        }),
      );
    }
  });
  it('never overwrites the input unless asked; --overwrite does', async () => {
    const copy = join(dir, 'copy.xlsx');
    await copyFile(SAMPLE, copy);
    const r = await ita('analyze', copy, '-o', copy, '--overwrite');
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    expect(wb.worksheets.length).toBeGreaterThan(2);
  });
});

describe('as a process (the README command)', () => {
  it('prints exactly one JSON document on stdout', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'ita', '--', 'analyze', SAMPLE, '--json'], {
      timeout: 60_000,
    });
    const doc = JSON.parse(stdout);
    expect(Math.round(doc.overall.score * 100) / 100).toBe(72.83);
    expect(doc.framework).toMatchObject({ year: 2567, status: 'verified', source: 'workbook' });
    expect(doc.overall.agrees).toBe(true);
    expect(doc.indicators[0]).toMatchObject({ no: 1, agrees: false });
  });
  it('exit code 1 for a missing file, message on stderr', async () => {
    const e = await promisify(execFile)('npm', [
      'run',
      '--silent',
      'ita',
      '--',
      'analyze',
      'missing.xlsx',
      '--lang',
      'en',
    ]).catch((x: { code: number; stderr: string }) => x);
    expect((e as { code: number }).code).toBe(1);
    expect((e as { stderr: string }).stderr.trim()).toBe('File "missing.xlsx" was not found');
  });
});
