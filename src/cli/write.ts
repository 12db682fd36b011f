// Writing a fixed article back: atomically (a temporary file in the same folder, then a rename), with
// the file's mode kept, and never over a file that changed since it was read.

import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type WriteResult = { ok: true } | { ok: false; reason: 'changed' | 'read-only' | 'error'; detail?: string };

// A test seam: a pause between writing the temporary file and checking the original, so a test can
// change the original in that window. Unset in normal use.
const delayMs = Number(process.env.FAIRBALANCE_TEST_DELAY_BEFORE_RENAME_MS) || 0;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isWritable(path: string, mode: number): boolean {
  // Root may write anything, so access() alone would miss a file its owner made read-only.
  if ((mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file fixed by root (say, in a container) keeps its owner; others cannot change owners anyway. */
function keepOwner(path: string, uid: number, gid: number): void {
  if (process.getuid?.() !== 0) return;
  try {
    chownSync(path, uid, gid);
  } catch {
    // a file system without owners
  }
}

/**
 * Replaces `path` with `bytes` if it still holds `original`. A symlink is followed, so the link
 * stays a link. The check just before the rename narrows, but cannot close, the window in which
 * another program could write the file.
 */
export function writeIfUnchanged(path: string, bytes: Uint8Array, original: Uint8Array): WriteResult {
  let tmp: string | undefined;
  try {
    const target = realpathSync(path);
    const { mode, uid, gid } = statSync(target);
    if (!isWritable(target, mode)) return { ok: false, reason: 'read-only' };
    tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.fairbalance-tmp`);
    writeFileSync(tmp, bytes, { mode: mode & 0o7777, flag: 'wx' });
    chmodSync(tmp, mode & 0o7777); // the umask may have narrowed it
    keepOwner(tmp, uid, gid);
    if (delayMs) pause(delayMs);
    if (!Buffer.from(original).equals(readFileSync(target))) return { ok: false, reason: 'changed' };
    renameSync(tmp, target);
    tmp = undefined;
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: 'error', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  } finally {
    if (tmp) {
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    }
  }
}
