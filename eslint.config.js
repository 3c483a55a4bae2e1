// Lint: TypeScript rules plus the layering of ARCHITECTURE.md, enforced by import restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// One restriction per folder (a later block naming the same rule replaces it, it does not add to it).
const layer = (files, patterns, why) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.tmp/**', 'vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  // domain/ is pure: nothing outside domain/, no host libraries.
  layer(
    ['src/domain/**'],
    [
      '../app/*',
      '../../app/*',
      '**/adapters/**',
      '**/taskpane/**',
      '**/cli/**',
      'exceljs',
      'react',
      'react-dom',
      '@fluentui/*',
      'node:*',
      'fs',
      'path',
    ],
    'domain/ is pure TypeScript: it imports nothing outside domain/.',
  ),
  // app/ sees domain and the port only.
  layer(
    ['src/app/**'],
    ['**/adapters/**', '**/taskpane/**', '**/cli/**', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs'],
    'app/ is written against WorkbookPort and domain/ only.',
  ),
  // adapters see app (port type) and domain, never the UI or the CLI.
  layer(
    ['src/adapters/**'],
    ['**/taskpane/**', '**/cli/**', 'exceljs', 'react', 'react-dom', '@fluentui/*'],
    'adapters/ implement the port; they never import UI or CLI code.',
  ),
  // The hosts: exceljs is a development tool (the bench's comparison, test fixtures); the product reads and writes the
  // package itself (adapters/xlsx).
  layer(
    ['src/cli/**', 'src/taskpane/**', 'src/preview/**'],
    ['exceljs'],
    'src/ reads and writes workbooks through adapters/; exceljs is for the bench and tests.',
  ),
  // Only adapters/office talks to Excel.
  {
    files: ['src/taskpane/**', 'src/cli/**', 'src/app/**', 'src/domain/**', 'src/adapters/xlsx/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Only src/adapters/office/ calls Excel.run / context.sync.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Excel', property: 'run', message: 'Only src/adapters/office/ calls Excel.run.' },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // The fast loop shares a worker's module cache between test files (isolate: false): a hoisted vi.mock would reach
  // the files after it, or miss a module already loaded. vi.doMock after vi.resetModules, undone in afterAll.
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'vi',
          property: 'mock',
          message:
            'Use vi.resetModules() + vi.doMock(), and vi.doUnmock() + vi.resetModules() in afterAll (tests/cli/internalError.test.ts).',
        },
      ],
    },
  },
);
