/**
 * The highlight rules on scores stored as percentages, judged by LibreOffice: the corpus workbook percent.xlsx (its
 * scores are fractions formatted "0.00%"), our rules written into it by the xlsx adapter, and beside it a check sheet
 * whose cells evaluate each written rule's own formula at each cell of its range (as a rule applies its formula
 * relative to the range's top-left cell). LibreOffice recalculates them on load; the CSV says which cell each rule
 * paints. It must be the item's weak level as the scanner reads the score (as shown, ×100), which is also what the
 * preview's marks paint (preview/marks.ts, score.ts itemWeakLevel).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../../scripts/make-corpus';
import { openXlsx } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { a1, parseA1 } from '../../../src/domain/a1';
import { scanWorkbook } from '../../../src/domain/scan/scan';
import { summarize } from '../../../src/domain/score';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { buildHighlightRules } from '../../../src/domain/specs/highlight';
import { convertWithSoffice, parseCsv, SKIP_SOFFICE } from '../../helpers/soffice';
import { changesOf } from '../../helpers/changes';

const SHEET = 'คะแนน ITA';
const CHECK = 'check';

/** Every <conditionalFormatting> of a sheet part: its range and its rules' formulas by priority. */
function writtenRules(xml: string): { sqref: string; priority: number; formula: string }[] {
  const out: { sqref: string; priority: number; formula: string }[] = [];
  const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const blocks = /<conditionalFormatting\b[^>]*\bsqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g;
  for (const cf of xml.matchAll(blocks)) {
    for (const rule of cf[2]!.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"[^>]*>[\s\S]*?<formula>([^<]*)<\/formula>/g)) {
      out.push({ sqref: cf[1]!, priority: Number(rule[1]), formula: unescape(rule[2]!) });
    }
  }
  return out;
}

describe.skipIf(SKIP_SOFFICE)('highlight rules on percentage scores, in LibreOffice', () => {
  it('54.90% is critical, 85.14% neither, a 100% OIT item not weak: every cell judged as shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-percent-rules-'));
    const input = corpus()['percent.xlsx']!;
    const book = await openXlsx(input);
    const summary = summarize(scanWorkbook(await book.read()), DEFAULT_SETTINGS);
    await book.write(changesOf({ addRules: buildHighlightRules(summary) }));
    const written = await book.toBuffer();

    // The rules as they stand in the written sheet parts (our rules go on the one sheet the input has).
    const parts = unzipSync(written);
    const rules = Object.entries(parts)
      .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
      .flatMap(([, bytes]) => writtenRules(strFromU8(bytes)));
    expect(rules.length).toBe(4);

    // The check sheet: one row per scored cell, each rule's formula moved from the range's top-left to that cell.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ExcelJS.Buffer);
    const check = wb.addWorksheet(CHECK);
    // Per range, the rule of higher priority (the lower number) is the critical one, the other the weak one.
    const level = (rule: (typeof rules)[number]): 'critical' | 'weak' =>
      rules.some((o) => o.sqref === rule.sqref && o.priority < rule.priority) ? 'weak' : 'critical';
    const rows: { cell: string; level: 'critical' | 'weak' }[] = [];
    for (const rule of rules) {
      const [from, to] = rule.sqref.split(':');
      const top = parseA1(from!)!;
      const bottom = parseA1(to ?? from!)!;
      expect(bottom.col).toBe(top.col);
      for (let r = top.row; r <= bottom.row; r++) {
        const cell = a1(r, top.col);
        // The rule's only reference is its top-left cell, relative: the rule applies it shifted to each cell.
        const moved = rule.formula.replace(new RegExp(`\\b${from}\\b`, 'g'), `'${SHEET}'!${cell}`);
        expect(moved).toContain(`'${SHEET}'!${cell}`);
        const k = rows.push({ cell, level: level(rule) });
        check.getCell(`A${k}`).value = cell;
        check.getCell(`B${k}`).value = { formula: moved } as ExcelJS.CellFormulaValue;
      }
    }
    const path = join(dir, 'with-check.xlsx');
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const csvs = await convertWithSoffice(path, 'csv', join(dir, 'csv'), { sheet: 'all' });
    const csv = csvs.find((f) => f.endsWith(`-${CHECK}.csv`));
    expect(csv, csvs.join(', ')).toBeDefined();
    const got = parseCsv(readFileSync(csv!, 'utf8'));

    const painted = new Map<string, { critical?: boolean; weak?: boolean }>();
    rows.forEach((row, k) => {
      const [cell, value] = got[k] ?? [];
      expect(cell).toBe(row.cell);
      // LibreOffice writes a boolean result as TRUE/FALSE; anything else (Err:…, #NAME?) is a broken formula.
      expect(['TRUE', 'FALSE'], `${row.cell}: ${value}`).toContain(value);
      const at = painted.get(row.cell) ?? {};
      at[row.level] = value === 'TRUE';
      painted.set(row.cell, at);
    });

    const item = (code: string) => summary.items.find((i) => i.code === code)!;
    const rulesAt = (code: string) => painted.get(item(code).location!.cell);
    expect(item('e9').score).toBeCloseTo(54.9, 9);
    expect(rulesAt('e9')).toEqual({ critical: true, weak: true });
    expect(item('i15').score).toBeCloseTo(85.14, 9);
    expect(rulesAt('i15')).toEqual({ critical: false, weak: false });
    expect(rulesAt('i12')).toEqual({ critical: false, weak: true }); // 78.29%
    expect(rulesAt('o1')).toEqual({ critical: false, weak: false }); // 100%
    expect(rulesAt('o8')).toEqual({ critical: false, weak: true }); // 50%
    expect(rulesAt('o2')).toEqual({ critical: true, weak: true }); // 0%
    // Every scored cell: LibreOffice paints exactly the item's weak level as the scanner read it.
    const scored = summary.items.filter((i) => i.location && i.score !== null);
    expect(scored.length).toBe(59);
    for (const i of scored) {
      const expected = { critical: i.weak === 'critical', weak: i.weak !== null };
      expect(painted.get(i.location!.cell), `${i.code} ${i.score}`).toEqual(expected);
    }
  }, 240_000);
});
