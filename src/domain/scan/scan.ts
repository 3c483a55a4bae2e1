/** The scanner: finds item tables, indicator tables and facts (year, agency, overall) anywhere in a workbook. */
import { findStrayChar, splitCodeText } from '../normalize';
import type { Issue, Tool, WorkbookSnapshot } from '../types';
import { AGENCY_PREFILTER, agencyMentions, decideAgency, type AgencyMention } from './agency';
import {
  findAgencyTables,
  inAgencyTable,
  isListHeaderHint,
  type AgencyTable,
  type AgencyTableBounds,
  type HeaderHint,
} from './agencyTable';
import { bareCodes, toolMarker, type CodeHit, type ToolMarker } from './codes';
import { findIndicatorTables, matchIndicator, type LabelHit } from './indicatorTables';
import { findItemTables, type RawTable } from './itemTables';
import { asShown, percentCells } from './percent';
import { numberNear, OVERALL, overallInText, toolTotalLabel } from './overall';
import { parseA1 } from '../a1';
import { addr, cellAt, isBlank, rangeAddr, sheetView, type SheetView } from './sheet';
import type { IndicatorHit, ItemHit, Reported, ScanOptions, ScanResult, TableInfo } from './types';
import { decideYears, HAS_4_DIGITS, yearMentions, type YearMention } from './year';
import { findHistory, yearLabel, type HistoryPoint } from './history';
import { decidePlaces, PLACE_PREFILTER, placeMentions, type PlaceMention } from './place';
import { isRankLabel, RANK_PREFILTER, rankInText, type Rank } from './rank';

type Candidate = { readonly r: number; readonly c: number; readonly s: string };

type SheetPass = {
  readonly v: SheetView;
  readonly codes: CodeHit[];
  readonly markers: ToolMarker[];
  readonly labels: LabelHit[];
  readonly overall: Candidate[];
  readonly toolTotals: Array<Candidate & { tool: Tool }>;
  /** Cells that name a year as a label ("ปี 2563", 2563): candidates for a history table. */
  readonly yearLabels: Array<{ r: number; c: number; year: number }>;
  /** Texts that may state the rank, and "อันดับ" labels. */
  readonly ranks: Array<Candidate & { rank: Rank | null }>;
  /** Agency-list headers ("หน่วยงาน", "ชื่อ อปท."): with the tool, indicator and total labels, where multi-agency tables may start. */
  readonly listHeads: HeaderHint[];
  nonBlank: number;
};

const TOOL_TOTAL_MAX = 30;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?\s*$/;

/** First pass over one sheet: every cell once, cheap checks first (numbers cost a typeof). */
function passSheet(
  v: SheetView,
  years: YearMention[],
  agencies: AgencyMention[],
  places: PlaceMention[],
  issues: Issue[],
): SheetPass {
  const p: SheetPass = {
    v,
    codes: [],
    markers: [],
    labels: [],
    overall: [],
    toolTotals: [],
    yearLabels: [],
    ranks: [],
    listHeads: [],
    nonBlank: 0,
  };
  // The last texts seen in each column (for a year's context in the title line above it).
  const lastText: Array<Array<{ r: number; s: string }>> = [];
  for (let r = 0; r < v.height; r++) {
    const row = v.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const x = row[c];
      if (x === null || x === undefined) continue;
      if (typeof x !== 'string') {
        p.nonBlank++;
        if (typeof x === 'number' && x >= 2550 && x <= 2700 && Number.isInteger(x))
          p.yearLabels.push({ r, c, year: x });
        continue;
      }
      if (x.length === 0 || x.trim().length === 0) continue;
      p.nonBlank++;
      // A number typed as text is only ever a score: nothing else to look for.
      const c0 = x.charCodeAt(0);
      if (c0 >= 48 && c0 <= 57 && PLAIN_NUMBER.test(x)) {
        if (x.length <= 6) {
          const y = yearLabel(x);
          if (y !== null) p.yearLabels.push({ r, c, year: y });
        }
        continue;
      }
      const code = splitCodeText(x);
      if (code) {
        p.codes.push(code.text ? { r, c, code: code.code, text: code.text } : { r, c, code: code.code });
        continue;
      }
      if (x.length <= TOOL_TOTAL_MAX) {
        const tm = toolMarker(x);
        if (tm) p.markers.push({ r, c, tool: tm });
        const tt = toolTotalLabel(x);
        if (tt) p.toolTotals.push({ r, c, s: x, tool: tt });
        if (tm) continue;
      }
      const no = matchIndicator(x);
      if (no !== null) p.labels.push({ r, c, no, label: x.trim() });
      if (OVERALL.test(x)) p.overall.push({ r, c, s: x });
      if (isListHeaderHint(x)) p.listHeads.push({ r, c });
      if (HAS_4_DIGITS.test(x)) {
        const y = x.length <= 30 ? yearLabel(x) : null;
        if (y !== null) p.yearLabels.push({ r, c, year: y });
        const prev = lastText[c] ?? [];
        years.push(
          ...yearMentions({ sheet: v.name, r, c, cell: addr(v, r, c), s: x }, () =>
            prev
              .filter((t) => r - t.r <= 3)
              .reverse()
              .map((t) => t.s),
          ),
        );
      }
      if (AGENCY_PREFILTER.test(x)) {
        agencies.push(
          ...agencyMentions({ sheet: v.name, r, c, cell: addr(v, r, c), s: x }, () => {
            for (let k = c + 1; k < v.width && k <= c + 3; k++) {
              const y = cellAt(v, r, k);
              if (!isBlank(y)) return typeof y === 'string' ? { s: y, cell: addr(v, r, k) } : null;
            }
            return null;
          }),
        );
      }
      if (PLACE_PREFILTER.test(x)) places.push(...placeMentions({ sheet: v.name, r, c, cell: addr(v, r, c), s: x }));
      if (RANK_PREFILTER.test(x)) {
        const rank = rankInText(x);
        if (rank || isRankLabel(x)) p.ranks.push({ r, c, s: x, rank });
      }
      const stray = findStrayChar(x);
      if (stray)
        issues.push({
          code: 'text.strayChar',
          severity: 'warning',
          sheet: v.name,
          cell: addr(v, r, c),
          params: { char: stray.char },
        });
      const lt = lastText[c] ?? (lastText[c] = []);
      lt.push({ r, s: x });
      if (lt.length > 2) lt.shift();
    }
  }
  return p;
}

function inTables(tables: readonly RawTable[], r: number, c: number, headerRows: number): boolean {
  for (const t of tables) if (r >= t.r0 - headerRows && r <= t.r1 && c >= t.c0 - 1 && c <= t.c1) return true;
  return false;
}

/** Multi-agency tables of a sheet, from the header hints its pass collected; their cells are then left out of the one-agency scan. */
function agencyTablesOf(p: SheetPass): { tables: AgencyTable[]; bounds: AgencyTableBounds[]; issues: Issue[] } {
  const hints: HeaderHint[] = [...p.markers, ...p.toolTotals, ...p.overall, ...p.listHeads];
  // Indicator labels hint only where three share a row (a header across the columns), not in a one-agency table.
  const perRow = new Map<number, number>();
  for (const l of p.labels) perRow.set(l.r, (perRow.get(l.r) ?? 0) + 1);
  for (const l of p.labels) if ((perRow.get(l.r) ?? 0) >= 3) hints.push(l);
  if (!hints.length) return { tables: [], bounds: [], issues: [] };
  return findAgencyTables(p.v, hints);
}

function withoutAgencyTables(p: SheetPass, b: readonly AgencyTableBounds[]): SheetPass {
  if (!b.length) return p;
  const out = <T extends { r: number; c: number }>(xs: readonly T[]): T[] =>
    xs.filter((x) => !inAgencyTable(b, x.r, x.c));
  return {
    ...p,
    codes: out(p.codes),
    markers: out(p.markers),
    labels: out(p.labels),
    overall: out(p.overall),
    toolTotals: out(p.toolTotals),
    yearLabels: out(p.yearLabels),
    ranks: out(p.ranks),
    listHeads: [],
  };
}

/** Scan a workbook snapshot: every item and indicator score it states, where, and what looks wrong. Never throws on user data. */
export function scanWorkbook(stored: WorkbookSnapshot, options?: ScanOptions): ScanResult {
  const wb = asShown(stored);
  const percent = percentCells(stored);
  const skip = new Set<string>(options?.skipSheets ?? []);
  const issues: Issue[] = [];
  const years: YearMention[] = [];
  const agencies: AgencyMention[] = [];
  const places: PlaceMention[] = [];
  const passes: SheetPass[] = [];
  for (const s of wb.sheets) {
    if (skip.has(s.name)) continue;
    passes.push(passSheet(sheetView(s), years, agencies, places, issues));
  }
  const empty: ScanResult = {
    items: [],
    indicators: [],
    overall: null,
    toolScores: {},
    year: null,
    planYear: null,
    agency: null,
    tables: [],
    issues: [],
  };
  if (!passes.some((p) => p.nonBlank > 0)) return { ...empty, issues: [{ code: 'scan.empty', severity: 'info' }] };

  const tables: TableInfo[] = [];
  // Multi-agency tables first: their rows name many agencies and hold many scores, none of them this workbook's own.
  const agencyTables: AgencyTable[] = [];
  const listIssues: Issue[] = [];
  const listBounds = new Map<string, AgencyTableBounds[]>();
  for (let k = 0; k < passes.length; k++) {
    const found = agencyTablesOf(passes[k]!);
    if (!found.tables.length) continue;
    agencyTables.push(...found.tables);
    listIssues.push(...found.issues);
    for (const t of found.tables)
      tables.push({ kind: 'agencies', sheet: t.sheet, range: t.range, orientation: 'rows' });
    listBounds.set(passes[k]!.v.name, found.bounds);
    passes[k] = withoutAgencyTables(passes[k]!, found.bounds);
  }
  const inList = (sheet: string, cell: string): boolean => {
    const b = listBounds.get(sheet);
    if (!b) return false;
    const p = parseA1(cell);
    const v = passes.find((x) => x.v.name === sheet)?.v;
    return p !== null && v !== undefined && inAgencyTable(b, p.row - v.origin.row, p.col - v.origin.col);
  };

  // A history table's year labels are earlier years, not statements of the assessment year.
  let history: HistoryPoint[] = [];
  for (const p of passes) {
    if (history.length || p.yearLabels.length < 2) continue;
    history = findHistory(p.v, p.yearLabels);
  }
  const historyLabels = new Set<string>();
  for (const p of passes) {
    for (const y of p.yearLabels)
      if (history.some((h) => h.sheet === p.v.name && h.year === y.year))
        historyLabels.add(`${p.v.name}!${addr(p.v, y.r, y.c)}`);
  }
  const yr = decideYears(historyLabels.size ? years.filter((m) => !historyLabels.has(`${m.sheet}!${m.cell}`)) : years);
  const ag = decideAgency(listBounds.size ? agencies.filter((m) => !inList(m.sheet, m.cell)) : agencies);
  const pl = decidePlaces(listBounds.size ? places.filter((m) => !inList(m.sheet, m.cell)) : places);
  const year = yr.year?.value ?? null;

  const items: ItemHit[] = [];
  const indicators: IndicatorHit[] = [];
  const tableIssues: Issue[] = [];
  let overall: Reported | null = null;
  let rank: ScanResult['rank'] = null;
  const toolScores: Partial<Record<Tool, Reported>> = {};

  for (const p of passes) {
    const v = p.v;
    const labelRows = new Set(p.labels.map((l) => l.r));
    const W = v.width + 1;
    const taken = new Set(p.codes.map((h) => h.r * W + h.c));
    const bare = bareCodes(v, p.markers, labelRows, taken);
    const it = findItemTables(v, bare.length ? [...p.codes, ...bare] : p.codes, year);
    const base = tables.length;
    const itemRows = new Set<number>();
    for (const t of it.tables) {
      tables.push({
        kind: 'items',
        sheet: v.name,
        range: rangeAddr(v, t.r0, t.c0, t.r1, t.c1),
        orientation: t.orientation,
      });
      if (t.orientation === 'rows') for (let r = t.r0; r <= t.r1; r++) itemRows.add(r);
    }
    for (const h of it.items) {
      items.push({
        code: h.code,
        tool: h.tool,
        score: h.score,
        raw: h.raw,
        sheet: v.name,
        cell: addr(v, h.r, h.c),
        codeCell: addr(v, h.codeR, h.codeC),
        ...(h.text ? { text: h.text } : {}),
        table: base + h.table,
      });
    }
    for (const x of it.issues) tableIssues.push(x); // no spread: a huge list overflows the stack

    const ind = findIndicatorTables(v, p.labels, itemRows, year);
    const ibase = tables.length;
    for (const t of ind.tables)
      tables.push({
        kind: 'indicators',
        sheet: v.name,
        range: rangeAddr(v, t.r0, t.c0, t.r1, t.c1),
        orientation: 'rows',
      });
    for (const h of ind.hits) {
      indicators.push({
        no: h.no,
        label: h.label,
        sheet: v.name,
        labelCell: addr(v, h.r, h.c),
        scoreCell: h.scoreC === null || h.scoreR === null ? null : addr(v, h.scoreR, h.scoreC),
        reported: h.reported,
        table: ibase + h.table,
      });
    }
    for (const x of ind.issues) tableIssues.push(x); // no spread: a huge list overflows the stack

    const all = [...it.tables, ...ind.tables];
    // Tool totals: a tool label outside the tables (inside them "IIT" is the tool column), with its number to the right.
    for (const t of p.toolTotals) {
      if (toolScores[t.tool] || all.some((x) => t.r >= x.r0 && t.r <= x.r1)) continue;
      const n = numberNear(v, t.r, t.c);
      if (n && n.r === t.r) toolScores[t.tool] = { value: n.value, raw: n.raw, sheet: v.name, cell: addr(v, n.r, n.c) };
    }
    // Rank: the first statement outside the tables (a sentence, or an "อันดับ" label with its number beside it).
    for (const k of p.ranks) {
      if (rank || inTables(all, k.r, k.c, 3)) continue;
      if (k.rank) rank = { value: k.rank, sheet: v.name, cell: addr(v, k.r, k.c) };
      else {
        for (let c = k.c + 1; c <= k.c + 3 && c < v.width && !rank; c++) {
          const x = cellAt(v, k.r, c);
          if (isBlank(x)) continue;
          const n = typeof x === 'number' ? x : Number(String(x).replace(/,/g, ''));
          if (Number.isInteger(n) && n >= 1)
            rank = { value: { position: n, total: null, group: null }, sheet: v.name, cell: addr(v, k.r, c) };
          break;
        }
      }
    }
    // Overall: the first statement outside the tables and their header rows.
    for (const o of p.overall) {
      if (overall) break;
      if (inTables(all, o.r, o.c, 3)) continue;
      const res = overallInText(o.s);
      if (!res) continue;
      if (res.kind === 'number') {
        overall = { value: res.value, raw: o.s, sheet: v.name, cell: addr(v, o.r, o.c) };
      } else {
        const n = numberNear(v, o.r, o.c);
        if (n && !inTables(all, n.r, n.c, 0))
          overall = { value: n.value, raw: n.raw, sheet: v.name, cell: addr(v, n.r, n.c) };
      }
    }
  }

  // Duplicate items are warned once rows are identified (score.ts: a row is an item by its name first, its code second).
  const firstInd = new Map<number, IndicatorHit>();
  for (const h of indicators) {
    const f = firstInd.get(h.no);
    if (!f) {
      firstInd.set(h.no, h);
      continue;
    }
    tableIssues.push({
      code: 'indicator.duplicate',
      severity: 'warning',
      sheet: h.sheet,
      cell: h.labelCell,
      params: { no: h.no, other: `${f.sheet}!${f.labelCell}` },
    });
  }

  const all: Issue[] = [...tableIssues, ...listIssues, ...yr.issues, ...ag.issues, ...issues];
  if (!tables.length) all.push({ code: 'scan.noTables', severity: 'warning' });
  return {
    items,
    indicators,
    overall,
    toolScores,
    year: yr.year,
    planYear: yr.planYear,
    agency: ag.agency,
    district: pl.district,
    province: pl.province,
    rank,
    history,
    tables,
    issues: all,
    ...(agencyTables.length ? { agencyTables } : {}),
    ...(percent.size ? { percent } : {}),
  };
}
