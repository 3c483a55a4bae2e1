/**
 * What every sheet of the published document shares: the agency's titles (kind, place, district, province), the
 * framework's status line, page setup (A4, measured page breaks, print area, Thai page numbers in the footer), the
 * "texts drafted from other scores" warning, and the approval block (ผู้จัดทำ / ผู้ตรวจ / ผู้อนุมัติ).
 */
import { colName } from '../a1';
import { agencyTitles, type AgencyTitles } from '../agency/titles';
import { frameworkNote } from '../frameworkNote';
import type { Summary } from '../summary';
import { textWidth } from '../text/metrics';
import type { Lang } from '../types';
import {
  addSpanRow,
  cellTextWidth,
  flow,
  linesHeight,
  pageHeight,
  textCell,
  txt,
  type Draft,
  type Flowed,
  type Keep,
  type Margins,
  type SpecOptions,
} from './layout';
import type { CellStyle, PrintSetup, SheetSpec, SpecCell } from './sheetSpec';

/**
 * Page numbers in the footer of every printed page of the document: "หน้า &P จาก {pages}", where {pages} is the
 * document's own page count (numberPages), not the host's &N, which counts every sheet printed with it.
 */
export const PAGE_FOOTER: Readonly<Record<Lang, string>> = { th: '&14หน้า &P จาก {pages}', en: '&14Page &P of {pages}' };

/** Pages a spec prints: one more than its page starts (every page start is ours, see paginate). */
export function pagesOf(spec: SheetSpec): number {
  return (spec.print.rowBreaks?.length ?? 0) + 1;
}

/**
 * Number the document's pages across its sheets (in order): each sheet's first page number follows the pages before
 * it, and every footer says how many pages the document has. Sheets without a footer (the cover) are not counted.
 */
export function numberPages(specs: readonly SheetSpec[]): SheetSpec[] {
  const counted = specs.filter((s) => s.print.footer);
  const total = counted.reduce((n, s) => n + pagesOf(s), 0);
  let next = 1;
  return specs.map((s) => {
    if (!s.print.footer) return s;
    const first = next;
    next += pagesOf(s);
    const fill = (t: string | undefined): string | undefined => t?.replace('{pages}', String(total));
    const f = s.print.footer;
    const footer = {
      ...(f.left ? { left: fill(f.left)! } : {}),
      ...(f.center ? { center: fill(f.center)! } : {}),
      ...(f.right ? { right: fill(f.right)! } : {}),
    };
    return { ...s, print: { ...s.print, firstPageNumber: first, footer } };
  });
}

/** Part of a page kept free: hosts round row heights a little differently. */
const PAGE_SLACK = 0.985;

export type DocumentTitles = AgencyTitles & {
  /** "องค์การบริหารส่วนตำบลตุน" (or "หน่วยงาน" when the workbook names none). */
  readonly agencyName: string;
  /** "อำเภอกันทรารมย์ จังหวัดศรีสะเกษ", or "" when the workbook names neither. */
  readonly where: string;
};

/** The words a line of the document must not cut: the agency's name, its place, district and province, its titles. */
export function titleWords(t: DocumentTitles, lang: Lang): string[] {
  const district = t.where.split(' ').filter(Boolean);
  return [t.agencyName, t.place ?? '', ...district, t.head[lang], t.clerk?.[lang] ?? ''].filter(
    (w) => w && w.length <= 40,
  );
}

/** The agency's name and titles as the document prints them. */
export function documentTitles(summary: Summary, lang: Lang): DocumentTitles {
  const t = agencyTitles(summary.agency);
  const agencyName = t.name ?? (lang === 'th' ? 'หน่วยงาน' : 'the agency');
  const parts =
    lang === 'th'
      ? [
          summary.district
            ? summary.province === 'กรุงเทพมหานคร'
              ? `เขต${summary.district}`
              : `อำเภอ${summary.district}`
            : '',
          summary.province ? `จังหวัด${summary.province}` : '',
        ]
      : [
          summary.district ? `${summary.district} District` : '',
          summary.province ? `${summary.province} Province` : '',
        ];
  return { ...t, agencyName, where: parts.filter(Boolean).join(lang === 'th' ? ' ' : ', ') };
}

/** Styles the document sheets add to the common ones. */
export function documentStyles(): Record<string, CellStyle> {
  return {
    heading: { bold: true, wrap: true, vAlign: 'top' },
    docTitle: { bold: true, size: 16, hAlign: 'center', wrap: true, vAlign: 'top' },
    coverTitle: { bold: true, size: 24, hAlign: 'center', wrap: true, vAlign: 'middle' },
    coverLine: { size: 20, hAlign: 'center', wrap: true, vAlign: 'middle' },
    coverAgency: { bold: true, size: 22, hAlign: 'center', wrap: true, vAlign: 'middle' },
    paragraph: { wrap: true, vAlign: 'top', numFmt: '@' },
    status: { italic: true, size: 12, color: '#595959', wrap: true, vAlign: 'top', numFmt: '@' },
    stale: { bold: true, size: 14, color: '#C00000', wrap: true, vAlign: 'top' },
    // The signatures in 14 pt: an approver's full title (นายกองค์การบริหารส่วนตำบล…) on one line of its block.
    sign: { hAlign: 'center', vAlign: 'top', wrap: true, numFmt: '@', size: 14 },
  };
}

/** The framework's status line (issue 12): which framework the numbers follow and how sure its facts are. */
export function statusRow(d: Draft, summary: Summary, opts: SpecOptions, lastCol: number): number {
  return addSpanRow(d, textCell(frameworkNote(summary, opts.lang), opts, 'status'), lastCol);
}

/** A score cell of the user's workbook and the value the texts were drafted from. */
export type DraftedFrom = { readonly ref: string; readonly value: number };

const STALE: Readonly<Record<Lang, string>> = {
  th: 'คะแนนต้นทางเปลี่ยนไปหลังร่างข้อความนี้: ให้วิเคราะห์ใหม่ก่อนเผยแพร่',
  en: 'Scores changed since these texts were drafted: run the analysis again',
};

/**
 * A row that stays empty while the user's cells still hold the scores the texts were drafted from, and says so in red
 * as soon as one of them changes (a formula over the user's cells: it works in plain Excel and LibreOffice).
 * No row when no score comes from a cell. The row keeps one line of room either way (it spaces the blocks).
 */
export function staleRow(
  d: Draft,
  from: readonly DraftedFrom[],
  opts: SpecOptions,
  lastCol: number,
  units: number,
): number {
  const msg = txt(STALE[opts.lang], opts);
  const checks = from.map((f) => `IFERROR(ABS(${f.ref}-${f.value})>0.005,TRUE)`);
  // One line: the message is short; a narrow sheet gets two.
  const lines = textWidth(msg, { size: 14, bold: true }) <= cellTextWidth(units) ? 1 : 2;
  const cell: SpecCell | null = checks.length
    ? { formula: `IF(OR(${checks.join(',')}),"${msg.replace(/"/g, '""')}","")`, value: '', style: 'stale' }
    : null;
  const r = cell ? addSpanRow(d, cell, lastCol) : addSpanRow(d, { style: 'stale' }, lastCol);
  d.rowHeights[r] = Math.max(d.rowHeights[r] ?? 0, linesHeight(lines, 14));
  return r;
}

/** Dots for a blank line to write on, as wide as `frac` of a cell `units` wide. */
export function dots(units: number, frac: number, size = 14): string {
  const w = textWidth('.', { size });
  return '.'.repeat(Math.max(4, Math.floor((cellTextWidth(units) * frac) / w)));
}

const SIGN: Readonly<
  Record<Lang, { sign: string; position: string; date: string; roles: readonly [string, string, string] }>
> = {
  th: { sign: 'ลงชื่อ', position: 'ตำแหน่ง', date: 'วันที่', roles: ['ผู้จัดทำ', 'ผู้ตรวจ', 'ผู้อนุมัติ'] },
  en: { sign: 'Signed', position: 'Position', date: 'Date', roles: ['Prepared by', 'Reviewed by', 'Approved by'] },
};

/**
 * The approval block: three signatures side by side (prepared, reviewed, approved), each with a line to sign, the
 * name in brackets, the position (the reviewer is the agency's ปลัด, the approver its head, by agency type) and the
 * date. `spans` are the column ranges of the three blocks. Returns its row.
 */
export function approvalRows(
  d: Draft,
  summary: Summary,
  opts: SpecOptions,
  spans: readonly (readonly [number, number])[],
  widths: readonly number[],
): number {
  const t = documentTitles(summary, opts.lang);
  const L = SIGN[opts.lang];
  const positions = [null, t.clerk?.[opts.lang] ?? null, t.head[opts.lang]] as const;
  const cells = spans.map(([c0, c1], k) => {
    let units = 0;
    for (let c = c0; c <= c1; c++) units += widths[c] ?? 10;
    const room = (label: string): number =>
      Math.max(0.2, (cellTextWidth(units) * 0.92 - textWidth(label, { size: 14 })) / cellTextWidth(units));
    const line = dots(units, room(`${L.sign}  ${L.roles[k]}`));
    const position = positions[k] ?? dots(units, room(`${L.position} `));
    const r = room(opts.lang === 'th' ? `${L.date}  เดือน  พ.ศ. ` : `${L.date}  /  / `);
    const part = (f: number): string => dots(units, r * f).slice(0, Math.max(4, Math.floor(dots(units, r).length * f)));
    const date =
      opts.lang === 'th'
        ? `${L.date} ${part(0.22)} เดือน ${part(0.45)} พ.ศ. ${part(0.28)}`
        : `${L.date} ${part(0.25)} / ${part(0.35)} / ${part(0.35)}`;
    const text = [
      `${L.sign} ${line} ${L.roles[k]}`,
      `(${dots(units, room('()'))})`,
      `${L.position} ${position}`,
      date,
    ].join('\n');
    return { value: txt(text, opts), style: 'sign' } as SpecCell;
  });
  const row: (SpecCell | null)[] = [];
  spans.forEach(([c0, c1], k) => {
    row[c0] = cells[k]!;
    for (let c = c0 + 1; c <= c1; c++) row[c] = null;
  });
  d.rows.push(Array.from({ length: row.length }, (_, c) => row[c] ?? null));
  const r = d.rows.length - 1;
  spans.forEach(([c0, c1]) => {
    if (c1 > c0) d.merges.push(`${colName(c0)}${r + 1}:${colName(c1)}${r + 1}`);
  });
  return r;
}

/** Lay a document sheet out on its pages (document.ts flow): rows split where a page ends, page starts measured. */
export function layOutPages(
  d: Draft,
  styles: Readonly<Record<string, CellStyle>>,
  orientation: 'portrait' | 'landscape',
  margins: Margins,
  keeps: readonly Keep[],
  splittable: ReadonlySet<number> = new Set(),
  repeat?: readonly [number, number],
): Flowed {
  const repeatH = repeat
    ? d.rows.slice(repeat[0], repeat[1] + 1).reduce((a, _r, k) => a + (d.rowHeights[repeat[0] + k] ?? 15), 0)
    : 0;
  return flow(d, styles, pageHeight(orientation, margins) * PAGE_SLACK, keeps, repeatH, splittable);
}

/**
 * The page setup of a document sheet: A4 in its orientation, one page wide, the page starts laid out (layOutPages:
 * a heading never left alone at a page's foot), the print area holding exactly the document (our signing row and
 * working cells stay outside it), page numbers in the footer, the header row repeated when given.
 */
export function documentPrint(
  d: Draft,
  lastCol: number,
  orientation: 'portrait' | 'landscape',
  margins: Margins,
  lang: Lang,
  o: {
    readonly starts?: readonly number[];
    readonly footer?: boolean;
    readonly repeat?: readonly [number, number];
    readonly onePage?: boolean;
  } = {},
): PrintSetup {
  const starts = o.onePage ? [] : [...(o.starts ?? [])];
  return {
    orientation,
    paper: 'A4',
    fitToWidth: true,
    ...(o.onePage ? { fitToHeight: 1 } : {}),
    margins,
    area: `A1:${colName(lastCol)}${d.rows.length}`,
    ...(starts.length ? { rowBreaks: starts } : {}),
    ...(o.repeat ? { repeatRows: [o.repeat[0] + 1, o.repeat[1] + 1] as const } : {}),
    ...(o.footer === false ? {} : { footer: { center: PAGE_FOOTER[lang] } }),
    centerHorizontally: true,
  };
}
