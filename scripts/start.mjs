// `npm start` / `npm stop`: sideload the add-in into desktop Excel on Windows and macOS (office-addin-debugging, as
// Microsoft's template does); on Linux, where there is no desktop Excel, explain how to use Excel on the web.
// office-addin-debugging's exit code is not trusted (it reports success after failures and vice versa), so after
// `start` we ask the dev server ourselves whether it answers.
import { spawnSync } from 'node:child_process';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 3000;
const PANE_URL = `https://localhost:${PORT}/taskpane.html`;

const LINUX_HELP = `
ITA Workbench: there is no desktop Excel on Linux. Use Excel on the web instead:

  1. In this terminal run:   npm run dev-server
     (serves the add-in at ${PANE_URL}; the first run creates a development
     certificate, and your browser must trust it: open ${PANE_URL} once and accept it)
  2. Open a workbook in Excel on the web (https://www.office.com → Excel), in the same browser.
  3. Home → Add-ins → More Add-ins → Upload My Add-in → choose this file:
       ${path.join(root, 'manifest.xml')}
  4. The "ITA Workbench" group appears on the Home tab: click "ITA analysis".

Without Excel at all, try the browser preview:  npm run preview   (http://localhost:8080/preview.html)
To validate the manifest (uses Microsoft's online service):  npm run validate
`;

/** Does the dev server answer on https://localhost:3000? (Certificate not checked: this is only a liveness probe.) */
export function devServerAnswers(url = PANE_URL, timeoutMs = 3000) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function officeAddinDebugging(args) {
  const bin = path.join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging',
  );
  const r = spawnSync(bin, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.error) console.error(`office-addin-debugging could not be run: ${r.error.message}`);
  return r.status;
}

async function start() {
  if (process.platform === 'linux') {
    console.log(LINUX_HELP);
    return 0;
  }
  const status = officeAddinDebugging([
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    String(PORT),
  ]);
  // Its status alone proves nothing: check the server Excel will load the pane from.
  const up = await devServerAnswers();
  if (up) {
    console.log(
      `ITA Workbench: the dev server answers at ${PANE_URL}; Excel should open with the add-in on the Home tab.`,
    );
    console.log('Stop with: npm stop');
    return 0;
  }
  console.error(
    `ITA Workbench: the dev server does not answer at ${PANE_URL} (office-addin-debugging exited ${String(status)}).`,
  );
  console.error('Run `npm run dev-server` in another terminal to see why, then `npm start` again.');
  return 1;
}

function stop() {
  if (process.platform === 'linux') {
    console.log(
      'ITA Workbench: on Linux nothing was sideloaded. Stop `npm run dev-server` with Ctrl+C in its terminal;',
    );
    console.log(
      'Excel on the web keeps the uploaded add-in in that browser; it cannot load its pane once the dev server is stopped.',
    );
    return 0;
  }
  officeAddinDebugging(['stop', 'manifest.xml', 'desktop', '--app', 'excel']);
  return 0;
}

const command = process.argv[2] ?? 'start';
if (command !== 'start' && command !== 'stop') {
  console.error(`usage: node scripts/start.mjs start|stop (got "${command}")`);
  process.exit(2);
}
process.exitCode = command === 'start' ? await start() : stop();
