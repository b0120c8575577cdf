import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const FACE = {
  actions: {
    group: ['**/actions/**', '!@actions/**'],
    message:
      'A face never imports the other face, and the core never imports a face (docs/architecture.md).'
  },
  cli: {
    group: ['**/cli/**'],
    message:
      'A face never imports the other face, and the core never imports a face (docs/architecture.md).'
  }
}
const SHIPPED = {
  group: ['**/__tests__/**', '**/emulator/**'],
  message: 'Shipped code never imports the tests or the emulator of GitHub.'
}
const TESTS_ONLY = {
  group: ['**/__tests__/**'],
  message: 'Only tests import __tests__: move what you need to emulator/ or your own folder.'
}

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    // Preloaded with `node --require` into measured processes, so it must be CommonJS.
    files: ['bench/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // Deep code never writes to the console: errors are thrown and turned into output at the edge.
    files: [
      'src/session/**',
      'src/archive/**',
      'src/store/**',
      'src/git/**',
      'src/shared/**',
      'src/save/**',
      'src/restore/**',
      'src/remote/**',
      'src/manage/**',
      'src/runs/**',
      'src/edits/**'
    ],
    rules: { 'no-console': 'error' }
  },
  // The layering of docs/architecture.md, enforced. In flat config a later block replaces the
  // rule's options for its files, so each group of files gets one block with all it may not import.
  importsForbidden(['src/actions/**'], [FACE.cli, SHIPPED]),
  importsForbidden(['src/cli/**'], [FACE.actions, SHIPPED]),
  importsForbidden(['src/entry/**'], [SHIPPED]),
  importsForbidden(['src/**'], [FACE.actions, FACE.cli, SHIPPED], {
    ignores: ['src/actions/**', 'src/cli/**', 'src/entry/**']
  }),
  importsForbidden(['bench/**', 'scripts/**', 'emulator/**'], [TESTS_ONLY])
)

/** What a part of the tree may not import, and why (the message a reader sees). */
function importsForbidden(files, groups, extra = {}) {
  return { files, ...extra, rules: { 'no-restricted-imports': ['error', { patterns: groups }] } }
}
