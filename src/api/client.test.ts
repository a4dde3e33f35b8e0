import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { server } from '../../mocks/node'
import { resolveConfig } from './apko'
import { getBuildReport, listBuildReports } from './build-reports'
import { ApiError, auth, buildUrl, isRetryable, outcomeUnknown, pathId } from './client'
import { getFeatures } from './entitlements'
import { listOrganizations } from './groups'
import { listPackageSummaries } from './packages'
import { createRepo, deleteRepo, listRepos, updateRepo } from './repos'
import { listOrgTags, listTags } from './tags'

const ORG = '0123456789abcdef0123456789abcdef01234567'
const REPO = `${ORG}/89abcdef01234567`
const BUILD = `${REPO}/fedcba9876543210`
const BASE = 'http://console.test'

interface SentRequest {
  /** the URL exactly as the client handed it to fetch */
  raw: string
  method: string
  url: URL
  body: unknown
  headers: Record<string, string>
}

type FetchSpy = MockInstance<typeof fetch>

/** Answers every fetch with `body` (no network, no MSW) so the exact request can be read back. */
function stubFetch(
  body: unknown = { items: [{ id: REPO }], reports: [{ id: BUILD }] },
  status = 200,
): FetchSpy {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    )
}

function sent(spy: FetchSpy, index = -1): SentRequest {
  const call = spy.mock.calls.at(index)
  if (!call) throw new Error('fetch was not called')
  const [input, init] = call
  if (typeof input !== 'string') throw new Error('the client should pass fetch a URL string')
  const headers = init?.headers
  return {
    raw: input,
    method: init?.method ?? 'GET',
    url: new URL(input, BASE),
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    headers: headers && !Array.isArray(headers) && !(headers instanceof Headers) ? headers : {},
  }
}

function queryOf(request: SentRequest): Array<[string, string]> {
  return [...request.url.searchParams.entries()]
}

/** Runs `promise`, which must reject with an ApiError, and returns that error. */
async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

afterEach(() => {
  sessionStorage.clear()
})

describe('pathId', () => {
  it('keeps the slashes of a UIDP raw', () => {
    expect(pathId(REPO)).toBe(REPO)
    expect(`/registry/v1/repos/${pathId(REPO)}`).toMatch(
      /^\/registry\/v1\/repos\/[0-9a-f]{40}\/[0-9a-f]{16}$/,
    )
  })

  it('percent-encodes every segment so spaces, "?" and "#" cannot start a query or fragment', () => {
    expect(pathId('a b/c?x')).toBe('a%20b/c%3Fx')
    const url = new URL(`/registry/v1/repos/${pathId('a b/c?x=1&y#frag')}`, BASE)
    expect(url.search).toBe('')
    expect(url.hash).toBe('')
    expect(url.pathname).toBe('/registry/v1/repos/a%20b/c%3Fx%3D1%26y%23frag')
  })

  it.each(['x/../../../iam/v1/groups', 'x/./y', 'x/%2e%2e/y', 'x//y', ''])(
    'refuses an id that could climb out of the resource path: %j',
    (id) => {
      expect(() => pathId(id)).toThrow(ApiError)
    },
  )
})

describe('buildUrl', () => {
  it('repeats the key for array values', () => {
    expect(buildUrl('/registry/v1/buildreports', { 'uidp.ids': ['a', 'b'] })).toBe(
      '/registry/v1/buildreports?uidp.ids=a&uidp.ids=b',
    )
  })

  it('leaves out undefined values and writes booleans and numbers as text', () => {
    expect(buildUrl('/x', { a: undefined, b: true, c: false, d: 5 })).toBe('/x?b=true&c=false&d=5')
  })

  it('returns the bare path when no value remains', () => {
    expect(buildUrl('/x')).toBe('/x')
    expect(buildUrl('/x', { a: undefined })).toBe('/x')
  })

  it('encodes values so they cannot add parameters', () => {
    const url = new URL(buildUrl('/x', { q: 'a&b=c #d', 'uidp.childrenOf': REPO }), BASE)
    expect([...url.searchParams.entries()]).toEqual([
      ['q', 'a&b=c #d'],
      ['uidp.childrenOf', REPO],
    ])
  })
})

describe('requests each client function sends', () => {
  it('listOrganizations asks for root groups', async () => {
    const spy = stubFetch({ items: [{ id: ORG }] })
    expect(await listOrganizations()).toEqual([{ id: ORG }])
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
    const spy = stubFetch({ id: REPO })
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

  it('listTags filters by uidp.childrenOf and listOrgTags by uidp.descendantsOf', async () => {
    const spy = stubFetch()
    await listTags(REPO)
    await listOrgTags(ORG)
    expect(sent(spy, 0).url.pathname).toBe('/registry/v1/tags')
    expect(queryOf(sent(spy, 0))).toEqual([['uidp.childrenOf', REPO]])
    expect(sent(spy, 1).url.pathname).toBe('/registry/v1/tags')
    expect(queryOf(sent(spy, 1))).toEqual([['uidp.descendantsOf', ORG]])
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

describe('errors', () => {
  const groups = '*/iam/v1/groups'

  it('maps a google.rpc.Status body into status, code, message and details', async () => {
    const details = [
      { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'name' }] },
    ]
    server.use(
      http.get(groups, () => HttpResponse.json({ code: 3, message: 'name: bad', details }, { status: 400 })),
    )
    const error = await apiError(listOrganizations())
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ApiError')
    expect(error.status).toBe(400)
    expect(error.code).toBe(3)
    expect(error.message).toBe('name: bad')
    expect(error.details).toEqual(details)
  })

  it('gives a readable default message for a 500 with an empty body', async () => {
    server.use(http.get(groups, () => new HttpResponse(null, { status: 500 })))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(500)
    expect(error.code).toBeUndefined()
    expect(error.details).toEqual([])
    expect(error.message).toMatch(/500/)
  })

  it('gives a readable default message for a 5xx whose body is not JSON', async () => {
    server.use(
      http.get(
        groups,
        () =>
          new HttpResponse('<html>Bad Gateway</html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    )
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(502)
    expect(error.message).toMatch(/502/)
    expect(error.message).not.toMatch(/html/i)
  })

  it('uses the default message when the Status message is blank', async () => {
    server.use(http.get(groups, () => HttpResponse.json({ code: 5, message: '  ' }, { status: 404 })))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(404)
    expect(error.code).toBe(5)
    expect(error.message).toBe('Not found.')
  })

  it('still throws an ApiError when the error body has a non-string message', async () => {
    server.use(http.get(groups, () => HttpResponse.json({ message: { text: 'nested' } }, { status: 503 })))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(503)
  })

  it('tells 401 listeners, and stops after they unsubscribe', async () => {
    server.use(http.get(groups, () => HttpResponse.json({ code: 16, message: 'expired' }, { status: 401 })))
    const listener = vi.fn()
    const unsubscribe = auth.onUnauthorized(listener)
    try {
      const error = await apiError(listOrganizations())
      expect(error.status).toBe(401)
      expect(listener).toHaveBeenCalledTimes(1)
    } finally {
      unsubscribe()
    }
    await apiError(listOrganizations())
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('does not tell 401 listeners about other errors', async () => {
    server.use(http.get(groups, () => HttpResponse.json({ code: 7, message: 'no' }, { status: 403 })))
    const listener = vi.fn()
    const unsubscribe = auth.onUnauthorized(listener)
    try {
      expect((await apiError(listOrganizations())).status).toBe(403)
      expect(listener).not.toHaveBeenCalled()
    } finally {
      unsubscribe()
    }
  })

  it('maps a network failure to status 0 with a message that says the registry did not answer', async () => {
    server.use(http.get(groups, () => HttpResponse.error()))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(0)
    expect(error.message).toBe(
      'The registry did not answer (network error). Check your connection and try again.',
    )
    expect(isRetryable(error)).toBe(true)
    expect(outcomeUnknown(error)).toBe(true)
  })

  it('maps a connection dropped while the body arrives to a network error, not to an empty answer', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"items": [{"id": "'))
        controller.error(new TypeError('network error'))
      },
    })
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status: 200 }))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(0)
    expect(error.message).toMatch(/did not answer/)
  })

  it.each([
    [409, /conflicts with the registry’s current state \(409\)/],
    [500, /^The registry failed \(500\)\. Try again in a moment\.$/],
    [503, /^The registry is unavailable \(503\)\. Try again in a moment\.$/],
    [401, /Sign in again/],
  ])('gives a %i without a message a sentence of its own', async (status, message) => {
    server.use(http.get(groups, () => HttpResponse.json({ code: 2, message: '' }, { status })))
    const error = await apiError(listOrganizations())
    expect(error.message).toMatch(message)
    expect(error.message).not.toMatch(/object|undefined|Error:/)
    expect(outcomeUnknown(error)).toBe(false)
  })

  it('rethrows the abort itself, not an ApiError, when the caller aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const error: unknown = await listOrganizations({ signal: controller.signal }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeDefined()
    expect(error).not.toBeInstanceOf(ApiError)
  })

  it('throws an ApiError for a 200 whose body is not JSON', async () => {
    server.use(http.get(groups, () => new HttpResponse('{"items": [', { status: 200 })))
    const error = await apiError(listOrganizations())
    expect(error.status).toBe(200)
    expect(error.message).toBe('The registry’s answer could not be read. Try again in a moment.')
    expect(outcomeUnknown(error)).toBe(true)
  })

  it('throws an ApiError for a 200 whose body is a JSON array', async () => {
    server.use(http.get(groups, () => HttpResponse.json([{ id: ORG }])))
    expect((await apiError(listOrganizations())).status).toBe(200)
  })

  it('treats an empty 200 body as an empty object', async () => {
    server.use(http.get(groups, () => new HttpResponse(null, { status: 200 })))
    expect(await listOrganizations()).toEqual([])
  })

  it('calls network trouble, 429 and 5xx retryable, and client errors not', () => {
    for (const status of [0, 429, 500, 502, 503]) expect(isRetryable(new ApiError(status, 'x'))).toBe(true)
    for (const status of [400, 401, 403, 404, 409]) expect(isRetryable(new ApiError(status, 'x'))).toBe(false)
    expect(isRetryable(new Error('boom'))).toBe(false)
    expect(isRetryable(undefined)).toBe(false)
  })
})

describe('token', () => {
  function captureAuthorization(): Array<string | null> {
    const seen: Array<string | null> = []
    server.use(
      http.get('*/iam/v1/groups', ({ request }) => {
        seen.push(request.headers.get('Authorization'))
        return HttpResponse.json({ items: [] })
      }),
    )
    return seen
  }

  it('sends no Authorization header without a token', async () => {
    const seen = captureAuthorization()
    await listOrganizations()
    expect(seen).toEqual([null])
  })

  it('sends the stored token as a bearer token, trimmed', async () => {
    const seen = captureAuthorization()
    auth.setToken('  abc\n')
    expect(auth.getToken()).toBe('abc')
    await listOrganizations()
    expect(seen).toEqual(['Bearer abc'])
  })

  it('stops sending the token after clearToken', async () => {
    const seen = captureAuthorization()
    auth.setToken('abc')
    await listOrganizations()
    auth.clearToken()
    expect(auth.getToken()).toBeNull()
    await listOrganizations()
    expect(seen).toEqual(['Bearer abc', null])
  })

  it('always asks for JSON', async () => {
    const spy = stubFetch({ items: [] })
    await listOrganizations()
    expect(sent(spy).headers.Accept).toBe('application/json')
  })
})
