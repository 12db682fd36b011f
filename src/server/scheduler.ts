// Debounced, latest-wins lint scheduling per document. No LSP here, so it is unit-testable.
//
// Each schedule() replaces the pending timer for that key. When the timer fires, `run` lints the
// document as it is *then*; `publish` happens only if the version it linted is still the current
// one (`currentVersion`), so a stale result is never published. Nothing is kept per version.

export interface SchedulerHooks<R> {
  /** The document's current version, or undefined when it is closed. */
  currentVersion(key: string): number | undefined;
  /** Lints the current content; returns the version linted and the result. */
  run(key: string): { version: number; result: R } | undefined;
  publish(key: string, version: number, result: R): void;
}

export class LintScheduler<R> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly hooks: SchedulerHooks<R>,
    private readonly delayMs = 300,
  ) {}

  /** Lints `key` after the debounce delay (0: on the next tick), replacing any pending run. */
  schedule(key: string, delayMs = this.delayMs): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.runNow(key);
      }, delayMs),
    );
  }

  /** Lints `key` now; publishes only if the document did not change meanwhile. */
  runNow(key: string): void {
    const out = this.hooks.run(key);
    if (!out) return;
    if (this.hooks.currentVersion(key) !== out.version) return; // stale: a newer version is scheduled
    this.hooks.publish(key, out.version, out.result);
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  get pending(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
