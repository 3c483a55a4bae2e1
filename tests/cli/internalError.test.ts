/**
 * A bug under the command line (here: the analysis throwing a TypeError) is told as the catalogue's
 * unexpected-error sentence, in the user's language; the raw error stays on stderr for developers; exit 70.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { message } from '../../src/domain/messages';

// Not vi.mock (hoisted, for the whole file): the fast loop shares one module cache between the files of a worker
// (isolate: false), so a mock must be taken in with fresh modules and given back for the files after this one.
vi.resetModules();
vi.doMock('../../src/app/analysis', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/app/analysis')>()),
  analyzeSnapshot: () => {
    throw new TypeError('Secret internal detail');
  },
}));
const { INTERNAL_ERROR, main } = await import('../../src/cli/main');
afterAll(() => {
  vi.doUnmock('../../src/app/analysis');
  vi.resetModules();
});

async function ita(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    out: (s: string): void => {
      out += s + '\n';
    },
    err: (s: string): void => {
      err += s + '\n';
    },
    env: {},
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('an internal error', () => {
  it.each(['th', 'en'] as const)('is the unexpected-error sentence (%s), the raw error after it', async (lang) => {
    const r = await ita('analyze', 'samples/ita-2567-sample.xlsx', '--lang', lang);
    expect(r.code).toBe(INTERNAL_ERROR);
    expect(INTERNAL_ERROR).toBe(70);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe(message('ui.error.unexpected', lang));
    const raw = 'ITA Workbench: internal error / ข้อผิดพลาดภายใน: Secret internal detail';
    expect(lines.slice(1)).toEqual([raw]);
    expect(r.out).toBe('');
  });

  it('--json: still exactly one JSON document, with the sentence and not the raw text', async () => {
    const r = await ita('analyze', 'samples/ita-2567-sample.xlsx', '--lang', 'en', '--json');
    expect(r.code).toBe(70);
    const doc = JSON.parse(r.out) as { error: { code: string; message: string } };
    expect(doc).toEqual({ error: { code: 'ui.error.unexpected', message: message('ui.error.unexpected', 'en') } });
    expect(r.out).not.toContain('Secret');
  });
});
