/** The organization's builds and failure counts: the mocks' answers against the published API description. */
import { describe, expect, it, vi } from 'vitest'
import { earlierWindow, getBuildFailures, latestWindow, listBuildReports } from '../src/api/build-reports'
import { responseRef, violations } from './contract/api-description'
import { recordExchanges } from './contract/exchanges'
import * as db from './db'

const orgId = () => db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
const imageOf = (id: string | undefined) => id?.split('/').slice(0, 2).join('/')

describe('the organization’s builds in the mocks', () => {
  it('list every image’s builds of a window, and the 24 hours before it with startedSince/startedBefore', async () => {
    const exchanges = recordExchanges()
    const latest = latestWindow(db.clock.now())
    const older = earlierWindow(latest)
    const recent = await listBuildReports(orgId(), { window: latest })
    const earlier = await listBuildReports(orgId(), { window: older })
    vi.mocked(globalThis.fetch).mockRestore()
    const [, sent] = exchanges
    expect(sent?.url.searchParams.get('startedSince')).toBe(older.since)
    expect(sent?.url.searchParams.get('startedBefore')).toBe(latest.since)
    expect(sent?.url.searchParams.get('excludeLogs')).toBe('true')
    for (const exchange of exchanges)
      expect(violations(responseRef('get', '/registry/v1/buildreports', 200), exchange.responseBody)).toEqual(
        [],
      )

    expect(new Set(recent.map((report) => imageOf(report.id))).size).toBeGreaterThan(1)
    expect(recent.every((report) => report.id?.startsWith(`${orgId()}/`) && report.log === undefined)).toBe(
      true,
    )
    expect(earlier.length).toBeGreaterThan(0)
    for (const report of earlier) {
      const started = Date.parse(report.startedAt ?? '')
      expect(started).toBeGreaterThanOrEqual(Date.parse(older.since))
      expect(started).toBeLessThan(Date.parse(latest.since))
    }
    const listed = new Set(recent.map((report) => report.id))
    expect(earlier.some((report) => listed.has(report.id))).toBe(false)
  })

  it('count failed builds per image from the reports of the last 24 hours, as int32 numbers', async () => {
    db.reset('build-fails')
    const exchanges = recordExchanges()
    const failures = await getBuildFailures(orgId())
    vi.mocked(globalThis.fetch).mockRestore()
    const failed = db
      .listBuildReports({ descendantsOf: orgId(), excludeLogs: true })
      .filter((report) => report.result === 'Failure')
    expect(failed.length).toBeGreaterThan(0)
    expect([...failures.values()].reduce((a, b) => a + b, 0)).toBe(failed.length)
    for (const report of failed) expect(failures.get(imageOf(report.id) ?? '')).toBeGreaterThan(0)

    const schema = responseRef('get', '/registry/v1/buildstatus', 200)
    expect(violations(schema, exchanges.at(-1)?.responseBody)).toEqual([])
    expect(violations(schema, { failures: [{ repoId: 'x', total: '2' }] })).not.toEqual([])
  })
})
