import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { ApiError, auth, isRetryable, outcomeUnknown } from './client'
import { listOrganizations } from './groups'
import { apiError, ORG } from '../test/fetch-stub'

afterEach(() => {
  sessionStorage.clear()
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
