/**
 * `ita batch` in process, through its real worker threads: a generated folder of agency workbooks in three layouts,
 * a NACC-shaped list, and files that are not workbooks. Every figure is held to the generator's own arithmetic.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateAgency,
  gridWorkbook,
  naccListGrid,
  ratingOf,
  writeAgencyFolder,
  type GeneratedAgency,
} from '../../scripts/agencyWorkbooks';
import { parseBatchArgs } from '../../src/cli/batchArgs';
import { main } from '../../src/cli/main';
import { describeInvalid, validatePackage } from '../helpers/ooxml';
import { runCli, type Run } from '../helpers/cli';

const ita = (...argv: string[]): Promise<Run> =>
  runCli(argv, { now: new Date('2026-12-01T00:00:00Z'), pool: { jobs: 2 } });

type Agency = {
  file: string;
  sheet: string | null;
  row: number | null;
  agency: string;
  type: string;
  year: number;
  tools: { tool: string; score: number }[];
  overall: { score: number; rating: { label: string; pass: boolean } };
  weakCount: number | null;
  weakItems: string[] | null;
  rank: number;
};
type Doc = {
  agencies: Agency[];
  failed: { file: string; code: string; message: string }[];
  summary: { count: number; files: number; byRating: Record<string, number>; means: Record<string, unknown> };
  output?: string;
};

let dir = '';
let made: { file: string; agency: GeneratedAgency }[] = [];
const listAgencies = Array.from({ length: 9 }, (_, i) => generateAgency(100 + i, 3));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-batch-'));
  made = await writeAgencyFolder(join(dir, 'in'), 9);
  // A NACC-shaped list, files that are not workbooks, an Office lock file and a hidden file (both left alone).
  const list = naccListGrid(
    listAgencies.map((g) => ({
      name: g.name,
      district: g.district,
      iit: g.tools.IIT,
      eit: g.tools.EIT,
      oit: g.tools.OIT,
    })),
    { thaiDigits: true, repeatHeaderEvery: 4 },
  );
  writeFileSync(
    join(dir, 'in', 'ผลการประเมิน-ศรีสะเกษ.xlsx'),
    new Uint8Array(await gridWorkbook('ผลการประเมิน', list).xlsx.writeBuffer()),
  );
  mkdirSync(join(dir, 'in', 'อื่น ๆ'), { recursive: true });
  writeFileSync(join(dir, 'in', 'อื่น ๆ', 'บันทึก.txt'), 'ไม่ใช่สมุดงาน');
  copyFileSync('tests/fixtures/legacy.xls', join(dir, 'in', 'อื่น ๆ', 'เก่า.xls'));
  writeFileSync(join(dir, 'in', 'อื่น ๆ', 'เสีย.xlsx'), readFileSync('samples/ita-2567-sample.xlsx').subarray(0, 700));
  writeFileSync(join(dir, 'in', 'อื่น ๆ', 'ว่าง.xlsx'), '');
  writeFileSync(
    join(dir, 'in', 'อื่น ๆ', 'งบประมาณ.xlsx'),
    new Uint8Array(
      await gridWorkbook('งบ', [
        ['รายการ', 'จำนวนเงิน'],
        ['ค่าวัสดุ', 5000],
      ]).xlsx.writeBuffer(),
    ),
  );
  writeFileSync(join(dir, 'in', '~$lock.xlsx'), 'owner');
  writeFileSync(join(dir, 'in', '.hidden.xlsx'), 'x');
});

describe('a folder of agencies, several layouts, a published list and files that are not workbooks', () => {
  let doc: Doc;
  let run: Run;
  beforeAll(async () => {
    run = await ita('batch', join(dir, 'in'), '--json', '-o', join(dir, 'out', 'สรุป.xlsx'));
    doc = JSON.parse(run.out) as Doc;
  }, 120_000);

  it('exits 0, one JSON document on stdout, a one-line summary on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toMatch(/^ita batch: 15 ไฟล์ → 18 หน่วยงาน, อ่านไม่ได้ 5 ไฟล์, \d+\.\d วินาที/);
  });

  it('every agency workbook: its name, type, overall within 0.01 of 30/30/40, its rating, its weak items', () => {
    for (const m of made) {
      const a = doc.agencies.find((x) => x.file === m.file)!;
      expect(a, m.file).toBeDefined();
      const g = m.agency;
      expect(a).toMatchObject({ agency: g.name, year: 2567, sheet: null, row: null });
      expect(Math.abs(a.overall.score - (0.3 * g.tools.IIT + 0.3 * g.tools.EIT + 0.4 * g.tools.OIT))).toBeLessThan(
        0.01,
      );
      expect(a.overall.rating).toEqual({
        label: g.rating,
        pass: g.pass,
        level: expect.any(Number),
        scheme: 'pass-levels',
        blockedBy: expect.any(Array),
      });
      expect(a.weakItems!.sort()).toEqual([...g.weak].sort());
      expect(a.weakCount).toBe(g.weak.length);
      expect(a.type).toBe(
        g.name.startsWith('เทศบาลตำบล')
          ? 'subdistrict-municipality'
          : g.name.startsWith('เทศบาลเมือง')
            ? 'town-municipality'
            : 'sao',
      );
    }
  });

  it('every row of the published list: sheet and row, overall within 0.01, the rating by the per-tool rule', () => {
    const rows = doc.agencies.filter((a) => a.sheet === 'ผลการประเมิน');
    expect(rows.map((a) => a.agency)).toEqual(listAgencies.map((g) => g.name));
    rows.forEach((a, k) => {
      const g = listAgencies[k]!;
      const tools = [g.tools.IIT, g.tools.EIT, g.tools.OIT].map((x) => Math.round(x * 100) / 100);
      const overall = 0.3 * tools[0]! + 0.3 * tools[1]! + 0.4 * tools[2]!;
      expect(Math.abs(a.overall.score - overall)).toBeLessThan(0.01);
      expect(a.overall.rating.label).toBe(ratingOf(2567, overall, tools).label);
      expect(a.weakItems).toBeNull();
      expect(typeof a.row).toBe('number');
    });
  });

  it('lists each file it could not read with its message; lock and hidden files are left alone', () => {
    const f = (name: string) => doc.failed.find((x) => x.file.endsWith(name));
    expect(doc.failed.map((x) => x.code).sort()).toEqual([
      'input.corrupt',
      'input.emptyFile',
      'input.legacyXls',
      'input.notXlsx',
      'scan.noTables',
    ]);
    expect(f('เก่า.xls')?.code).toBe('input.legacyXls');
    expect(f('บันทึก.txt')?.code).toBe('input.notXlsx');
    expect(f('เสีย.xlsx')?.code).toBe('input.corrupt');
    expect(f('ว่าง.xlsx')?.code).toBe('input.emptyFile');
    expect(f('งบประมาณ.xlsx')).toMatchObject({
      code: 'scan.noTables',
      message: expect.stringContaining('งบประมาณ.xlsx: ไม่พบตารางคะแนน ITA'),
    });
    expect(doc.failed.some((x) => /lock|hidden/.test(x.file))).toBe(false);
  });

  it('summary: count, byRating adding up, means', () => {
    expect(doc.summary.count).toBe(18);
    expect(Object.values(doc.summary.byRating).reduce((a, b) => a + b, 0)).toBe(18);
    const mean = doc.agencies.reduce((s, a) => s + a.overall.score, 0) / 18;
    expect(doc.summary.means.overall as number).toBeCloseTo(mean, 9);
    expect(doc.agencies.map((a) => a.rank).sort((a, b) => a - b)[0]).toBe(1);
  });

  it('writes the consolidated workbook: valid SpreadsheetML, one row per agency, our sheet signed, the marker very hidden', async () => {
    expect(doc.output).toBe(join(dir, 'out', 'สรุป.xlsx'));
    const bytes = readFileSync(doc.output!);
    expect(describeInvalid(await validatePackage(bytes))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['ITA หลายหน่วยงาน', 'visible'],
      ['ITA_Workbench_meta', 'veryHidden'],
    ]);
    const ws = wb.getWorksheet('ITA หลายหน่วยงาน')!;
    const names: string[] = [];
    // .text: our sheets hold inline strings, which exceljs reads as rich text.
    ws.eachRow((row) => {
      const v = row.getCell(2).text;
      if (doc.agencies.some((a) => a.agency === v)) names.push(v);
    });
    expect(names.sort()).toEqual(doc.agencies.map((a) => a.agency).sort());
  });
});

describe('the consolidated workbook inside the folder', () => {
  it('a re-run does not read its own output; another batch over it says the file holds only our sheets', async () => {
    const sub = join(dir, 'rerun');
    mkdirSync(sub, { recursive: true });
    for (const m of made.slice(0, 3)) copyFileSync(m.file, join(sub, m.file.split('/').pop()!));
    const out = join(sub, 'สรุป.xlsx');
    for (let k = 0; k < 2; k++) {
      const r = await ita('batch', sub, '--json', '-o', out);
      const d = JSON.parse(r.out) as Doc;
      expect([d.summary.count, d.failed]).toEqual([3, []]);
    }
    const other = JSON.parse((await ita('batch', sub, '--json')).out) as Doc;
    expect(other.summary.count).toBe(3);
    expect(other.failed).toEqual([
      { file: out, code: 'batch.onlyOurs', message: expect.stringContaining('ITA Workbench') },
    ]);
  }, 120_000);
});

describe('files named one by one, the text report, English', () => {
  it('prints the ranking and the unreadable files in English', async () => {
    const r = await ita('batch', made[0]!.file, made[1]!.file, join(dir, 'nope.xlsx'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ITA results of many agencies — 2 agencies from 3 files');
    expect(r.out).toMatch(/Not read \(1 files\):\n {2}- File ".*nope\.xlsx" was not found/);
    expect(r.err).toMatch(/^ita batch: 3 files → 2 agencies, 1 not read/);
  });
});

describe('exit codes', () => {
  it('1 when no agency was read', async () => {
    const r = await ita('batch', join(dir, 'in', 'อื่น ๆ'), '--json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as Doc).agencies).toEqual([]);
    expect(r.err).toContain('ไม่พบผลการประเมินของหน่วยงานใด');
  });
  it.each([
    [['batch'], 'Name at least one folder or .xlsx file'],
    [['batch', 'x', '-o', 'out.csv'], 'must end in .xlsx'],
    [['batch', 'x', '--jobs', '0'], '--jobs must be a whole number'],
    [['batch', 'x', '--year', 'next'], '--year must be a Buddhist Era year'],
    [['batch', 'x', '--frobnicate'], 'Unknown option --frobnicate'],
  ])('2 for %j', async (argv, text) => {
    const r = await ita(...argv, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
  });
  it('parses every option', () => {
    expect(
      parseBatchArgs(
        ['a', 'b/', '-o', 'c.xlsx', '--json', '--year', '2566', '--jobs', '3', '--thai-digits', '--pass-line', '80'],
        'th',
      ),
    ).toEqual({
      command: 'batch',
      inputs: ['a', 'b/'],
      output: 'c.xlsx',
      json: true,
      year: 2566,
      lang: 'th',
      thaiDigits: true,
      jobs: 3,
      passLine: 80,
    });
  });
});

describe('a worker that cannot finish a file is replaced; the file is listed, the batch goes on', () => {
  const few = () => made.slice(0, 3).map((m) => m.file);
  it('past the time limit: batch.timeout for each, exit 1 (no agency read)', async () => {
    let out = '';
    const code = await main(['batch', ...few(), '--json', '--lang', 'en'], {
      out: (s) => {
        out += s;
      },
      err: () => {},
      env: {},
      pool: { jobs: 2, timeoutMs: 1 },
    });
    const d = JSON.parse(out) as Doc;
    expect(code).toBe(1);
    expect(d.failed.map((f) => f.code)).toEqual(['batch.timeout', 'batch.timeout', 'batch.timeout']);
    expect(d.failed[0]!.message).toMatch(/took longer than 0 s/);
  }, 120_000);
  it('out of its heap: input.tooLarge naming the limit', async () => {
    let out = '';
    await main(['batch', ...few(), '--json', '--lang', 'en'], {
      out: (s) => {
        out += s;
      },
      err: () => {},
      env: {},
      pool: { jobs: 1, heapMb: 4 },
    });
    const d = JSON.parse(out) as Doc;
    expect(d.failed.map((f) => f.code)).toEqual(['input.tooLarge', 'input.tooLarge', 'input.tooLarge']);
    expect(d.failed[0]!.message).toContain('(4 MB)');
  }, 120_000);
});

describe('progress', () => {
  it('a bar on a terminal (io.progress), cleared at the end (without a terminal stderr has the summary line alone: above)', async () => {
    let bar = '';
    const code = await main(['batch', join(dir, 'in'), '--lang', 'en'], {
      out: () => {},
      err: () => {},
      env: {},
      progress: (s) => {
        bar += s;
      },
      columns: 100,
      pool: { jobs: 2 },
    });
    expect(code).toBe(0);
    expect(bar).toMatch(/\r\[#+-*\] \d+\/15 files · \d+ agencies · \d+ not read · [\d.]+ files\/s/);
    expect(bar).toContain('15/15 files');
    expect(bar.endsWith('\r\u001b[K')).toBe(true);
  }, 120_000);
});

describe('analyze on a workbook holding a published list (the pane and the preview write the same sheets)', () => {
  it('writes the consolidated sheet alone, quietly; a re-run replaces it, never duplicates it', async () => {
    const input = join(dir, 'in', 'ผลการประเมิน-ศรีสะเกษ.xlsx');
    const out1 = join(dir, 'list-1.xlsx');
    const r1 = await ita('analyze', input, '-o', out1, '--json');
    expect(r1.code).toBe(0);
    const j1 = JSON.parse(r1.out) as { sheetsWritten: string[]; warnings: { code: string }[] };
    expect(j1.sheetsWritten).toEqual(['ITA หลายหน่วยงาน']);
    expect(j1.warnings.map((w) => w.code)).toEqual(['agencyList.found']);
    const out2 = join(dir, 'list-2.xlsx');
    const r2 = await ita('analyze', out1, '-o', out2, '--json');
    expect((JSON.parse(r2.out) as { sheetsWritten: string[] }).sheetsWritten).toEqual(['ITA หลายหน่วยงาน']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out2) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['ผลการประเมิน', 'ITA หลายหน่วยงาน', 'ITA_Workbench_meta']);
    expect(describeInvalid(await validatePackage(readFileSync(out2)))).toEqual([]);
  }, 60_000);
});

describe('the command as users run it (the esbuild bundle serves as its own worker script)', () => {
  it('npm run ita -- batch … --json', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/ita.mjs', 'batch', join(dir, 'in'), '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const d = JSON.parse(stdout) as Doc;
    expect(d.summary.count).toBe(18);
    expect(d.failed).toHaveLength(5);
    expect(stderr).toMatch(/^ita batch: /);
  }, 120_000);
});
