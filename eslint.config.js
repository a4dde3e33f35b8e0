import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX from 'eslint-plugin-import-x'
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
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      // The architecture, enforced: dependencies point down (app → features → api/domain/ui),
      // features never import each other, domain imports nothing of ours, mocks use only api and domain.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/api', './src/app', './src/features', './src/ui', './mocks'],
            },
            { target: './src/ui', from: ['./src/api', './src/app', './src/features', './mocks'] },
            { target: './src/api', from: ['./src/app', './src/features', './src/ui', './mocks'] },
            { target: './src/features', from: ['./src/app', './mocks'] },
            {
              target: './src/features/images',
              from: ['./src/features/customize', './src/features/builds', './src/features/build-config'],
            },
            {
              target: './src/features/customize',
              from: ['./src/features/images', './src/features/builds', './src/features/build-config'],
            },
            {
              target: './src/features/builds',
              from: ['./src/features/images', './src/features/customize', './src/features/build-config'],
            },
            {
              target: './src/features/build-config',
              from: ['./src/features/images', './src/features/customize', './src/features/builds'],
            },
            { target: './mocks', from: ['./src/app', './src/features', './src/ui'] },
          ],
        },
      ],
    },
  },
  {
    // tests drive the real app against the mock backend
    files: ['**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    rules: { 'react-refresh/only-export-components': ['warn', { allowConstantExport: true }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { '@tanstack/query': pluginQuery },
    rules: pluginQuery.configs.recommended.rules,
  },
)
