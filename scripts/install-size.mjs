// What `npm ci` puts on disk: node_modules' size (bytes of its files) and how many packages it holds.
// Run alone (`node scripts/install-size.mjs`) or through `npm run bench -- install`.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bytes of every file under dir (symbolic links not followed), the disk they take (blocks, as `du` counts), how many
 * files, and the packages (folders with a package.json naming one).
 */
export function installSize(dir = path.join(root, 'node_modules')) {
  let bytes = 0;
  let disk = 0;
  let packages = 0;
  let files = 0;
  const walk = (d, inNodeModules) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) {
        if (inNodeModules && !e.name.startsWith('.') && !e.name.startsWith('@')) {
          try {
            if (JSON.parse(readFileSync(path.join(p, 'package.json'), 'utf8')).name) packages++;
          } catch {
            // not a package folder
          }
        }
        walk(p, e.name === 'node_modules' || (inNodeModules && e.name.startsWith('@')));
      } else {
        const st = lstatSync(p);
        bytes += st.size;
        files++;
        disk += st.blocks * 512;
      }
    }
  };
  walk(dir, true);
  return { bytes, disk, files, packages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bytes, disk, files, packages } = installSize();
  const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `install: node_modules ${mb(bytes)} in ${files} files (${mb(disk)} on disk), ${packages} packages` +
      ' (target ≤ 500 MB)',
  );
}
