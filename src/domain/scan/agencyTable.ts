/**
 * Multi-agency tables: a sheet listing agencies one per row with their tool scores, indicators and/or totals, as NACC's
 * published result lists and reviewers' own compilations look (ลำดับ | หน่วยงาน | IIT | EIT | OIT | คะแนนรวม |
 * ผลการประเมิน, in any order, Thai or English headers, headers over one to three rows, Thai digits, repeated headers
 * where the list was split over pages). Found from header rows the sheet pass already noticed (a tool, indicator,
 * total or agency header), so it costs nothing on sheets without one.
 */
import { agencyTypeOf } from '../agency/type';
import { asciiDigits, normalizeText, parseScore, splitCodeText } from '../normalize';
import type { Cell, Issue, Tool } from '../types';
import { matchIndicator } from './indicatorTables';
import { addr, cellAt, isBlank, rangeAddr, type SheetView } from './sheet';
import type { Found, Reported } from './types';
import { yearMentions } from './year';

export type AgencyColumnKind =
  'rank' | 'name' | 'type' | 'district' | 'province' | 'year' | 'tool' | 'indicator' | 'overall' | 'rating' | 'pass';

export type AgencyColumn = {
  readonly kind: AgencyColumnKind;
  /** Column letter(s) on the sheet. */
  readonly col: string;
  /** The header as typed (the rows of a multi-row header joined). */
  readonly header: string;
  readonly tool?: Tool;
  readonly indicator?: number;
};

/** One agency's row of a multi-agency table. Scores as stated (with their cells, so formulas can reference them). */
export type AgencyRowHit = {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  readonly nameCell: string;
  readonly typeText?: string;
  readonly district?: string;
  readonly province?: string;
  /** A year column of the row (compilations over several years). */
  readonly year?: Found<number>;
  readonly tools: Partial<Record<Tool, Reported>>;
  readonly indicators: Readonly<Partial<Record<number, Reported>>>;
  readonly overall: Reported | null;
  readonly rating: Found<string> | null;
  readonly passText: Found<string> | null;
};

export type AgencyTable = {
  readonly sheet: string;
  /** Header rows and data rows, A1. */
  readonly range: string;
  /** 1-based row of the (last) header row. */
  readonly headerRow: number;
  readonly columns: readonly AgencyColumn[];
  readonly rows: readonly AgencyRowHit[];
  /** The year a title just above the table names ("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567"). */
  readonly year: Found<number> | null;
};

/** Grid bounds of a table (0-based, inclusive), header rows included: the rest of the scanner leaves them alone. */
export type AgencyTableBounds = { readonly r0: number; readonly c0: number; readonly r1: number; readonly c1: number };

/** A cell the sheet pass marked as a possible header (tool, indicator, total or agency label). */
export type HeaderHint = { readonly r: number; readonly c: number };

const MIN_ROWS = 2;
const MAX_GAP = 4; // non-data rows (blank, group titles, a header repeated after a page break) inside one list
const BAND = 2; // header rows above the hinted row that may belong to the header
const MAX_HEADER = 48;
const TITLE_ROWS = 6;

const RANK = /^(?:ลำดับ(?:ที่)?|ที่|no\.?|#|rank(?:ing)?|อันดับ(?:ที่)?|seq\.?)$/;
const PASS = /ผ่าน\s*\/\s*ไม่ผ่าน|pass\s*\/\s*fail|ผ่านเกณฑ์|^pass(?:ed)?$|^ผ่าน$/;
const SCORE_WORD = /คะแนน|score|points?/;
const OVERALL =
  /คะแนนรวม|คะแนนภาพรวม|ภาพรวม|overall|total|คะแนน\s*ita|ita\s*score|ผลคะแนน|คะแนนเฉลี่ย|^คะแนน(?:ที่ได้)?$|^score$/;
const RATING = /ผลการประเมิน|ระดับ|rating|result|level|grade|เกรด/;
const NAME = /หน่วยงาน|อปท|ส่วนราชการ|องค์กรปกครอง|agency|organi[sz]ation|^ชื่อ|name/;
const TYPE = /ประเภท|(?<![a-z])type(?![a-z])|รูปแบบ/;
const DISTRICT = /อำเภอ|district|เขต/;
const PROVINCE = /จังหวัด|province/;
const YEAR_HEAD = /^(?:ปี|พ\.\s*ศ|year|fy(?![a-z])|fiscal)/;
const INDICATOR_NO = /(?:ตัวชี้วัด(?:ที่)?|ตชว\.?|indicator|ind\.?)\s*(\d{1,2})(?!\d)/;
const INDICATOR_CONTEXT = /ตัวชี้วัด|ตชว|indicator/;
const TOOL_WORD = /(?<![a-z])(iit|eit|oit)(?![a-z])/g;
// Rows that are not agencies: totals and means, notes, and the labels of one agency's own tables (scores, weights, targets).
const SUMMARY_ROW =
  /^(?:รวม|รวมทั้งสิ้น|เฉลี่ย|ค่าเฉลี่ย|คะแนน|น้ำหนัก|ร้อยละ|เกณฑ์|เป้าหมาย|ค่าเป้าหมาย|ผลต่าง|average|mean|total|score|weight|target|สรุป|หมายเหตุ|ที่มา|source|note)/;
const LIST_HINT = /หน่วยงาน|อปท|ส่วนราชการ|องค์กรปกครอง|agency|organi[sz]ation/i;

/** Is this short text an agency-list header ("หน่วยงาน", "ชื่อ อปท.", "Agency")? The sheet pass keeps these as hints. */
export function isListHeaderHint(s: string): boolean {
  return s.length <= 40 && LIST_HINT.test(s);
}

const norm = (s: string): string =>
  normalizeText(asciiDigits(s))
    .replace(/[*:：]+$/, '')
    .trim();

/** What a header says its column holds; null when it says nothing we read. `indicatorContext`: a band row above says ตัวชี้วัด. */
export function classifyHeader(header: string, indicatorContext = false): Omit<AgencyColumn, 'col' | 'header'> | null {
  const s = norm(header);
  if (!s || s.length > MAX_HEADER || splitCodeText(header) !== null) return null;
  if (RANK.test(s)) return { kind: 'rank' };
  const ind = INDICATOR_NO.exec(s);
  if (ind) {
    const n = Number(ind[1]);
    if (n >= 1 && n <= 10) return { kind: 'indicator', indicator: n };
  }
  if (indicatorContext) {
    const bare = /(?:^|\s)(\d{1,2})(?:\s*\(.*\))?$/.exec(s);
    if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 10) return { kind: 'indicator', indicator: Number(bare[1]) };
  }
  const byName = matchIndicator(header.trim()) ?? matchIndicator(header.trim().split('\n').pop() ?? '');
  if (byName !== null) return { kind: 'indicator', indicator: byName };
  const tools = new Set([...s.matchAll(TOOL_WORD)].map((m) => m[1]!.toUpperCase() as Tool));
  if (tools.size === 1) return { kind: 'tool', tool: [...tools][0]! };
  if (PASS.test(s)) return { kind: 'pass' };
  if (OVERALL.test(s) || (SCORE_WORD.test(s) && !TYPE.test(s))) return { kind: 'overall' };
  if (RATING.test(s)) return { kind: 'rating' };
  if (YEAR_HEAD.test(s)) return { kind: 'year' };
  if (TYPE.test(s)) return { kind: 'type' };
  if (PROVINCE.test(s)) return { kind: 'province' };
  if (DISTRICT.test(s)) return { kind: 'district' };
  if (NAME.test(s)) return { kind: 'name' };
  return null;
}

const textOf = (x: Cell): string | null => (typeof x === 'string' && x.trim() ? x.trim() : null);

type Band = {
  readonly headers: string[];
  readonly r: number;
  readonly top: number;
  readonly indicatorContext: boolean[];
};

/** A row that can be part of a header: texts, or a run of bare indicator numbers 1–10; never a fraction or a number above 10. */
function headerLike(v: SheetView, r: number): boolean {
  const row = v.values[r];
  if (!row) return false;
  let texts = 0,
    ints = 0;
  for (const x of row) {
    if (isBlank(x)) continue;
    const p = parseScore(x);
    if ('value' in p) {
      if (!Number.isInteger(p.value) || p.value > 10) return false;
      ints++;
    } else texts++;
  }
  return texts >= 2 || ints >= 3;
}

/**
 * The header text of each column: row `r` joined with up to BAND header-like rows above it. Above `r` a blank cell
 * continues the text to its left where `r` has a sub-header ("คะแนนรายเครื่องมือ" merged over IIT | EIT | OIT).
 */
function headerBand(v: SheetView, r: number): Band {
  const headers: string[] = Array.from({ length: v.width }, () => '');
  const ctx: boolean[] = Array.from({ length: v.width }, () => false);
  let top = r;
  for (let k = 1; k <= BAND && r - k >= 0; k++) {
    const rr = r - k;
    const texts = (v.values[rr] ?? []).filter((x) => textOf(x) !== null).length;
    // A title (one merged text) or a data row ends the band.
    if (texts < 2 || !headerLike(v, rr)) break;
    top = rr;
  }
  const carry: string[] = Array.from({ length: r - top }, () => '');
  for (let c = 0; c < v.width; c++) {
    const own = textOf(cellAt(v, r, c)) ?? (typeof cellAt(v, r, c) === 'number' ? String(cellAt(v, r, c)) : null);
    const parts: string[] = [];
    for (let rr = top; rr < r; rr++) {
      const t = textOf(cellAt(v, rr, c));
      if (t) carry[rr - top] = t;
      const use = t ?? (own ? carry[rr - top]! : '');
      if (!use) continue;
      parts.push(use);
      if (INDICATOR_CONTEXT.test(norm(use))) ctx[c] = true;
    }
    if (own) parts.push(own);
    headers[c] = parts.join('\n');
  }
  return { headers, r, top, indicatorContext: ctx };
}

type Layout = {
  readonly cols: Map<number, Omit<AgencyColumn, 'col' | 'header'> & { header: string }>;
  readonly name: number | null;
  readonly nameHeader: string;
};

function layoutOf(v: SheetView, band: Band): Layout {
  const cols = new Map<number, Omit<AgencyColumn, 'col' | 'header'> & { header: string }>();
  let name: number | null = null;
  let nameHeader = '';
  const seen = new Set<string>();
  band.headers.forEach((h, c) => {
    if (!h) return;
    // The hinted row decides; the rows above only qualify it ("คะแนนรายเครื่องมือ" over "IIT").
    const lines = h.split('\n');
    const own = lines[lines.length - 1]!;
    // A cell of its own decides alone; an empty one (merged down from above) takes the rows above.
    const hasOwn = textOf(cellAt(v, band.r, c)) !== null || typeof cellAt(v, band.r, c) === 'number';
    const k = hasOwn
      ? classifyHeader(own, band.indicatorContext[c])
      : classifyHeader(h.replace(/\n/g, ' '), band.indicatorContext[c]);
    if (!k) return;
    const key = k.kind === 'tool' ? `tool:${k.tool}` : k.kind === 'indicator' ? `ind:${k.indicator}` : k.kind;
    if (seen.has(key)) return; // the first column of a kind wins
    seen.add(key);
    cols.set(c, { ...k, header: h });
    if (k.kind === 'name') {
      name = c;
      nameHeader = norm(own);
    }
  });
  return { cols, name, nameHeader };
}

const SCORE_KINDS = new Set<AgencyColumnKind>(['tool', 'indicator', 'overall']);

function scoreColumns(l: Layout): number[] {
  return [...l.cols.entries()].filter(([, k]) => SCORE_KINDS.has(k.kind)).map(([c]) => c);
}

/** Enough score columns to call it a list: two tools, three indicators, or a total beside a named agency column. */
function qualifies(l: Layout, nameByHeader: boolean): boolean {
  const ks = [...l.cols.values()];
  const tools = new Set(ks.filter((k) => k.kind === 'tool').map((k) => k.tool));
  const inds = new Set(ks.filter((k) => k.kind === 'indicator').map((k) => k.indicator));
  const overall = ks.some((k) => k.kind === 'overall');
  return tools.size >= 2 || inds.size >= 3 || (overall && nameByHeader);
}

const YEAR_LIKE = /(?:^|\D)(?:25|26)\d\d(?:\D|$)/;

/** Without a name header: the text column (not a score column) holding the most texts in the rows below. */
function inferName(v: SheetView, r: number, l: Layout): number | null {
  const scores = new Set(scoreColumns(l));
  const first = Math.min(...scores);
  let best: number | null = null;
  let bestN = 0;
  for (let c = 0; c < v.width; c++) {
    if (scores.has(c) || (l.cols.has(c) && l.cols.get(c)!.kind !== 'name')) continue;
    let n = 0;
    for (let rr = r + 1; rr < Math.min(v.height, r + 25); rr++) {
      const t = textOf(cellAt(v, rr, c));
      if (t && !('value' in parseScore(t)) && !YEAR_LIKE.test(asciiDigits(t))) n++;
    }
    // Names sit left of the scores; prefer the nearest such column on ties.
    if (n > bestN || (n === bestN && n > 0 && c < first && (best === null || best > first))) {
      best = c;
      bestN = n;
    }
  }
  return bestN >= MIN_ROWS ? best : null;
}

type ParsedRow = { hit: AgencyRowHit; issues: Issue[] };

function yearIn(x: Cell): number | null {
  if (typeof x === 'number') return Number.isInteger(x) && x >= 2500 && x <= 2700 ? x : null;
  const t = textOf(x);
  if (!t) return null;
  const m = /(?:^|\D)((?:25|26)\d\d)(?:\D|$)/.exec(asciiDigits(t));
  return m ? Number(m[1]) : null;
}

function parseRow(v: SheetView, r: number, l: Layout, name: number): ParsedRow | null {
  const nameText = textOf(cellAt(v, r, name));
  if (!nameText || 'value' in parseScore(nameText)) return null;
  const label = norm(nameText);
  // A summary row, or the header repeated where the list was split over pages.
  if (
    SUMMARY_ROW.test(label) ||
    label === l.nameHeader ||
    (label.length <= 16 && classifyHeader(nameText)?.kind === 'name')
  )
    return null;
  const tools: Partial<Record<Tool, Reported>> = {};
  const indicators: Partial<Record<number, Reported>> = {};
  let overall: Reported | null = null;
  let rating: Found<string> | null = null;
  let passText: Found<string> | null = null;
  let year: Found<number> | undefined;
  let typeText: string | undefined, district: string | undefined, province: string | undefined;
  const issues: Issue[] = [];
  let scores = 0;
  const agency = nameText.replace(/\s+/g, ' ');
  for (const [c, k] of l.cols) {
    const x = cellAt(v, r, c);
    const cell = addr(v, r, c);
    if (SCORE_KINDS.has(k.kind)) {
      const p = parseScore(x);
      if (!('value' in p)) {
        if (p.error === 'unreadable')
          issues.push({
            code: 'agencyList.unreadable',
            severity: 'warning',
            sheet: v.name,
            cell,
            params: { agency, raw: String(x) },
          });
        continue;
      }
      if (!(p.value >= 0 && p.value <= 100)) {
        issues.push({
          code: 'agencyList.outOfRange',
          severity: 'warning',
          sheet: v.name,
          cell,
          params: { agency, score: p.value },
        });
        continue;
      }
      const rep: Reported = { value: p.value, raw: x, sheet: v.name, cell };
      scores++;
      if (k.kind === 'tool') tools[k.tool!] = rep;
      else if (k.kind === 'indicator') indicators[k.indicator!] = rep;
      else overall = rep;
      continue;
    }
    const t = textOf(x);
    if (k.kind === 'rating' && t) rating = { value: t, sheet: v.name, cell };
    else if (k.kind === 'pass' && t) passText = { value: t, sheet: v.name, cell };
    else if (k.kind === 'type' && t) typeText = t;
    else if (k.kind === 'district' && t) district = t;
    else if (k.kind === 'province' && t) province = t;
    else if (k.kind === 'year') {
      const y = yearIn(x);
      if (y !== null) year = { value: y, sheet: v.name, cell };
    }
  }
  if (scores === 0) return null;
  const hit: AgencyRowHit = {
    sheet: v.name,
    row: v.origin.row + r + 1,
    name: agency,
    nameCell: addr(v, r, name),
    ...(typeText ? { typeText } : {}),
    ...(district ? { district } : {}),
    ...(province ? { province } : {}),
    ...(year ? { year } : {}),
    tools,
    indicators,
    overall,
    rating,
    passText,
  };
  return { hit, issues };
}

/** The year a title above the table states (assessment context first). */
function titleYear(v: SheetView, top: number): Found<number> | null {
  let none: Found<number> | null = null;
  for (let r = top - 1; r >= Math.max(0, top - TITLE_ROWS); r--) {
    const row = v.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = textOf(row[c] ?? null);
      if (!t) continue;
      for (const m of yearMentions({ sheet: v.name, r, c, cell: addr(v, r, c), s: t }, () => [])) {
        if (m.ctx === 'assessment') return { value: m.year, sheet: m.sheet, cell: m.cell };
        if (m.ctx === 'none' && !none) none = { value: m.year, sheet: m.sheet, cell: m.cell };
      }
    }
  }
  return none;
}

/**
 * Every multi-agency table of a sheet, from the rows holding header hints. A table needs a name column (by header, or
 * the text column beside the scores) and at least two agency rows; tool, indicator and total columns are read as
 * scores (Thai digits and "85.50 คะแนน" included), ratings and pass/fail as text to check.
 */
export function findAgencyTables(
  v: SheetView,
  hints: readonly HeaderHint[],
): { tables: AgencyTable[]; bounds: AgencyTableBounds[]; issues: Issue[] } {
  const tables: AgencyTable[] = [];
  const bounds: AgencyTableBounds[] = [];
  const issues: Issue[] = [];
  const rows = [...new Set(hints.map((h) => h.r))].sort((a, b) => a - b);
  let after = -1;
  for (const hinted of rows) {
    if (hinted <= after) continue;
    // The hint may sit on the upper row of a two-row header: the row below (IIT | EIT | OIT, or 1 … 10) may say more.
    let best: { r: number; band: Band; l: Layout; n: number } | null = null;
    for (let r = hinted; r <= hinted + 2 && r < v.height; r++) {
      // A header holds no scores: a hint on a data row (an item table's "EIT | e4 … | 90.98") is no header.
      if (!headerLike(v, r)) break;
      const band = headerBand(v, r);
      const l = layoutOf(v, band);
      const n = scoreColumns(l).length;
      if (qualifies(l, l.name !== null) && (!best || n > best.n)) best = { r, band, l, n };
    }
    if (!best) continue;
    const { r, band, l } = best;
    const name = l.name ?? inferName(v, r, l);
    if (name === null) continue;
    const parsed: ParsedRow[] = [];
    let gap = 0;
    let last = r;
    for (let rr = r + 1; rr < v.height; rr++) {
      const p = parseRow(v, rr, l, name);
      if (!p) {
        if (++gap > MAX_GAP) break;
        continue;
      }
      gap = 0;
      last = rr;
      parsed.push(p);
    }
    if (parsed.length < MIN_ROWS) continue;
    // Without a name header, the rows must read as agencies (อบต./เทศบาล…/SAO…) for at least half of them.
    if (l.name === null && parsed.filter((p) => agencyTypeOf(p.hit.name) !== 'other').length * 2 < parsed.length)
      continue;
    const colIdx = [...l.cols.keys(), name];
    const c0 = Math.min(...colIdx);
    const c1 = Math.max(...colIdx);
    const columns: AgencyColumn[] = [...l.cols.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, k]) => ({ ...k, col: addr(v, 0, c).replace(/\d+$/, ''), header: k.header }));
    if (!l.cols.has(name)) columns.push({ kind: 'name', col: addr(v, 0, name).replace(/\d+$/, ''), header: '' });
    tables.push({
      sheet: v.name,
      range: rangeAddr(v, band.top, c0, last, c1),
      headerRow: v.origin.row + r + 1,
      columns,
      rows: parsed.map((p) => p.hit),
      year: titleYear(v, band.top),
    });
    bounds.push({ r0: band.top, c0, r1: last, c1 });
    for (const p of parsed) issues.push(...p.issues);
    after = last;
  }
  return { tables, bounds, issues };
}

/** Is grid (r, c) inside one of the bounds? */
export function inAgencyTable(bounds: readonly AgencyTableBounds[], r: number, c: number): boolean {
  for (const b of bounds) if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) return true;
  return false;
}
