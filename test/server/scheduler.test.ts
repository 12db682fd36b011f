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

  it('never publishes a result for a version that is no longer current', async () => {
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
    await s.runNow('a');
    assert.deepEqual(published, []);
  });

  it('does not publish for a closed document', async () => {
    const published: number[] = [];
    const s = new LintScheduler<number>({ currentVersion: () => undefined, run: () => ({ version: 1, result: 1 }), publish: (_k, v) => published.push(v) });
    await s.runNow('a');
    assert.deepEqual(published, []);
  });

  it('a run that waits (a config read) and finishes after a later run of the same version is not published', async () => {
    // The same version linted twice (a config file changed meanwhile): only the later result counts.
    const published: string[] = [];
    const delays = [40, 0];
    let call = 0;
    const s = new LintScheduler<string>({
      currentVersion: () => 1,
      run: async () => {
        const n = call++;
        await sleep(delays[n]);
        return { version: 1, result: `run ${n}` };
      },
      publish: (_k, _v, r) => published.push(r),
    });
    const first = s.runNow('a');
    const second = s.runNow('a');
    assert.equal(s.pending, 1);
    await Promise.all([first, second]);
    assert.deepEqual(published, ['run 1']);
    assert.equal(s.pending, 0);
  });

  it('cancel() drops a run in flight (the document closed)', async () => {
    const published: number[] = [];
    const s = new LintScheduler<number>({ currentVersion: () => 1, run: async () => (await sleep(10), { version: 1, result: 1 }), publish: (_k, v) => published.push(v) });
    const run = s.runNow('a');
    s.cancel('a');
    await run;
    assert.deepEqual(published, []);
    assert.equal(s.pending, 0);
  });
});
