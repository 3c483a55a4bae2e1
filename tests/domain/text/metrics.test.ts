import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advanceUnits, lineHeight, textWidth, typoLineHeight } from '../../../src/domain/text/metrics';

const FONTS = '/usr/share/fonts/truetype/tlwg';

describe('TH Sarabun / Laksaman advance widths', () => {
  it('measures Thai with its marks taking no room', () => {
    // ก 580 units; tone marks and vowels above/below sit on their consonant.
    expect(advanceUnits('ก'.codePointAt(0)!)).toBe(580);
    expect(textWidth('ก', { size: 16 })).toBeCloseTo(9.28, 2);
    expect(textWidth('กี่', { size: 16 })).toBeCloseTo(textWidth('ก', { size: 16 }), 6);
    expect(textWidth('ทรัพย์สิน', { size: 16 })).toBeGreaterThan(textWidth('ทรพยสน', { size: 16 }) - 0.001);
    expect(textWidth('ทรัพย์สิน', { size: 16 })).toBeCloseTo(textWidth('ทรพยสน', { size: 16 }), 6);
  });

  it('bold is wider than regular, size scales linearly, zero-width characters take none', () => {
    const t = 'การประเมินคุณธรรมและความโปร่งใส';
    expect(textWidth(t, { size: 16, bold: true })).toBeGreaterThan(textWidth(t, { size: 16 }));
    expect(textWidth(t, { size: 32 })).toBeCloseTo(2 * textWidth(t, { size: 16 }), 6);
    expect(textWidth('ก\u200Bก', { size: 16 })).toBeCloseTo(textWidth('กก', { size: 16 }), 6);
  });

  it('counts a character the font lacks as a wide fallback glyph', () => {
    expect(textWidth('■', { size: 16 })).toBeGreaterThanOrEqual(textWidth('ก', { size: 16 }));
  });

  it("a line holds the taller of LibreOffice's and Excel's line spacing", () => {
    expect(typoLineHeight(16)).toBeCloseTo(26.48, 1); // what LibreOffice's PDF shows: 26.5 pt between lines
    expect(lineHeight(16)).toBeCloseTo(31.31, 1);
    expect(lineHeight(16)).toBeGreaterThanOrEqual(typoLineHeight(16));
  });

  it.skipIf(!existsSync(join(FONTS, 'Laksaman.ttf')))(
    'the shipped widths are those of the installed font files',
    () => {
      const out = join(mkdtempSync(join(tmpdir(), 'ita-metrics-')), 'm.json');
      execFileSync('npx', ['tsx', 'scripts/font-metrics.ts', FONTS, out], { encoding: 'utf8' });
      const shipped = JSON.parse(readFileSync('src/domain/text/sarabunMetrics.json', 'utf8'));
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(shipped);
    },
    60_000,
  );
});
