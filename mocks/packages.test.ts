import { describe, expect, it } from 'vitest'
import * as db from './db'
import { acme } from './test-lookups'

describe('a replaced catalogue', () => {
  const initech = () => db.listGroups({ name: db.ORG_NAMES.large })[0]?.id ?? ''
  const summaries = (query?: string) => db.listPackageSummaries({ descendantsOf: initech(), query })
  const pkg = (name: string) => ({
    name,
    version: '1.0',
    epoch: 2,
    description: `the ${name} package`,
    license: 'MIT',
    origin: name,
    archs: ['x86_64' as const],
  })

  it('is what the organization lists, until the next reset', () => {
    db.replaceCatalogue(db.ORG_NAMES.large, [pkg('zlib'), pkg('curl'), pkg('libcurl4')])
    expect(summaries().totalCount).toBe('3')
    expect(summaries('curl').items.map((item) => [item.packageName, item.latestVersion])).toEqual([
      ['curl', '1.0-r2'],
      ['libcurl4', '1.0-r2'],
    ])
    expect(db.listPackageSummaries({ descendantsOf: acme() }).totalCount).not.toBe('3')
    db.reset()
    expect(summaries().totalCount).toBe('20000')
  })

  it('needs an organization that exists', () => {
    expect(() => db.replaceCatalogue('nowhere.example', [])).toThrow(/No organization named/)
  })
})
