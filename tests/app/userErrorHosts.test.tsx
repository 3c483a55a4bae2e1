// @vitest-environment jsdom
/**
 * One error, one sentence, in every host: the same refusal (a file that is not a workbook, a part too large) and an
 * unexpected error reach the user as the same catalogue sentence, in Thai and in English, from the command line, the
 * browser preview (its loader and its worker's wire) and the task pane.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultBuilders } from '../../src/app/builders';
import { describeError, UserError } from '../../src/app/userError';
import { main } from '../../src/cli/main';
import { message } from '../../src/domain/messages';
import type { Lang } from '../../src/domain/types';
import { openWorkbook } from '../../src/preview/loadWorkbook';
import { fromWire, toWire } from '../../src/preview/workerProtocol';
import { App } from '../../src/taskpane/App';
import { memoryPort } from '../taskpane/memoryPort';
import { seedSnapshot } from '../taskpane/grids';
import '../helpers/paneDom';

afterEach(cleanup);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ita-errors-'));
});

/** What the command line says on stderr (its first line: the sentence). */
async function cliSays(file: string, lang: Lang): Promise<{ code: number; err: string }> {
  let err = '';
  const io = {
    out: (): void => undefined,
    err: (s: string): void => {
      err += s + '\n';
    },
    env: {},
  };
  const code = await main(['analyze', file, '--lang', lang], io);
  return { code, err };
}

/** What the task pane's alert says when reading the workbook fails with `e`. */
async function paneSays(e: unknown, lang: Lang): Promise<string> {
  const port = memoryPort(seedSnapshot());
  port.failNext.read = e;
  render(<App port={port} host="excel" builders={defaultBuilders} lang={lang} theme="light" />);
  const text = (await screen.findByRole('alert')).textContent ?? '';
  cleanup();
  return text;
}

const sentence = (e: unknown, lang: Lang): string => {
  const d = describeError(e);
  return message(d.code, lang, d.params);
};

describe('the same user error is the same sentence in every host', () => {
  it.each([
    ['a file that is not a workbook', 'notes.xlsx', new TextEncoder().encode('just some text, not a zip')],
    ['an empty file', 'empty.xlsx', new Uint8Array(0)],
  ])('%s', async (_what, name, bytes) => {
    const file = join(dir, name);
    await writeFile(file, bytes);
    // The preview's loader refuses it with a UserError naming the file…
    const refusal = await openWorkbook(bytes, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(UserError);
    // …which crosses the preview's worker as the same sentence…
    const crossed = fromWire(structuredClone(toWire(refusal, false)));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const lang of ['th', 'en'] as const) {
      const said = sentence(refusal, lang);
      expect(said).toContain(file);
      expect(sentence(crossed, lang)).toBe(said);
      // …the command line prints it (exit 1)…
      const cli = await cliSays(file, lang);
      expect(cli.code).toBe(1);
      expect(cli.err.split('\n')[0]).toBe(said);
      // …and the pane shows it.
      expect(await paneSays(crossed, lang)).toContain(said);
    }
    spy.mockRestore();
  });

  it('an unexpected error is the generic sentence in the preview and the pane, never its text', async () => {
    const raw = new TypeError('Secret internal detail');
    const crossed = fromWire(structuredClone(toWire(raw, false)));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const lang of ['th', 'en'] as const) {
      const said = message('ui.error.unexpected', lang);
      expect(sentence(raw, lang)).toBe(said);
      expect(sentence(crossed, lang)).toBe(said);
      const shown = await paneSays(crossed, lang);
      expect(shown).toContain(said);
      expect(shown).not.toContain('Secret');
    }
    // The raw error is still logged for developers (the pane's console).
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
