import { promises as fs, constants, unlinkSync } from 'node:fs';
import path from 'node:path';

/** The write was refused on purpose (existing file, symbolic link, not a file): a usage problem. */
export class WriteRefused extends Error {}
/** The write failed (missing folder, permissions, disk full); the old file, if any, is untouched. */
export class WriteFailed extends Error {}

const SIGNALS: Array<[NodeJS.Signals, number]> = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

function failure(file: string, e: unknown): WriteFailed {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOENT' ? `folder ${path.dirname(file)} does not exist`
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ENOSPC' ? 'no space left on the device'
    : code === 'EROFS' ? 'read-only file system'
    : code === 'ENOTDIR' ? `${path.dirname(file)} is not a folder`
    : code ?? (e instanceof Error ? e.message : String(e));
  return new WriteFailed(`cannot write ${file}: ${why}`);
}

/**
 * Write `content` to `file` atomically: a temporary file beside it, flushed to disk, then a rename.
 * - refuses to replace an existing file unless `force`, never replaces a `protect`ed file (an input),
 *   and never writes through a symbolic link
 *   or onto anything that is not a regular file (a device, a FIFO, a folder), even with `force`;
 * - on error, or when interrupted (Ctrl-c, SIGTERM, SIGHUP) mid-write, the old file is left as it was
 *   and the temporary file is removed.
 */
export interface WriteOptions {
  /** Replace an existing regular file. */
  force?: boolean;
  /** Files that are never replaced, even with force (the input articles): compared by device and inode. */
  protect?: readonly string[];
}

export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  let existing;
  try {
    existing = await fs.lstat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw failure(file, e);
    existing = null;
  }
  if (existing?.isSymbolicLink()) {
    let target = '';
    try {
      target = ` to ${await fs.readlink(file)}`;
    } catch {
      // keep the message without the target
    }
    throw new WriteRefused(`${file} is a symbolic link${target}; refusing to write through it (give the real path)`);
  }
  if (existing?.isDirectory()) throw new WriteRefused(`${file} is a folder`);
  if (existing && !existing.isFile()) throw new WriteRefused(`${file} is not a regular file (device, FIFO or socket); refusing to replace it`);
  if (existing && !options.force) throw new WriteRefused(`${file} already exists (use --force to replace it)`);
  if (existing && options.protect?.length) {
    for (const p of options.protect) {
      if (p === '-') continue;
      const st = await fs.stat(p).catch(() => null);
      if (st && st.dev === existing.dev && st.ino === existing.ino) {
        throw new WriteRefused(`${file} is one of the input articles; refusing to replace it`);
      }
    }
  }

  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let created = false;
  // While the temporary file exists, an interrupting signal removes it before the process ends.
  const handlers = SIGNALS.map(([signal, code]) => {
    const handler = () => {
      if (created) {
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  let handle: fs.FileHandle | undefined;
  try {
    try {
      handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o777 : 0o644);
      created = true;
      await handle.writeFile(content);
      await handle.sync();
      await handle.close();
      handle = undefined;
    } catch (e) {
      throw failure(file, e);
    }
    if (!options.force) {
      // Link instead of rename so that a file created meanwhile is never replaced.
      try {
        await fs.link(tmp, file);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new WriteRefused(`${file} already exists (use --force to replace it)`);
        // File systems without hard links: fall back to a rename after one more check.
        if (await fs.lstat(file).then(() => true, () => false)) throw new WriteRefused(`${file} already exists (use --force to replace it)`);
        try {
          await fs.rename(tmp, file);
        } catch (e2) {
          throw failure(file, e2);
        }
        created = false;
        return;
      }
    } else {
      try {
        await fs.rename(tmp, file);
        created = false;
      } catch (e) {
        throw failure(file, e);
      }
    }
  } finally {
    await handle?.close().catch(() => {});
    if (created) await fs.unlink(tmp).catch(() => {});
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  }
}
