// Debounced, latest-wins lint scheduling per document. No LSP here, so it is unit-testable.
//
// Each schedule() replaces the pending timer for that key. When the timer fires, `run` lints the
// document as it is *then* (it may wait, for a config file read through the client); `publish`
// happens only if the version it linted is still the current one (`currentVersion`) and no later
// run for the same key has started (that one publishes), so a stale result is never published,
// whatever order the runs finish in. Nothing is kept per version, and nothing per key once its
// runs are done.

export interface SchedulerHooks<R> {
  /** The document's current version, or undefined when it is closed. */
  currentVersion(key: string): number | undefined;
  /** Lints the current content; returns the version linted and the result. */
  run(key: string): Promise<{ version: number; result: R } | undefined> | { version: number; result: R } | undefined;
  publish(key: string, version: number, result: R): void;
  /** A run that threw (a bug: lint() reports rule failures as findings). */
  onError?(key: string, error: unknown): void;
}

export class LintScheduler<R> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest run started per key, while it is in flight. */
  private readonly running = new Map<string, number>();
  private runs = 0;

  constructor(
    private readonly hooks: SchedulerHooks<R>,
    private readonly delayMs = 300,
  ) {}

  /** Lints `key` after the debounce delay (0: on the next tick), replacing any pending run. */
  schedule(key: string, delayMs = this.delayMs): void {
    this.cancelTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.runNow(key).catch((e: unknown) => this.hooks.onError?.(key, e));
      }, delayMs),
    );
  }

  /** Lints `key` now; publishes only if the document did not change and no later run started meanwhile. */
  async runNow(key: string): Promise<void> {
    const ticket = ++this.runs;
    this.running.set(key, ticket);
    try {
      const out = await this.hooks.run(key);
      if (!out || this.running.get(key) !== ticket) return; // superseded: the later run publishes
      if (this.hooks.currentVersion(key) !== out.version) return; // stale: a newer version is scheduled
      this.hooks.publish(key, out.version, out.result);
    } finally {
      if (this.running.get(key) === ticket) this.running.delete(key);
    }
  }

  /** Drops the pending timer and any run in flight for `key` (the document closed). */
  cancel(key: string): void {
    this.cancelTimer(key);
    this.running.delete(key);
  }

  private cancelTimer(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  /** Timers waiting plus runs in flight. */
  get pending(): number {
    return this.timers.size + this.running.size;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.running.clear();
  }
}
