import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveConfig } from './apko'
import { getBuildReport, listBuildReports } from './build-reports'
import { getFeatures } from './entitlements'
import { listOrganizations } from './groups'
import { listPackageSummaries } from './packages'
import { listRepos, updateRepo } from './repos'
import { listTags } from './tags'
import { apiError, BUILD, ORG, REPO, stubFetch } from '../test/fetch-stub'

afterEach(() => {
  vi.restoreAllMocks()
})

const TAG = { id: `${REPO}/0000000000000001`, name: 'latest', digest: 'sha256:abc' }

/** The message of the error a read ends with when the registry answers `body`. */
async function failureOf(read: () => Promise<unknown>, body: unknown): Promise<string> {
  stubFetch(body)
  const error = await apiError(read())
  expect(error.status).toBe(200)
  return error.message
}

describe('answers of the wrong shape end as an error naming the call and the field', () => {
  it('a list whose items are not a list', async () => {
    expect(await failureOf(() => listTags(REPO), { items: { 0: TAG } })).toBe(
      'The registry’s answer to “list tags” could not be used: items is an object, not a list.',
    )
  })

  it('a tag without its digest', async () => {
    const items = [TAG, TAG, TAG, { id: TAG.id, name: '1.2' }]
    expect(await failureOf(() => listTags(REPO), { items })).toBe(
      'The registry’s answer to “list tags” could not be used: items[3].digest is missing.',
    )
  })

  it('an image without an id', async () => {
    expect(await failureOf(() => listRepos(ORG), { items: [{ name: 'node' }] })).toMatch(
      /“list images” could not be used: items\[0\]\.id is missing\.$/,
    )
  })

  it('an organization whose id is a number', async () => {
    expect(await failureOf(() => listOrganizations(), { items: [{ id: 7, name: 'acme' }] })).toMatch(
      /“list organizations” could not be used: items\[0\]\.id is a number, not a UIDP\.$/,
    )
  })

  it('an id that is not a UIDP, which paths could not carry', async () => {
    expect(await failureOf(() => listRepos(ORG), { items: [{ id: `${ORG}/../x`, name: 'node' }] })).toMatch(
      /“list images” could not be used: items\[0\]\.id is a string, not a UIDP\.$/,
    )
  })

  it('an empty name', async () => {
    expect(await failureOf(() => listOrganizations(), { items: [{ id: ORG, name: '' }] })).toMatch(
      /items\[0\]\.name is empty\.$/,
    )
  })

  it('an int64 sent as a number', async () => {
    expect(await failureOf(() => listPackageSummaries(ORG), { items: [], totalCount: 3 })).toMatch(
      /“list packages” could not be used: totalCount is a number, not an int64 \(a string of digits\)\.$/,
    )
  })

  it('an unknown build result', async () => {
    const reports = [{ id: BUILD, result: 'Cancelled' }]
    expect(await failureOf(() => listBuildReports(REPO), { reports })).toMatch(
      /“list builds” could not be used: reports\[0\]\.result is “Cancelled”, not one of Unknown, Success, Failure\.$/,
    )
  })

  it('a start time that is not RFC 3339', async () => {
    const reports = [{ id: BUILD, startedAt: '17/04/2025 16:00' }]
    expect(await failureOf(() => getBuildReport(REPO, BUILD), { reports })).toMatch(
      /“get a build with its log” could not be used: reports\[0\]\.startedAt is a string, not an RFC 3339 time\.$/,
    )
  })

  it('a build config whose environment holds a number', async () => {
    const items = [{ id: REPO, name: 'node', customOverlay: { environment: { PORT: 8080 } } }]
    expect(await failureOf(() => listRepos(ORG), { items })).toMatch(
      /items\[0\]\.customOverlay\.environment\["PORT"\] is a number, not a string\.$/,
    )
  })

  it('a feature flag that is null', async () => {
    expect(await failureOf(() => getFeatures(ORG), { customAssembly: null })).toMatch(
      /“get the organization’s features” could not be used: customAssembly is null, not true or false\.$/,
    )
  })

  it('resolved packages that are not a list of names', async () => {
    expect(await failureOf(() => resolveConfig(REPO), { contents: { packages: ['a', ['b']] } })).toMatch(
      /contents\.packages\[1\] is a list, not a string\.$/,
    )
  })

  it('an image sent back after a change without its name', async () => {
    expect(await failureOf(() => updateRepo({ id: REPO, name: 'node' }), { id: REPO })).toMatch(
      /“update an image” could not be used: name is missing\.$/,
    )
  })
})

describe('answers the console can use pass', () => {
  it('an omitted list is an empty one', async () => {
    stubFetch({})
    expect(await listTags(REPO)).toEqual([])
    expect(await listBuildReports(REPO)).toEqual([])
    expect(await listPackageSummaries(ORG)).toEqual({ items: [], totalCount: 0, nextPageToken: undefined })
  })

  it('unknown fields and enum values the console does not read pass, and are kept', async () => {
    const repo = {
      id: REPO,
      name: 'node',
      catalogTier: 'SOMETHING_NEW',
      futureField: { any: ['shape'] },
      customOverlay: { contents: { packages: ['curl'], later: 1 } },
    }
    stubFetch({ items: [repo], nextPageToken: 'x' })
    expect(await listRepos(ORG)).toEqual([repo])
  })

  it('times with an offset or fractional seconds are RFC 3339', async () => {
    const reports = [
      { id: BUILD, startedAt: '2025-04-17T16:00:08-07:00', completedAt: '2026-01-28T12:54:21.189Z' },
    ]
    stubFetch({ reports })
    expect(await listBuildReports(REPO)).toEqual(reports)
  })
})
