// Writing a fixed article back: in place, through one descriptor, and only if the file still holds
// the bytes that were linted.
//
// In place rather than a temporary file renamed over the original: a rename gives the name a new
// file, so a hard link elsewhere keeps the old text, and a program holding the file open (a log
// appender, an editor) goes on writing to the old, now nameless, file and its lines are lost. In
// place, every link sees the fix, owner, mode and ACLs stay, and what is appended after the write
// lands after the fixed text. The cost is atomicity: a crash in the middle of the write (a few KB,
// one system call) can leave the file partly written, so commit before running --fix. The check
// just before the write narrows, but cannot close, the window in which another program could
// change the file.

import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

export type WriteResult = { ok: true } | { ok: false; reason: 'changed' | 'read-only' | 'error'; detail?: string };

// A test seam: a pause between opening the file and checking its content, so a test can change
// the file in that window. Unset in normal use.
const delayMs = Number(process.env.FAIRBALANCE_TEST_DELAY_BEFORE_WRITE_MS) || 0;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The file's bytes read through `fd`, at most `max` (one more than expected shows growth). */
function readAll(fd: number, max: number): Buffer {
  const buffer = Buffer.allocUnsafe(max);
  let length = 0;
  while (length < max) {
    const n = readSync(fd, buffer, length, max - length, length);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/**
 * Replaces the content of `path` with `bytes` if it still holds `original`. A symlink is followed
 * (the link stays a link); hard links all see the new text.
 */
export function writeIfUnchanged(path: string, bytes: Uint8Array, original: Uint8Array): WriteResult {
  let fd: number | undefined;
  try {
    try {
      fd = openSync(path, constants.O_RDWR | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: false, reason: 'read-only' };
      throw e;
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'changed' };
    // Root may write anything, so the open alone would miss a file its owner made read-only.
    if ((stat.mode & 0o222) === 0) return { ok: false, reason: 'read-only' };
    if (delayMs) pause(delayMs);
    if (!Buffer.from(original).equals(readAll(fd, original.length + 1))) return { ok: false, reason: 'changed' };
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, written);
    if (bytes.length < original.length) ftruncateSync(fd, bytes.length);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: 'error', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
