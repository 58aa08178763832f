// Shared node-package build: see packages/config/tsup-node-package.js.
module.exports = require('../config/tsup-node-package.js').nodePackageConfig(__dirname);
