import { promises as fs, constants } from 'node:fs';
import path from 'node:path';

export class WriteRefused extends Error {}

/**
 * Write `content` to `file` atomically: a temporary file beside it, then a rename.
 * Refuses to replace an existing file unless `force`, and never writes through a symbolic link.
 */
export async function writeFileAtomic(file: string, content: string, options: { force?: boolean } = {}): Promise<void> {
  let existing;
  try {
    existing = await fs.lstat(file);
  } catch {
    existing = null;
  }
  if (existing?.isSymbolicLink()) {
    throw new WriteRefused(`${file} is a symbolic link; refusing to write through it (give the real path)`);
  }
  if (existing && existing.isDirectory()) throw new WriteRefused(`${file} is a folder`);
  if (existing && !options.force) throw new WriteRefused(`${file} already exists (use --force to replace it)`);
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o777 : 0o644);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (!options.force) {
      // Link instead of rename so a file created meanwhile is not replaced.
      try {
        await fs.link(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused(`${file} already exists (use --force to replace it)`);
        await fs.rename(tmp, file);
        return;
      }
      await fs.unlink(tmp);
    } else {
      await fs.rename(tmp, file);
    }
  } finally {
    await handle?.close().catch(() => {});
    await fs.unlink(tmp).catch(() => {});
  }
}
