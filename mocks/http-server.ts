/**
 * The mock registry over HTTP (`npm run mock-api`): the very handlers of demo mode and Vitest, served
 * on node:http through MSW's own `getResponse`, behind a bearer token as the real API is. With it,
 * real mode runs on a laptop against the same store, scenarios and clock as the demo.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { getResponse } from 'msw'
import { handlers, rpcError } from './handlers'

/** The path prefixes of the platform API: every one of them needs the token. */
const API_PATH = /^\/(iam|registry|apk|apko)\//
/** Test-only control, outside the API's prefixes and served only when asked for. */
const CONTROL_PATH = '/__mock/'

export interface MockApiOptions {
  port: number
  /** the bearer token the API accepts; a random one when not given */
  token?: string
  /** serve `POST /__mock/token` (revoke the token and accept another), for tests */
  control?: boolean
}

export interface MockApi {
  url: string
  /** the token accepted now */
  token(): string
  close(): Promise<void>
}

function randomToken(): string {
  return randomBytes(24).toString('base64url')
}

export async function startMockApi(options: MockApiOptions): Promise<MockApi> {
  let token = options.token ?? randomToken()

  async function control(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (request.method === 'POST' && url.pathname === `${CONTROL_PATH}token`) {
      const asked = (await request.json().catch(() => ({}))) as { token?: unknown }
      // the old token stops working at once: the next call with it answers 401
      token = typeof asked.token === 'string' && asked.token ? asked.token : randomToken()
      return Response.json({ token })
    }
    return rpcError(404, `${request.method} ${url.pathname} is not a control of the mock API.`)
  }

  async function answer(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url)
    if (options.control && pathname.startsWith(CONTROL_PATH)) return control(request)
    if (!API_PATH.test(pathname)) return rpcError(404, `${pathname} is not part of the platform API.`)
    if (request.headers.get('authorization') !== `Bearer ${token}`) {
      return rpcError(401, 'Unauthenticated: the bearer token is missing, expired or revoked.')
    }
    return (
      (await getResponse(handlers, request)) ??
      rpcError(404, `${request.method} ${pathname} is not part of the API the mock serves.`)
    )
  }

  const server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing, answer).catch((error: unknown) => {
      console.error('[mock-api]', error)
      outgoing.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    token: () => token,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** Hands one node request to `answer` as a Fetch Request, and streams its Response back. */
async function serve(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  answer: (request: Request) => Promise<Response>,
): Promise<void> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item)
  }
  const method = incoming.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const request = new Request(
    new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`),
    {
      method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    },
  )

  const response = await answer(request)
  // `HttpResponse.error()`, an injected dropped connection: drop it
  if (response.type === 'error') return void outgoing.destroy()
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  if (!response.body || method === 'HEAD') return void outgoing.end()
  Readable.fromWeb(response.body as NodeReadableStream).pipe(outgoing)
}
