/**
 * MSW handlers for the platform API paths the console uses. Each route is thin: read the request,
 * call one db function, answer JSON (a value, or JSON already written: a Blob, or a stream of it). One wrapper adds
 * latency, injected faults and error mapping.
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw'
import * as db from './db'

export const mockSettings = {
  /** added to every answer outside tests, so loading states are visible in the demo */
  latencyMs: [0, 0] as [min: number, max: number],
  /** how long the `server-errors` scenario keeps a request waiting before failing it */
  slowMs: 0,
}

interface Context {
  url: URL
  /** the captured path id (a UIDP with its slashes) */
  id: string
  /** the path's further captures, e.g. a digest */
  more: string[]
  request: Request
}

type Route = [
  method: string,
  path: RegExp,
  answer: (
    context: Context,
  ) =>
    | JsonBodyType
    | Blob
    | ReadableStream<Uint8Array>
    | Promise<JsonBodyType | Blob | ReadableStream<Uint8Array>>,
]

/** Query parameters come camelCase (OpenAPI) or snake_case (grpc-gateway accepts both). */
function param(url: URL, name: string): string | undefined {
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  return url.searchParams.get(name) ?? url.searchParams.get(snake) ?? undefined
}
function params(url: URL, name: string): string[] {
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  return [...url.searchParams.getAll(name), ...(snake === name ? [] : url.searchParams.getAll(snake))]
}
function bool(url: URL, name: string): boolean {
  return param(url, name) === 'true'
}
function int(url: URL, name: string): number | undefined {
  const value = param(url, name)
  if (value === undefined || value === '') return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new db.HttpError(400, `${name}: must be a whole number.`)
  return number
}
function tagExclusions(url: URL) {
  return {
    excludeReferrers: bool(url, 'excludeReferrers'),
    excludeDates: bool(url, 'excludeDates'),
    excludeEpochs: bool(url, 'excludeEpochs'),
  }
}
async function body<T>(request: Request): Promise<T> {
  try {
    return (await request.json()) as T
  } catch {
    throw new db.HttpError(400, 'The request body is not valid JSON.')
  }
}

const routes: Route[] = [
  [
    'GET',
    /^\/iam\/v1\/groups$/,
    ({ url }) => ({
      items: db.listGroups({
        inRoot: bool(url, 'uidp.inRoot'),
        id: param(url, 'id'),
        name: param(url, 'name'),
      }),
    }),
  ],
  ['GET', /^\/registry\/v1\/entitlements\/(.+):features$/, ({ id }) => db.getFeatures(id)],
  [
    'GET',
    /^\/registry\/v1\/repos$/,
    ({ url }) => ({
      items: db.listRepos({
        childrenOf: param(url, 'uidp.childrenOf'),
        descendantsOf: param(url, 'uidp.descendantsOf'),
        id: param(url, 'id'),
        name: param(url, 'name'),
      }),
    }),
  ],
  [
    'POST',
    /^\/registry\/v1\/repos\/(.+)$/,
    async ({ id, url, request }) =>
      db.createRepo(id, await body(request), { preventExisting: bool(url, 'preventExisting') }),
  ],
  ['PUT', /^\/registry\/v1\/repos\/(.+)$/, async ({ id, request }) => db.updateRepo(id, await body(request))],
  [
    'DELETE',
    /^\/registry\/v1\/repos\/(.+)$/,
    ({ id }) => {
      db.deleteRepo(id)
      return {}
    },
  ],
  [
    'GET',
    /^\/registry\/v1\/repos\/(.+)\/digests\/([^/]+)\/sbom$/,
    ({ id, more: [digest = ''] }) => db.getSbom(id, digest),
  ],
  [
    'GET',
    /^\/registry\/v1\/repos\/(.+)\/digests\/([^/]+)\/vulnreport$/,
    ({ id, more: [digest = ''] }) => db.getVulnReport(id, digest),
  ],
  [
    'GET',
    /^\/registry\/v1\/repos\/(.+)\/digests\/([^/]+)\/architectures$/,
    ({ id, more: [digest = ''] }) => db.getArchs(id, digest),
  ],
  [
    'GET',
    /^\/registry\/v1\/repos\/(.+)\/digests\/([^/]+)\/size$/,
    ({ id, url, more: [digest = ''] }) => db.getSize(id, digest, param(url, 'arch')),
  ],
  [
    'GET',
    /^\/registry\/v1\/tags$/,
    ({ url }) => ({
      items: db.listTags({
        childrenOf: param(url, 'uidp.childrenOf'),
        descendantsOf: param(url, 'uidp.descendantsOf'),
        id: param(url, 'id'),
        name: param(url, 'name'),
        digest: param(url, 'digest'),
        updatedSince: param(url, 'updatedSince'),
        ...tagExclusions(url),
      }),
    }),
  ],
  [
    'GET',
    /^\/registry\/v1\/repotagssummary\/(.+)$/,
    ({ id, url }) => db.getRepoTagsSummary(id, tagExclusions(url)),
  ],
  [
    'GET',
    /^\/apk\/v1\/package-summaries$/,
    ({ url }) =>
      db.listPackageSummaries({
        descendantsOf: param(url, 'uidp.descendantsOf'),
        query: param(url, 'query'),
        pageSize: int(url, 'pageSize'),
        pageToken: param(url, 'pageToken'),
      }),
  ],
  [
    'POST',
    /^\/apko\/v1\/resolve\/(.+)$/,
    async ({ id, request }) =>
      db.resolveConfig(id, (await body<{ config?: { contents?: { packages?: unknown } } }>(request)).config),
  ],
  [
    'GET',
    /^\/registry\/v1\/buildreports$/,
    ({ url }) =>
      db.buildReportsJson({
        descendantsOf: param(url, 'uidp.descendantsOf'),
        ids: params(url, 'uidp.ids'),
        startedSince: param(url, 'startedSince'),
        startedBefore: param(url, 'startedBefore'),
        excludeLogs: bool(url, 'excludeLogs'),
        pageSize: int(url, 'pageSize'),
      }),
  ],
  [
    'GET',
    /^\/registry\/v1\/buildstatus$/,
    ({ url }) =>
      db.buildStatus({
        descendantsOf: param(url, 'uidp.descendantsOf'),
        ids: params(url, 'uidp.ids'),
        startedSince: param(url, 'startedSince'),
        startedBefore: param(url, 'startedBefore'),
      }),
  ],
]

/** Percent-decoded text; a malformed escape is left as written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Calls that fail in the `server-errors` scenario (the shell's own calls still answer). */
const FLAKY = /^\/(registry\/v1\/(repos|tags|repotagssummary|buildreports)|apk\/v1|apko\/v1)/

/** An error answer as the platform API sends it: a google.rpc.Status body. */
export function rpcError(status: number, message: string) {
  return HttpResponse.json({ code: new db.HttpError(status, message).code, message, details: [] }, { status })
}

async function dispatch({ request }: { request: Request }) {
  const url = new URL(request.url)
  const path = decode(url.pathname)
  const [min, max] = mockSettings.latencyMs
  if (max > 0) await delay(min + Math.random() * (max - min))

  const fault = db.takeFault(request.method, path, decode(url.search.slice(1)))
  if (fault) {
    if (fault.delayMs) await delay(fault.delayMs)
    if (fault.answer === 'network-error') return HttpResponse.error()
    if (fault.answer === 'malformed-json') {
      return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } })
    }
    return rpcError(fault.answer, fault.message ?? `Injected failure (${fault.answer}).`)
  }
  if (db.currentScenario() === 'server-errors' && FLAKY.test(path)) {
    if (mockSettings.slowMs) await delay(mockSettings.slowMs)
    return rpcError(503, 'The registry is temporarily unavailable. Try again in a few minutes.')
  }

  for (const [method, pattern, answer] of routes) {
    const match = pattern.exec(path)
    if (!match || method !== request.method) continue
    try {
      const body = await answer({ url, request, id: match[1] ?? '', more: match.slice(2) })
      return body instanceof Blob || body instanceof ReadableStream
        ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
        : HttpResponse.json(body)
    } catch (error) {
      if (error instanceof db.HttpError) return rpcError(error.status, error.message)
      console.error('[mocks] unexpected error', error)
      return rpcError(500, 'Internal error in the mock backend.')
    }
  }
  return rpcError(404, `${request.method} ${path} is not part of the API the demo serves.`)
}

export const handlers = [http.all(/^https?:\/\/[^/]+\/(iam|registry|apk|apko)\/v1\//, dispatch)]
