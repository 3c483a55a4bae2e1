/** Command-line arguments of `ita batch`: folders and files, the consolidated workbook, JSON, year, language, workers. */
import type { MessageCode } from '../domain/messages';
import type { Lang } from '../domain/types';
import { readOptions, thresholdOptions, YEAR } from './options';

export type BatchArgs = {
  readonly command: 'batch';
  /** Folders (read recursively) and files, as typed. */
  readonly inputs: readonly string[];
  /** The consolidated workbook to write. */
  readonly output?: string;
  readonly json: boolean;
  readonly year?: number;
  readonly lang: Lang;
  readonly thaiDigits: boolean;
  /** Worker threads (default: one per core). */
  readonly jobs?: number;
  readonly oitWeakBelow?: number;
  readonly passLine?: number;
};

export type BatchParse =
  | BatchArgs
  | {
      readonly command: 'error';
      readonly lang: Lang;
      readonly code: MessageCode;
      readonly params: Record<string, string>;
    };

const VALUED = new Set(['-o', '--output', '--year', '--lang', '--jobs', '--oit-weak-below', '--pass-line']);
const FLAGS = new Set(['--json', '--thai-digits']);

/** Parse the arguments after `batch`; usage errors are results (exit code 2). */
export function parseBatchArgs(rest: readonly string[], lang: Lang): BatchParse {
  const err = (code: MessageCode, params: Record<string, string> = {}): BatchParse => ({
    command: 'error',
    lang,
    code,
    params,
  });
  const read = readOptions(rest, VALUED, FLAGS);
  if ('code' in read) return err(read.code, read.params);
  const { opts, positional: inputs } = read;
  if (!inputs.length) return err('usage.batchNoInput');
  const str = (k: string): string | undefined => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
  const langOpt = str('--lang');
  if (langOpt !== undefined && langOpt !== 'th' && langOpt !== 'en') return err('usage.badLang', { value: langOpt });
  const output = str('--output');
  if (output !== undefined && !/\.xlsx$/i.test(output)) return err('usage.outputNotXlsx', { file: output });
  const yearText = str('--year');
  if (yearText !== undefined && !YEAR.test(yearText.trim()))
    return err('usage.badYear', { option: '--year', value: yearText });
  const jobsText = str('--jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64))
    return err('usage.badJobs', { value: jobsText! });
  const thresholds = thresholdOptions(opts);
  if ('code' in thresholds) return err(thresholds.code, thresholds.params);
  return {
    command: 'batch',
    inputs,
    ...(output !== undefined ? { output } : {}),
    json: opts['--json'] === true,
    ...(yearText !== undefined ? { year: Number(yearText.trim()) } : {}),
    lang,
    thaiDigits: opts['--thai-digits'] === true,
    ...(jobs !== undefined ? { jobs } : {}),
    ...thresholds,
  };
}

export const BATCH_USAGE: Record<Lang, string> = {
  th: `  npm run --silent ita -- batch <โฟลเดอร์|ไฟล์.xlsx …> [ตัวเลือก]
      อ่านทุกไฟล์ .xlsx/.xlsm ในโฟลเดอร์ (รวมโฟลเดอร์ย่อย) ไฟล์ละหนึ่งหน่วยงาน และรายชื่อหลายหน่วยงานในแผ่นงานใดก็ได้
      -o, --output <ไฟล์.xlsx>  เขียนสมุดงานสรุปหลายหน่วยงาน (อันดับ จำนวนตามผลการประเมิน ค่าเฉลี่ย ข้อที่อ่อน แผนภูมิ)
      --json                    พิมพ์ผลเป็น JSON หนึ่งชุด (agencies, failed, summary)
      --year <พ.ศ.>             ปีงบประมาณที่ประเมิน (แทนค่าที่พบในไฟล์)
      --lang th|en, --thai-digits, --oit-weak-below <n>, --pass-line <n>   เหมือน analyze
      --jobs <n>                จำนวนเธรดที่ใช้ (ค่าเริ่มต้น: เท่าจำนวนแกนประมวลผล)
      รหัสออก: 0 อ่านได้อย่างน้อยหนึ่งหน่วยงาน, 1 ไม่พบหน่วยงานใด, 2 ใช้คำสั่งไม่ถูกต้อง`,
  en: `  npm run --silent ita -- batch <folder|file.xlsx …> [options]
      reads every .xlsx/.xlsm under the folders (recursively), one agency per workbook, and multi-agency lists in any sheet
      -o, --output <out.xlsx>  write the consolidated workbook (ranking, counts by rating, means, weak items, charts)
      --json                   print one JSON document (agencies, failed, summary)
      --year <B.E.>            assessment fiscal year (overrides the workbooks)
      --lang th|en, --thai-digits, --oit-weak-below <n>, --pass-line <n>   as for analyze
      --jobs <n>               worker threads (default: one per core)
      Exit codes: 0 at least one agency read, 1 none, 2 usage error`,
};
