// Jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by `npm test`) because the
// @actions/* packages from core 3 / github 9 on are ESM-only.
/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  // Not os.tmpdir(): a test run leaves nothing in TMPDIR.
  cacheDirectory: '<rootDir>/.cache/jest',
  testTimeout: 30000,
  maxWorkers: 2
}
