/**
 * `ita analyze` through the app's run(): what the command line adds around it (its check, the write refusals, the
 * --framework of another year) says the same as before, with the same exit codes.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages';
import { runCli, type Run } from '../helpers/cli';

const SAMPLE = 'samples/ita-2567-sample.xlsx';

const ita = (...argv: string[]): Promise<Run> => runCli(argv, { now: new Date('2026-11-24T00:00:00Z') });

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-cli-run-'));
});

/** The sample saved as Strict OOXML (the workbook part in the ISO 29500 strict namespace): read, never written into. */
async function strictSample(): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  const part = zip.file('xl/workbook.xml')!;
  const xml = await part.async('string');
  const transitional = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const strict = xml.replace(transitional, 'http://purl.oclc.org/ooxml/spreadsheetml/main');
  expect(strict).not.toBe(xml);
  zip.file('xl/workbook.xml', strict);
  const p = join(dir, 'strict.xlsx');
  await writeFile(p, await zip.generateAsync({ type: 'uint8array' }));
  return p;
}

describe('a write the package refuses', () => {
  it('Strict OOXML: reported, -o refused naming the input (exit 1), no output file; --separate writes', async () => {
    const input = await strictSample();
    expect((await ita('analyze', input, '--lang', 'en')).code).toBe(0);
    const out = join(dir, 'strict-out.xlsx');
    for (const lang of ['en', 'th'] as const) {
      const r = await ita('analyze', input, '-o', out, '--lang', lang);
      expect(r.code).toBe(1);
      expect(r.err.trim()).toBe(message('output.strictOoxml', lang, { file: input }));
    }
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    const json = await ita('analyze', input, '-o', out, '--lang', 'en', '--json');
    const said = message('output.strictOoxml', 'en', { file: input });
    expect(JSON.parse(json.out)).toEqual({ error: { code: 'output.strictOoxml', message: said, file: input } });
    const separate = await ita('analyze', input, '-o', out, '--separate', '--lang', 'en');
    expect(separate.code, separate.err).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(0);
  });
});

describe('--framework of another year', () => {
  it('is a warning (the shipped framework is used), the run goes on', async () => {
    const fw = join(dir, 'fw-2571.json');
    await writeFile(fw, JSON.stringify({ year: 2571, copyOf: 2569 }));
    const r = await ita('analyze', SAMPLE, '--framework', fw, '--json', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out) as { year: number; warnings: { code: string; message: string }[] };
    expect(doc.year).toBe(2567);
    const w = doc.warnings.filter((x) => x.code === 'framework.file.otherYear');
    const params = { file: fw, years: '2571', year: 2567 };
    const said = message('framework.file.otherYear', 'en', params);
    const code = 'framework.file.otherYear';
    expect(w).toEqual([{ code, severity: 'warning', sheet: null, cell: null, params, message: said }]);
  });

  it('a broken one is refused with each problem listed (exit 1), in JSON too', async () => {
    const fw = join(dir, 'fw-bad.json');
    await writeFile(fw, JSON.stringify({ year: 2571, weights: { IIT: 0.5, EIT: 0.5, OIT: 0.5 } }));
    const r = await ita('analyze', SAMPLE, '--framework', fw, '--json', '--lang', 'en');
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe(message('framework.file.invalid', 'en', { file: fw }));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {2}- /);
    const doc = JSON.parse(r.out) as { error: { code: string; problems: string } };
    expect(doc.error.code).toBe('framework.file.invalid');
    expect(doc.error.problems.split('\n')).toEqual(lines.slice(1).map((l) => l.slice(4)));
  });
});
