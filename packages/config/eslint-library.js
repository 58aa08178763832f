// ESLint for the shared libraries (core, testkit): typescript-eslint's recommended rules over the
// sources and tests. Core is bundled into every published package, so `any` is an error there.
const tseslint = require('typescript-eslint');

module.exports = (options = {}) =>
  tseslint.config(
    { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '*.js'] },
    {
      files: ['**/*.ts'],
      extends: [tseslint.configs.recommended],
      languageOptions: { parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
      rules: {
        '@typescript-eslint/no-explicit-any': options.allowAny ? 'off' : 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      },
    },
  );
