/** The contract test (contract.test.ts) on the full-catalogue organization's tag reads, at full size. */
import { describe, expect, it, vi } from 'vitest'
import { listOrganizations } from '../src/api/groups'
import { listRepos } from '../src/api/repos'
import { getRepoTagsSummary, listLatestTags, listTags } from '../src/api/tags'
import { responseRef, violations } from './contract/api-description'
import { recordExchanges, rowOf } from './contract/exchanges'
import * as db from './db'

describe('the full-catalogue organization against the description', () => {
  it('answers its tag reads (every latest tag, a summary, 3,000 tags) with bodies the schemas accept', async () => {
    db.reset('full-catalogue')
    const org = (await listOrganizations()).find((group) => group.name === db.FULL_CATALOGUE.org)
    if (!org?.id) throw new Error(`no ${db.FULL_CATALOGUE.org}`)
    const busiest = (await listRepos(org.id)).find((repo) => repo.name === db.FULL_CATALOGUE.busiest)
    if (!busiest?.id) throw new Error(`no ${db.FULL_CATALOGUE.busiest}`)
    const exchanges = recordExchanges()
    expect(await listLatestTags(org.id)).toHaveLength(db.FULL_CATALOGUE.images)
    expect((await getRepoTagsSummary(busiest.id)).tagCount).toBe(String(db.FULL_CATALOGUE.busiestTags))
    expect(await listTags(busiest.id)).toHaveLength(db.FULL_CATALOGUE.busiestTags)
    vi.mocked(globalThis.fetch).mockRestore()
    expect(exchanges).toHaveLength(3)
    for (const exchange of exchanges) {
      const row = rowOf(exchange)
      if (!row) throw new Error(`unexpected ${exchange.method} ${exchange.url.pathname}`)
      expect(exchange.status).toBe(200)
      expect(violations(responseRef(row[0], row[1], 200), exchange.responseBody), row[1]).toEqual([])
    }
  })
})
