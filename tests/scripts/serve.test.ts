// scripts/serve.mjs: the preview's static server serves dist/ with the right types, only on loopback, nothing outside its root.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';

const parent = mkdtempSync(path.join(tmpdir(), 'ita-serve-'));
const root = path.join(parent, 'dist');
const server = createStaticServer(root);
let base = '';

beforeAll(async () => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'preview.html'), '<!doctype html><title>p</title>');
  writeFileSync(path.join(root, 'preview.0123456789abcdef.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'style.css'), 'body{}');
  writeFileSync(path.join(root, 'manifest.xml'), '<OfficeApp/>');
  writeFileSync(path.join(root, 'assets', 'icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(parent, 'secret.txt'), 'not yours');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(parent, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it.each([
    ['/preview.html', 'text/html; charset=utf-8'],
    ['/preview.0123456789abcdef.js', 'text/javascript; charset=utf-8'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/manifest.xml', 'application/xml; charset=utf-8'],
    ['/assets/icon-16.png', 'image/png'],
  ])('serves %s as %s', async (url, type) => {
    const res = await fetch(base + url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('caches hashed bundles for good and HTML not at all', async () => {
    expect((await fetch(`${base}/preview.0123456789abcdef.js`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/preview.html`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('redirects / to the preview', async () => {
    const res = await fetch(`${base}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/preview.html');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])(
    'refuses %s outside its root',
    async (url) => {
      const res = await fetch(base + url);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('not yours');
    },
  );

  it('answers 404 for a missing file or a directory, 405 for POST', async () => {
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets`)).status).toBe(404);
    expect((await fetch(`${base}/preview.html`, { method: 'POST' })).status).toBe(405);
  });
});
