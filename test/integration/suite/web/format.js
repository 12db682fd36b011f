'use strict';
// util.format's %s and friends, enough for log lines and assertion messages in the web host.
const format = (v) => (typeof v === 'string' ? JSON.stringify(v) : v instanceof RegExp ? String(v) : JSON.stringify(v) ?? String(v));
const formatArgs = (...args) => {
  if (!args.length) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return [first, ...rest].map((v) => (typeof v === 'string' ? v : format(v))).join(' ');
  let i = 0;
  const out = first.replace(/%[sdifjoO%]/g, (m) => (m === '%%' ? '%' : i < rest.length ? String(rest[i++]) : m));
  return [out, ...rest.slice(i).map((v) => (typeof v === 'string' ? v : format(v)))].join(' ');
};
module.exports = { format, formatArgs };
