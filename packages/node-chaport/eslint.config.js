module.exports = require('../config/eslint-node-package.js');
