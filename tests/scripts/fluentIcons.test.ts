// The install's @fluentui/react-icons is vendor/fluent-icons, a subset of the published package: it must hold every
// name that our src/ and the installed packages import, in both module formats, and nothing else. A Fluent upgrade
// that needs another icon fails here; `node scripts/fluent-icons-subset.mjs` then `npm install` mends it.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { iconImports, missingNames, SUBSET_DIR } from '../../scripts/fluent-icons-subset.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const found = iconImports(root);
const fix = 'node scripts/fluent-icons-subset.mjs && npm install';

describe('the icons the install carries', () => {
  it('node_modules/@fluentui/react-icons is the subset in vendor/fluent-icons', () => {
    expect(realpathSync(path.join(root, 'node_modules/@fluentui/react-icons'))).toBe(realpathSync(SUBSET_DIR));
  });

  it("the scan finds our own imports and the Fluent packages' (ESM and CommonJS, the providers entry)", () => {
    const main = found.get('.');
    expect(main?.get('CheckmarkCircle20Filled')).toContain('src/taskpane/ResultCard.tsx');
    const chevron = main?.get('ChevronRightRegular') ?? [];
    expect(chevron.some((f) => /@fluentui\/react-menu\/lib\/.*\.js$/.test(f))).toBe(true);
    expect(chevron.some((f) => /@fluentui\/react-menu\/lib-commonjs\/.*\.cjs$/.test(f))).toBe(true);
    expect(found.get('./lib/providers')?.has('IconDirectionContextProvider')).toBe(true);
  });

  it(`the subset exports every imported name, as ESM and as CommonJS (else: ${fix})`, async () => {
    expect(await missingNames(found, SUBSET_DIR)).toEqual([]);
  });

  it(`the subset holds no icon that nothing imports (else: ${fix})`, () => {
    const held = [
      ...readFileSync(path.join(SUBSET_DIR, 'lib/icons/subset.d.ts'), 'utf8').matchAll(
        /^export declare const (\w+): FluentIcon;$/gm,
      ),
    ].map((m) => m[1] ?? '');
    const imported = new Set([...found.values()].flatMap((names) => [...names.keys()]));
    expect(held.filter((n) => !imported.has(n))).toEqual([]);
    expect(held.length).toBeGreaterThan(0);
  });
});

describe('iconImports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'icon-imports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('reads every form of import, only in packages that declare the dependency', () => {
    write('src/a.tsx', "import { OneFilled, Two as Renamed, type Props } from '@fluentui/react-icons';\n");
    write('src/b.ts', "import type { OnlyAType } from '@fluentui/react-icons';\n");
    const dep = JSON.stringify({ name: 'uses-icons', dependencies: { '@fluentui/react-icons': '^2' } });
    write('node_modules/uses-icons/package.json', dep);
    write(
      'node_modules/uses-icons/lib/x.js',
      [
        "export { ThreeRegular } from '@fluentui/react-icons';",
        "import * as icons from '@fluentui/react-icons';",
        'const a = icons.FourFilled;',
        "import { Provider } from '@fluentui/react-icons/lib/providers';",
      ].join('\n'),
    );
    write(
      'node_modules/uses-icons/lib-commonjs/x.cjs',
      'const _reacticons = require("@fluentui/react-icons");\n(0, _reacticons.bundleIcon)(_reacticons.FiveFilled);\n',
    );
    write('node_modules/uses-icons/lib/all.js', "export * from '@fluentui/react-icons';\n");
    write('node_modules/other/package.json', JSON.stringify({ name: 'other' }));
    write('node_modules/other/index.js', "import { NotDeclared } from '@fluentui/react-icons';\n");
    const result = iconImports(dir);
    expect([...(result.get('.')?.keys() ?? [])].sort()).toEqual([
      '*',
      'FiveFilled',
      'FourFilled',
      'OneFilled',
      'ThreeRegular',
      'Two',
      'bundleIcon',
    ]);
    expect([...(result.get('./lib/providers')?.keys() ?? [])]).toEqual(['Provider']);
  });
});
