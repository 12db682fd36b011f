// Shared by the hostile-input tests: a loose time limit (these run on a loaded 2-core machine,
// and each input took from tens of seconds to minutes before the fix), and the texts.

import assert from 'node:assert/strict';

/** Runs `fn` and fails if it took longer than `seconds` of wall time. */
export function within<T>(seconds: number, what: string, fn: () => T): T {
  const began = performance.now();
  const out = fn();
  const took = (performance.now() - began) / 1000;
  assert.ok(took < seconds, `${what} took ${took.toFixed(1)} s (limit ${seconds} s)`);
  return out;
}

export async function withinAsync<T>(seconds: number, what: string, fn: () => Promise<T>): Promise<T> {
  const began = performance.now();
  const out = await fn();
  const took = (performance.now() - began) / 1000;
  assert.ok(took < seconds, `${what} took ${took.toFixed(1)} s (limit ${seconds} s)`);
  return out;
}

/** A claim every preset reports as an error (claim-absolute). */
export const CLAIM = 'Ketamine cures depression.';

export const ids = (findings: { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId))].sort();
