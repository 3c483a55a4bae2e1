/** The one user-error type and the one function that turns anything thrown into a catalogue sentence. */
import { describe, expect, it } from 'vitest';
import { describeError, UNEXPECTED, UserError } from '../../src/app/userError';
import { UNCHANGED, WriteFailure } from '../../src/app/writeFailure';
import { fromWire, toWire } from '../../src/preview/workerProtocol';
import { isMessageCode, message } from '../../src/domain/messages';

/** What a user reads, in both languages. */
const sentences = (e: unknown): string[] => {
  const d = describeError(e);
  return [message(d.code, 'th', d.params), message(d.code, 'en', d.params)];
};

describe('UserError and describeError', () => {
  it('a UserError is its own sentence: code and params, in Thai and English', () => {
    const file = 'ผลการประเมิน.xlsx';
    const e = new UserError({ code: 'input.notFound', params: { file } }, new Error('ENOENT raw'));
    expect(describeError(e)).toEqual({ code: 'input.notFound', params: { file } });
    expect(sentences(e)).toEqual([`ไม่พบไฟล์ "${file}"`, `File "${file}" was not found`]);
    // The host's own error is kept for developers, never in the sentence.
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.message).toBe(`File "${file}" was not found`);
    expect(e.params).toEqual({ file });
    expect(new UserError({ code: 'office.busy' }).params).toEqual({});
  });

  it('a WriteFailure is a UserError: its reason is the sentence, its state stays its own', () => {
    const state = { ...UNCHANGED, checked: false };
    const e = new WriteFailure({ reason: { code: 'office.busy', params: {} }, step: 'sheets', state });
    expect(e).toBeInstanceOf(UserError);
    expect(e.name).toBe('WriteFailure');
    expect(e.message).toBe('write stopped at sheets: office.busy');
    expect(describeError(e)).toEqual({ code: 'office.busy', params: {} });
    expect(e.state.checked).toBe(false);
  });

  it.each([
    ['an Error', new Error('Secret internal detail')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a string', 'Secret internal detail'],
    ['an office-like error object with a code', { code: 'GeneralException', message: 'Secret internal detail' }],
    ['undefined', undefined],
    ['null', null],
  ])('anything else (%s) is the unexpected-error sentence, never its text', (_what, thrown) => {
    expect(describeError(thrown)).toEqual(UNEXPECTED);
    expect(UNEXPECTED).toEqual({ code: 'ui.error.unexpected' });
    for (const lang of ['th', 'en'] as const) expect(message(describeError(thrown).code, lang)).not.toContain('Secret');
  });

  it('codes are typed: an unknown code does not compile', () => {
    // Never called: the check is the compiler's (npm run typecheck fails on an unused @ts-expect-error).
    // @ts-expect-error 'no.such.code' is not in the catalogue
    const unknownCode = (): UserError => new UserError({ code: 'no.such.code' });
    expect(unknownCode).toBeTypeOf('function');
    expect(isMessageCode('no.such.code')).toBe(false);
  });
});

describe('the preview worker carries the same sentence to the page', () => {
  it.each([
    [
      'a UserError',
      new UserError({
        code: 'input.zipBomb',
        params: { file: 'a.xlsx', part: 'xl/x.xml', ratio: 900, packed: '1 MB', size: '900 MB', limit: 250 },
      }),
    ],
    [
      'a WriteFailure',
      new WriteFailure({
        reason: { code: 'write.blocked' },
        blockers: [{ code: 'office.protected' }],
        step: 'check',
        state: UNCHANGED,
      }),
    ],
    ['an unknown error', new RangeError('Secret internal detail')],
  ])('%s: describeError is the same on both sides of the worker', (_what, thrown) => {
    for (const writing of [false, true]) {
      // Structured cloning keeps plain data only: what crosses is JSON-like.
      const back = fromWire(structuredClone(toWire(thrown, writing)));
      expect(sentences(back)).toEqual(sentences(thrown));
    }
  });

  it('a failure while writing that is not a WriteFailure arrives as one, saying the workbook is unchanged', () => {
    const back = fromWire(toWire(new UserError({ code: 'output.strictOoxml', params: { file: 'a.xlsx' } }), true));
    expect(back).toBeInstanceOf(WriteFailure);
    expect((back as WriteFailure).state).toEqual(UNCHANGED);
    expect(describeError(back)).toEqual({ code: 'output.strictOoxml', params: { file: 'a.xlsx' } });
  });
});
