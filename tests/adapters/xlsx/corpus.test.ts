/**
 * The corpus (scripts/make-corpus.ts): workbooks shaped like Excel's, LibreOffice's and the Open XML SDK's, each run
 * through the command line and compared with its input part by part, unzipped by another library:
 * exit 0; every input part in the output; parts we do not touch byte-identical; the parts we touch changed only by
 * insertions; valid against the ISO/IEC 29500 schemas; a re-run on our own output changes only our parts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../../scripts/make-corpus';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';
import { diffParts, insertionsOnly, sheetParts, text, unzipParts } from './rawParts';
import { sampleInFastLoop } from '../../helpers/loop';
import { runCli, type Run } from '../../helpers/cli';

/** Built by the script, plus files real programs saved (tests/fixtures/corpus: LibreOffice 7's save of a corpus file). */
const FIXTURES = join(__dirname, '../../fixtures/corpus');
const files: Record<string, Uint8Array> = {
  ...corpus(),
  ...Object.fromEntries(readdirSync(FIXTURES).map((f) => [f, new Uint8Array(readFileSync(join(FIXTURES, f)))])),
  'libreoffice-chart.xlsx': new Uint8Array(readFileSync(join(__dirname, '../../fixtures/chart-with-scores.xlsx'))),
};
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-corpus-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
});

const ita = (...argv: string[]): Promise<Run> => runCli(argv);

/** Parts a run may edit (by insertion): the sheet list, relationships, content types, styles, the scored sheet. */
const EDITABLE = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

describe('the corpus, through the command line', () => {
  it.each(sampleInFastLoop(Object.keys(files), 3))(
    "%s: written with exit 0, nothing of the user's lost or changed, valid, and a re-run changes only our parts",
    async (name) => {
      const input = join(dir, name);
      const ext = name.endsWith('.xlsm') ? '.xlsm' : '.xlsx';
      const out1 = join(dir, `${name}.out1${ext}`);
      const out2 = join(dir, `${name}.out2${ext}`);
      const before = await unzipParts(files[name]!);
      expect(describeInvalid(await validatePackage(files[name]!)), 'the corpus input itself is valid').toEqual([]);

      const r1 = await ita(
        'analyze',
        input,
        '-o',
        out1,
        '--lang',
        'en',
        ...(name === 'blank-cell.xlsx' ? ['--fill'] : []),
      );
      expect(r1.code, r1.err).toBe(0);
      const bytes1 = new Uint8Array(readFileSync(out1));
      const after = await unzipParts(bytes1);
      const d = diffParts(before, after);
      expect(d.onlyA, 'every input part is in the output').toEqual([]);
      const userSheets = new Set(sheetParts(before).values());
      for (const part of d.changed) {
        expect(EDITABLE.has(part) || userSheets.has(part), `${part} is not a part we edit`).toBe(true);
        // A list's count attribute follows what we appended to it (styles.xml): the one change that is not an insertion.
        const counts = (x: string): string =>
          part === 'xl/styles.xml' ? x.replace(/(<(?:\w+:)?\w+ count=")\d+"/g, '$1"') : x;
        expect(
          insertionsOnly(counts(text(before, part)), counts(text(after, part))),
          `${part}: only insertions`,
        ).not.toBeNull();
      }
      expect(describeInvalid(await validatePackage(bytes1))).toEqual([]);

      const r2 = await ita(
        'analyze',
        out1,
        '-o',
        out2,
        '--lang',
        'en',
        ...(name === 'blank-cell.xlsx' ? ['--fill'] : []),
      );
      expect(r2.code, r2.err).toBe(0);
      const again = await unzipParts(new Uint8Array(readFileSync(out2)));
      const d2 = diffParts(after, again);
      expect(d2.onlyA).toEqual([]);
      expect(d2.onlyB).toEqual([]);
      // Only our own sheets (parts that were not in the input) change between runs: new signatures and dates.
      for (const part of d2.changed) expect(before.has(part), `${part} changed on a re-run`).toBe(false);
    },
    60_000,
  );
});

describe('the corpus, what the analysis reads', () => {
  it('scores stored as percentages read as shown, and our formulas over them multiply by 100', async () => {
    const r = await ita('analyze', join(dir, 'percent.xlsx'), '--json', '--lang', 'en');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { items: { code: string; score: number }[] };
    expect(json.items.find((i) => i.code === 'i2')?.score).toBeCloseTo(88.57, 6);
    expect(json.items.find((i) => i.code === 'o8')?.score).toBe(50);
    const out = join(dir, 'percent-out.xlsx');
    expect((await ita('analyze', join(dir, 'percent.xlsx'), '-o', out)).code).toBe(0);
    const parts = await unzipParts(new Uint8Array(readFileSync(out)));
    const summary = text(parts, sheetParts(parts).get('ITA สรุปคะแนน')!);
    expect(summary).toMatch(/'คะแนน ITA'!\$C\$\d+\*100/);
  });

  it('a user sheet named like our marker or our summary is left alone; ours take numbered names', async () => {
    const out = join(dir, 'names-out.xlsx');
    expect((await ita('analyze', join(dir, 'our-names.xlsx'), '-o', out)).code).toBe(0);
    const wb = text(await unzipParts(new Uint8Array(readFileSync(out))), 'xl/workbook.xml');
    expect(wb).toMatch(/<sheet name="ITA_Workbench_meta" sheetId="2" r:id="rId2"\/>/);
    expect(wb).toMatch(/name="ITA_Workbench_meta \(2\)"[^>]*state="veryHidden"/);
    expect(wb).toMatch(/name="ITA สรุปคะแนน \(2\)"/);
  });
});
