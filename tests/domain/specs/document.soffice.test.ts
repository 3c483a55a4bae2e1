/**
 * The document as the officer and the district reviewer read it: the CLI's output for the sample workbook printed to
 * PDF by LibreOffice (Laksaman standing in for TH SarabunPSK), then read page by page. Checked: valid SpreadsheetML;
 * the document's pages numbered 1..N in Thai after an unnumbered cover; A4, the plan landscape; the published overall
 * and rank; the chart; the standing measures; the approval block with the titles of an อบต. and of a เทศบาล; no page
 * ending on a heading; nothing of ours outside the document printed; every row as tall as its measured text, and
 * LibreOffice breaking our lines nowhere but where we broke them. The pages looked at are kept under test-results/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseA1 } from '../../../src/domain/a1';
import { lineHeight, typoLineHeight } from '../../../src/domain/text/metrics';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../../helpers/soffice';
import { describeInvalid, validatePackage } from '../../helpers/ooxml';

const SAMPLE = 'samples/ita-2567-sample.xlsx';
const HISTORY = '2563=49.79,2564=55.10,2565=61.25,2566=70.05';
const OUT = 'test-results/print';
const DOC_SHEETS = /^ITA (ปก|ผลการประเมิน|วิเคราะห์ผล|มาตรการ \d{4})$/;

/** Thai marks drawn apart by the PDF's text layer (its word order around them is not ours), and whitespace. */
const norm = (s: string): string => s.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\s\u200B]/g, '');

const unescape = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

type Page = { no: number; text: string; lines: string[]; width: number; height: number };

function pagesOf(pdf: string): Page[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    w: Number(m[2]),
    h: Number(m[3]),
  }));
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((m, k) => {
    // The text layer's lines, rebuilt: a mark stacked on a vowel (ั้) is put on a "line" of its own at the same
    // height; words of one block at one height are one line.
    const lines: string[] = [];
    for (const b of m[1]!.matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)) {
      const byY = new Map<number, { x: number; w: string }[]>();
      for (const w of b[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
        const y = Math.round(Number(w[2]));
        const row = byY.get(y) ?? [];
        row.push({ x: Number(w[1]), w: unescape(w[3]!) });
        byY.set(y, row);
      }
      for (const row of byY.values())
        lines.push(
          row
            .sort((a, c) => a.x - c.x)
            .map((x) => x.w)
            .join(' '),
        );
    }
    const text = execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
    return { no: k + 1, text, lines, width: sizes[k]!.w, height: sizes[k]!.h };
  });
}

/** Line pitch of LibreOffice's text: the smallest step between lines starting at the same left edge (one cell's lines). */
function linePitch(pdf: string, page: number): number {
  const xml = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
  });
  const byX = new Map<number, number[]>();
  for (const m of xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"/g)) {
    const x = Math.round(Number(m[1]));
    byX.set(x, [...(byX.get(x) ?? []), Number(m[2])]);
  }
  let best = Infinity;
  for (const ys of byX.values()) {
    const sorted = [...new Set(ys.map((y) => Math.round(y * 100) / 100))].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++)
      if (sorted[k]! - sorted[k - 1]! > 5) best = Math.min(best, sorted[k]! - sorted[k - 1]!);
  }
  return best;
}

const dirs: string[] = [];

type Case = { name: string; args: string[]; xlsx: string; pdf: string; pages: Page[]; doc: Page[]; cover: Page };

async function render(name: string, args: string[]): Promise<Case> {
  const dir = mkdtempSync(join(tmpdir(), `ita-print-${name}-`));
  const xlsx = join(dir, `${name}.xlsx`);
  let err = '';
  const code = await main(['analyze', SAMPLE, '-o', xlsx, '--history', HISTORY, ...args], {
    out: () => {},
    err: (s) => {
      err += s;
    },
    env: {},
    now: new Date('2026-12-02T00:00:00Z'),
  });
  expect(code, err).toBe(0);
  const [pdf] = await convertWithSoffice(xlsx, 'pdf', dir, { timeoutMs: 240_000 });
  const pages = pagesOf(pdf!);
  const numbered = pages.filter((p) => /หน้า \d+ จาก \d+|Page \d+ of \d+/.test(p.text));
  const first = numbered[0]!.no;
  const out = join(OUT, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The pages looked at: the cover and the document's pages, as PNG, with the PDF they come from.
  copyFileSync(pdf!, join(out, `${name}.pdf`));
  dirs.push(dir);
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-f',
    String(first - 1),
    '-l',
    String(numbered[numbered.length - 1]!.no),
    pdf!,
    join(out, 'page'),
  ]);
  return { name, args, xlsx, pdf: pdf!, pages, doc: numbered, cover: pages[first - 2]! };
}

describe.skipIf(SKIP_SOFFICE)('the printed document', () => {
  let sao: Case;
  let town: Case;
  beforeAll(async () => {
    sao = await render('sao', []);
    town = await render('municipality', ['--agency', 'เทศบาลตำบลกันทรารมย์']);
  }, 600_000);
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('is valid SpreadsheetML', async () => {
    for (const c of [sao, town]) expect(describeInvalid(await validatePackage(readFileSync(c.xlsx)))).toEqual([]);
  });

  it('an unnumbered cover, then pages numbered 1..N in Thai; A4, the plan landscape', () => {
    for (const c of [sao, town]) {
      const n = c.doc.length;
      c.doc.forEach((p, k) => expect(p.text, `page ${p.no}`).toContain(`หน้า ${k + 1} จาก ${n}`));
      expect(norm(c.cover.text)).toContain(norm('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'));
      expect(c.cover.text).not.toMatch(/หน้า \d/);
      for (const p of [c.cover, ...c.doc])
        expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([595, 842]);
      const plan = c.doc.filter((p) => norm(p.text).includes(norm('ขั้นตอน/วิธีปฏิบัติ')));
      expect(plan.length).toBeGreaterThan(1);
      for (const p of plan) expect(p.width, `page ${p.no}`).toBeGreaterThan(p.height);
      // The plan's header row printed again on every one of its pages.
      for (const p of plan) expect(norm(p.text), `page ${p.no}`).toContain(norm('ขั้นตอน/วิธีปฏิบัติ'));
      expect(c.doc[0]!.width).toBeLessThan(c.doc[0]!.height);
    }
  });

  it('section 1 quotes the published overall (72.84) and the rank; the multi-year chart is there', () => {
    const all = norm(sao.doc.map((p) => p.text).join('\n'));
    expect(all).toContain(norm('ได้คะแนนภาพรวม 72.84 คะแนน'));
    expect(all).toContain(norm('ลำดับที่ 5,240'));
    expect(all).not.toContain('72.83');
    expect(all).toContain(norm('คะแนนภาพรวม ITA ปี 2563–2567'));
    for (const y of ['49.79', '55.10', '61.25', '70.05']) expect(all).toContain(y);
  });

  it("the plan carries the standing measures, and ends with the approval block of the agency's type", () => {
    const planText = (c: Case) => norm(c.doc.map((p) => p.text).join('\n'));
    for (const c of [sao, town]) {
      expect(planText(c)).toContain(norm('วิธีการนำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ'));
      // (The layout text runs the table's columns side by side: short pieces of each measure.)
      expect(planText(c)).toContain(norm('รายงานผลการดำเนินการตาม'));
      expect(planText(c)).toContain(norm('ติดตามผลทุกมาตรการรอบ 6'));
      expect(planText(c)).toContain(norm('ประจำปีงบประมาณ พ.ศ. 2567 (O26*; ภายในธันวาคม 2567)'));
      expect(planText(c)).toContain(norm('ทุกปีบน'));
    }
    const last = (c: Case) => norm(c.doc[c.doc.length - 1]!.text);
    expect(last(sao)).toContain(norm('ปลัดองค์การบริหารส่วนตำบลตุน'));
    // The approver's title may take two lines of its block (at a word: "นายกองค์การบริหาร / ส่วนตำบลตุน").
    expect(last(sao)).toContain(norm('นายกองค์การบริหาร'));
    expect(last(sao)).toContain(norm('ส่วนตำบลตุน'));
    expect(last(town)).toContain(norm('ปลัดเทศบาลตำบลกันทรารมย์'));
    expect(last(town)).toContain(norm('นายกเทศมนตรีตำบลกันทรารมย์'));
    expect(norm(town.doc.map((p) => p.text).join(''))).not.toContain(norm('นายกองค์การบริหารส่วนตำบล'));
    for (const c of [sao, town])
      for (const w of ['ผู้จัดทำ', 'ผู้ตรวจ', 'ผู้อนุมัติ', 'ลงชื่อ']) expect(last(c)).toContain(norm(w));
  });

  it('nothing of ours outside the document prints: no signing row, no English footer', () => {
    for (const c of [sao, town])
      for (const p of c.pages) {
        expect(p.text, `page ${p.no}`).not.toMatch(/ITA Workbench|สร้างโดย|Made by/);
      }
  });

  it("no page ends on a heading: a ประเด็น's title, a table header or a text's label goes with what follows it", () => {
    for (const c of [sao, town])
      for (const p of c.doc) {
        const body = p.text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !/^หน้า \d+ จาก \d+$/.test(l));
        const last = norm(body[body.length - 1] ?? '');
        for (const heading of ['ประเด็นที่', 'เครื่องมือ', 'ข้อบกพร่อง/ข้อปรับปรุง', 'การพัฒนา', 'การรักษาระดับ', 'ขั้นตอน/วิธีปฏิบัติ']) {
          expect(
            last === norm(heading) || (heading === 'ประเด็นที่' && last.startsWith(heading)),
            `page ${p.no} ends on "${body[body.length - 1]}"`,
          ).toBe(false);
        }
      }
  });

  it('every row of the written document is as tall as its measured text, and LibreOffice breaks our lines only where we did', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sao.xlsx);
    const pdfLines = new Set(sao.doc.flatMap((p) => p.lines.map(norm)));
    const pdfAll = [...pdfLines];
    let lines = 0;
    let found = 0;
    for (const ws of wb.worksheets.filter((w) => DOC_SHEETS.test(w.name))) {
      ws.eachRow((row, r) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const v = typeof cell.value === 'string' ? cell.value : null;
          // The signing row is ours but not the document's: below the print area, never printed.
          if (!v || v.includes('ITA Workbench [')) return;
          const size = cell.font?.size ?? 16;
          const ls = v.split('\n');
          expect(ls.length * lineHeight(size), `${ws.name}!${cell.address}`).toBeLessThanOrEqual(
            (row.height ?? 15) + 0.01,
          );
          for (const l of ls.map(norm).filter((x) => x.length >= 8)) {
            lines++;
            // Each of our lines lies whole on one line LibreOffice set (never re-broken inside).
            if (pdfLines.has(l) || pdfAll.some((p) => p.includes(l))) found++;
          }
          void r;
        }),
      );
    }
    expect(lines).toBeGreaterThan(300);
    expect(found / lines).toBeGreaterThan(0.98);
    // LibreOffice sets lines closer than the row heights allow for (they leave room for Excel's wider spacing).
    const pitch = Math.min(...sao.doc.map((p) => linePitch(sao.pdf, p.no)));
    expect(pitch).toBeLessThanOrEqual(typoLineHeight(16) + 0.5);
    expect(typoLineHeight(16)).toBeLessThan(lineHeight(16));
  });

  it("texts that know they are stale: after o9 is edited in the user's table, LibreOffice shows the warning under ประเด็น 1 only", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sao.xlsx);
    const analysis = wb.worksheets.find((w) => w.name === 'ITA วิเคราะห์ผล')!;
    const warnings: { row: number; formula: string }[] = [];
    analysis.eachRow((row, r) =>
      row.eachCell((c) => {
        if (c.formula?.startsWith('IF(OR(')) warnings.push({ row: r, formula: c.formula });
      }),
    );
    expect(warnings).toHaveLength(7);
    // o9 stands in the user's sheet "วิเคราะห์ 7 ประเด็น": find its cell through the theme-1 warning's formula.
    const ref = /IFERROR\(ABS\(('[^']+'|[^!]+)!\$([A-Z]+)\$(\d+)-0\)/.exec(warnings[0]!.formula)!;
    const sheet = wb.getWorksheet(ref[1]!.replace(/^'|'$/g, ''))!;
    sheet.getCell(`${ref[2]}${ref[3]}`).value = 100;
    const dir = mkdtempSync(join(tmpdir(), 'ita-print-stale-'));
    dirs.push(dir);
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const index = wb.worksheets.findIndex((w) => w.name === 'ITA วิเคราะห์ผล') + 1;
    const [csv] = await convertWithSoffice(edited, 'csv', dir, { sheet: index });
    const rows = parseCsv(readFileSync(csv!, 'utf8'));
    const shown = warnings.map((w) => rows[w.row - 1]?.[0] ?? '');
    expect(shown[0]).toBe('คะแนนต้นทางเปลี่ยนไปหลังร่างข้อความนี้: ให้วิเคราะห์ใหม่ก่อนเผยแพร่');
    expect(shown.slice(1).every((t) => t === '')).toBe(true);
  }, 240_000);

  it('the print areas hold the document, the signing rows lie below them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sao.xlsx);
    for (const ws of wb.worksheets.filter((w) => w.name.startsWith('ITA ') && w.state === 'visible')) {
      const area = (ws.pageSetup.printArea ?? '').replace(/\$/g, '').split('!').pop()!;
      expect(area, ws.name).toMatch(/^A1:[A-Z]+\d+$/);
      const last = parseA1(area.split(':')[1]!)!.row + 1;
      let signedAt = 0;
      ws.eachRow((row, r) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string' && c.value.includes('ITA Workbench [')) signedAt = r;
        }),
      );
      expect(signedAt, ws.name).toBeGreaterThan(last);
    }
  });
});
