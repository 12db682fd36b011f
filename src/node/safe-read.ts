// Reading a file that someone else chose (an article in CI, a config file in an untrusted
// workspace) without being made to hang or to fill memory: the path is opened once, without
// blocking (a FIFO would otherwise wait for a writer forever), the open descriptor must be a
// regular file (not /dev/zero, a FIFO, a socket or a folder), its size is checked on that
// descriptor, and the read stops one byte past the limit, so a file that grows while it is read
// cannot get past it either. Used by the CLI, the config loader and the language server.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export class FileReadError extends Error {
  constructor(
    /** `not-regular`: a FIFO, device, socket or folder; `too-big`: over the limit. */
    readonly reason: 'not-regular' | 'too-big',
    /** The size seen on the descriptor (for too-big: at least the limit plus one). */
    readonly size: number,
    readonly limit: number,
  ) {
    super(reason === 'not-regular' ? 'not a regular file' : `${size} bytes is over the ${limit}-byte limit`);
    this.name = 'FileReadError';
  }
}

export interface ReadLimits {
  /** Larger files are refused (FileReadError too-big). */
  maxBytes: number;
}

// O_NONBLOCK only matters for FIFOs and devices (it does not exist on Windows, where a FIFO cannot be opened by path).
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a regular file of at most `maxBytes`, and its stat as read on the descriptor.
 * Throws FileReadError for anything else, and the usual Node errors (ENOENT, EACCES, ELOOP, ...)
 * when it cannot be opened.
 */
export function readRegularFile(path: string, limits: ReadLimits): { bytes: Buffer; stat: Stats } {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileReadError('not-regular', stat.size, limits.maxBytes);
    if (stat.size > limits.maxBytes) throw new FileReadError('too-big', stat.size, limits.maxBytes);
    // One byte more than allowed, so that growth past the limit is seen.
    const cap = limits.maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(stat.size + 1, 1)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limits.maxBytes) throw new FileReadError('too-big', length, limits.maxBytes);
    return { bytes: buffer.subarray(0, length), stat };
  } finally {
    closeSync(fd);
  }
}
