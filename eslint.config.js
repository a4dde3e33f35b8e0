import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import boundaries from 'eslint-plugin-boundaries'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const testFiles = ['**/*.test.{ts,tsx}', 'src/test/**']

export default tseslint.config(
  {
    ignores: [
      'dist',
      '**/dist-*',
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
  // The architecture, enforced on resolved paths (so no relative path can walk around it): dependencies
  // point down (app → features → routing → api → domain; ui → domain), features never import each
  // other, domain imports nothing of ours, mocks use only src/api types and src/domain. Any folder of
  // ours that no policy names is refused. Tests, e2e, bench and docs are free.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: testFiles,
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        layer('app', 'src/app'),
        { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
        layer('routing', 'src/routing'),
        layer('api', 'src/api'),
        layer('ui', 'src/ui'),
        layer('domain', 'src/domain'),
        layer('test-support', 'src/test'),
        layer('mocks', 'mocks'),
        // last: what lies directly in src, the entry point main.tsx
        layer('main', 'src'),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkUnknownLocals: true,
          policies: [
            allow('main', ['app', 'api', 'ui', 'domain', 'routing', 'mocks']),
            allow('app', ['feature', 'api', 'domain', 'ui', 'routing']),
            allow('feature', ['api', 'domain', 'ui', 'routing']),
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature' } } },
              message:
                'features never import each other ({{from.captured.feature}} → {{to.captured.feature}}); they meet in src/api query keys and in routes',
            },
            allow('routing', ['api', 'domain']),
            allow('api', ['domain']),
            allow('ui', ['domain']),
            {
              from: { element: { type: 'mocks' } },
              allow: [
                { to: { element: { type: 'domain' } } },
                { to: { element: { type: 'api' } }, dependency: { kind: 'type' } },
              ],
            },
          ],
        },
      ],
    },
  },
  // No import cycles in the app or the mocks (nothing imports a test, so a test closes no cycle).
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    ignores: testFiles,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
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

/** A layer of the app: one folder, matched from the repository root. */
function layer(type, pattern) {
  return { type, pattern, partialMatch: false }
}

/** A policy: files of the layer `from` may import the layers `to`. */
function allow(from, to) {
  return { from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } }
}
