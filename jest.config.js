import { availableParallelism } from 'node:os'

// Jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by `npm test`) because the
// @actions/* packages from core 3 / github 9 on are ESM-only.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  // swc strips the types file by file, natively; `npm run typecheck` (tsc) checks them.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
        module: { type: 'es6' },
        sourceMaps: 'inline'
      }
    ]
  },
  // Not os.tmpdir(): a test run leaves nothing in TMPDIR.
  cacheDirectory: '<rootDir>/.cache/jest',
  testTimeout: 30000,
  // Two workers per core, at most 8: many suites spend their time waiting on the bundled actions
  // and CLI they run as subprocesses, or on git, so one worker per core leaves the cores idle.
  maxWorkers: Math.min(8, 2 * availableParallelism())
}
