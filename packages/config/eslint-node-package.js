// ESLint for the node packages: n8n's community-node rules (the ones n8n's verification runs)
// over the node and credential sources and package.json, with the TypeScript parser, and
// typescript-eslint's unused-variable rule (n8n's strict lint fails a release on an unused import).
const tseslint = require('typescript-eslint');
const { configs } = require('@n8n/eslint-plugin-community-nodes');

module.exports = [
  { ignores: ['dist/**', '.dist-check/**', 'node_modules/**', 'coverage/**', 'test/**', 'bench/**', 'scripts/**', 'tsup.config.js', 'eslint.config.js'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  configs.recommended,
];
