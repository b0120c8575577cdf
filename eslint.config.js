import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
  }
)
