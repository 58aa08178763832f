// Shared jest preset: ts-jest in isolated mode (fast; type errors are caught by `typecheck`).
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@leadchat/core$': '<rootDir>/../core/src/index.ts',
    '^@leadchat/core/src/(.*)$': '<rootDir>/../core/src/$1',
    '^@leadchat/core/(.*)$': '<rootDir>/../core/src/$1',
    '^@leadchat/testkit$': '<rootDir>/../testkit/src/index.ts',
    '^@leadchat/testkit/(.*)$': '<rootDir>/../testkit/src/$1',
  },
  testTimeout: 20000,
};
