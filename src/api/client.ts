import { isRecord } from '../domain/is-record'
import type { RpcStatus } from './types'

/** The one error type the API layer throws. `status` 0 means the request never got an answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly status: number,
    message: string,
    /** google.rpc.Code from the body, when the server sent one */
    readonly code?: number,
    readonly details: NonNullable<RpcStatus['details']> = [],
  ) {
    super(message)
  }
}

type QueryValue = string | number | boolean | readonly string[] | undefined
export type Query = Record<string, QueryValue>

/**
 * Encodes a UIDP (or any id) for a path. UIDPs keep their slashes raw, as the gateway's `{id=**}`
 * path variables expect; every segment is still percent-encoded so nothing else can break out.
 */
export function pathId(id: string): string {
  const segments = id.split('/')
  // `.` and `..` (even percent-encoded) would let an id climb out of the resource path
  if (segments.some((segment) => segment === '' || /^(\.|%2e){1,2}$/i.test(segment))) {
    throw new ApiError(400, `"${id}" is not a valid id.`)
  }
  return segments.map(encodeURIComponent).join('/')
}

/** Builds a relative URL; array values repeat the key, undefined values are left out. */
export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) params.append(key, item)
    else params.append(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

// ---- auth (real mode only; demo mode never sends a token) ----

const TOKEN_KEY = 'assembly-console.token'
const unauthorizedListeners = new Set<() => void>()

export const auth = {
  getToken(): string | null {
    return globalThis.sessionStorage?.getItem(TOKEN_KEY) ?? null
  },
  setToken(token: string) {
    sessionStorage.setItem(TOKEN_KEY, token.trim())
  },
  clearToken() {
    sessionStorage.removeItem(TOKEN_KEY)
  },
  /** Called whenever the API answers 401; returns an unsubscribe function. */
  onUnauthorized(listener: () => void): () => void {
    unauthorizedListeners.add(listener)
    return () => unauthorizedListeners.delete(listener)
  },
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Query
  body?: unknown
  signal?: AbortSignal
  /** each piece of a successful answer's text, as it arrives */
  onText?: (piece: string) => void
}

/** What every request waits for first; see {@link holdRequestsUntil}. */
let backendReady: Promise<unknown> = Promise.resolve()

/**
 * Holds every request until `ready` settles. Demo mode starts its in-browser backend beside the
 * console, which renders at once; its requests leave once the backend can answer them (and fail as
 * unanswered if it cannot start).
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  backendReady = ready
}

const NETWORK_MESSAGE = 'The registry did not answer (network error). Check your connection and try again.'
const UNREADABLE_MESSAGE = 'The registry’s answer could not be read. Try again in a moment.'

/**
 * Sends one API request and returns its JSON body, or throws ApiError. The body is `unknown`: a
 * read passes it through `decode` (decode.ts) with the shape it needs.
 */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<unknown> {
  const { method = 'GET', query, body, signal, onText } = options
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const token = auth.getToken()
  if (token) headers.Authorization = `Bearer ${token}`

  let response: Response
  try {
    await backendReady
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError(0, NETWORK_MESSAGE)
  }

  let text: string
  try {
    text =
      onText && response.ok && response.body ? await readText(response.body, onText) : await response.text()
  } catch (error) {
    // the connection dropped while the answer was on its way
    if (signal?.aborted) throw error
    throw new ApiError(0, NETWORK_MESSAGE)
  }
  let json: unknown
  let parsed = true
  try {
    json = text ? JSON.parse(text) : {}
  } catch {
    parsed = false
  }

  if (!response.ok) {
    if (response.status === 401) for (const listener of unauthorizedListeners) listener()
    const status: Record<string, unknown> = parsed && isRecord(json) ? json : {}
    const message = typeof status.message === 'string' ? status.message.trim() : ''
    throw new ApiError(
      response.status,
      message || defaultMessage(response.status),
      typeof status.code === 'number' ? status.code : undefined,
      Array.isArray(status.details) ? (status.details as NonNullable<RpcStatus['details']>) : [],
    )
  }
  if (!parsed || !isRecord(json)) throw new ApiError(response.status, UNREADABLE_MESSAGE)
  return json
}

/** A body's text, given piece by piece to `onPiece` as it arrives, then whole. */
async function readText(body: ReadableStream<Uint8Array>, onPiece: (piece: string) => void): Promise<string> {
  const decoder = new TextDecoder()
  const reader = body.getReader()
  const pieces: string[] = []
  for (;;) {
    const { done, value } = await reader.read()
    const piece = decoder.decode(value, { stream: !done })
    if (piece) {
      pieces.push(piece)
      onPiece(piece)
    }
    if (done) return pieces.join('')
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Your session has expired or the token is not valid. Sign in again.'
  if (status === 403) return 'You do not have permission to do this in this organization.'
  if (status === 404) return 'Not found.'
  if (status === 409)
    return 'This conflicts with the registry’s current state (409): a name may be taken, or the image changed in the meantime.'
  if (status === 429) return 'Too many requests. Wait a moment and try again.'
  if (status === 502 || status === 503 || status === 504)
    return `The registry is unavailable (${status}). Try again in a moment.`
  if (status >= 500) return `The registry failed (${status}). Try again in a moment.`
  return `The request failed (${status}).`
}

/**
 * Whether a failed change may have been made all the same: the request left, but no answer came
 * back, or the answer could not be read.
 */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || (error.status >= 200 && error.status < 300))
}

/** Whether retrying the same request could help (network trouble, server errors, rate limits). */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500)
}
