/** An in-memory WorkbookPort over plain grids, for the pane's tests: real app and domain code run on top of it. */
import { META_SHEET, type OurRule, type WorkbookChanges, type WorkbookPort } from '../../src/app/port';
import { encodeMarker } from '../../src/app/marker';
import { parseA1 } from '../../src/domain/a1';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/types';

export type MemoryPort = WorkbookPort & {
  readonly select: NonNullable<WorkbookPort['select']>;
  sheets: SheetSnapshot[];
  rules: OurRule[];
  reads: number;
  writes: WorkbookChanges[];
  selected: Array<[string, string]>;
  /** Make the next read or write throw this. */
  failNext: { read?: unknown; write?: unknown };
};

export function memoryPort(snapshot: WorkbookSnapshot): MemoryPort {
  const port: MemoryPort = {
    sheets: snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })),
    rules: [],
    reads: 0,
    writes: [],
    selected: [],
    failNext: {},
    read: async () => {
      port.reads++;
      await Promise.resolve();
      if (port.failNext.read) {
        const e = port.failNext.read;
        port.failNext.read = undefined;
        throw e;
      }
      return { sheets: port.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) };
    },
    write: async (changes) => {
      await Promise.resolve();
      if (port.failNext.write) {
        const e = port.failNext.write;
        port.failNext.write = undefined;
        throw e;
      }
      port.writes.push(changes);
      let sheets = port.sheets.filter((s) => !changes.removeSheets.includes(s.name) && s.name !== META_SHEET);
      for (const spec of changes.addSheets) {
        const values: Cell[][] = spec.rows.map((r) => r.map((c) => c?.value ?? null));
        sheets = [...sheets, { name: spec.name, origin: { row: 0, col: 0 }, values }];
      }
      for (const f of changes.fills) {
        const p = parseA1(f.cell);
        const s = sheets.find((x) => x.name === f.sheet);
        const row = p && s ? (s.values[p.row - s.origin.row] as Cell[] | undefined) : undefined;
        if (p && s && row) row[p.col - s.origin.col] = f.value;
      }
      port.rules = [
        ...port.rules.filter(
          (r) =>
            !changes.removeRules.some((x) => x.sheet === r.sheet && x.range === r.range && x.formula === r.formula),
        ),
        ...changes.addRules,
      ];
      const meta: SheetSnapshot[] = changes.marker
        ? [
            {
              name: META_SHEET,
              origin: { row: 0, col: 0 },
              values: encodeMarker(changes.marker).map((c) => [c]),
              visibility: 'veryHidden',
            },
          ]
        : [];
      port.sheets = [...sheets, ...meta];
    },
    select: async (sheet, cell) => {
      port.selected.push([sheet, cell]);
    },
  };
  return port;
}
