/** Node-only file I/O for the xlsx adapter (the rest of the folder also runs in the browser). */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The bytes of a file (throws ENOENT etc.: the CLI maps those to messages). */
export async function readXlsxFile(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

/** Write via a temp file in the same folder and rename it into place: never a half-written output. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
