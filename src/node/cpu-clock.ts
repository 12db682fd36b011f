// The time budget's clock in Node: CPU time of the calling thread, so that a file's findings do
// not depend on how loaded the machine is (64 workers on 2 cores, a busy CI runner).
//
// Linux gives each thread's time on CPU in /proc/thread-self/schedstat (nanoseconds, first
// field); the descriptor is opened once per thread (module state is per worker) and re-read at
// offset 0. Elsewhere the main thread uses process.cpuUsage() (the whole process, which only
// makes the budget later, never earlier), and a worker thread has no clock: the budget counts
// wall time there.

import { closeSync, openSync, readSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import type { Clock } from '../core/budget.js';

let clock: Clock | null | undefined;

function schedstat(): Clock | null {
  let fd: number;
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r');
  } catch {
    return null;
  }
  const buffer = Buffer.alloc(64);
  // The first field's digits, read from the bytes (this runs a few times per lint: no strings).
  const read = () => {
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    let ns = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = buffer[i];
      if (c < 48 || c > 57) break;
      ns = ns * 10 + (c - 48);
    }
    return i > 0 && (i === n || buffer[i] === 32) ? ns / 1e6 : NaN;
  };
  try {
    if (!Number.isFinite(read())) throw new Error('unreadable');
  } catch {
    closeSync(fd);
    return null;
  }
  return read;
}

/** Milliseconds of CPU time used by this thread (see above), or undefined when it cannot be measured. */
export function threadCpuClock(): Clock | undefined {
  if (clock === undefined) {
    clock = schedstat();
    if (!clock && isMainThread) {
      clock = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
    }
  }
  return clock ?? undefined;
}
