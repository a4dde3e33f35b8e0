// Over 300 lines: one walk through every client call, then a check per operation and per answer.
/**
 * Contract test between the typed client (src/api), the mock backend (mocks/) and the published
 * OpenAPI description of the platform API. It reads the description from the shared folder next to
 * the repository and fails, never skips, when that file is missing.
 */
import { describe, expect, it, vi } from 'vitest'
import { resolveConfig } from '../src/api/apko'
import {
  earlierWindow,
  getBuildFailures,
  getBuildReport,
  latestWindow,
  listBuildReports,
} from '../src/api/build-reports'
import { ApiError } from '../src/api/client'
import { getArchs, getSbom, getSize, getVulnReport } from '../src/api/digests'
import { getFeatures } from '../src/api/entitlements'
import { findGroup, listOrganizations } from '../src/api/groups'
import { listPackageSummaries } from '../src/api/packages'
import { createRepo, deleteRepo, listRepos, updateRepo } from '../src/api/repos'
import type { Repo } from '../src/api/types'
import { getRepoTagsSummary, listLatestTags, listTags } from '../src/api/tags'
import { isRecord } from '../src/domain/is-record'
import {
  OPERATIONS,
  operationOf,
  requestBodyRef,
  responseRef,
  spec,
  specQueryNames,
  STATUS_REF,
  violations,
  type Method,
} from './contract/api-description'
import { exchangesOf, recordExchanges, rowFor, rowOf, type Exchange } from './contract/exchanges'
import * as db from './db'

async function defaultOrgId(): Promise<string> {
  const org = (await listOrganizations()).find((group) => group.name === db.ORG_NAMES.default)
  if (!org?.id) throw new Error(`the mocks have no organization named ${db.ORG_NAMES.default}`)
  return org.id
}

async function repoNamed(orgId: string, name: string): Promise<Repo & { id: string }> {
  const repo = (await listRepos(orgId)).find((candidate) => candidate.name === name)
  if (!repo?.id) throw new Error(`the mocks have no image named ${name}`)
  return { ...repo, id: repo.id }
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

/** Calls every client function once against the seeded mocks, through the whole repo lifecycle. */
async function exerciseClient() {
  const exchanges = recordExchanges()
  const org = await defaultOrgId()
  await Promise.all([getFeatures(org), findGroup('chainguard')])
  const node = await repoNamed(org, 'node')
  const latest = (await listTags(node.id)).find((tag) => tag.name === 'latest')
  if (!latest?.digest) throw new Error('node has no latest tag')
  await getSbom(node.id, latest.digest)
  await getVulnReport(node.id, latest.digest)
  const archs = (await getArchs(node.id, latest.digest))?.archs ?? []
  for (const arch of archs) await getSize(node.id, latest.digest, arch)
  await listLatestTags(org)
  await getRepoTagsSummary(node.id)

  const firstPage = await listPackageSummaries(org, { pageSize: 5 })
  const secondPage = await listPackageSummaries(org, { pageSize: 5, pageToken: firstPage.nextPageToken })
  const curl = (await listPackageSummaries(org, { query: 'curl', pageSize: 50 })).items.find(
    (item) => item.packageName === 'curl',
  )
  if (!curl?.packageName) throw new Error('the mocks do not offer the package curl')

  await resolveConfig(node.id)
  const created = await createRepo(
    org,
    {
      name: 'contract-test',
      sync_config: { source: 'chainguard/node' },
      customOverlay: { contents: { packages: [curl.packageName] } },
    },
    { preventExisting: true },
  )
  if (!created.id) throw new Error('createRepo answered without an id')
  const updated = await updateRepo({
    ...created,
    id: created.id,
    customOverlay: { contents: { packages: [curl.packageName] }, environment: { CONTRACT: 'yes' } },
  })
  db.clock.advance(10 * 60_000)
  const reports = await listBuildReports(created.id)
  const firstReport = reports[0]
  if (!firstReport?.id) throw new Error('no builds after the update')
  const report = await getBuildReport(created.id, firstReport.id)
  await listBuildReports(org, { window: earlierWindow(latestWindow(db.clock.now())) })
  await getBuildFailures(org)
  await deleteRepo(created.id)
  vi.mocked(globalThis.fetch).mockRestore()
  return { exchanges, org, node, created, updated, firstPage, secondPage, reports, report }
}

describe('the published API description', () => {
  it('is an OpenAPI 3.0 document', () => {
    expect(spec.openapi).toMatch(/^3\.0\./)
    expect(spec.components.schemas['google.rpc.Status']).toBeDefined()
  })

  it.each(OPERATIONS)('declares %s %s with the query parameters %j', (method, path, query) => {
    const operation = operationOf(method, path)
    const declared = specQueryNames(operation)
    for (const name of query) expect(declared, `${method.toUpperCase()} ${path} ?${name}`).toContain(name)
    expect(() => responseRef(method, path, 200)).not.toThrow()
  })
})

describe('the client against the description', () => {
  it('sends, per operation, exactly the query parameters of the table, each one declared by the spec', async () => {
    const { exchanges } = await exerciseClient()
    const unmatched = exchanges.filter((exchange) => !rowOf(exchange))
    expect(unmatched.map((exchange) => `${exchange.method} ${exchange.url.pathname}`)).toEqual([])

    for (const row of OPERATIONS) {
      const [method, path, query] = row
      const own = exchangesOf(exchanges, row)
      expect(own.length, `the client never called ${method.toUpperCase()} ${path}`).toBeGreaterThan(0)
      const sentNames = new Set(own.flatMap((exchange) => [...exchange.url.searchParams.keys()]))
      expect([...sentNames].sort(), `${method.toUpperCase()} ${path}`).toEqual([...query].sort())
      const declared = specQueryNames(operationOf(method, path))
      for (const name of sentNames)
        expect(declared, `${method.toUpperCase()} ${path} ?${name}`).toContain(name)
    }
  })

  it('sends request bodies the spec accepts, with no fields it does not know', async () => {
    const { exchanges } = await exerciseClient()
    const withBodies = exchanges.filter((exchange) => exchange.requestBody !== undefined)
    expect(withBodies.map((exchange) => exchange.method).sort()).toEqual(['POST', 'POST', 'PUT'])
    for (const exchange of withBodies) {
      const row = rowOf(exchange)
      if (!row) throw new Error(`unexpected ${exchange.method} ${exchange.url.pathname}`)
      const [method, path] = row
      expect(violations(requestBodyRef(method, path), exchange.requestBody), `${method} ${path}`).toEqual([])
    }
  })

  it('has validators that reject unknown fields and int64 numbers (the check is not vacuous)', () => {
    const repos = responseRef('get', '/registry/v1/repos', 200)
    expect(violations(repos, { items: [{ id: 'x', name: 'node' }] })).toEqual([])
    expect(violations(repos, { items: [{ id: 'x', extra: 1 }] }).map((error) => error.keyword)).toContain(
      'additionalProperties',
    )
    const packages = responseRef('get', '/apk/v1/package-summaries', 200)
    expect(violations(packages, { totalCount: '20000' })).toEqual([])
    expect(violations(packages, { totalCount: 20000 })).not.toEqual([])
    expect(violations(packages, { totalCount: 'many' })).not.toEqual([])
  })

  it('rejects an update body that still carries the id (the closed schemas catch extra fields)', () => {
    const ref = requestBodyRef('put', '/registry/v1/repos/{id}')
    expect(violations(ref, { name: 'node' })).toEqual([])
    const errors = violations(ref, { id: 'x', name: 'node' })
    expect(errors.map((error) => error.keyword)).toContain('additionalProperties')
  })
})

describe('the mocks against the description', () => {
  it.each(OPERATIONS)(
    'answer %s %s with a 200 body its schema accepts, with no extra fields',
    async (...row) => {
      const { exchanges } = await exerciseClient()
      const match = OPERATIONS.find(([m, p]) => m === row[0] && p === row[1])
      if (!match) throw new Error('row not in the table')
      const own = exchangesOf(exchanges, match)
      expect(own.length).toBeGreaterThan(0)
      for (const exchange of own) {
        const label = `${exchange.method} ${exchange.url.pathname}${exchange.url.search}`
        expect(exchange.status, label).toBe(200)
        expect(violations(responseRef(row[0], row[1], 200), exchange.responseBody), label).toEqual([])
      }
    },
  )

  it('answer DELETE with an empty object', async () => {
    const { exchanges } = await exerciseClient()
    const [deletion] = exchangesOf(exchanges, rowFor('delete', '/registry/v1/repos/{id}'))
    expect(deletion?.responseBody).toEqual({})
  })

  it('page package summaries with pageSize=5 and the next page token, totalCount a string', async () => {
    const { exchanges, firstPage, secondPage } = await exerciseClient()
    const [first, second] = exchangesOf(exchanges, rowFor('get', '/apk/v1/package-summaries'))
    expect(first?.url.searchParams.get('pageSize')).toBe('5')
    expect(second?.url.searchParams.get('pageToken')).toBe(firstPage.nextPageToken)
    expect(firstPage.items).toHaveLength(5)
    expect(secondPage.items).toHaveLength(5)
    const firstNames = new Set(firstPage.items.map((item) => item.packageName))
    expect(secondPage.items.some((item) => firstNames.has(item.packageName))).toBe(false)

    for (const exchange of [first, second]) {
      const body = exchange?.responseBody
      if (!isRecord(body)) throw new Error('package summaries answered without an object')
      expect(typeof body.totalCount).toBe('string')
      expect(body.totalCount).toMatch(/^\d+$/)
      expect(Number(body.totalCount)).toBe(firstPage.totalCount)
    }
  })

  it('send the large catalogue total as the int64 string "20000", read by the client as a number', async () => {
    const exchanges = recordExchanges()
    const large = (await listOrganizations()).find((group) => group.name === db.ORG_NAMES.large)
    if (!large?.id) throw new Error('no large organization in the mocks')
    const page = await listPackageSummaries(large.id, { pageSize: 1 })
    const wire = exchanges.at(-1)?.responseBody
    expect(isRecord(wire) ? wire.totalCount : undefined).toBe('20000')
    expect(page.totalCount).toBe(20000)
    expect(violations(responseRef('get', '/apk/v1/package-summaries', 200), wire)).toEqual([])
  })

  it('report builds without logs when excludeLogs=true and with them otherwise', async () => {
    const { exchanges, reports, report } = await exerciseClient()
    const [listed, single] = exchangesOf(exchanges, rowFor('get', '/registry/v1/buildreports'))
    expect(listed?.url.searchParams.get('excludeLogs')).toBe('true')
    expect(single?.url.searchParams.has('excludeLogs')).toBe(false)
    expect(reports.length).toBeGreaterThan(0)
    expect(reports.every((item) => item.log === undefined)).toBe(true)
    expect(reports.every((item) => item.completedAt !== undefined)).toBe(true)
    expect(typeof report?.log).toBe('string')
    expect(report?.log).not.toBe('')
  })
})

describe('error answers of the mocks', () => {
  /** The single recorded exchange of `promise`, which must fail with `status`. */
  async function failing(promise: () => Promise<unknown>, status: number) {
    const exchanges = recordExchanges()
    const error = await rejection(promise())
    const exchange = exchanges.at(-1)
    if (!exchange) throw new Error('nothing was sent')
    expect(exchange.status).toBe(status)
    expect(error.status).toBe(status)
    return { error, exchange }
  }

  function expectStatusBody(exchange: Exchange, method: Method, path: string, code: number) {
    expect(violations(responseRef(method, path, exchange.status), exchange.responseBody)).toEqual([])
    expect(violations(STATUS_REF, exchange.responseBody)).toEqual([])
    const body = exchange.responseBody
    if (!isRecord(body)) throw new Error('the error body is not an object')
    expect(body.code).toBe(code)
    expect(typeof body.message).toBe('string')
    expect(body.message).not.toBe('')
  }

  it('answer an unknown repo id with 404 and a google.rpc.Status body', async () => {
    const org = await defaultOrgId()
    const { error, exchange } = await failing(() => deleteRepo(`${org}/0000000000000000`), 404)
    expectStatusBody(exchange, 'delete', '/registry/v1/repos/{id}', 5)
    expect(error.code).toBe(5)

    const resolved = await failing(() => resolveConfig(`${org}/0000000000000000`), 404)
    expectStatusBody(resolved.exchange, 'post', '/apko/v1/resolve/{repoUidp}', 5)
  })

  it('answer creating "node" again with preventExisting with 409 and a Status body', async () => {
    const org = await defaultOrgId()
    const create = () =>
      createRepo(org, { name: 'node', sync_config: { source: 'chainguard/node' } }, { preventExisting: true })
    const { error, exchange } = await failing(create, 409)
    expectStatusBody(exchange, 'post', '/registry/v1/repos/{id}', 6)
    expect(error.code).toBe(6)
    expect(error.message).toMatch(/node/)
  })

  it('answer a bad image name with 400 and a Status body naming the field', async () => {
    const org = await defaultOrgId()
    const create = () =>
      createRepo(
        org,
        { name: 'Bad Name!', sync_config: { source: 'chainguard/node' } },
        { preventExisting: true },
      )
    const { error, exchange } = await failing(create, 400)
    expectStatusBody(exchange, 'post', '/registry/v1/repos/{id}', 3)
    expect(error.code).toBe(3)
    expect(error.message).toMatch(/^name: /)
  })

  it('answer an unknown API path, or a known path with another method, with 404 and a Status body', async () => {
    for (const [method, url] of [
      ['GET', '/registry/v1/no-such-thing'],
      ['PATCH', '/registry/v1/repos/abc'],
    ] as const) {
      const response = await fetch(url, { method })
      expect(response.status, `${method} ${url}`).toBe(404)
      const body: unknown = await response.json()
      expect(violations(STATUS_REF, body)).toEqual([])
      expect(isRecord(body) ? body.code : undefined).toBe(5)
    }
  })
})
