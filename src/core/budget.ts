// The per-document time budget (config `timeBudgetMs`): a rule past it is stopped, not awaited,
// so that one slow rule on one odd file never freezes the editor or stalls CI.
//
// The budget counts the time the rules spend on this document: CPU time of the thread when the
// face can measure it (src/node/cpu-clock.ts), else wall time. So a loaded machine (64 workers on
// 2 cores) gives the same findings as an idle one, and loading data a rule needs (a resource
// read on first use) is not the document's time.
//
// It has two limits. Once `timeBudgetMs` is used, the budget is *spent*: `overBudget()` says so,
// and a loop that asks stops and keeps what it found. A grace later it is *overrun*: iterating the
// sentences or `checkBudget()` throws BudgetExceeded, which stops a rule that does not ask.

/** Thrown inside a rule when the document's time budget is spent; the rule stops, its findings stay. */
export class BudgetExceeded extends Error {
  constructor() {
    super('time budget spent');
    this.name = 'BudgetExceeded';
  }
}

/**
 * Milliseconds of time used by this thread, from any origin. It must never advance faster than
 * wall time (CPU time of one thread does not), so the budget reads it only when wall time says
 * the budget may be spent.
 */
export type Clock = () => number;

const wall: Clock = () => performance.now();

/** The grace between spent and overrun: a quarter of the budget, at least 20 ms. */
export const graceOf = (ms: number) => Math.max(20, ms / 4);

/** The default budget, and the value used for a budget that is not a positive number. */
export const DEFAULT_BUDGET_MS = 2000;

export class Budget {
  readonly ms: number;
  readonly grace: number;
  private readonly clock: Clock;
  private readonly clockStart: number;
  private excluded = 0;
  /** Per limit (0 spent, 1 overrun): the wall time before which it cannot be reached, and whether it was. */
  private readonly nextCheck: [number, number];
  private readonly reachedAt: [boolean, boolean] = [false, false];

  constructor(ms: number, clock?: Clock) {
    this.ms = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_BUDGET_MS;
    this.grace = graceOf(this.ms);
    this.clock = clock ?? wall;
    this.clockStart = this.clock();
    const now = wall();
    this.nextCheck = [now + this.ms, now + this.ms + this.grace];
  }

  /** Milliseconds of the document's time used so far. */
  used(): number {
    return this.clock() - this.clockStart - this.excluded;
  }

  /** The budget is used up: loops that ask should stop and keep what they have. */
  spent(): boolean {
    return this.reached(0, this.ms);
  }

  /** The budget and its grace are used up: rules still running are stopped. */
  overrun(): boolean {
    return this.reached(1, this.ms + this.grace);
  }

  /** Runs `fn` off the budget (loading a resource on first use is not the document's time). */
  exclude<T>(fn: () => T): T {
    const w = wall();
    const c = this.clock();
    try {
      return fn();
    } finally {
      const took = this.clock() - c;
      this.excluded += took;
      const wallTook = wall() - w;
      this.nextCheck[0] += wallTook;
      this.nextCheck[1] += wallTook;
    }
  }

  private reached(slot: 0 | 1, limit: number): boolean {
    if (this.reachedAt[slot]) return true;
    const now = wall();
    if (now < this.nextCheck[slot]) return false;
    const used = this.used();
    if (used >= limit) return (this.reachedAt[slot] = true);
    // Not yet: the clock cannot gain on wall time, so ask again no sooner than this.
    this.nextCheck[slot] = now + (limit - used);
    return false;
  }
}
