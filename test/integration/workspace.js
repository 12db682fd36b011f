'use strict';
// The throw-away workspace both launchers open: the fixtures, plus one seed article copied from
// ../shared/corpus/seeds at run time when it exists (the screenshot uses it).
const fs = require('fs');
const path = require('path');

const FIXTURES = path.join(__dirname, 'fixtures');
const SEEDS = process.env.SEEDS_DIR || path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');

exports.prepareWorkspace = function prepareWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(FIXTURES, dir, { recursive: true });
  const seed = fs.existsSync(SEEDS) && fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0];
  if (seed) fs.copyFileSync(path.join(SEEDS, seed), path.join(dir, 'seed.txt'));
  return dir;
};
