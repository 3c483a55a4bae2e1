// The install a fresh machine gets from `npm ci` with Node alone: no native keychain module (keytar needs libsecret
// and a compiler), yet the sideloading tools `npm start` / `npm stop` / `npm run validate` use on Windows and macOS
// still load every module they need at start.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = (code: string) => spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });

describe('the install', () => {
  it('does not install peer dependencies (the Microsoft 365 toolkit and its keytar are never used by an XML-manifest Excel add-in)', () => {
    expect(readFileSync(path.join(root, '.npmrc'), 'utf8')).toMatch(/^legacy-peer-deps=true$/m);
    expect(existsSync(path.join(root, 'node_modules/keytar'))).toBe(false);
    expect(existsSync(path.join(root, 'node_modules/@microsoft/m365agentstoolkit-cli'))).toBe(false);
  });

  it('keeps CI honest: .ci/run installs no libsecret', () => {
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).not.toMatch(/libsecret/);
  });

  it.each([
    [
      'office-addin-debugging start (sideload, dev certs, dev settings, manifest)',
      "require('office-addin-debugging/lib/start.js')",
    ],
    ['office-addin-debugging stop', "require('office-addin-debugging/lib/stop.js')"],
    [
      'office-addin-dev-settings sideload (Windows and macOS)',
      "require('office-addin-dev-settings/lib/sideload.js'); require('office-addin-dev-settings/lib/dev-settings-windows.js'); require('office-addin-dev-settings/lib/dev-settings-mac.js')",
    ],
    [
      'office-addin-manifest validate (through @microsoft/app-manifest, which needs fs-extra)',
      "require('office-addin-manifest/lib/validate.js'); require('@microsoft/app-manifest')",
    ],
  ])('%s loads', (_name, code) => {
    const r = node(code);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('office-addin-debugging start --help runs', () => {
    const r = spawnSync(path.join(root, 'node_modules/.bin/office-addin-debugging'), ['start', '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: office-addin-debugging start/);
  });

  it.runIf(process.platform === 'linux')(
    'npm start on Linux explains Excel on the web and exits cleanly; npm stop too',
    () => {
      const start = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), 'start'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(start.status).toBe(0);
      expect(start.stdout).toMatch(/Excel on the web/);
      const stop = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs'), 'stop'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(stop.status).toBe(0);
    },
  );
});
