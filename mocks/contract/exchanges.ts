/** What the client sends and what the mocks answer, recorded per request for the contract test. */
import { vi } from 'vitest'
import { OPERATIONS, pathPattern, type Method, type OperationRow } from './api-description'

export interface Exchange {
  method: string
  url: URL
  requestBody: unknown
  status: number
  responseBody: unknown
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Spies on fetch (still reaching the mocks) and records every request with its answer. */
export function recordExchanges(): Exchange[] {
  if (vi.isMockFunction(globalThis.fetch)) vi.mocked(globalThis.fetch).mockRestore()
  const realFetch = globalThis.fetch
  const exchanges: Exchange[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const response = await realFetch(input, init)
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    exchanges.push({
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      url: new URL(href, 'http://localhost'),
      requestBody: typeof init?.body === 'string' ? parseJson(init.body) : undefined,
      status: response.status,
      responseBody: parseJson(await response.clone().text()),
    })
    return response
  })
  return exchanges
}

export function rowOf(exchange: Exchange): OperationRow | undefined {
  const rows = OPERATIONS.filter(
    ([method, path]) =>
      method.toUpperCase() === exchange.method && pathPattern(path).test(exchange.url.pathname),
  )
  if (rows.length > 1)
    throw new Error(`${exchange.method} ${exchange.url.pathname} matches several operations`)
  return rows[0]
}

export function exchangesOf(exchanges: readonly Exchange[], row: OperationRow): Exchange[] {
  return exchanges.filter((exchange) => rowOf(exchange) === row)
}

export function rowFor(method: Method, path: string): OperationRow {
  const row = OPERATIONS.find(([m, p]) => m === method && p === path)
  if (!row) throw new Error(`no row for ${method} ${path}`)
  return row
}
