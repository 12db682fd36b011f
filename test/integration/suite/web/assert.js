'use strict';
// The part of Node's assert the suite uses, for the web worker extension host (which has no
// Node built-ins). deepEqual compares JSON forms with sorted keys: the suite compares plain data.
const { format } = require('./format');

class AssertionError extends Error {}
const fail = (message, fallback) => {
  throw new AssertionError(message || fallback);
};
const canonical = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

function ok(value, message) {
  if (!value) fail(message, `expected a truthy value, got ${format(value)}`);
}
module.exports = Object.assign(ok, {
  AssertionError,
  ok,
  equal: (a, b, m) => (a == b ? undefined : fail(m, `${format(a)} == ${format(b)}`)),
  notEqual: (a, b, m) => (a != b ? undefined : fail(m, `${format(a)} != ${format(b)}`)),
  strictEqual: (a, b, m) => (Object.is(a, b) ? undefined : fail(m, `${format(a)} === ${format(b)}`)),
  deepEqual: (a, b, m) => (canonical(a) === canonical(b) ? undefined : fail(m, `${canonical(a)}\n  deepEqual\n${canonical(b)}`)),
  match: (s, re, m) => (re.test(s) ? undefined : fail(m, `${format(s)} does not match ${re}`)),
  doesNotMatch: (s, re, m) => (!re.test(s) ? undefined : fail(m, `${format(s)} matches ${re}`)),
});
