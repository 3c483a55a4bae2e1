// The layering of ARCHITECTURE.md is enforced by eslint.config.js: each forbidden import below is an error where it is
// written, and each allowed one is not. A flat-config block that names `no-restricted-imports` again for the same
// files replaces the earlier one instead of adding to it, so a rule added carelessly can switch the layering off:
// this test is what notices.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules that fire for `code` written at `file` (a path in the tree; the file need not exist). */
async function fired(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const FORBIDDEN: readonly (readonly [string, string, string])[] = [
  ['src/domain/x.ts', "import { openXlsx } from '../adapters/xlsx/xlsxWorkbook';", 'no-restricted-imports'],
  ['src/domain/scan/x.ts', "import { run } from '../../app/workbench';", 'no-restricted-imports'],
  ['src/domain/x.ts', "import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ['src/domain/x.ts', "import React from 'react';", 'no-restricted-imports'],
  ['src/app/x.ts', "import { createOfficePort } from '../adapters/office/officePort';", 'no-restricted-imports'],
  ['src/app/x.ts', "import { main } from '../cli/main';", 'no-restricted-imports'],
  ['src/adapters/xlsx/x.ts', "import { App } from '../../taskpane/App';", 'no-restricted-imports'],
  ['src/adapters/x.ts', "import ExcelJS from 'exceljs';", 'no-restricted-imports'],
  ['src/cli/x.ts', "import ExcelJS from 'exceljs';", 'no-restricted-imports'],
  ['src/taskpane/x.ts', "import ExcelJS from 'exceljs';", 'no-restricted-imports'],
  ['src/preview/x.ts', "import ExcelJS from 'exceljs';", 'no-restricted-imports'],
  ['src/taskpane/x.ts', 'export const go = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
  ['src/app/x.ts', 'export const go = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
  ['tests/x.test.ts', "import { vi } from 'vitest';\nvi.mock('../src/app/analysis');", 'no-restricted-properties'],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  ['src/domain/specs/x.ts', "import { a1 } from '../a1';"],
  ['src/app/x.ts', "import { a1 } from '../domain/a1';"],
  ['src/adapters/xlsx/x.ts', "import type { WorkbookPort } from '../../app/port';"],
  ['src/cli/x.ts', "import { openXlsx } from '../adapters/xlsx/xlsxWorkbook';"],
  ['src/adapters/office/x.ts', 'export const go = () => Excel.run(async () => undefined);'],
  ['tests/x.test.ts', "import ExcelJS from 'exceljs';"],
];

describe('lint enforces the layering', () => {
  it.each(FORBIDDEN)('%s: %s is an error', async (file, code, rule) => {
    expect(await fired(file, `${code}\nexport {};\n`)).toContain(rule);
  });

  it.each(ALLOWED)('%s: %s is allowed', async (file, code) => {
    const rules = await fired(file, `${code}\nexport {};\n`);
    expect(rules.filter((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals')).toEqual([]);
  });
});
