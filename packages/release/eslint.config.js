module.exports = require('../config/eslint-library.js')();
