'use strict';
// The linter the tests compute expected results with, under Node: the built Node API. (The web
// worker host's bundle replaces this module with web/core.js.)
const path = require('path');

module.exports = require(path.resolve(__dirname, '..', '..', '..', 'dist', 'index.js'));
module.exports.ready = () => Promise.resolve();
