/**
 * The "ITA กรอบการประเมิน" sheet: the framework the numbers follow, as a sheet the user owns. It lists the year's items
 * (code, topic, name, aliases, tool, indicator, sub-indicator, confidence, source), indicators, sub-indicators,
 * weights and rating thresholds. The user may correct it (the NACC manual was obtained, a province office hands out a
 * correction): on the next run it is read back, validated (messages name the sheet and cell) and used instead of
 * the shipped data, and the run says so. The same layout in another .xlsx, or its JSON, is what `--framework` takes.
 *
 * Edited or not: the sheet carries a fingerprint of the shipped framework it was written over. A sheet whose content
 * differs from that fingerprint is the user's version (kept on every rewrite); one that matches follows the shipped
 * data, so a corrected release still reaches workbooks nobody edited.
 */
import { a1 } from '../a1';
import {
  FRAMEWORK_STATUSES,
  FrameworkError,
  frameworkExact,
  ratingSchemeFor,
  validateFramework,
  type Aggregate,
  type Framework,
  type FrameworkItem,
  type FrameworkOrigin,
  type Indicator,
  type ItemScale,
  type RatingLevel,
  type RatingScheme,
  type SubIndicator,
} from '../framework';
import { frameworkNote } from '../frameworkNote';
import { interpolate, message, type MessageCode } from '../messages';
import type { Summary } from '../summary';
import type { Cell, Issue, Lang, SheetSnapshot, Tool, WorkbookSnapshot } from '../types';
import { TOOLS } from '../types';
import {
  addRow,
  addSpanRow,
  autoHeights,
  commonStyles,
  fromDraft,
  mergeCols,
  newDraft,
  textCell,
  tr,
  txt,
  type SpecOptions,
} from './layout';
import type { SheetSpec, SpecCell } from './sheetSpec';

const L = {
  name: { th: 'ITA กรอบการประเมิน', en: 'ITA Framework' },
  title: { th: 'กรอบการประเมิน ITA ปีงบประมาณ พ.ศ. {year}', en: 'ITA framework, fiscal year B.E. {year}' },
  howTo: {
    th: 'แผ่นงานนี้แก้ไขได้: แก้ชื่อข้อ ชื่ออื่น ตัวชี้วัด ตัวชี้วัดย่อย น้ำหนัก หรือเกณฑ์ระดับ ให้ตรงกับคู่มือของสำนักงาน ป.ป.ช. แล้วสั่งวิเคราะห์ใหม่: ระบบจะใช้ฉบับที่ท่านแก้และแจ้งให้ทราบ (คอลัมน์ที่มีชื่อในวงเล็บคือชื่อที่ระบบอ่าน ห้ามเปลี่ยน)',
    en: 'You may edit this sheet: correct item names, aliases, indicators, sub-indicators, weights or rating thresholds to match the NACC manual, then analyse again: your version is used, and the run says so (the bracketed column keys are what the program reads: keep them)',
  },
  meta: { th: 'ก. ข้อมูลกรอบการประเมิน', en: 'A. The framework' },
  weights: { th: 'ข. น้ำหนักของเครื่องมือ', en: 'B. Tool weights' },
  indicators: { th: 'ค. ตัวชี้วัด', en: 'C. Indicators' },
  subs: { th: 'ง. ตัวชี้วัดย่อย', en: 'D. Sub-indicators' },
  items: { th: 'จ. รายการข้อ', en: 'E. Items' },
  rating: { th: 'ฉ. เกณฑ์ระดับผลการประเมิน', en: 'F. Rating thresholds' },
  fingerprint: {
    th: 'รหัสตรวจสอบของกรอบที่ติดมากับโปรแกรม (ใช้ตรวจว่ามีการแก้ไข)',
    en: 'Fingerprint of the shipped framework (tells whether this sheet was edited)',
  },
} as const;

type Col = { readonly key: string; readonly th: string; readonly en: string };
const col = (key: string, th: string, en: string): Col => ({ key, th, en });

const META_COLS = [col('field', 'รายการ', 'Field'), col('value', 'ค่า', 'Value')];
const META_FIELDS = [
  'year',
  'status',
  'copy_of',
  'results_announced',
  'inferred',
  'unknown',
  'rating_scheme',
  'pass_line',
] as const;
type MetaField = (typeof META_FIELDS)[number];
const META_LABEL: Record<MetaField, [string, string]> = {
  year: ['ปีงบประมาณ (พ.ศ.)', 'Fiscal year (B.E.)'],
  status: ['สถานะ: verified / partial / assumed', 'Status: verified / partial / assumed'],
  copy_of: ['คัดลอกจากปี', 'Copy of year'],
  results_announced: ['ประกาศผลเมื่อ (ค.ศ. ปี-เดือน)', 'Results announced (CE year-month)'],
  inferred: ['ส่วนที่อนุมาน (คั่นด้วย |)', 'Inferred parts (separated by |)'],
  unknown: ['ส่วนที่ยังไม่ทราบ (คั่นด้วย |)', 'Unknown parts (separated by |)'],
  rating_scheme: ['ชื่อเกณฑ์ระดับ', 'Rating scheme'],
  pass_line: ['เกณฑ์ผ่าน', 'Pass line'],
};
const WEIGHT_COLS = [col('tool', 'เครื่องมือ', 'Tool'), col('weight', 'น้ำหนัก', 'Weight')];
// Tables share the items table's columns: names in F/G, confidence in K, notes in M (the wide ones); the key in A.
const IND_COLS: readonly (readonly [number, Col])[] = [
  [0, col('indicator', 'ตัวชี้วัด', 'Indicator')],
  [
    1,
    col(
      'aggregate',
      'วิธีคำนวณ: mean / mean-of-subindicators / reported',
      'Aggregate: mean / mean-of-subindicators / reported',
    ),
  ],
  [2, col('tool', 'เครื่องมือ', 'Tool')],
  [3, col('grouping', 'การจัดข้อ: verified / inferred', 'Grouping: verified / inferred')],
  [5, col('name_th', 'ชื่อ', 'Name (Thai)')],
  [6, col('name_en', 'ชื่อ (อังกฤษ)', 'Name (English)')],
  [10, col('confidence', 'ความเชื่อมั่น', 'Confidence')],
  [12, col('note', 'หมายเหตุ', 'Note')],
];
const SUB_COLS: readonly (readonly [number, Col])[] = [
  [0, col('sub', 'ตัวชี้วัดย่อย', 'Sub-indicator')],
  [1, col('indicator', 'ตัวชี้วัด', 'Indicator')],
  [5, col('name_th', 'ชื่อ', 'Name (Thai)')],
  [6, col('name_en', 'ชื่อ (อังกฤษ)', 'Name (English)')],
  [10, col('confidence', 'ความเชื่อมั่น', 'Confidence')],
];
const ITEM_COLS = [
  col('code', 'รหัสข้อ', 'Code'),
  col('topic', 'หัวข้อ', 'Topic'),
  col('tool', 'เครื่องมือ', 'Tool'),
  col('indicator', 'ตัวชี้วัด', 'Indicator'),
  col('sub', 'ตัวชี้วัดย่อย', 'Sub-indicator'),
  col('name_th', 'ชื่อ', 'Name (Thai)'),
  col('name_en', 'ชื่อ (อังกฤษ)', 'Name (English)'),
  col('aliases', 'ชื่ออื่น (คั่นด้วย |)', 'Aliases (separated by |)'),
  col('covers', 'หัวข้อที่รวมเข้ามา (คั่นด้วย |)', 'Topics merged in (separated by |)'),
  col('scale', 'ระดับคะแนน', 'Scale'),
  col('confidence', 'ความเชื่อมั่น', 'Confidence'),
  col('source', 'แหล่งที่มา', 'Source'),
  col('note', 'หมายเหตุ', 'Note'),
];
const RATING_COLS: readonly (readonly [number, Col])[] = [
  [0, col('min', 'คะแนนภาพรวมขั้นต่ำ', 'Overall at least')],
  [1, col('each_tool_min', 'ทุกเครื่องมือขั้นต่ำ', 'Each tool at least')],
  [2, col('pass', 'ผ่าน: yes / no', 'Pass: yes / no')],
  [5, col('label_th', 'ระดับ', 'Level (Thai)')],
  [6, col('label_en', 'ระดับ (อังกฤษ)', 'Level (English)')],
  [10, col('confidence', 'ความเชื่อมั่น', 'Confidence')],
];
/** A row with cells at given columns (the others empty). */
const placed = (cells: readonly (readonly [number, SpecCell | null])[]): (SpecCell | null)[] => {
  const row: (SpecCell | null)[] = [];
  for (const [c, x] of cells) row[c] = x;
  return Array.from({ length: row.length }, (_, k) => row[k] ?? null);
};
const FINGERPRINT_KEY = 'fingerprint';
/** Column of the values of table A and of the fingerprint (F). */
const META_VALUE_COL = 5;

const WIDTHS = [12, 22, 10, 10, 12, 48, 36, 40, 28, 12, 28, 36, 30];

const header = (c: Col, lang: Lang): string => `${c[lang]} (${c.key})`;
const KEY_IN_HEADER = /\(([a-z_]+)\)\s*$/;
const join = (xs: readonly string[] | undefined): string => (xs ?? []).join(' | ');
const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

/** The framework as the sheet holds it, in a canonical order: what the fingerprint is taken over and edits are compared by. */
export function canonicalFramework(fw: Framework): unknown {
  const rating = fw.rating ?? ratingSchemeFor(fw.year);
  const subOf = new Map<string, string>();
  for (const ind of fw.indicators) for (const s of ind.sub ?? []) for (const c of s.items) subOf.set(c, s.no);
  return {
    year: fw.year,
    status: fw.status,
    copyOf: fw.copyOf ?? null,
    resultsAnnounced: fw.resultsAnnounced ?? null,
    inferred: [...(fw.inferred ?? [])],
    unknown: [...(fw.unknown ?? [])],
    weights: TOOLS.map((t) => fw.weights[t]),
    indicators: fw.indicators.map((i) => [
      i.no,
      i.tool,
      i.name.th,
      i.name.en,
      i.aggregate,
      i.grouping ?? 'inferred',
      i.confidence ?? '',
      i.note ?? '',
      (i.sub ?? []).map((s) => [s.no, s.name.th, s.name.en, s.confidence ?? '']),
    ]),
    items: fw.items.map((i) => [
      i.code,
      i.topic,
      i.tool,
      i.indicator,
      subOf.get(i.code) ?? '',
      i.name.th,
      i.name.en,
      [...(i.aliases ?? [])],
      [...(i.covers ?? [])],
      i.scale,
      i.confidence ?? '',
      i.source ?? '',
      i.note ?? '',
    ]),
    rating: [
      rating.id,
      rating.passLine,
      rating.levels.map((l) => [l.label.th, l.label.en, l.min, l.eachToolMin ?? null, l.pass, l.confidence ?? '']),
    ],
  };
}

/** A short fingerprint of a framework's canonical form (FNV-1a, 32 bits, hex). */
export function frameworkFingerprint(fw: Framework): string {
  const s = JSON.stringify(canonicalFramework(fw));
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The sheet spec: the framework of summary.framework (the user's own version when one was used). */
export function buildFrameworkSheet(summary: Summary, opts: SpecOptions): SheetSpec {
  const fw = summary.framework;
  const lang = opts.lang;
  const d = newDraft();
  const last = WIDTHS.length - 1;
  const t = (c: Col): SpecCell => textCell(header(c, lang), opts, 'header');
  const v = (x: string | number | null | undefined, style = 'text'): SpecCell | null =>
    x === null || x === undefined || x === ''
      ? null
      : typeof x === 'number'
        ? { value: x, style: 'number' }
        : textCell(x, opts, style);
  addSpanRow(d, { value: txt(interpolate(tr(L.title, lang), { year: fw.year }), opts), style: 'title' }, 7);
  addSpanRow(d, textCell(frameworkNote(summary, lang), opts, 'note'), 7);
  addSpanRow(d, textCell(tr(L.howTo, lang), opts, 'note'), 7);
  addRow(d, []);
  const rating = fw.rating ?? summary.scheme;
  const meta: Record<MetaField, string | number | null> = {
    year: fw.year,
    status: fw.status,
    copy_of: fw.copyOf ?? null,
    results_announced: fw.resultsAnnounced ?? null,
    inferred: join(fw.inferred),
    unknown: join(fw.unknown),
    rating_scheme: rating.id,
    pass_line: rating.passLine,
  };
  // Labels span A:E, values sit in F (wide enough for the lists of inferred and unknown parts).
  addSpanRow(d, textCell(tr(L.meta, lang), opts, 'theme'), META_VALUE_COL);
  const mh = addRow(d, [t(META_COLS[0]!), null, null, null, null, t(META_COLS[1]!)]);
  mergeCols(d, mh, 0, META_VALUE_COL - 1);
  for (const f of META_FIELDS) {
    const r = addRow(d, [
      textCell(`${META_LABEL[f][lang === 'th' ? 0 : 1]} (${f})`, opts, 'label'),
      null,
      null,
      null,
      null,
      v(meta[f]),
    ]);
    mergeCols(d, r, 0, META_VALUE_COL - 1);
  }
  addRow(d, []);
  addSpanRow(d, textCell(tr(L.weights, lang), opts, 'theme'), 1);
  addRow(d, WEIGHT_COLS.map(t));
  for (const tool of TOOLS) addRow(d, [textCell(tool, opts, 'center'), { value: fw.weights[tool], style: 'number' }]);
  addRow(d, []);
  const heads = (cols: readonly (readonly [number, Col])[]): (SpecCell | null)[] =>
    placed(cols.map(([c, x]) => [c, t(x)] as const));
  addSpanRow(d, textCell(tr(L.indicators, lang), opts, 'theme'), last);
  addRow(d, heads(IND_COLS));
  for (const i of fw.indicators) {
    addRow(
      d,
      placed([
        [0, { value: i.no, style: 'number' }],
        [1, v(i.aggregate)],
        [2, textCell(i.tool, opts, 'center')],
        [3, v(i.grouping ?? 'inferred')],
        [5, v(i.name.th)],
        [6, v(i.name.en)],
        [10, v(i.confidence)],
        [12, v(i.note)],
      ]),
    );
  }
  addRow(d, []);
  addSpanRow(d, textCell(tr(L.subs, lang), opts, 'theme'), last);
  addRow(d, heads(SUB_COLS));
  for (const i of fw.indicators)
    for (const s of i.sub ?? [])
      addRow(
        d,
        placed([
          [0, v(s.no)],
          [1, { value: i.no, style: 'number' }],
          [5, v(s.name.th)],
          [6, v(s.name.en)],
          [10, v(s.confidence)],
        ]),
      );
  addRow(d, []);
  addSpanRow(d, textCell(tr(L.items, lang), opts, 'theme'), last);
  addRow(d, ITEM_COLS.map(t));
  const subOf = new Map<string, string>();
  for (const ind of fw.indicators) for (const s of ind.sub ?? []) for (const c of s.items) subOf.set(c, s.no);
  for (const i of fw.items) {
    addRow(d, [
      v(i.code),
      v(i.topic),
      textCell(i.tool, opts, 'center'),
      i.indicator === null ? null : { value: i.indicator, style: 'number' },
      v(subOf.get(i.code)),
      v(i.name.th),
      v(i.name.en),
      v(join(i.aliases)),
      v(join(i.covers)),
      v(i.scale),
      v(i.confidence),
      v(i.source),
      v(i.note),
    ]);
  }
  addRow(d, []);
  addSpanRow(d, textCell(tr(L.rating, lang), opts, 'theme'), last);
  addRow(d, heads(RATING_COLS));
  for (const l of rating.levels) {
    addRow(
      d,
      placed([
        [0, { value: l.min, style: 'number' }],
        [1, l.eachToolMin === undefined ? null : { value: l.eachToolMin, style: 'number' }],
        [2, v(l.pass ? 'yes' : 'no')],
        [5, v(l.label.th)],
        [6, v(l.label.en)],
        [10, v(l.confidence)],
      ]),
    );
  }
  addRow(d, []);
  // Over the shipped framework of the year: edits (now or earlier) show as a difference from it.
  const shipped = frameworkExact(fw.year);
  const fr = addRow(d, [
    textCell(`${tr(L.fingerprint, lang)} (${FINGERPRINT_KEY})`, opts, 'note'),
    null,
    null,
    null,
    null,
    shipped ? { value: frameworkFingerprint(shipped), style: 'text' } : null,
  ]);
  mergeCols(d, fr, 0, META_VALUE_COL - 1);
  const styles = {
    ...commonStyles(opts),
    number: { border: 'thin', hAlign: 'right', vAlign: 'top' },
    title: { bold: true, size: 18, wrap: false },
  } as const;
  autoHeights(d, WIDTHS, styles);
  return {
    key: 'framework',
    name: txt(tr(L.name, lang), opts),
    ...fromDraft(d, WIDTHS.slice(0, last + 1), styles),
    conditionalFormats: [],
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 },
    },
    freeze: { rows: 0, cols: 1 },
    tabColor: '#7F7F7F',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the sheet back

export type FrameworkFromSheet = {
  readonly sheet: string;
  readonly year: number | null;
  /** The framework the sheet holds, when it is valid. */
  readonly framework: Framework | null;
  /** The sheet differs from the shipped framework it was written over (or there is no fingerprint to tell): the user's version. */
  readonly edited: boolean;
  readonly issues: readonly Issue[];
};

type Table = {
  readonly keys: readonly string[];
  readonly headerRow: number;
  readonly rows: { readonly r: number; readonly cells: readonly Cell[] }[];
};

const str = (x: Cell): string => (x === null || x === undefined ? '' : String(x).trim());

/** Tables of a sheet: a row of bracketed keys starts one; the rows below it, up to a blank row, are its rows. */
function tablesOf(values: readonly (readonly Cell[])[]): Table[] {
  const out: Table[] = [];
  let cur: { keys: string[]; headerRow: number; rows: { r: number; cells: readonly Cell[] }[] } | null = null;
  values.forEach((row, r) => {
    const keys = row.map((c) => KEY_IN_HEADER.exec(str(c))?.[1] ?? '');
    const keyed = keys.filter(Boolean).length;
    if (keyed >= 2 && keys[0]) {
      cur = { keys, headerRow: r, rows: [] };
      out.push(cur);
      return;
    }
    if (!row.some((c) => str(c) !== '')) {
      cur = null;
      return;
    }
    if (cur) cur.rows.push({ r, cells: row });
  });
  return out;
}

/** Whether a sheet looks like a framework sheet (ours, a copy, or one in a --framework file): its item table's keys. */
export function isFrameworkSheet(sheet: SheetSnapshot): boolean {
  return tablesOf(sheet.values).some(
    (t) => t.keys[0] === 'code' && t.keys.includes('topic') && t.keys.includes('tool'),
  );
}

/** Read a framework sheet into a framework, with every problem named by sheet and cell. */
export function readFrameworkSheet(
  sheet: SheetSnapshot,
  shipped: (year: number) => Framework | undefined = frameworkExact,
): FrameworkFromSheet {
  const issues: Issue[] = [];
  const at = (r: number, c: number): string => a1(sheet.origin.row + r, sheet.origin.col + c);
  const warn = (code: MessageCode, r: number, c: number, params: Record<string, string | number> = {}): void => {
    issues.push({ code, severity: 'warning', sheet: sheet.name, cell: at(r, c), params });
  };
  const tables = tablesOf(sheet.values);
  const find = (first: string, has: string): Table | undefined =>
    tables.find((t) => t.keys[0] === first && t.keys.includes(has));
  const get = (t: Table, row: Table['rows'][number], key: string): { v: string; c: number } => {
    const c = t.keys.indexOf(key);
    return { v: c < 0 ? '' : str(row.cells[c] ?? null), c: Math.max(0, c) };
  };
  const num = (t: Table, row: Table['rows'][number], key: string, required: boolean): number | null => {
    const { v, c } = get(t, row, key);
    if (v === '') {
      if (required) warn('framework.sheet.missing', row.r, c, { field: key });
      return null;
    }
    const n = Number(v.replace(',', '.'));
    if (!Number.isFinite(n)) {
      warn('framework.sheet.badNumber', row.r, c, { field: key, value: v });
      return null;
    }
    return n;
  };
  const choice = <T extends string>(
    t: Table,
    row: Table['rows'][number],
    key: string,
    choices: readonly T[],
    fallback?: T,
  ): T | null => {
    const { v, c } = get(t, row, key);
    if (v === '' && fallback !== undefined) return fallback;
    if ((choices as readonly string[]).includes(v)) return v as T;
    warn('framework.sheet.badChoice', row.r, c, { field: key, value: v, choices: choices.join(', ') });
    return null;
  };

  const metaT = find('field', 'value');
  const meta = new Map<string, { v: string; r: number }>();
  const valueCol = Math.max(1, metaT?.keys.indexOf('value') ?? 1);
  for (const row of metaT?.rows ?? []) {
    const k = KEY_IN_HEADER.exec(str(row.cells[0] ?? null))?.[1];
    if (k) meta.set(k, { v: str(row.cells[valueCol] ?? null), r: row.r });
  }
  const yearCell = meta.get('year');
  const year = yearCell && /^\d{4}$/.test(yearCell.v) ? Number(yearCell.v) : null;
  if (year === null)
    warn(
      yearCell ? 'framework.sheet.badNumber' : 'framework.sheet.missing',
      yearCell?.r ?? 0,
      yearCell ? valueCol : 0,
      { field: 'year', value: yearCell?.v ?? '' },
    );
  const status = meta.get('status')?.v ?? '';
  if (!(FRAMEWORK_STATUSES as readonly string[]).includes(status))
    warn('framework.sheet.badChoice', meta.get('status')?.r ?? 0, valueCol, {
      field: 'status',
      value: status,
      choices: FRAMEWORK_STATUSES.join(', '),
    });

  const weightsT = find('tool', 'weight');
  const weights: Partial<Record<Tool, number>> = {};
  const weightRow = new Map<Tool, number>();
  for (const row of weightsT?.rows ?? []) {
    const tool = choice(weightsT!, row, 'tool', TOOLS);
    const w = num(weightsT!, row, 'weight', true);
    if (tool && w !== null) {
      weights[tool] = w;
      weightRow.set(tool, row.r);
    }
  }

  const indT = find('indicator', 'aggregate');
  const indRow = new Map<number, number>();
  const inds: {
    no: number;
    tool: Tool;
    name: { th: string; en: string };
    aggregate: Aggregate;
    grouping: 'verified' | 'inferred';
    confidence: string;
    note: string;
  }[] = [];
  for (const row of indT?.rows ?? []) {
    const no = num(indT!, row, 'indicator', true);
    const tool = choice(indT!, row, 'tool', TOOLS);
    const aggregate = choice(indT!, row, 'aggregate', ['mean', 'mean-of-subindicators', 'reported'] as const);
    const grouping = choice(indT!, row, 'grouping', ['verified', 'inferred'] as const, 'inferred');
    if (no === null || !tool || !aggregate || !grouping) continue;
    indRow.set(no, row.r);
    inds.push({
      no,
      tool,
      name: { th: get(indT!, row, 'name_th').v, en: get(indT!, row, 'name_en').v },
      aggregate,
      grouping,
      confidence: get(indT!, row, 'confidence').v,
      note: get(indT!, row, 'note').v,
    });
  }

  const subT = find('sub', 'indicator');
  const subs = new Map<
    string,
    { indicator: number; name: { th: string; en: string }; confidence: string; r: number }
  >();
  for (const row of subT?.rows ?? []) {
    const no = get(subT!, row, 'sub').v;
    const ind = num(subT!, row, 'indicator', true);
    if (!no || ind === null) continue;
    subs.set(no, {
      indicator: ind,
      name: { th: get(subT!, row, 'name_th').v, en: get(subT!, row, 'name_en').v },
      confidence: get(subT!, row, 'confidence').v,
      r: row.r,
    });
  }

  const itemT = find('code', 'topic');
  const itemRow = new Map<string, number>();
  const items: FrameworkItem[] = [];
  const inSub = new Map<string, string[]>();
  const direct = new Map<number, string[]>();
  for (const row of itemT?.rows ?? []) {
    const code = get(itemT!, row, 'code').v;
    if (!code) continue;
    itemRow.set(code, row.r);
    const tool = choice(itemT!, row, 'tool', TOOLS);
    const indicator = num(itemT!, row, 'indicator', false);
    const sub = get(itemT!, row, 'sub');
    const scale = choice(
      itemT!,
      row,
      'scale',
      ['0-100', '0-50-100', '0-100-binary'] as const,
      tool === 'OIT' ? '0-50-100' : '0-100',
    );
    if (!tool || !scale) continue;
    if (sub.v) {
      const s = subs.get(sub.v);
      if (!s) warn('framework.sheet.unknownSub', row.r, sub.c, { sub: sub.v, code });
      else if (indicator !== null && s.indicator !== indicator)
        warn('framework.sheet.subOtherIndicator', row.r, sub.c, { sub: sub.v, code, no: indicator });
      else inSub.set(sub.v, [...(inSub.get(sub.v) ?? []), code]);
    } else if (indicator !== null) direct.set(indicator, [...(direct.get(indicator) ?? []), code]);
    const opt = (key: string): string | undefined => get(itemT!, row, key).v || undefined;
    const aliases = split(get(itemT!, row, 'aliases').v);
    const covers = split(get(itemT!, row, 'covers').v);
    items.push({
      code,
      topic: get(itemT!, row, 'topic').v,
      ...(covers.length ? { covers } : {}),
      tool,
      name: { th: get(itemT!, row, 'name_th').v, en: get(itemT!, row, 'name_en').v || get(itemT!, row, 'name_th').v },
      ...(aliases.length ? { aliases } : {}),
      scale: scale as ItemScale,
      indicator: indicator ?? null,
      ...(opt('confidence') ? { confidence: opt('confidence')! } : {}),
      ...(opt('source') ? { source: opt('source')! } : {}),
      ...(opt('note') ? { note: opt('note')! } : {}),
    });
  }
  const indicators: Indicator[] = inds.map((i) => {
    const mySubs: SubIndicator[] = [...subs.entries()]
      .filter(([, s]) => s.indicator === i.no)
      .map(([no, s]) => ({
        no,
        name: s.name,
        items: inSub.get(no) ?? [],
        ...(s.confidence ? { confidence: s.confidence } : {}),
      }));
    return {
      no: i.no,
      tool: i.tool,
      name: i.name,
      aggregate: i.aggregate,
      grouping: i.grouping,
      items: direct.get(i.no) ?? [],
      ...(mySubs.length ? { sub: mySubs } : {}),
      ...(i.confidence ? { confidence: i.confidence } : {}),
      ...(i.note ? { note: i.note } : {}),
    };
  });

  const ratingT = find('min', 'label_th');
  const levels: RatingLevel[] = [];
  for (const row of ratingT?.rows ?? []) {
    const min = num(ratingT!, row, 'min', true);
    const each = num(ratingT!, row, 'each_tool_min', false);
    const pass = choice(ratingT!, row, 'pass', ['yes', 'no'] as const);
    if (min === null || !pass) continue;
    const conf = get(ratingT!, row, 'confidence').v;
    levels.push({
      label: {
        th: get(ratingT!, row, 'label_th').v,
        en: get(ratingT!, row, 'label_en').v || get(ratingT!, row, 'label_th').v,
      },
      min,
      ...(each !== null ? { eachToolMin: each } : {}),
      pass: pass === 'yes',
      ...(conf ? { confidence: conf } : {}),
    });
  }
  const passLine = Number(meta.get('pass_line')?.v ?? '');
  const baseScheme = year !== null ? ratingSchemeFor(year) : undefined;
  const rating: RatingScheme | undefined =
    levels.length && year !== null
      ? {
          id: meta.get('rating_scheme')?.v || baseScheme!.id,
          fromYear: year,
          toYear: year,
          passLine: Number.isFinite(passLine) && passLine > 0 ? passLine : baseScheme!.passLine,
          levels,
        }
      : undefined;

  const fingerprint = tables.length ? findFingerprint(sheet.values) : null;
  if (!itemT || !indT || !weightsT) {
    warn('framework.sheet.missingTable', 0, 0, {
      tables: [!weightsT ? 'weights' : '', !indT ? 'indicators' : '', !itemT ? 'items' : ''].filter(Boolean).join(', '),
    });
  }
  if (issues.length || year === null) return { sheet: sheet.name, year, framework: null, edited: true, issues };
  const copyOf = Number(meta.get('copy_of')?.v ?? '');
  const raw: Framework = {
    year,
    status: status as Framework['status'],
    weights: weights as Record<Tool, number>,
    items,
    indicators,
    inferred: split(meta.get('inferred')?.v ?? ''),
    unknown: split(meta.get('unknown')?.v ?? ''),
    ...(Number.isInteger(copyOf) && copyOf > 0 ? { copyOf } : {}),
    resultsAnnounced: meta.get('results_announced')?.v || null,
    ...(rating ? { rating } : {}),
  };
  let framework: Framework;
  try {
    framework = validateFramework(raw);
  } catch (e) {
    if (!(e instanceof FrameworkError)) throw e;
    for (const p of e.problems) {
      // The later of two clashing items is the one to fix (the first stays as it was).
      const other = typeof p.params.other === 'string' && itemRow.has(p.params.other) ? p.params.other : null;
      const code = other ?? (typeof p.params.code === 'string' ? p.params.code : null);
      const no = typeof p.params.no === 'number' ? p.params.no : null;
      const r =
        (code !== null ? itemRow.get(code) : undefined) ??
        (no !== null ? indRow.get(no) : undefined) ??
        (p.code === 'framework.bad.weights' ? weightRow.get('IIT') : undefined) ??
        0;
      issues.push({ code: p.code, severity: 'warning', sheet: sheet.name, cell: at(r, 0), params: p.params });
    }
    return { sheet: sheet.name, year, framework: null, edited: true, issues };
  }
  const base = shipped(year);
  // Unedited: it still holds exactly the shipped framework it was written over (the fingerprint), or the shipped one of today.
  const mine = frameworkFingerprint(framework);
  const edited = !(base && (mine === frameworkFingerprint(base) || (fingerprint !== null && mine === fingerprint)));
  return { sheet: sheet.name, year, framework, edited, issues };
}

function findFingerprint(values: readonly (readonly Cell[])[]): string | null {
  for (const row of values) {
    if (KEY_IN_HEADER.exec(str(row[0] ?? null))?.[1] === FINGERPRINT_KEY)
      return (
        row
          .slice(1)
          .map(str)
          .find((x) => x !== '') ?? null
      );
  }
  return null;
}

/**
 * The frameworks a workbook holds in framework sheets: edited ones (the user's versions) to use, each said; sheets
 * with problems reported cell by cell and not used; `sheets` names every framework sheet (the scanner skips them).
 * With `file`, every valid framework sheet counts (a --framework workbook), edited or not.
 */
export function frameworksInWorkbook(
  wb: WorkbookSnapshot,
  file?: string,
): {
  frameworks: { framework: Framework; origin: FrameworkOrigin }[];
  issues: Issue[];
  sheets: string[];
} {
  const frameworks: { framework: Framework; origin: FrameworkOrigin }[] = [];
  const issues: Issue[] = [];
  const sheets: string[] = [];
  for (const s of wb.sheets) {
    if (s.visibility === 'veryHidden' || !isFrameworkSheet(s)) continue;
    sheets.push(s.name);
    const read = readFrameworkSheet(s);
    issues.push(...read.issues);
    if (!read.framework) {
      issues.push({
        code: 'framework.sheet.rejected',
        severity: 'warning',
        sheet: s.name,
        params: { sheet: s.name, year: read.year ?? '—' },
      });
      continue;
    }
    if (frameworks.some((f) => f.framework.year === read.framework!.year)) continue; // the first sheet of a year wins
    if (file !== undefined) frameworks.push({ framework: read.framework, origin: { kind: 'file', file } });
    else if (read.edited)
      frameworks.push({ framework: read.framework, origin: { kind: 'workbook-sheet', sheet: s.name } });
  }
  return { frameworks, issues, sheets };
}

/** A framework bundle in JSON (--framework file.json): validated, every problem a catalogue sentence naming the file. */
export function frameworkFromJson(text: string, file: string): { framework: Framework | null; issues: Issue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      framework: null,
      issues: [{ code: 'framework.file.badJson', severity: 'error', params: { file, detail: (e as Error).message } }],
    };
  }
  try {
    const r = raw as { copyOf?: number; year?: number };
    const base = typeof r?.copyOf === 'number' ? frameworkExact(r.copyOf) : undefined;
    const full = base ? { ...base, ...(raw as object), status: 'assumed' } : raw;
    return { framework: validateFramework(full), issues: [] };
  } catch (e) {
    if (!(e instanceof FrameworkError)) throw e;
    return {
      framework: null,
      issues: e.problems.map((p) => ({ code: p.code, severity: 'error', params: { ...p.params, file } })),
    };
  }
}

/** Every problem as one line "file: …" or "Sheet!C7: …" for the command line. */
export function describeFrameworkIssues(issues: readonly Issue[], lang: Lang, file?: string): string[] {
  return issues.map((i) => {
    const where = i.sheet
      ? `${file ? `${file}: ` : ''}${i.sheet}${i.cell ? `!${i.cell}` : ''}: `
      : file
        ? `${file}: `
        : '';
    return where + message(i.code, lang, i.params);
  });
}
