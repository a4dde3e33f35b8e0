import { vi, type MockInstance } from 'vitest'
import { ApiError } from '../api/client'

/** Reads back what the API client hands to fetch: no network, no MSW. */
export const ORG = '0123456789abcdef0123456789abcdef01234567'
export const REPO = `${ORG}/89abcdef01234567`
export const BUILD = `${REPO}/fedcba9876543210`
export const BASE = 'http://console.test'

export interface SentRequest {
  /** the URL exactly as the client handed it to fetch */
  raw: string
  method: string
  url: URL
  body: unknown
  headers: Record<string, string>
}

export type FetchSpy = MockInstance<typeof fetch>

/**
 * Answers every fetch with `body` (no network, no MSW) so the exact request can be read back. The
 * default answer has what any list read needs: an item fit for images, tags and organizations.
 */
export function stubFetch(
  body: unknown = { items: [{ id: REPO, name: 'node', digest: 'sha256:0' }], reports: [{ id: BUILD }] },
  status = 200,
): FetchSpy {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(
      async () =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    )
}

export function sent(spy: FetchSpy, index = -1): SentRequest {
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

export function queryOf(request: SentRequest): Array<[string, string]> {
  return [...request.url.searchParams.entries()]
}

/** Runs `promise`, which must reject with an ApiError, and returns that error. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}
