/**
 * Generated agency workbooks for the batch tests and `npm run bench -- batch`: one agency's FY2567 result per
 * workbook, typed in one of several layouts as officers type them (a flat item list, one sheet per tool, a
 * document with the tool typed once and codes inside the questions; Thai digits, ๐ for o, scores as text), and
 * NACC-shaped multi-agency result lists. Every expected figure is computed here by the published arithmetic
 * (shared/domain/ita-framework.md §2–3), independently of the engine, so tests can hold the engine to it.
 * Run: npx tsx scripts/agencyWorkbooks.ts <dir> [count]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { rng } from './rng';
import { INDICATOR_NAMES } from '../tests/fixtures/indicatorNames';

type Cell = string | number | null;

const THAI = '๐๑๒๓๔๕๖๗๘๙';
export const thaiDigits = (s: string): string => s.replace(/[0-9]/g, (d) => THAI[Number(d)]!);
const r2 = (x: number): number => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const SYLLABLES = [
  'ตุน',
  'นาง',
  'โพธิ์',
  'หนอง',
  'ดอน',
  'บ้าน',
  'ห้วย',
  'โคก',
  'สระ',
  'ทุ่ง',
  'คำ',
  'นา',
  'เหล่า',
  'กุด',
  'แสง',
  'ศรี',
  'ทอง',
  'ใหญ่',
  'น้อย',
  'เหนือ',
  'ใต้',
];
const KINDS = ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'องค์การบริหารส่วนตำบล', 'เทศบาลเมือง', 'องค์การบริหารส่วนตำบล'];
const DISTRICTS = ['เมืองศรีสะเกษ', 'กันทรารมย์', 'อุทุมพรพิสัย', 'ขุขันธ์', 'ราษีไศล'];

export type Layout = 'flat' | 'sheets' | 'document';
export const LAYOUTS: readonly Layout[] = ['flat', 'sheets', 'document'];

export type GeneratedAgency = {
  readonly index: number;
  readonly name: string;
  readonly district: string;
  readonly year: number;
  /** Item scores i1–i15, e1–e9, o1–o35. */
  readonly items: Readonly<Record<string, number>>;
  /** Indicators 1–10 by the published arithmetic (EIT 6–8 as "published": not from e-items). */
  readonly indicators: readonly number[];
  readonly tools: { readonly IIT: number; readonly EIT: number; readonly OIT: number };
  readonly overall: number;
  readonly rating: string;
  readonly pass: boolean;
  /** Items below the default thresholds (IIT/EIT < 85, OIT < 100). */
  readonly weak: readonly string[];
};

const CODES = [
  ...Array.from({ length: 15 }, (_, k) => `i${k + 1}`),
  ...Array.from({ length: 9 }, (_, k) => `e${k + 1}`),
  ...Array.from({ length: 35 }, (_, k) => `o${k + 1}`),
];
const range = (t: string, a: number, b: number): string[] =>
  Array.from({ length: b - a + 1 }, (_, k) => `${t}${a + k}`);

/** The pass-level rule (FY2566 onward) and the letter grades (to FY2565), as published. */
export function ratingOf(year: number, overall: number, tools: readonly number[]): { label: string; pass: boolean } {
  if (year <= 2565) {
    const grades: [number, string][] = [
      [95, 'AA'],
      [85, 'A'],
      [75, 'B'],
      [65, 'C'],
      [55, 'D'],
      [50, 'E'],
      [0, 'F'],
    ];
    const g = grades.find(([m]) => overall >= m)!;
    return { label: g[1], pass: overall >= 85 };
  }
  const min = Math.min(...tools);
  if (overall >= 95 && min >= 95) return { label: 'ผ่านดีเยี่ยม', pass: true };
  if (overall >= 85 && min >= 85) return { label: 'ผ่านดี', pass: true };
  if (overall >= 85) return { label: 'ผ่าน', pass: true };
  if (overall >= 70) return { label: 'ไม่ผ่าน (ต้องปรับปรุง)', pass: false };
  return { label: 'ไม่ผ่าน (ต้องปรับปรุงโดยด่วน)', pass: false };
}

/** Agency i of a generated province (deterministic). */
export function generateAgency(index: number, seed = 2567): GeneratedAgency {
  const rand = rng(seed * 100_003 + index);
  const n = SYLLABLES.length;
  const name =
    KINDS[index % KINDS.length]! +
    SYLLABLES[index % n]! +
    SYLLABLES[Math.floor(index / n) % n]! +
    (index >= n * n ? SYLLABLES[Math.floor(index / (n * n)) % n]! : '');
  const q = rand(); // how well the agency does
  const items: Record<string, number> = {};
  for (const c of CODES) {
    if (c.startsWith('o')) {
      const x = rand();
      items[c] = x < 0.35 + 0.6 * q ? 100 : x < 0.55 + 0.4 * q ? 50 : 0;
    } else items[c] = r2(Math.min(100, 62 + 30 * q + rand() * 14));
  }
  const m = (codes: string[]): number => mean(codes.map((c) => items[c]!));
  const ind = [
    m(range('i', 1, 3)),
    m(range('i', 4, 6)),
    m(range('i', 7, 9)),
    m(range('i', 10, 12)),
    m(range('i', 13, 15)),
  ];
  const eit = [0, 1, 2].map(() => r2(Math.min(100, 65 + 30 * q + rand() * 10)));
  const ind9 = mean([
    m(range('o', 1, 6)),
    m(range('o', 7, 13)),
    m(range('o', 14, 17)),
    m(range('o', 18, 21)),
    m(range('o', 22, 25)),
  ]);
  const ind10 = m(range('o', 26, 35));
  const indicators = [...ind, ...eit, ind9, ind10];
  const tools = {
    IIT: mean(indicators.slice(0, 5)),
    EIT: mean(indicators.slice(5, 8)),
    OIT: mean(indicators.slice(8, 10)),
  };
  const overall = 0.3 * tools.IIT + 0.3 * tools.EIT + 0.4 * tools.OIT;
  const year = 2567;
  const rating = ratingOf(year, overall, [tools.IIT, tools.EIT, tools.OIT]);
  const weak = CODES.filter((c) => (c.startsWith('o') ? items[c]! < 100 : items[c]! < 85));
  return {
    index,
    name,
    district: DISTRICTS[index % DISTRICTS.length]!,
    year,
    items,
    indicators,
    tools,
    overall,
    rating: rating.label,
    pass: rating.pass,
    weak,
  };
}

const FONT = { name: 'TH SarabunPSK', size: 16 };

function put(ws: ExcelJS.Worksheet, rows: readonly (readonly Cell[])[], at = 1): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(at + r, c + 1);
      cell.value = v;
      cell.font = FONT;
    }),
  );
}

/** How an officer might type a code: Thai digits now and then, ๐ for the letter o, upper case. */
function typedCode(code: string, k: number): string {
  if (code.startsWith('o') && k % 7 === 3) return `๐${thaiDigits(code.slice(1))}`;
  if (k % 5 === 1) return code[0] + thaiDigits(code.slice(1));
  if (k % 4 === 2) return code.toUpperCase();
  return code;
}

function indicatorRows(a: GeneratedAgency, thai: boolean): Cell[][] {
  return a.indicators.map((s, k) => {
    const v = r2(s);
    return [
      k < 5 ? 'IIT' : k < 8 ? 'EIT' : 'OIT',
      `ตัวชี้วัดที่ ${k + 1} ${INDICATOR_NAMES[k]}`,
      thai ? thaiDigits(v.toFixed(2)) : v,
    ];
  });
}

/** One agency's workbook in a layout. */
export function agencyWorkbook(a: GeneratedAgency, layout: Layout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const yearText = a.index % 2 ? thaiDigits(String(a.year)) : String(a.year);
  if (layout === 'flat') {
    const ws = wb.addWorksheet('ผลคะแนน');
    put(ws, [
      [`ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${yearText}`],
      [a.name],
      [],
      ['ข้อ', 'ข้อคำถาม', 'คะแนน'],
      ...CODES.map((c, k): Cell[] => [
        typedCode(c, k),
        `คำถามข้อ ${c}`,
        k % 6 === 0 ? a.items[c]!.toFixed(2) : a.items[c]!,
      ]),
      [],
      ['แบบ', 'ตัวชี้วัด', 'คะแนน'],
      ...indicatorRows(a, false),
    ]);
    ws.getColumn(2).width = 40;
  } else if (layout === 'sheets') {
    const s = wb.addWorksheet('สรุป');
    put(s, [
      [`หน่วยงาน: ${a.name}`],
      [`ผลการประเมิน ITA ปีงบประมาณ ${yearText}`],
      [],
      ['แบบ', 'ตัวชี้วัด', 'คะแนน'],
      ...indicatorRows(a, true),
    ]);
    for (const [tool, letter] of [
      ['IIT', 'i'],
      ['EIT', 'e'],
      ['OIT', 'o'],
    ] as const) {
      const ws = wb.addWorksheet(tool);
      put(ws, [
        ['ข้อ', 'คะแนน'],
        ...CODES.filter((c) => c.startsWith(letter)).map((c, k): Cell[] => [typedCode(c, k), a.items[c]!]),
      ]);
    }
  } else {
    const ws = wb.addWorksheet('รายงาน');
    const rows: Cell[][] = [
      [`รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ${a.name} อำเภอ${a.district}`],
      [`ประจำปีงบประมาณ พ.ศ. ${yearText}`],
      [],
      ['แบบ', 'ลำดับ', 'รายละเอียดตัวชี้วัด', 'คะแนน'],
      ...a.indicators.map((s, k): Cell[] => [
        k === 0 ? 'IIT' : k === 5 ? 'EIT' : k === 8 ? 'OIT' : null,
        k + 1,
        INDICATOR_NAMES[k]!,
        r2(s),
      ]),
      [],
      ['เครื่องมือการประเมิน', 'ข้อคำถาม', '', 'คะแนน'],
    ];
    let prev = '';
    CODES.forEach((c, k) => {
      const tool = c.startsWith('i') ? 'IIT' : c.startsWith('e') ? 'EIT' : 'OIT';
      rows.push([tool !== prev ? tool : null, `ข้อ ${typedCode(c, k)} คำถามของข้อนี้`, null, a.items[c]!.toFixed(2)]);
      prev = tool;
    });
    put(ws, rows);
    ws.getColumn(2).width = 50;
  }
  return wb;
}

export type ListOptions = {
  readonly year?: number;
  readonly thaiDigits?: boolean;
  /** Repeat the header every n agencies (a list split over printed pages). */
  readonly repeatHeaderEvery?: number;
  readonly province?: string;
};

/** A NACC-shaped published result list: titles, a two-row header (คะแนนรายเครื่องมือ over IIT | EIT | OIT), Thai digits. */
export function naccListGrid(
  agencies: readonly { name: string; district: string; iit: number; eit: number; oit: number }[],
  o: ListOptions = {},
): Cell[][] {
  const year = o.year ?? 2567;
  const d = (x: number): Cell => (o.thaiDigits ? thaiDigits(x.toFixed(2)) : r2(x));
  const header: Cell[][] = [
    ['ลำดับ', 'หน่วยงาน', 'อำเภอ', 'คะแนนรายเครื่องมือ', null, null, 'คะแนน ITA', 'ระดับผลการประเมิน'],
    [null, null, null, 'IIT', 'EIT', 'OIT', null, null],
  ];
  const rows: Cell[][] = [
    ['ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)'],
    [`ประจำปีงบประมาณ พ.ศ. ${o.thaiDigits ? thaiDigits(String(year)) : year}`],
    [`กลุ่มองค์กรปกครองส่วนท้องถิ่น จังหวัด${o.province ?? 'ศรีสะเกษ'}`],
    [],
    ...header,
  ];
  agencies.forEach((a, k) => {
    if (o.repeatHeaderEvery && k > 0 && k % o.repeatHeaderEvery === 0) rows.push([], ...header);
    const overall = 0.3 * a.iit + 0.3 * a.eit + 0.4 * a.oit;
    const rating = ratingOf(year, overall, [a.iit, a.eit, a.oit]).label;
    rows.push([
      o.thaiDigits ? thaiDigits(String(k + 1)) : k + 1,
      a.name,
      a.district,
      d(a.iit),
      d(a.eit),
      d(a.oit),
      d(overall),
      rating,
    ]);
  });
  rows.push(
    [],
    [
      null,
      'ค่าเฉลี่ย',
      null,
      d(mean(agencies.map((a) => a.iit))),
      d(mean(agencies.map((a) => a.eit))),
      d(mean(agencies.map((a) => a.oit))),
    ],
  );
  return rows;
}

/** A workbook holding one sheet with the given grid (a list pasted from NACC's site, say). */
export function gridWorkbook(sheet: string, grid: readonly (readonly Cell[])[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet(sheet), grid);
  return wb;
}

/** Write `count` agency workbooks (layouts in turn) into dir; returns what each should read as. */
export async function writeAgencyFolder(
  dir: string,
  count: number,
  seed = 2567,
): Promise<{ file: string; agency: GeneratedAgency; layout: Layout }[]> {
  mkdirSync(dir, { recursive: true });
  const out: { file: string; agency: GeneratedAgency; layout: Layout }[] = [];
  for (let i = 0; i < count; i++) {
    const agency = generateAgency(i, seed);
    const layout = LAYOUTS[i % LAYOUTS.length]!;
    const sub = join(dir, agency.district);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `${String(i + 1).padStart(4, '0')}-${agency.name}.xlsx`);
    writeFileSync(file, new Uint8Array(await agencyWorkbook(agency, layout).xlsx.writeBuffer()));
    out.push({ file, agency, layout });
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? 'agencies';
  const n = Number(process.argv[3] ?? 20);
  const t0 = performance.now();
  await writeAgencyFolder(dir, n);
  console.log(`wrote ${n} agency workbooks into ${dir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
