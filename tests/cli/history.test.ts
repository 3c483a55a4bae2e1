/** `--history`: earlier years' overall scores for the document's multi-year table and chart. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';

describe('--history', () => {
  it('parses year=score pairs (Thai digits, ":" too), sorted by year', () => {
    const a = parseArgs(['analyze', 'x.xlsx', '--history', '2564=55.10, ๒๕๖๓:49.79']);
    expect(a.command === 'analyze' && a.history).toEqual([
      { year: 2563, score: 49.79 },
      { year: 2564, score: 55.1 },
    ]);
  });

  it.each(['2563', '2563=101', '1999=50', '2563=50,2563=51', 'abc', ''])(
    'refuses "%s" with a usage error naming the format',
    (v) => {
      const a = parseArgs(['analyze', 'x.xlsx', '--history', v]);
      expect(a).toMatchObject({ command: 'error', code: 'usage.badHistory', params: { value: v } });
    },
  );

  it('reaches the summary: exit 2 on bad input, the years in the analysis', async () => {
    let err = '';
    expect(
      await main(['analyze', 'samples/ita-2567-sample.xlsx', '--history', '2563=x'], {
        out: () => {},
        err: (s) => {
          err += s;
        },
        env: {},
      }),
    ).toBe(2);
    expect(err).toContain('2563=49.79');
    const { analyzeSnapshot } = await import('../../src/app/workbench');
    const { openXlsx } = await import('../../src/adapters/xlsx/xlsxWorkbook');
    const { readFile } = await import('node:fs/promises');
    const book = await openXlsx(await readFile('samples/ita-2567-sample.xlsx'));
    const { DEFAULT_SETTINGS } = await import('../../src/domain/settings');
    const a = analyzeSnapshot(await book.read(), DEFAULT_SETTINGS, {
      history: [
        { year: 2563, score: 49.79 },
        { year: 2567, score: 1 },
      ],
    });
    expect(a.summary.history.map((h) => h.year)).toEqual([2563]); // the assessment year itself is the published overall
  });
});
