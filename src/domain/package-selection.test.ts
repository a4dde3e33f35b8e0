import { describe, expect, it } from 'vitest'
import {
  clearAll,
  createPackageFilter,
  diffSelection,
  hasChanges,
  initialSelection,
  packagesToSave,
  selectAll,
  toggle,
} from './package-selection'

const base = new Set(['glibc', 'nodejs-22'])

describe('selection', () => {
  it('starts from the saved build config, leaving out base packages', () => {
    expect([...initialSelection(['curl', 'glibc', 'jq'], base)]).toEqual(['curl', 'jq'])
  })

  it('toggles a package, but never a base package', () => {
    const start = new Set(['curl'])
    expect([...toggle(start, 'jq', base)]).toEqual(['curl', 'jq'])
    expect([...toggle(start, 'curl', base)]).toEqual([])
    expect([...toggle(start, 'glibc', base)]).toEqual(['curl'])
    expect([...start]).toEqual(['curl'])
  })

  it('selects all and clears only the filtered rows, base packages untouched', () => {
    const start = new Set(['curl', 'git'])
    expect([...selectAll(start, ['jq', 'glibc', 'yq'], base)].sort()).toEqual(['curl', 'git', 'jq', 'yq'])
    expect([...clearAll(start, ['git', 'wget'])]).toEqual(['curl'])
  })
})

describe('diffSelection', () => {
  it('reports what is added and removed against the saved config, sorted', () => {
    const diff = diffSelection(['curl', 'jq'], new Set(['jq', 'yq', 'bash']), base)
    expect(diff).toEqual({ added: ['bash', 'yq'], removed: ['curl'] })
    expect(hasChanges(diff)).toBe(true)
  })

  it('sees no change when the selection equals the saved config, base packages in it or not', () => {
    const diff = diffSelection(['curl', 'glibc'], new Set(['curl']), base)
    expect(diff).toEqual({ added: [], removed: [] })
    expect(hasChanges(diff)).toBe(false)
  })

  it('an emptied selection removes everything: the image returns to its source', () => {
    expect(diffSelection(['curl', 'jq'], new Set(), base)).toEqual({ added: [], removed: ['curl', 'jq'] })
  })
})

describe('packagesToSave', () => {
  it('keeps the saved order and appends new packages in name order, never a base package', () => {
    expect(packagesToSave(['jq', 'curl', 'glibc'], new Set(['curl', 'zsh', 'bash', 'jq']), base)).toEqual([
      'jq',
      'curl',
      'bash',
      'zsh',
    ])
  })
})

describe('createPackageFilter', () => {
  const catalogue = [
    { packageName: 'curl', description: 'URL retrieval utility' },
    { packageName: 'libcurl-openssl4', description: 'curl library built with OpenSSL' },
    { packageName: 'wget', description: 'Retrieves files like curl does' },
    { packageName: 'jq', description: 'JSON processor' },
    { description: 'a package with no name' },
  ]
  const filter = createPackageFilter(catalogue)

  it('puts name matches first, then description matches, case-insensitively', () => {
    expect(filter('CURL').map((p) => p.packageName)).toEqual(['curl', 'libcurl-openssl4', 'wget'])
  })

  it('returns everything for an empty or blank query, and nothing for no match', () => {
    expect(filter('  ')).toHaveLength(5)
    expect(filter('zzz')).toEqual([])
  })

  it('treats regex and HTML characters as text', () => {
    expect(filter('.*')).toEqual([])
    expect(filter('<script>')).toEqual([])
  })

  it('answers a query typed on, erased and retyped as it answers it fresh', () => {
    const big = Array.from({ length: 3_000 }, (_, i) => ({
      packageName: `${['py', 'go', 'lib'][i % 3]}-${i}`,
      description: i % 7 === 0 ? `binds python ${i}` : `tool ${i}`,
    }))
    const typing = createPackageFilter(big)
    // "py" matches names, "pyt" only descriptions: typing on must keep the description matches
    for (const query of [
      'p',
      'py',
      'pyt',
      'pyth',
      'pyt',
      'py',
      'py-1',
      'py-12',
      'py-1',
      '',
      'g',
      'go-2',
      'o',
      'on 7',
    ]) {
      expect(typing(query), query).toEqual(createPackageFilter(big)(query))
    }
  })

  it('shows the catalogue as it is for an empty query', () => {
    expect(filter('')).toEqual(catalogue)
  })

  it('filters 20,000 packages in one pass', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => ({
      packageName: `pkg-${i}`,
      description: `tool number ${i}`,
    }))
    const search = createPackageFilter(big)
    expect(search('pkg-1999')).toHaveLength(11)
    expect(search('number 42')).toHaveLength(111)
  })
})
