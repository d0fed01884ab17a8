// ESLint: JavaScript and typescript-eslint's recommended rules, the React
// hooks rules, and the engine's purity (src/deck imports no UI or state).
// The folder layering itself is checked by dependency-cruiser
// (.dependency-cruiser.cjs), which also finds cycles.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'test-results/', 'playwright-report/', '.cache/', '.scratch/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters in patterns are what binary and URL checks look for.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Playwright fixtures take their dependencies as a destructured first argument, `{}` when none.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/deck/**/*.ts'],
    ignores: ['src/deck/**/*.test.ts', 'src/deck/**/*.fixtures.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'The engine is pure: no UI or state libraries.',
            },
            { group: ['../*'], message: 'The engine imports nothing else of ours.' },
          ],
        },
      ],
    },
  },
)
