// The message catalogue: every code has a Thai and an English sentence with the same placeholders.
import { describe, expect, it } from 'vitest';
import { formatIssue, isMessageCode, message, MESSAGES, type MessageCode } from '../../src/domain/messages';

const codes = Object.keys(MESSAGES) as MessageCode[];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogue', () => {
  it.each(codes)('%s: Thai and English, non-empty, same placeholders', (code) => {
    const m = MESSAGES[code];
    expect(m.th.trim().length, 'Thai').toBeGreaterThan(0);
    expect(m.en.trim().length, 'English').toBeGreaterThan(0);
    expect(placeholders(m.th)).toEqual(placeholders(m.en));
    // The Thai sentence is Thai (or a name such as "ITA Workbench"/"IIT" that needs none), never the English one copied.
    if (/[A-Za-z]{4,}\s+[a-z]{3,}/.test(m.en)) expect(m.th).not.toBe(m.en);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(message('item.blank', 'en', { code: 'o2' })).toBe('Item o2 has no score');
    expect(message('item.blank', 'th', {})).toContain('{code}');
  });

  it('tells codes from other strings (for codes that arrive as data)', () => {
    expect(isMessageCode('item.blank')).toBe(true);
    expect(isMessageCode('no.such.code')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
  });

  it('formats an issue with its place', () => {
    expect(
      formatIssue({ code: 'item.blank', severity: 'warning', sheet: 'OIT', cell: 'C7', params: { code: 'o2' } }, 'en'),
    ).toBe('OIT!C7: Item o2 has no score');
  });
});
