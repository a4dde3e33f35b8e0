import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      '*.tmp.mjs',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The architecture, enforced: dependencies point down (app → features → api/domain/ui),
  // features never import each other, domain imports nothing of ours, mocks use only api and domain.
  boundary(
    'src/domain/**',
    /(^|\/)(api|app|features|ui|mocks)\//,
    'domain is pure: it imports nothing of ours',
  ),
  boundary(
    'src/ui/**',
    /(^|\/)(api|app|features|mocks)\//,
    'ui primitives know nothing of the API or screens',
  ),
  boundary('src/api/**', /(^|\/)(app|features|ui|mocks)\//, 'the API layer sits below the screens'),
  ...['images', 'customize', 'builds', 'build-config'].map((feature) =>
    boundary(
      `src/features/${feature}/**`,
      new RegExp(`(^|/)(app|mocks)/|^\\.\\./(?!${feature}/)[a-z-]+/`),
      'features never import each other or the app; they meet in src/api query keys and in routes',
    ),
  ),
  boundary('mocks/**', /src\/(app|features|ui)\//, 'the mocks use only src/api types and src/domain rules'),
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**', 'src/app/routes.tsx'],
    rules: { 'react-refresh/only-export-components': ['warn', { allowConstantExport: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { '@tanstack/query': pluginQuery },
    rules: pluginQuery.configs.recommended.rules,
  },
)

function boundary(files, regex, message) {
  return {
    files: [files],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: regex.source, message }] }] },
  }
}
