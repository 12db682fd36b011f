import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LintScheduler } from '../../src/server/scheduler.js';

describe('lint scheduler', () => {
  it('debounces: many changes, one lint of the latest version', async () => {
    let version = 0;
    const runs: number[] = [];
    const published: number[] = [];
    const s = new LintScheduler<number>({ currentVersion: () => version, run: () => (runs.push(version), { version, result: version }), publish: (_k, v) => published.push(v) }, 20);
    for (let i = 1; i <= 10; i++) {
      version = i;
      s.schedule('a');
    }
    await sleep(60);
    assert.deepEqual(runs, [10]);
    assert.deepEqual(published, [10]);
    assert.equal(s.pending, 0);
  });

  it('never publishes a result for a version that is no longer current', () => {
    let version = 1;
    const published: number[] = [];
    const s = new LintScheduler<number>({
      currentVersion: () => version,
      run: () => {
        const linted = version;
        version++; // the document changes while linting
        return { version: linted, result: linted };
      },
      publish: (_k, v) => published.push(v),
    });
    s.runNow('a');
    assert.deepEqual(published, []);
  });

  it('does not publish for a closed document', () => {
    const published: number[] = [];
    const s = new LintScheduler<number>({ currentVersion: () => undefined, run: () => ({ version: 1, result: 1 }), publish: (_k, v) => published.push(v) });
    s.runNow('a');
    assert.deepEqual(published, []);
  });
});
