/** Command-line arguments of `ita analyze`. Usage errors are results (exit code 2), never exceptions. */
import type { MessageCode } from '../domain/messages';
import type { Lang } from '../domain/types';
import { asciiDigits } from '../domain/normalize';
import { BATCH_USAGE, parseBatchArgs, type BatchArgs } from './batchArgs';
import { readOptions, thresholdOptions, YEAR } from './options';

export type AnalyzeArgs = {
  readonly command: 'analyze';
  readonly input: string;
  readonly output?: string;
  readonly json: boolean;
  readonly year?: number;
  readonly planYear?: number;
  readonly agency?: string;
  readonly lang: Lang;
  readonly thaiDigits: boolean;
  readonly fill: boolean;
  /** Allow -o to name the input file itself. */
  readonly overwrite: boolean;
  /** Write our sheets into a separate new workbook (values only) instead of into the input's package. */
  readonly separate: boolean;
  readonly oitWeakBelow?: number;
  readonly passLine?: number;
  /** Earlier years' overall scores for the document's multi-year table and chart (--history 2563=49.79,2564=55.10). */
  readonly history?: readonly { readonly year: number; readonly score: number }[];
  /** A corrected framework: an .xlsx holding a framework sheet, or a JSON bundle (issue 12). */
  readonly framework?: string;
};

export type ParsedArgs =
  | AnalyzeArgs
  | BatchArgs
  | { readonly command: 'help'; readonly lang: Lang }
  | { readonly command: 'version'; readonly lang: Lang }
  | {
      readonly command: 'error';
      readonly lang: Lang;
      readonly code: MessageCode;
      readonly params: Record<string, string>;
    };

const ANALYZE_VALUED = new Set([
  '-o',
  '--output',
  '--year',
  '--plan-year',
  '--agency',
  '--lang',
  '--oit-weak-below',
  '--pass-line',
  '--framework',
  '--history',
]);
const ANALYZE_FLAGS = new Set(['--json', '--thai-digits', '--fill', '--overwrite', '--separate']);

/** Parse argv (without node and script). Language: --lang, else ITA_LANG, else Thai. */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  const envLang: Lang = env.ITA_LANG === 'en' ? 'en' : 'th';
  const langAt = argv.indexOf('--lang');
  const lang: Lang = langAt >= 0 ? (argv[langAt + 1] === 'en' ? 'en' : 'th') : envLang;
  const err = (code: MessageCode, params: Record<string, string> = {}): ParsedArgs => ({
    command: 'error',
    lang,
    code,
    params,
  });
  if (!argv.length || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help')
    return { command: 'help', lang };
  if (argv.includes('--version')) return { command: 'version', lang };
  const [command, ...rest] = argv;
  if (command === 'batch') return parseBatchArgs(rest, lang);
  if (command !== 'analyze') return err('usage.unknownCommand', { command: command ?? '' });
  const read = readOptions(rest, ANALYZE_VALUED, ANALYZE_FLAGS);
  if ('code' in read) return err(read.code, read.params);
  const { opts, positional } = read;
  if (positional.length === 0) return err('usage.noInput');
  if (positional.length > 1) return err('usage.tooMany', { extra: positional.slice(1).join(' ') });
  if (opts['--lang'] !== undefined && opts['--lang'] !== 'th' && opts['--lang'] !== 'en')
    return err('usage.badLang', { value: String(opts['--lang']) });
  const year = (k: string): number | undefined | 'bad' => {
    const v = opts[k];
    if (v === undefined) return undefined;
    return typeof v === 'string' && YEAR.test(v.trim()) ? Number(v) : 'bad';
  };
  const y = year('--year');
  const py = year('--plan-year');
  if (y === 'bad') return err('usage.badYear', { option: '--year', value: String(opts['--year']) });
  if (py === 'bad') return err('usage.badYear', { option: '--plan-year', value: String(opts['--plan-year']) });
  // The plan answers the assessment: it is for a later year (the workbook's year is checked once it is read).
  if (y !== undefined && py !== undefined && py <= y)
    return err('usage.planNotAfter', { planYear: String(py), year: String(y) });
  const fw = opts['--framework'];
  if (typeof fw === 'string' && !/\.(xlsx|json)$/i.test(fw)) return err('usage.frameworkFile', { file: fw });
  const thresholds = thresholdOptions(opts);
  if ('code' in thresholds) return err(thresholds.code, thresholds.params);
  const history = historyArg(opts['--history']);
  if (history === 'bad') return err('usage.badHistory', { value: String(opts['--history']) });
  const agency = typeof opts['--agency'] === 'string' ? opts['--agency'].trim() : undefined;
  return {
    command: 'analyze',
    input: positional[0]!,
    ...(typeof opts['--output'] === 'string' ? { output: opts['--output'] } : {}),
    json: opts['--json'] === true,
    ...(y !== undefined ? { year: y } : {}),
    ...(py !== undefined ? { planYear: py } : {}),
    ...(agency ? { agency } : {}),
    lang,
    thaiDigits: opts['--thai-digits'] === true,
    fill: opts['--fill'] === true,
    overwrite: opts['--overwrite'] === true,
    separate: opts['--separate'] === true,
    ...thresholds,
    ...(history !== undefined ? { history } : {}),
    ...(typeof fw === 'string' ? { framework: fw } : {}),
  };
}

/** "2563=49.79,2564=55.10" (Thai digits and ":" too) → years and scores; 'bad' for anything else. */
function historyArg(v: string | boolean | undefined): { year: number; score: number }[] | undefined | 'bad' {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') return 'bad';
  const out: { year: number; score: number }[] = [];
  for (const part of asciiDigits(v)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const m = /^(25\d\d|26\d\d)\s*[=:]\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) return 'bad';
    const score = Number(m[2]);
    const year = Number(m[1]);
    if (!(score >= 0 && score <= 100) || out.some((h) => h.year === year)) return 'bad';
    out.push({ year, score });
  }
  return out.length ? out.sort((a, b) => a.year - b.year) : 'bad';
}

export const USAGE: Record<Lang, string> = {
  th: `ITA Workbench — วิเคราะห์ผลการประเมิน ITA จากไฟล์ Excel

วิธีใช้:
  npm run --silent ita -- analyze <ไฟล์.xlsx> [ตัวเลือก]

ตัวเลือก:
  -o, --output <ไฟล์.xlsx>  เขียนผลลัพธ์ (ข้อมูลเดิม + แผ่นงานสรุป วิเคราะห์ มาตรการ แผนยกระดับ + ไฮไลต์) ลงไฟล์ใหม่
  --json                    พิมพ์ผลเป็น JSON หนึ่งชุด
  --year <พ.ศ.>             ปีงบประมาณที่ประเมิน (แทนค่าที่พบในไฟล์; ค่าเริ่มต้น: ปีในไฟล์ ปีตามชื่อข้อ หรือปีล่าสุดที่ประกาศผลแล้ว)
  --plan-year <พ.ศ.>        ปีงบประมาณของแผนมาตรการ (ค่าเริ่มต้น: ปีประเมิน + 1)
  --agency <ชื่อ>           ชื่อหน่วยงาน
  --lang th|en              ภาษาของข้อความและแผ่นงาน (ค่าเริ่มต้น th)
  --thai-digits             ใช้เลขไทยในแผ่นงานที่สร้าง
  --fill                    เติมคะแนนที่คำนวณได้ลงเซลล์คะแนนตัวชี้วัดที่ว่างอยู่ในตารางของผู้ใช้
  --separate                เขียนเฉพาะแผ่นงานของเราลงสมุดงานใหม่ (สำหรับไฟล์ที่มีแผนภูมิ/PivotTable)
  --overwrite               อนุญาตให้ -o เป็นไฟล์เดียวกับไฟล์ต้นฉบับ
  --oit-weak-below <n>      ข้อ OIT ต่ำกว่าค่านี้ถือว่าอ่อน (ค่าเริ่มต้น 100)
  --pass-line <n>           เกณฑ์ผ่านของข้อ IIT/EIT และตัวชี้วัด (ค่าเริ่มต้น 85)
  --history <ปี=คะแนน,…>    คะแนนภาพรวมของปีก่อน ๆ สำหรับตารางและแผนภูมิหลายปี เช่น 2563=49.79,2564=55.10
  --framework <ไฟล์>        กรอบการประเมินที่แก้ไขแล้ว: .xlsx ที่มีแผ่นงานกรอบการประเมิน หรือไฟล์ .json

รหัสออก: 0 สำเร็จ, 1 ปัญหาของไฟล์ข้อมูล, 2 ใช้คำสั่งไม่ถูกต้อง

หลายหน่วยงานพร้อมกัน:
${BATCH_USAGE.th}`,
  en: `ITA Workbench — analyse ITA results from an Excel file

Usage:
  npm run --silent ita -- analyze <input.xlsx> [options]

Options:
  -o, --output <out.xlsx>  write input + summary, analysis, measures and planner sheets + highlights to a new file
  --json                   print one JSON document
  --year <B.E.>            assessment fiscal year (overrides the workbook; default: the workbook's year, the year its item names fit, or the latest year whose results are out)
  --plan-year <B.E.>       plan fiscal year (default: assessment year + 1)
  --agency <name>          agency name
  --lang th|en             language of messages and sheets (default th)
  --thai-digits            Thai digits in the sheets we write
  --fill                   fill blank indicator score cells of your table with computed scores
  --separate               write only our sheets, into a new workbook (for files with charts/pivot tables)
  --overwrite              allow -o to name the input file itself
  --oit-weak-below <n>     OIT items below this are weak (default 100)
  --pass-line <n>          pass line for IIT/EIT items and indicators (default 85)
  --history <year=score,…> earlier years' overall scores for the multi-year table and chart, e.g. 2563=49.79,2564=55.10
  --framework <file>       a corrected framework: an .xlsx holding a framework sheet, or a .json bundle

Exit codes: 0 success, 1 input problem, 2 usage error

Many agencies at once:
${BATCH_USAGE.en}`,
};
