/** Thai typography helpers: digits, months, Buddhist Era years. */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** "๗๒.๘๔" → "72.84" (other characters unchanged). */
export function thaiToArabicDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** "72.84" → "๗๒.๘๔" (other characters unchanged). */
export function arabicToThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
}

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Month m (1..12) of fiscal year fy (พ.ศ.): fiscal year N runs October N−1 to September N. Returns the calendar พ.ศ. year. */
export function fiscalMonthYear(fy: number, month: number): number {
  return month >= 10 ? fy - 1 : fy;
}

/** "ตุลาคม 2567 – กันยายน 2568" for fiscal months [from, to] (1..12 calendar months) of plan year fy. */
export function thaiPeriod(fy: number, from: number, to: number): string {
  const a = `${THAI_MONTHS[from - 1]} ${fiscalMonthYear(fy, from)}`;
  const b = `${THAI_MONTHS[to - 1]} ${fiscalMonthYear(fy, to)}`;
  return from === to && fiscalMonthYear(fy, from) === fiscalMonthYear(fy, to) ? a : `${a} – ${b}`;
}

/** English: "October 2024 – September 2025" (CE). */
export function enPeriod(fy: number, from: number, to: number): string {
  const a = `${EN_MONTHS[from - 1]} ${fiscalMonthYear(fy, from) - 543}`;
  const b = `${EN_MONTHS[to - 1]} ${fiscalMonthYear(fy, to) - 543}`;
  return from === to ? a : `${a} – ${b}`;
}
