// The ConfigError a call throws (the test fails when it throws nothing or something else).

import assert from 'node:assert/strict';
import { ConfigError } from '../../src/core/config.js';

export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e;
  }
  assert.fail('no error');
}
