import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import measures from '../../../src/domain/data/measures.json';
import themes from '../../../src/domain/data/themes.json';
import fw2567 from '../../../src/domain/data/framework-2567.json';
import { textWidth } from '../../../src/domain/text/metrics';
import { breakPieces } from '../../../src/domain/text/segment';
import { hardWrap, lineCount, wrapText } from '../../../src/domain/text/wrap';

const F = { size: 16 };
const noSpace = (s: string): string => s.replace(/\s+/g, '');

/** Every Thai text we ship (measures, themes, framework names): what our sheets print. */
function shippedTexts(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      if (/[\u0E00-\u0E7F]/.test(x)) out.add(x);
    } else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  [measures, themes, fw2567].forEach(walk);
  return [...out];
}

/** A piece ending in a closed syllable plus the first consonant of a cluster ("ตามพ"): the cluster was cut. */
const CLUSTER_SPLIT = /[\u0E30-\u0E39\u0E47-\u0E4E][\u0E01-\u0E2E][กขคตปพผทบดฟศสจ]$/;

describe('where a Thai line may break', () => {
  it('the pieces give the text back, and break between words, never inside', () => {
    const t = 'เผยแพร่ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคาทุกโครงการตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ พ.ศ. 2560';
    const p = breakPieces(t);
    expect(p.join('')).toBe(t);
    // The segmenter's dictionary cuts "ตามพ|ระราชบัญญัติ": corrected to "ตาม|พระราชบัญญัติ", the Act kept whole.
    expect(p).toContain('ตาม');
    expect(p).toContain('พระราชบัญญัติ');
    expect(p.some((x) => x.endsWith('ตามพ'))).toBe(false);
    expect(p).toContain('จัดซื้อจัดจ้างฯ ');
  });

  it('never starts a line with ๆ or closing punctuation, never ends one with an opening bracket', () => {
    const p = breakPieces('ทุก ๆ เดือน (ตุลาคม 2567 – กันยายน 2568) คะแนน: 72.84');
    expect(p.some((x) => /^[ๆ):]/.test(x))).toBe(false);
    expect(p.some((x) => /\($/.test(x))).toBe(false);
    expect(p).toContain('ทุก ๆ ');
  });

  it('no text we ship is cut between a consonant cluster and its vowel', () => {
    const bad: string[] = [];
    for (const t of shippedTexts()) {
      const p = breakPieces(t);
      for (let k = 0; k + 1 < p.length; k++)
        if (CLUSTER_SPLIT.test(p[k]!) && /^[รลว][\u0E30-\u0E3A\u0E47-\u0E4E]/.test(p[k + 1]!))
          bad.push(`${p[k]}|${p[k + 1]}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('wrapping to a width', () => {
  it('every line fits, the text is all there, numbered paragraphs hang', () => {
    const t =
      '1. o15: เผยแพร่ประกาศเชิญชวนและประกาศผู้ชนะการเสนอราคาทุกโครงการตามพระราชบัญญัติการจัดซื้อจัดจ้างฯ พ.ศ. 2560 บนเว็บไซต์หลัก\n2. รายงานผลทุกเดือน';
    const lines = wrapText(t, 200, F);
    for (const l of lines) expect(textWidth(l, F)).toBeLessThanOrEqual(200);
    expect(noSpace(lines.join(''))).toBe(noSpace(t));
    expect(lines[1]).toMatch(/^ {2,}\S/); // hung under the text of "1."
    expect(lines.filter((l) => /^2\. /.test(l))).toHaveLength(1);
    expect(lineCount(t, 200, F)).toBe(lines.length);
    expect(hardWrap(t, 200, F).split('\n')).toEqual(lines);
  });

  it('a wider column never needs more lines', () => {
    for (const t of shippedTexts().slice(0, 80)) {
      const n = [120, 200, 300, 450].map((w) => lineCount(t, w, F));
      for (let k = 1; k < n.length; k++) expect(n[k]!, t).toBeLessThanOrEqual(n[k - 1]!);
    }
  });

  it('property: lines fit (unless one word alone is wider), nothing is lost, each line holds at least one piece', () => {
    const texts = shippedTexts();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.integer({ min: 60, max: 600 }),
        fc.boolean(),
        (k, width, bold) => {
          const t = texts[k]!;
          const f = { size: 16, bold };
          const lines = wrapText(t, width, f);
          expect(noSpace(lines.join(''))).toBe(noSpace(t));
          for (const l of lines) {
            const w = textWidth(l.trimStart(), f);
            expect(w).toBeLessThanOrEqual(width * 1.06 + 0.001);
          }
          expect(lines.every((l) => l.trim() !== '')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
