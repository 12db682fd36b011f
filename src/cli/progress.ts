// A progress line on stderr for big runs on a terminal ("linted 1200/100000 files"), redrawn at
// most ten times a second and erased at the end so it never mixes with the report.

export const PROGRESS_MIN_FILES = 300;

export interface Progress {
  update(done: number): void;
  end(): void;
}

const silent: Progress = { update: () => {}, end: () => {} };

export function progressLine(total: number, write: (s: string) => void, isTTY: boolean): Progress {
  if (!isTTY || total < PROGRESS_MIN_FILES) return silent;
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      write(`\rfairbalance: linted ${done}/${total} files`);
    },
    end() {
      if (shown) write('\r\x1b[K');
    },
  };
}
