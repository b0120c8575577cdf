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
  // A test's budget in wall time. The heaviest tests use a few seconds of CPU (a bundled action or
  // CLI run costs a Node start and the bundle's load, about half a second of CPU each); on a busy
  // machine a test gets a fraction of a core, so the budget leaves room for about ten times that.
  testTimeout: 60000,
  // One worker per core, at most 8. The suites that run the bundled actions and CLI as subprocesses wait on
  // them, but those subprocesses use the CPU the worker leaves: more workers than cores only share
  // the same cores among more tests, each then slower against its budget.
  maxWorkers: Math.min(8, availableParallelism())
}
