// A tiny static file server for the built preview: `node scripts/serve.mjs [dir] [--port 8080]`, http://127.0.0.1 only.
// No dependency: node:http. Not for hosting the add-in (Office needs https; see docs/hosting.md).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The MIME types a build of dist/ contains. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** An http.Server serving files under root; `/` redirects to /preview.html; nothing outside root is reachable. */
export function createStaticServer(root) {
  const base = path.resolve(root);
  return http.createServer(async (req, res) => {
    const send = (status, text, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(text);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    if (pathname === '/') return send(302, 'See /preview.html', { Location: '/preview.html' });
    const file = path.resolve(base, `.${pathname}`);
    if (pathname.includes('\0') || (file !== base && !file.startsWith(base + path.sep))) return send(403, 'Forbidden');
    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'Not found');
    }
    if (!info.isFile()) return send(404, 'Not found');
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Hashed bundles never change; HTML must be re-read so a rebuild is picked up.
    const cache = /\.[0-9a-f]{16}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
    return undefined;
  });
}

function parseArgs(argv) {
  let dir = 'dist';
  let port = Number(process.env.PORT ?? 8080);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') port = Number(argv[++i]);
    else if (argv[i]?.startsWith('--port=')) port = Number(argv[i].slice(7));
    else if (argv[i]) dir = argv[i];
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: bad port ${String(port)}`);
  return { dir, port };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dir, port } = parseArgs(process.argv.slice(2));
  const server = createStaticServer(dir);
  server.on('error', (e) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(
      `ITA Workbench preview: http://localhost:${actual}/preview.html  (serving ${path.resolve(dir)}; Ctrl+C to stop)`,
    );
  });
}
