// Fault injection on the typed fake: a write stopped at every step (and at every command that changes the workbook's
// structure, records or rules) says exactly what is in the workbook now, the next scan reads it right, and running
// the action again completes it without a duplicate. Excel does not roll back a failed batch; neither does the fake.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfficePort } from '../../../src/adapters/office/officePort';
import { defaultBuilders } from '../../../src/app/builders';
import { encodeMarker } from '../../../src/app/marker';
import { META_SHEET, type WorkbookChanges } from '../../../src/app/port';
import { isUnchanged, stateMessages, WriteFailure, type WriteState } from '../../../src/app/writeFailure';
import { ALL_ACTIONS, analyzeSnapshot, planChanges, type Action } from '../../../src/app/workbench';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import {
  cloneFake,
  createFakeExcel,
  modelOf,
  type FakeExcel,
  type FakeSheet,
  type Fault,
  type Scalar,
} from '../../helpers/fakeExcel';
import { seedSnapshot } from '../../taskpane/grids';
import { sampleInFastLoop } from '../../helpers/loop';

const NOW = new Date('2026-12-02T03:00:00Z');
const EVERYTHING: readonly Action[] = [...ALL_ACTIONS, 'fill'];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function seedFake(): FakeExcel {
  return createFakeExcel(
    seedSnapshot().sheets.map((s) => ({ name: s.name, rows: s.values.map((r) => r.map((v) => v as Scalar | null)) })),
  );
}

/** Read, analyse and plan as the pane does (same clock, so two plans differ only by their random tokens). */
async function plan(fake: FakeExcel, actions: readonly Action[] = EVERYTHING): Promise<WorkbookChanges> {
  const a = analyzeSnapshot(await createOfficePort(fake.run, fake.host).read(), DEFAULT_SETTINGS);
  return planChanges(a, actions, defaultBuilders, { lang: 'th', thaiDigits: false }, NOW).changes;
}

async function write(fake: FakeExcel, actions: readonly Action[] = EVERYTHING): Promise<WorkbookChanges> {
  const changes = await plan(fake, actions);
  await createOfficePort(fake.run, fake.host).write(changes);
  return changes;
}

/** The workbook's state with the random parts of our signatures and records taken out (two clean runs then compare equal). */
function comparable(fake: FakeExcel): unknown {
  const m = modelOf(fake) as { sheets: { name: string }[] };
  return JSON.parse(
    JSON.stringify({ ...m, sheets: m.sheets.filter((s) => s.name !== META_SHEET) }).replace(/#[0-9a-f]{12}/g, '#token'),
  );
}

/** What the model says is there, computed independently of the adapter: the oracle for WriteState. */
function truth(
  fake: FakeExcel,
  changes: WorkbookChanges,
  before: { sheets: FakeSheet[]; ruleIds: Set<string>; cells: Map<string, string | undefined>; markerText: string },
): WriteState {
  const signed = (name: string): boolean => {
    const rec = changes.marker?.sheets.find((s) => s.name === name);
    const s = fake.find(name);
    return (
      rec !== undefined &&
      s !== undefined &&
      String(fake.valueAt(name, rec.signatureCell) ?? '').includes(rec.signature)
    );
  };
  const isNew = (name: string): boolean => fake.find(name) !== undefined && !before.sheets.includes(fake.find(name)!);
  // Rules on the user's sheets we highlight (our own sheets carry rules of their own, which are not counted).
  const rules = fake.sheets
    .filter((s) => [...changes.addRules, ...changes.removeRules].some((r) => r.sheet === s.name))
    .flatMap((s) => s.rules);
  const ours = new Set(changes.addRules.map((r) => `=${r.formula}`));
  // A rule added but stopped before its formula was set is ours too (and counted as added).
  const present = new Set(
    rules
      .filter((r) => ours.has(r.formula ?? '') || (r.type === 'Custom' && !r.formula) || before.ruleIds.has(r.id))
      .map((r) => r.id),
  );
  const meta = fake.find(changes.markerSheet);
  const text = meta
    ? [...Array(40).keys()]
        .map((r) => fake.valueAt(meta.name, `A${r + 1}`))
        .filter((v): v is string => typeof v === 'string')
        .join('')
    : '';
  const formulaAt = (sheet: string, cell: string): string | undefined =>
    fake.find(sheet) ? fake.cellAt(sheet, cell)?.formula : undefined;
  return {
    checked: true,
    sheetsAdded: changes.addSheets.map((s) => s.name).filter((n) => isNew(n) && signed(n)),
    sheetsStarted: changes.addSheets.map((s) => s.name).filter((n) => isNew(n) && !signed(n)),
    sheetsRemoved: changes.removeSheets.filter(
      (n) =>
        n !== changes.markerSheet &&
        before.sheets.some((s) => s.name === n) &&
        !fake.sheets.includes(before.sheets.find((s) => s.name === n)!),
    ),
    rulesAdded: [...present].filter((id) => !before.ruleIds.has(id)).length,
    rulesRemoved: [...before.ruleIds].filter((id) => !present.has(id)).length,
    fillsWritten: changes.fills.filter(
      (f) => before.cells.get(`${f.sheet}!${f.cell}`) === undefined && formulaAt(f.sheet, f.cell) === `=${f.formula}`,
    ).length,
    fillsCleared: changes.clearFills.filter(
      (f) =>
        before.cells.get(`${f.sheet}!${f.cell}`) === `=${f.formula}` && formulaAt(f.sheet, f.cell) !== `=${f.formula}`,
    ).length,
    record:
      changes.journal && text === encodeMarker(changes.journal).join('')
        ? 'journal'
        : changes.marker && text === encodeMarker(changes.marker).join('')
          ? 'final'
          : !meta && before.markerText !== ''
            ? 'none'
            : 'before',
  };
}

function snapshotBefore(fake: FakeExcel, changes: WorkbookChanges) {
  const cells = new Map<string, string | undefined>();
  for (const f of [...changes.fills, ...changes.clearFills])
    cells.set(`${f.sheet}!${f.cell}`, fake.find(f.sheet) ? fake.cellAt(f.sheet, f.cell)?.formula : undefined);
  const meta = fake.find(changes.markerSheet);
  return {
    sheets: [...fake.sheets],
    ruleIds: new Set(
      fake.sheets
        .filter((s) => [...changes.addRules, ...changes.removeRules].some((r) => r.sheet === s.name))
        .flatMap((s) => s.rules)
        .filter((r) => [...changes.removeRules, ...changes.addRules].some((x) => `=${x.formula}` === r.formula))
        .map((r) => r.id),
    ),
    cells,
    markerText: meta
      ? [...Array(40).keys()]
          .map((r) => fake.valueAt(meta.name, `A${r + 1}`))
          .filter((v): v is string => typeof v === 'string')
          .join('')
      : '',
  };
}

/** Model equality that ignores number formats on empty cells of our own very hidden record sheet (nobody can see them). */
function sameAsBefore(now: unknown, before: unknown): boolean {
  const clean = (m: unknown): string =>
    JSON.stringify(m, (k, v: unknown) => v).replace(/\["\d+,\d+",\{"numberFormat":"@","format":\{\}\}\],?/g, '');
  return clean(now) === clean(before);
}

type Prior = 'first run' | 're-run';

const priors = new Map<Prior, FakeExcel>();
/** The workbook before the write under test: the seed, or the seed after one clean write (a copy each time). */
async function prepared(prior: Prior): Promise<FakeExcel> {
  if (!priors.has(prior)) {
    const fake = seedFake();
    if (prior === 're-run') await write(fake);
    priors.set(prior, fake);
  }
  return cloneFake(priors.get(prior)!);
}

/** The reference: the same write without a fault. */
const reference = new Map<Prior, unknown>();
async function clean(prior: Prior): Promise<unknown> {
  if (!reference.has(prior)) {
    const fake = await prepared(prior);
    await write(fake);
    reference.set(prior, comparable(fake));
  }
  return reference.get(prior);
}

/**
 * The plan every fault point of a prior writes: each point starts from a copy of the same workbook at the same clock,
 * so its plan would differ only by its random tokens (which `comparable` takes out). Planning is most of a point's
 * cost (text layout); the retry after the fault still plans afresh on what the fault left.
 */
const planned = new Map<Prior, WorkbookChanges>();

/** Fault points: each sync in turn (before its first command and before its last), and every command that adds,
 * deletes, hides, moves, writes values or formulas, or adds/deletes a rule, with the one after it. */
async function faultPoints(
  prior: Prior,
): Promise<{ label: string; fault: (base: number, syncBase: number) => Fault }[]> {
  const fake = await prepared(prior);
  const changes = await plan(fake);
  planned.set(prior, structuredClone(changes));
  const op0 = fake.opCount;
  const sync0 = fake.syncCount;
  const req0 = fake.requests.length;
  await createOfficePort(fake.run, fake.host).write(changes);
  const requests = fake.requests.slice(req0);
  const points: { label: string; fault: (base: number, syncBase: number) => Fault }[] = [];
  fake.batches.slice(sync0).forEach((n, i) => {
    points.push({ label: `sync ${i + 1} before its first command`, fault: (_b, s) => ({ sync: s + i + 1, after: 0 }) });
    if (n > 1)
      points.push({
        label: `sync ${i + 1} before its last command`,
        fault: (_b, s) => ({ sync: s + i + 1, after: n - 1 }),
      });
  });
  const key =
    /Worksheets\.add|Worksheet\.delete|Worksheet\.visibility|Worksheet\.position|Range\.values=|Range\.formulas=|Range\.numberFormat=|ConditionalFormats\.add|ConditionalFormat\.delete/;
  // Inside the rendering of our new sheets only what decides whether a sheet is there and signed (renderSheet's
  // hundreds of formatting commands change nothing a scan or a retry depends on, and each point costs a whole run).
  const rendering = /Worksheets\.add|Range\.formulas=/;
  const sheetsSync = `sync#${sync0 + 4} `;
  // Of a run of the same command in one sync (22 rules added alike), the first and the last stand for the others.
  const kind = (r: string): string => /^sync#\d+ [\w.]+/.exec(r)?.[0] ?? r;
  const edge = (k: number): boolean =>
    kind(requests[k - 1] ?? '') !== kind(requests[k]!) || kind(requests[k + 1] ?? '') !== kind(requests[k]!);
  requests.forEach((r, k) => {
    if (!key.test(r) || (r.startsWith(sheetsSync) && !rendering.test(r)) || !edge(k)) return;
    for (const d of [0, 1])
      if (k + d < requests.length)
        points.push({
          label: `command ${k + d} (${requests[k + d]!.replace(/^sync#\d+ /, '').slice(0, 40)})`,
          fault: (b) => ({ op: b + k + d }),
        });
  });
  expect(fake.opCount - op0).toBe(requests.length);
  return points;
}

describe.each<Prior>(['first run', 're-run'])('a write that stops part-way (%s)', (prior) => {
  it('says exactly what is in the workbook, scans right, and a retry completes it without duplicates', async () => {
    const all = await faultPoints(prior);
    expect(all.length).toBeGreaterThan(20);
    const points = sampleInFastLoop(all, 4);
    console.info(`${prior}: ${points.length} of ${all.length} fault points`);
    const ref = await clean(prior);
    const seen = new Set<string>();
    for (const { label, fault } of points) {
      const fake = await prepared(prior);
      const analysisBefore = analyzeSnapshot(await createOfficePort(fake.run, fake.host).read(), DEFAULT_SETTINGS);
      const modelBefore = modelOf(fake);
      const changes = structuredClone(planned.get(prior)!);
      const before = snapshotBefore(fake, changes);
      fake.fault = fault(fake.opCount, fake.syncCount);
      const failure = await createOfficePort(fake.run, fake.host)
        .write(changes)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(failure, label).toBeInstanceOf(WriteFailure);
      const state = (failure as WriteFailure).state;
      // 1. The message matches the workbook: the adapter's account equals the model's, and "unchanged" only when so.
      expect(state, label).toEqual(truth(fake, changes, before));
      expect(isUnchanged(state), label).toBe(sameAsBefore(modelOf(fake), modelBefore));
      expect(stateMessages(state).map((m) => m.code)[0], label).toBe(
        isUnchanged(state) ? 'write.state.unchanged' : stateMessages(state)[0]!.code,
      );
      seen.add(isUnchanged(state) ? 'unchanged' : state.record);
      // 2. The next scan reads the user's tables only: same result, no warning about our sheets.
      const after = analyzeSnapshot(await createOfficePort(fake.run, fake.host).read(), DEFAULT_SETTINGS);
      expect(after.summary.overall.score, label).toBeCloseTo(72.83, 2);
      expect(
        after.summary.weak.map((w) => w.code),
        label,
      ).toEqual(analysisBefore.summary.weak.map((w) => w.code));
      expect(
        after.issues.filter((i) => i.severity !== 'info').map((i) => i.code),
        label,
      ).toEqual(analysisBefore.issues.filter((i) => i.severity !== 'info').map((i) => i.code));
      // 3. Running it again completes it: the workbook is as one clean write leaves it, nothing doubled.
      await write(fake);
      expect(comparable(fake), label).toEqual(ref);
      expect(String(fake.valueAt(META_SHEET, 'A1')), label).not.toContain('"journal"');
    }
    // The points cover failures before anything changed, in the middle (journal) and after the record was final.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['journal', 'unchanged']));
  }, 300_000);
});

describe('a write the host refuses before it starts', () => {
  it('a protected score sheet: nothing is written, and the blocker names the sheet', async () => {
    const fake = seedFake();
    fake.sheet('รายข้อ').protected = true;
    const before = modelOf(fake);
    const changes = await plan(fake);
    const e = await createOfficePort(fake.run, fake.host)
      .write(changes)
      .catch((x: unknown) => x);
    expect(e).toMatchObject({
      name: 'WriteFailure',
      step: 'check',
      blockers: [{ code: 'preflight.protectedHighlight', params: { sheet: 'รายข้อ' } }],
    });
    expect(isUnchanged((e as WriteFailure).state)).toBe(true);
    expect(modelOf(fake)).toEqual(before);
    // Without highlights the same workbook takes the sheets.
    await write(fake, ['summary', 'analysis']);
    expect(fake.sheets.map((s) => s.name)).toContain(META_SHEET);
  });

  it('workbook structure protection blocks adding sheets, not highlighting', async () => {
    const fake = seedFake();
    fake.structureProtected = true;
    const e = await createOfficePort(fake.run, fake.host)
      .write(await plan(fake))
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ blockers: [{ code: 'preflight.structureProtected' }] });
    expect(fake.sheets).toHaveLength(2);
  });

  it('a sheet that took one of our names since the scan is named, not overwritten', async () => {
    const fake = seedFake();
    const changes = await plan(fake);
    fake.addSheet(changes.addSheets[1]!.name, [['ของผู้ใช้']]);
    const e = await createOfficePort(fake.run, fake.host)
      .write(changes)
      .catch((x: unknown) => x);
    expect(e).toMatchObject({
      blockers: [{ code: 'preflight.nameTaken', params: { name: changes.addSheets[1]!.name } }],
    });
    expect(fake.valueAt(changes.addSheets[1]!.name, 'A1')).toBe('ของผู้ใช้');
  });
});
