// "Remove what ITA Workbench added" returns the workbook to its state before the first write, cell for cell (also
// when the removal itself stops part-way and is run again); reads are sized by bytes, so a sheet of long Thai
// texts passes Excel on the web's 5 MB response limit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfficePort } from '../../../src/adapters/office/officePort';
import { defaultBuilders } from '../../../src/app/builders';
import { META_SHEET } from '../../../src/app/port';
import { hasOurs, planRemoval, removeOurs } from '../../../src/app/remove';
import { WEB_PAYLOAD_LIMIT } from '../../../src/app/preflight';
import { isUnchanged, WriteFailure } from '../../../src/app/writeFailure';
import { ALL_ACTIONS, analyzeSnapshot, run, type Action } from '../../../src/app/workbench';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { cloneFake, createFakeExcel, modelOf, type FakeExcel, type Scalar } from '../../helpers/fakeExcel';
import { seedSnapshot } from '../../taskpane/grids';

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

async function act(
  fake: FakeExcel,
  actions: readonly Action[],
  thresholds = DEFAULT_SETTINGS.thresholds,
): Promise<void> {
  await run(createOfficePort(fake.run, fake.host), { ...DEFAULT_SETTINGS, thresholds }, actions, defaultBuilders);
}

describe('remove what ITA Workbench added', () => {
  it('after several actions, the workbook is cell for cell as before the first write', async () => {
    const fake = seedFake();
    // A blank indicator score for "fill" to fill, and a rule of the user's own that must stay.
    fake.cellAt('สรุป', 'D6')!.value = undefined;
    fake.sheet('รายข้อ').rules.push({ id: 'user', range: 'C2:C10', type: 'Custom', formula: '=C2>99', fill: '#00FF00' });
    const before = modelOf(fake);
    await act(fake, [...ALL_ACTIONS, 'fill']);
    await act(fake, ['highlight'], { ...DEFAULT_SETTINGS.thresholds, oitWeakBelow: 60 });
    await act(fake, ['analysis', 'fill']);
    expect(fake.find(META_SHEET)).toBeDefined();
    expect(fake.valueAt('สรุป', 'D6')).not.toBeUndefined();
    const result = await removeOurs(createOfficePort(fake.run, fake.host), DEFAULT_SETTINGS);
    expect(result.removed?.removeSheets.length).toBe(result.before.ourSheets.length);
    expect(result.before.ourSheets.map((s) => s.key)).toEqual(
      expect.arrayContaining(['summary', 'analysis', 'plan', 'planner']),
    );
    expect(modelOf(fake)).toEqual(before);
    expect(hasOurs(result.after)).toBe(false);
    // Nothing of ours left: removing again does nothing.
    const again = await removeOurs(createOfficePort(fake.run, fake.host), DEFAULT_SETTINGS);
    expect(again.removed).toBeNull();
  });

  it('a removal stopped at any sync says what it left, and running it again finishes it', async () => {
    const base = seedFake();
    const before = modelOf(base);
    await act(base, [...ALL_ACTIONS, 'fill']);
    const probe = cloneFake(base);
    const a = analyzeSnapshot(await createOfficePort(probe.run, probe.host).read(), DEFAULT_SETTINGS);
    const sync0 = probe.syncCount;
    await createOfficePort(probe.run, probe.host).write(planRemoval(a));
    const batches = probe.batches.slice(sync0);
    expect(batches.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < batches.length; i++) {
      for (const after of [0, Math.floor(batches[i]! / 2), batches[i]! - 1]) {
        const fake = cloneFake(base);
        const port = createOfficePort(fake.run, fake.host);
        const changes = planRemoval(analyzeSnapshot(await port.read(), DEFAULT_SETTINGS));
        const modelAt = modelOf(fake);
        fake.fault = { sync: fake.syncCount + i + 1, after };
        const e = await port.write(changes).catch((x: unknown) => x);
        const label = `sync ${i + 1}, before command ${after}`;
        expect(e, label).toBeInstanceOf(WriteFailure);
        const state = (e as WriteFailure).state;
        expect(isUnchanged(state), label).toBe(JSON.stringify(modelOf(fake)) === JSON.stringify(modelAt));
        expect(state.sheetsRemoved, label).toEqual(changes.removeSheets.filter((n) => !fake.find(n)));
        expect(state.record, label).toBe(
          fake.find(META_SHEET)
            ? String(fake.valueAt(META_SHEET, 'A1')).includes('"journal"')
              ? 'journal'
              : 'before'
            : 'none',
        );
        await removeOurs(createOfficePort(fake.run, fake.host), DEFAULT_SETTINGS);
        expect(modelOf(fake), label).toEqual(before);
      }
    }
  });
});

describe('reads sized by bytes', () => {
  it('a sheet of long Thai texts passes a 5 MB response limit (25,000 cells would carry ~20 MB)', async () => {
    const text = (r: number, c: number): string =>
      `ข้อความภาษาไทยยาวมากสำหรับทดสอบการอ่านแบ่งตามขนาด แถว ${r} คอลัมน์ ${c} `.repeat(2);
    const rows: Scalar[][] = Array.from({ length: 3_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => text(r, c)));
    const fake = createFakeExcel(
      [
        { name: 'ข้อความ', rows },
        { name: 'คะแนน', rows: [['o1', 100]] },
      ],
      { payloadLimit: WEB_PAYLOAD_LIMIT },
    );
    const bytesPerCell = new TextEncoder().encode(JSON.stringify(text(0, 0))).length * 2;
    expect(25_000 * bytesPerCell).toBeGreaterThan(3 * WEB_PAYLOAD_LIMIT);
    const port = createOfficePort(fake.run, fake.host);
    const snap = await port.read();
    expect(snap.sheets[0]!.values).toHaveLength(3_000);
    expect(snap.sheets[0]!.values[2_999]![9]).toBe(text(2_999, 9));
    expect(snap.sheets[1]!.values).toEqual([['o1', 100]]);
    // Every response that went through was under the limit; the refusals to learn the sheet's weight were few.
    const refused = fake.payloads.filter((p) => p.response > WEB_PAYLOAD_LIMIT).length;
    expect(refused).toBeLessThanOrEqual(3);
    expect(
      fake.payloads.filter((p) => p.response <= WEB_PAYLOAD_LIMIT).every((p) => p.request <= WEB_PAYLOAD_LIMIT),
    ).toBe(true);
    console.info(
      `Thai text read: ${fake.syncCount} syncs, ${refused} refused, largest response ${Math.max(...fake.payloads.filter((p) => p.response <= WEB_PAYLOAD_LIMIT).map((p) => p.response))} bytes`,
    );
  });

  it('a write of our sheets stays under the request limit on the web', async () => {
    const fake = seedFake();
    fake.options.payloadLimit = WEB_PAYLOAD_LIMIT;
    await act(fake, [...ALL_ACTIONS, 'fill']);
    expect(Math.max(...fake.payloads.map((p) => p.request))).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });
});

describe('the sample sheets', () => {
  it("go in through insertWorksheetsFromBase64 (ExcelApi 1.13) as the user's sheets; older hosts have no insertSheets", async () => {
    const fake = createFakeExcel([{ name: 'Sheet1', rows: [] }]);
    const seed = seedSnapshot().sheets.map((s) => ({
      name: s.name,
      rows: s.values.map((r) => r.map((v) => v as Scalar | null)),
    }));
    let got: Uint8Array | null = null;
    fake.readXlsx = (bytes) => {
      got = bytes;
      return seed;
    };
    const port = createOfficePort(fake.run, fake.host);
    expect(await port.insertSheets!(new Uint8Array([0x50, 0x4b, 3, 4, 200, 255]))).toEqual(['สรุป', 'รายข้อ']);
    expect([...got!]).toEqual([0x50, 0x4b, 3, 4, 200, 255]);
    expect(analyzeSnapshot(await port.read(), DEFAULT_SETTINGS).summary.overall.score).toBeCloseTo(72.83, 2);
    const old = createFakeExcel([], { excelApi: 12 });
    expect(createOfficePort(old.run, old.host).insertSheets).toBeUndefined();
  });
});
