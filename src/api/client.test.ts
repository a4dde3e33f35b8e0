import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { ApiError, auth, buildUrl, pathId } from './client'
import { listOrganizations } from './groups'
import { BASE, REPO, sent, stubFetch } from '../test/fetch-stub'

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
