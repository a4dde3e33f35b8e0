import { afterEach, describe, expect, it } from 'vitest'
import { resolveConfig } from './apko'
import { getBuildReport, listBuildReports } from './build-reports'
import { getFeatures } from './entitlements'
import { listOrganizations } from './groups'
import { listPackageSummaries } from './packages'
import { createRepo, deleteRepo, listRepos, updateRepo } from './repos'
import { getRepoTagsSummary, listLatestTags, listTags } from './tags'
import { BUILD, ORG, queryOf, REPO, sent, stubFetch } from '../test/fetch-stub'

afterEach(() => {
  sessionStorage.clear()
})

describe('requests each client function sends', () => {
  it('listOrganizations asks for root groups', async () => {
    const spy = stubFetch({ items: [{ id: ORG, name: 'acme' }] })
    expect(await listOrganizations()).toEqual([{ id: ORG, name: 'acme' }])
    const request = sent(spy)
    expect(request.method).toBe('GET')
    expect(request.raw).toBe('/iam/v1/groups?uidp.inRoot=true')
  })

  it('getFeatures puts the raw org UIDP before ":features"', async () => {
    const spy = stubFetch({ customAssembly: true })
    expect(await getFeatures(ORG)).toEqual({ customAssembly: true })
    expect(sent(spy).raw).toBe(`/registry/v1/entitlements/${ORG}:features`)
  })

  it('listRepos filters by uidp.childrenOf', async () => {
    const spy = stubFetch()
    await listRepos(ORG)
    const request = sent(spy)
    expect(request.url.pathname).toBe('/registry/v1/repos')
    expect(queryOf(request)).toEqual([['uidp.childrenOf', ORG]])
  })

  it('createRepo POSTs the repo under the org with preventExisting=true', async () => {
    const spy = stubFetch({ id: `${ORG}/0000000000000001`, name: 'new' })
    const repo = {
      name: 'new',
      sync_config: { source: 'chainguard/node' },
      customOverlay: { contents: { packages: ['curl'] } },
    }
    await createRepo(ORG, repo, { preventExisting: true })
    const request = sent(spy)
    expect(request.method).toBe('POST')
    expect(request.raw).toBe(`/registry/v1/repos/${ORG}?preventExisting=true`)
    expect(request.body).toEqual(repo)
    expect(request.headers['Content-Type']).toBe('application/json')
  })

  it('createRepo without options sends no preventExisting', async () => {
    const spy = stubFetch({ id: REPO, name: 'new' })
    await createRepo(ORG, { name: 'new' })
    expect(sent(spy).raw).toBe(`/registry/v1/repos/${ORG}`)
  })

  it('updateRepo PUTs to the repo path with a body that has no id', async () => {
    const spy = stubFetch({ id: REPO, name: 'node' })
    await updateRepo({ id: REPO, name: 'node', customOverlay: { environment: { A: 'b' } } })
    const request = sent(spy)
    expect(request.method).toBe('PUT')
    expect(request.raw).toBe(`/registry/v1/repos/${REPO}`)
    expect(request.body).toEqual({ name: 'node', customOverlay: { environment: { A: 'b' } } })
    expect(request.body).not.toHaveProperty('id')
  })

  it('deleteRepo sends DELETE to the repo path without a body', async () => {
    const spy = stubFetch({})
    await expect(deleteRepo(REPO)).resolves.toBeUndefined()
    const request = sent(spy)
    expect(request.method).toBe('DELETE')
    expect(request.raw).toBe(`/registry/v1/repos/${REPO}`)
    expect(request.body).toBeUndefined()
    expect(request.headers['Content-Type']).toBeUndefined()
  })

  it('listTags filters by uidp.childrenOf; listLatestTags asks the organization for `latest` only', async () => {
    const spy = stubFetch()
    await listTags(REPO)
    await listLatestTags(ORG)
    expect(sent(spy, 0).url.pathname).toBe('/registry/v1/tags')
    expect(queryOf(sent(spy, 0))).toEqual([['uidp.childrenOf', REPO]])
    expect(sent(spy, 1).url.pathname).toBe('/registry/v1/tags')
    expect(queryOf(sent(spy, 1))).toEqual([
      ['uidp.descendantsOf', ORG],
      ['name', 'latest'],
      ['excludeReferrers', 'true'],
    ])
  })

  it('getRepoTagsSummary puts the repo UIDP, slashes raw, in the path', async () => {
    const spy = stubFetch({ id: REPO, tagCount: '0' })
    await getRepoTagsSummary(REPO)
    expect(sent(spy).raw).toBe(`/registry/v1/repotagssummary/${REPO}?excludeReferrers=true`)
  })

  it('listPackageSummaries sends uidp.descendantsOf, query, pageSize and pageToken', async () => {
    const spy = stubFetch({ items: [], totalCount: '0' })
    await listPackageSummaries(ORG, { query: 'cur', pageSize: 5, pageToken: 'tok' })
    const request = sent(spy)
    expect(request.url.pathname).toBe('/apk/v1/package-summaries')
    expect(queryOf(request)).toEqual([
      ['uidp.descendantsOf', ORG],
      ['query', 'cur'],
      ['pageSize', '5'],
      ['pageToken', 'tok'],
    ])
  })

  it('listPackageSummaries leaves out an empty query and page token', async () => {
    const spy = stubFetch({ items: [] })
    await listPackageSummaries(ORG, { query: '', pageToken: '' })
    expect(queryOf(sent(spy))).toEqual([['uidp.descendantsOf', ORG]])
  })

  it('resolveConfig POSTs {config: {}} to the repo path', async () => {
    const spy = stubFetch({ contents: { packages: ['nodejs'] } })
    expect(await resolveConfig(REPO)).toEqual({ contents: { packages: ['nodejs'] } })
    const request = sent(spy)
    expect(request.method).toBe('POST')
    expect(request.raw).toBe(`/apko/v1/resolve/${REPO}`)
    expect(request.body).toEqual({ config: {} })
  })

  it('listBuildReports filters by uidp.descendantsOf and asks to exclude logs', async () => {
    const spy = stubFetch()
    expect(await listBuildReports(REPO)).toEqual([{ id: BUILD }])
    const request = sent(spy)
    expect(request.url.pathname).toBe('/registry/v1/buildreports')
    expect(queryOf(request)).toEqual([
      ['uidp.descendantsOf', REPO],
      ['excludeLogs', 'true'],
    ])
  })

  it('getBuildReport asks for the one id under the repo, logs included', async () => {
    const spy = stubFetch({ reports: [{ id: `${REPO}/0000000000000000` }, { id: BUILD, log: 'done' }] })
    expect(await getBuildReport(REPO, BUILD)).toEqual({ id: BUILD, log: 'done' })
    const request = sent(spy)
    expect(request.url.pathname).toBe('/registry/v1/buildreports')
    expect(queryOf(request)).toEqual([
      ['uidp.descendantsOf', REPO],
      ['uidp.ids', BUILD],
    ])
  })

  it('getBuildReport returns null when the build is not in the answer (a query may not hold undefined)', async () => {
    stubFetch({ reports: [] })
    expect(await getBuildReport(REPO, BUILD)).toBeNull()
  })
})

describe('int64 values', () => {
  it('turns the string totalCount into a number and an absent page token into undefined', async () => {
    stubFetch({ items: [{ packageName: 'curl' }], totalCount: '20000' })
    const page = await listPackageSummaries(ORG)
    expect(page.totalCount).toBe(20000)
    expect(page.nextPageToken).toBeUndefined()
    expect(page.items).toEqual([{ packageName: 'curl' }])
  })

  it('turns an empty nextPageToken into undefined and keeps a real one', async () => {
    const spy = stubFetch({ items: [], totalCount: '3', nextPageToken: '' })
    expect((await listPackageSummaries(ORG)).nextPageToken).toBeUndefined()
    spy.mockImplementation(async () => new Response(JSON.stringify({ items: [], nextPageToken: 'next' })))
    expect((await listPackageSummaries(ORG)).nextPageToken).toBe('next')
  })

  it('falls back to the number of items when totalCount is absent', async () => {
    stubFetch({ items: [{ packageName: 'a' }, { packageName: 'b' }] })
    expect((await listPackageSummaries(ORG)).totalCount).toBe(2)
  })
})
