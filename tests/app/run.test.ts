/**
 * app/workbench.ts run(), the one path of every host, with the options the command line needs: a check that may
 * refuse before anything is written (and add issues), a separate workbook to write into, the --framework context.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultBuilders } from '../../src/app/builders';
import type { WorkbookChanges, WorkbookPort } from '../../src/app/port';
import { UserError } from '../../src/app/userError';
import { ALL_ACTIONS, run, type Analysis } from '../../src/app/workbench';
import { newWorkbookWith, openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { frameworkFromJson } from '../../src/domain/specs/frameworkSheet';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Issue } from '../../src/domain/types';

const SAMPLE = 'samples/ita-2567-sample.xlsx';
const NOW = new Date('2026-12-02T00:00:00Z');

/** A port that records what is written into it, over the sample's package. */
async function sample(): Promise<{ port: WorkbookPort; writes: WorkbookChanges[]; bytes: () => Promise<Uint8Array> }> {
  const book = await openXlsx(new Uint8Array(await readFile(SAMPLE)));
  const writes: WorkbookChanges[] = [];
  const port: WorkbookPort = {
    read: () => book.read(),
    write: async (changes, onProgress) => {
      writes.push(changes);
      await book.write(changes, onProgress);
    },
  };
  return { port, writes, bytes: () => book.toBuffer() };
}

describe('run(): the check', () => {
  it('a check that throws stops before anything is planned or written', async () => {
    const { port, writes } = await sample();
    const refusal = new UserError({ code: 'usage.planNotAfter', params: { planYear: '2567', year: '2567' } });
    const check = (): never => {
      throw refusal;
    };
    const r = run(port, DEFAULT_SETTINGS, ALL_ACTIONS, defaultBuilders, { now: NOW, check });
    await expect(r).rejects.toBe(refusal);
    expect(writes).toEqual([]);
  });

  it("its issues follow the analysis's and come before the plan's; with no actions nothing is written", async () => {
    const { port, writes } = await sample();
    const params = { file: 'f.json', years: '2571', year: 2567 };
    const extra: Issue = { code: 'framework.file.otherYear', severity: 'warning', params };
    const seen: number[] = [];
    const check = (a: Analysis): Issue[] => {
      seen.push(a.summary.year);
      return [extra];
    };
    const report = await run(port, DEFAULT_SETTINGS, [], defaultBuilders, { now: NOW, check });
    expect(seen).toEqual([2567]);
    expect(report.plan).toBeNull();
    expect(report.issues.at(-1)).toEqual(extra);
    expect(writes).toEqual([]);

    const written = await run(port, DEFAULT_SETTINGS, ALL_ACTIONS, defaultBuilders, { now: NOW, check: () => [extra] });
    const k = written.issues.indexOf(extra);
    expect(k).toBeGreaterThanOrEqual(0);
    const own = written.issues.filter((i) => !written.plan!.issues.includes(i) && i !== extra);
    expect(written.issues.slice(0, k)).toEqual(own);
    expect(written.issues.slice(k + 1)).toEqual(written.plan!.issues);
    expect(writes).toHaveLength(1);
  });
});

describe('run(): a separate workbook', () => {
  it("our sheets go into the new workbook, values only, no highlights or fills; the user's untouched", async () => {
    const { port, writes, bytes } = await sample();
    const before = await bytes();
    const fresh = await newWorkbookWith([]);
    const actions = [...ALL_ACTIONS, 'fill' as const];
    const r = await run(port, DEFAULT_SETTINGS, actions, defaultBuilders, { now: NOW, separate: fresh });
    expect(writes).toEqual([]);
    expect(await bytes()).toEqual(before);
    const changes = r.plan!.changes;
    expect(changes.addRules).toEqual([]);
    expect(changes.fills).toEqual([]);
    expect(changes.removeSheets).toEqual([]);
    // No reference to the user's cells (detached: items, indicators, the stated overall and indicators the results
    // sheet quotes, earlier years): their sheets are not there.
    const userSheets = (await port.read()).sheets.map((s) => s.name);
    const formulas = changes.addSheets.flatMap((s) =>
      s.rows
        .flat()
        .map((c) => c?.formula ?? '')
        .filter(Boolean),
    );
    expect(changes.addSheets.map((s) => s.key)).toContain('results');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) for (const name of userSheets) expect(f).not.toContain(`'${name}'!`);
    const names = (await fresh.read()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(r.plan!.written.map((s) => s.name)));
    for (const name of userSheets) expect(names).not.toContain(name);
    // What is reported is the workbook's own analysis (its cells referenced), not the detached copy.
    expect(r.summary.items.some((i) => i.formulaRef !== null)).toBe(true);
  });
});

describe('run(): the context', () => {
  it("a framework given for the year is the one used (the CLI's --framework)", async () => {
    const { port } = await sample();
    const { framework } = frameworkFromJson(JSON.stringify({ year: 2567, copyOf: 2567 }), 'mine.json');
    expect(framework).not.toBeNull();
    const frameworks = [{ framework: framework!, origin: { kind: 'file' as const, file: 'mine.json' } }];
    const r = await run(port, DEFAULT_SETTINGS, [], defaultBuilders, { now: NOW, context: { frameworks } });
    expect(r.summary.framework).toMatchObject({ year: 2567, origin: { kind: 'file', file: 'mine.json' } });
  });
});
