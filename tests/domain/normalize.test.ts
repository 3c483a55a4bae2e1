import { describe, expect, it } from 'vitest';
import { findStrayChar, normalizeCode, normalizeText, parseScore, splitCodeText } from '../../src/domain/normalize';

describe('normalizeCode', () => {
  it.each([
    ['i1', 'i1'],
    ['I1', 'i1'],
    ['O34', 'o34'],
    ['o๒', 'o2'],
    ['o๓ อ่าณาหน้าที่', 'o3'],
    ['๐34', 'o34'],
    ['๐33', 'o33'],
    ['๐๓๕', 'o35'],
    ['ｏ３４', 'o34'],
    ['Ｉ１', 'i1'],
    ['o 34', 'o34'],
    ['o11*', 'o11'],
    ['o11.', 'o11'],
    ['e9:', 'e9'],
    ['ข้อ i1 การปฏิบัติงาน', 'i1'],
    ['ข้อที่ e4', 'e4'],
    ['ข้อ ๐34 มาตรการ', 'o34'],
    ['item o7', 'o7'],
    ['No. o34', 'o34'],
    ['  e2  ', 'e2'],
    ['o07', 'o7'],
  ])('%s → %s', (text, code) => {
    expect(normalizeCode(text)).toBe(code);
  });

  it.each([
    ['IIT'],
    ['OIT'],
    ['E-Service'],
    ['0.00'],
    ['034'],
    ['๐.๕๐'],
    ['๑๐๐'],
    ['o0'],
    ['o345'],
    ['i1s'],
    ['iPhone 12'],
    ['ข้อ 1'],
    ['การปฏิบัติงาน ข้อ i1'],
    ['ดู o34'],
    [''],
    ['e2e'],
    ['o1.5'],
  ])('%s is not a code', (text) => {
    expect(normalizeCode(text)).toBeNull();
  });

  it('splits the question from a code in text, without the trailing star', () => {
    expect(splitCodeText('ข้อ o11 คู่มือหรือแนวทางการให้บริการ*')).toEqual({ code: 'o11', text: 'คู่มือหรือแนวทางการให้บริการ' });
    expect(splitCodeText('o1: โครงสร้าง')).toEqual({ code: 'o1', text: 'โครงสร้าง' });
    expect(splitCodeText('i3')).toEqual({ code: 'i3', text: '' });
  });
});

describe('parseScore', () => {
  it.each([
    [92, 92],
    [0, 0],
    ['92.00', 92],
    [' 88.57 ', 88.57],
    ['๙๒.๐๐', 92],
    ['72.84 คะแนน', 72.84],
    ['72.84 points', 72.84],
    ['85%', 85],
    ['92,5', 92.5],
    ['１００', 100],
    ['1,234', 1234],
    ['-5', -5],
    ['.5', 0.5],
  ])('%j → %s', (cell, value) => {
    expect(parseScore(cell)).toEqual({ value });
  });

  it.each([
    [null, 'blank'],
    ['', 'blank'],
    ['   ', 'blank'],
    ['-', 'blank'],
    [true, 'unreadable'],
    [false, 'unreadable'],
    ['n/a', 'unreadable'],
    ['92.00 ข้อ', 'unreadable'],
    ['๙๒.๐๐ บาท', 'unreadable'],
    [Number.NaN, 'unreadable'],
    [Number.POSITIVE_INFINITY, 'unreadable'],
    ['1.2.3', 'unreadable'],
  ])('%j → %s', (cell, error) => {
    expect(parseScore(cell)).toEqual({ error });
  });
});

describe('normalizeText', () => {
  it.each([
    ['  การ   ปฏิบัติ  ', 'การ ปฏิบัติ'],
    ['Use OF Budget', 'use of budget'],
    ['พัฒนาว\u17b7ธีการ', 'พัฒนาวธีการ'],
    ['ก\u200bข', 'กข'],
    ['ปี ๒๕๖๗', 'ปี 2567'],
  ])('%j → %j', (s, out) => {
    expect(normalizeText(s)).toBe(out);
  });

  it('reports a stray Khmer vowel sign in Thai text, not Thai marks or composed accents', () => {
    expect(findStrayChar('พัฒนาว\u17b7ธีการ')).toEqual({ char: 'U+17B7', index: 6 });
    expect(findStrayChar('การปฏิบัติหน้าที่')).toBeNull();
    expect(findStrayChar('cafe\u0301')).toBeNull();
  });
});
