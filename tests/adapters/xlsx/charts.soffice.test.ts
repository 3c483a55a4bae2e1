/** Our charts as LibreOffice draws them: the sheet printed to PDF, its page turned into a PNG (test-results/) to look at. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkbookWith } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { convertWithSoffice, SKIP_SOFFICE } from '../../helpers/soffice';
import { CHART_SPEC } from './chartSpec';

describe.skipIf(SKIP_SOFFICE)('our charts in LibreOffice', () => {
  it('prints the sheet with its four charts to PDF (pages kept as PNG in test-results/charts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-charts-'));
    const path = join(dir, 'charts.xlsx');
    writeFileSync(path, await (await newWorkbookWith([CHART_SPEC])).toBuffer());
    const [pdf] = await convertWithSoffice(path, 'pdf', dir);
    expect(pdf && existsSync(pdf)).toBe(true);
    const out = join(process.cwd(), 'test-results', 'charts');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf!, join(out, 'charts')]);
    const text = execFileSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' });
    // The chart titles are drawn (LibreOffice renders chart text into the page).
    expect(text).toContain('คะแนนภาพรวมรายปี');
    expect(text).toContain('ITA แนวโน้ม ITA'); // the header's &A
  }, 240_000);
});
