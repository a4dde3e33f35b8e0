/**
 * Contract test between the typed client (src/api), the mock backend (mocks/) and the published
 * OpenAPI description of the platform API. It reads the description from the shared folder next to
 * the repository and fails, never skips, when that file is missing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it, vi } from 'vitest'
import { resolveConfig } from '../src/api/apko'
import { getBuildReport, listBuildReports } from '../src/api/build-reports'
import { ApiError } from '../src/api/client'
import { getFeatures } from '../src/api/entitlements'
import { listOrganizations } from '../src/api/groups'
import { listPackageSummaries } from '../src/api/packages'
import { createRepo, deleteRepo, getRepo, listRepos, updateRepo } from '../src/api/repos'
import type { Repo } from '../src/api/types'
import { listOrgTags, listTags } from '../src/api/tags'
import * as db from './db'

// ---- the published API description ----

// resolved from this file, not the working directory (happy-dom's URL cannot make file: URLs)
const SPEC_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/api/platform-api-v1.openapi.json',
)

type Method = 'get' | 'post' | 'put' | 'delete'

interface MediaType {
  schema?: unknown
}
interface Parameter {
  name?: string
  in?: string
  $ref?: string
}
interface Operation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, MediaType> }
  responses?: Record<string, { content?: Record<string, MediaType> }>
}
interface Spec {
  openapi: string
  paths: Record<string, Partial<Record<Method, Operation>>>
  components: { schemas: Record<string, unknown> }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads the spec or throws: a missing or unreadable description must fail the run, not skip it. */
function loadSpec(): Spec {
  if (!existsSync(SPEC_PATH)) {
    throw new Error(
      `The published API description is missing: expected ${SPEC_PATH} ` +
        '(../shared/api/platform-api-v1.openapi.json from the repository root). The contract test cannot run without it.',
    )
  }
  const parsed: unknown = JSON.parse(readFileSync(SPEC_PATH, 'utf8'))
  if (
    !isRecord(parsed) ||
    typeof parsed.openapi !== 'string' ||
    !isRecord(parsed.paths) ||
    !isRecord(parsed.components) ||
    !isRecord(parsed.components.schemas)
  ) {
    throw new Error(`${SPEC_PATH} is not an OpenAPI document with paths and components.schemas.`)
  }
  return parsed as unknown as Spec
}

const spec = loadSpec()

/** The operations the client uses: [method, spec path, query parameters the client sends]. */
type OperationRow = [method: Method, path: string, query: readonly string[]]
const OPERATIONS: readonly OperationRow[] = [
  ['get', '/iam/v1/groups', ['uidp.inRoot']],
  ['get', '/registry/v1/entitlements/{parent}:features', []],
  ['get', '/registry/v1/repos', ['uidp.childrenOf', 'id']],
  ['post', '/registry/v1/repos/{id}', ['preventExisting']],
  ['put', '/registry/v1/repos/{id}', []],
  ['delete', '/registry/v1/repos/{id}', []],
  ['get', '/registry/v1/tags', ['uidp.childrenOf', 'uidp.descendantsOf']],
  ['get', '/apk/v1/package-summaries', ['uidp.descendantsOf', 'query', 'pageSize', 'pageToken']],
  ['post', '/apko/v1/resolve/{repoUidp}', []],
  ['get', '/registry/v1/buildreports', ['uidp.descendantsOf', 'uidp.ids', 'excludeLogs']],
]

function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`)
  let node: unknown = spec
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    node = isRecord(node) ? node[key] : undefined
  }
  return node
}

function operationOf(method: Method, path: string): Operation {
  const operation = spec.paths[path]?.[method]
  if (!operation) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`)
  return operation
}

function specQueryNames(operation: Operation): string[] {
  return (operation.parameters ?? [])
    .map((parameter) => (parameter.$ref ? (resolvePointer(parameter.$ref) as Parameter) : parameter))
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => parameter.name ?? '')
}

function pathPattern(path: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(
    `^${path
      .split(/\{[^}]+\}/)
      .map(escape)
      .join('.+')}$`,
  )
}

// ---- validators ----

/** Every object schema with `properties` and no `additionalProperties` becomes closed. */
function closeSchema(schema: unknown): void {
  if (!isRecord(schema)) return
  if (isRecord(schema.properties)) {
    if (schema.additionalProperties === undefined) schema.additionalProperties = false
    for (const property of Object.values(schema.properties)) closeSchema(property)
  }
  closeSchema(schema.items)
  if (isRecord(schema.additionalProperties)) closeSchema(schema.additionalProperties)
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[keyword]
    if (Array.isArray(list)) list.forEach(closeSchema)
  }
}

function closedCopy(document: Spec): Spec {
  const copy = structuredClone(document)
  for (const schema of Object.values(copy.components.schemas)) closeSchema(schema)
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      for (const media of Object.values(operation.requestBody?.content ?? {})) closeSchema(media.schema)
      for (const response of Object.values(operation.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) closeSchema(media.schema)
      }
    }
  }
  return copy
}

function formatsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsIn(item, found)
  else if (isRecord(node)) {
    if (typeof node.format === 'string') found.add(node.format)
    for (const value of Object.values(node)) formatsIn(value, found)
  }
  return found
}

function createAjv(document: Spec): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  // protojson writes 64-bit integers as decimal strings
  ajv.addFormat('int64', { type: 'string', validate: /^-?\d+$/ })
  ajv.addFormat('uint64', { type: 'string', validate: /^\d+$/ })
  for (const format of ['int32', 'uint32', 'double', 'float', 'byte', ...formatsIn(document)]) {
    if (!ajv.formats[format]) ajv.addFormat(format, true)
  }
  ajv.addSchema(document, 'spec')
  return ajv
}

const ajv = createAjv(closedCopy(spec))
const validators = new Map<string, ValidateFunction>()

function pointerRef(...segments: string[]): string {
  const escaped = segments.map((segment) =>
    encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1')),
  )
  return `spec#/${escaped.join('/')}`
}

/** Schema violations of `data` against the schema at `ref` (a ref into the closed spec). */
function violations(ref: string, data: unknown): ErrorObject[] {
  let validate = validators.get(ref)
  if (!validate) {
    validate = ajv.compile({ $ref: ref })
    validators.set(ref, validate)
  }
  return validate(data) ? [] : [...(validate.errors ?? [])]
}

/** The ref of an operation's JSON answer for `status` (its `default` answer when not listed). */
function responseRef(method: Method, path: string, status: number): string {
  const responses = operationOf(method, path).responses ?? {}
  const key = responses[String(status)] ? String(status) : 'default'
  if (!responses[key]?.content?.['application/json']?.schema) {
    throw new Error(`${method.toUpperCase()} ${path} declares no JSON schema for ${key}`)
  }
  return pointerRef('paths', path, method, 'responses', key, 'content', 'application/json', 'schema')
}

function requestBodyRef(method: Method, path: string): string {
  const content = operationOf(method, path).requestBody?.content ?? {}
  const type = Object.keys(content).find((name) => content[name]?.schema)
  if (!type) throw new Error(`${method.toUpperCase()} ${path} declares no request body schema`)
  return pointerRef('paths', path, method, 'requestBody', 'content', type, 'schema')
}

const STATUS_REF = 'spec#/components/schemas/google.rpc.Status'

// ---- recording what the client sends and what the mocks answer ----

interface Exchange {
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
function recordExchanges(): Exchange[] {
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

function rowOf(exchange: Exchange): OperationRow | undefined {
  const rows = OPERATIONS.filter(
    ([method, path]) =>
      method.toUpperCase() === exchange.method && pathPattern(path).test(exchange.url.pathname),
  )
  if (rows.length > 1)
    throw new Error(`${exchange.method} ${exchange.url.pathname} matches several operations`)
  return rows[0]
}

function exchangesOf(exchanges: readonly Exchange[], row: OperationRow): Exchange[] {
  return exchanges.filter((exchange) => rowOf(exchange) === row)
}

function rowFor(method: Method, path: string): OperationRow {
  const row = OPERATIONS.find(([m, p]) => m === method && p === path)
  if (!row) throw new Error(`no row for ${method} ${path}`)
  return row
}

async function defaultOrgId(): Promise<string> {
  const org = (await listOrganizations()).find((group) => group.name === db.ORG_NAMES.default)
  if (!org?.id) throw new Error(`the mocks have no organization named ${db.ORG_NAMES.default}`)
  return org.id
}

async function repoNamed(orgId: string, name: string): Promise<Repo & { id: string }> {
  const repo = (await listRepos(orgId)).find((candidate) => candidate.name === name)
  if (!repo?.id) throw new Error(`the mocks have no image named ${name}`)
  return { ...repo, id: repo.id }
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

/** Calls every client function once against the seeded mocks, through the whole repo lifecycle. */
async function exerciseClient() {
  const exchanges = recordExchanges()
  const org = await defaultOrgId()
  await getFeatures(org)
  const node = await repoNamed(org, 'node')
  await getRepo(node.id)
  await listTags(node.id)
  await listOrgTags(org)

  const firstPage = await listPackageSummaries(org, { pageSize: 5 })
  const secondPage = await listPackageSummaries(org, { pageSize: 5, pageToken: firstPage.nextPageToken })
  const curl = (await listPackageSummaries(org, { query: 'curl', pageSize: 50 })).items.find(
    (item) => item.packageName === 'curl',
  )
  if (!curl?.packageName) throw new Error('the mocks do not offer the package curl')

  await resolveConfig(node.id)
  const created = await createRepo(
    org,
    {
      name: 'contract-test',
      sync_config: { source: 'chainguard/node' },
      customOverlay: { contents: { packages: [curl.packageName] } },
    },
    { preventExisting: true },
  )
  if (!created.id) throw new Error('createRepo answered without an id')
  const updated = await updateRepo({
    ...created,
    id: created.id,
    customOverlay: { contents: { packages: [curl.packageName] }, environment: { CONTRACT: 'yes' } },
  })
  db.clock.advance(10 * 60_000)
  const reports = await listBuildReports(created.id)
  const firstReport = reports[0]
  if (!firstReport?.id) throw new Error('no builds after the update')
  const report = await getBuildReport(created.id, firstReport.id)
  await deleteRepo(created.id)
  vi.mocked(globalThis.fetch).mockRestore()
  return { exchanges, org, node, created, updated, firstPage, secondPage, reports, report }
}

// ---- tests ----

describe('the published API description', () => {
  it('is an OpenAPI 3.0 document', () => {
    expect(spec.openapi).toMatch(/^3\.0\./)
    expect(spec.components.schemas['google.rpc.Status']).toBeDefined()
  })

  it.each(OPERATIONS)('declares %s %s with the query parameters %j', (method, path, query) => {
    const operation = operationOf(method, path)
    const declared = specQueryNames(operation)
    for (const name of query) expect(declared, `${method.toUpperCase()} ${path} ?${name}`).toContain(name)
    expect(() => responseRef(method, path, 200)).not.toThrow()
  })
})

describe('the client against the description', () => {
  it('sends, per operation, exactly the query parameters of the table, each one declared by the spec', async () => {
    const { exchanges } = await exerciseClient()
    const unmatched = exchanges.filter((exchange) => !rowOf(exchange))
    expect(unmatched.map((exchange) => `${exchange.method} ${exchange.url.pathname}`)).toEqual([])

    for (const row of OPERATIONS) {
      const [method, path, query] = row
      const own = exchangesOf(exchanges, row)
      expect(own.length, `the client never called ${method.toUpperCase()} ${path}`).toBeGreaterThan(0)
      const sentNames = new Set(own.flatMap((exchange) => [...exchange.url.searchParams.keys()]))
      expect([...sentNames].sort(), `${method.toUpperCase()} ${path}`).toEqual([...query].sort())
      const declared = specQueryNames(operationOf(method, path))
      for (const name of sentNames)
        expect(declared, `${method.toUpperCase()} ${path} ?${name}`).toContain(name)
    }
  })

  it('sends request bodies the spec accepts, with no fields it does not know', async () => {
    const { exchanges } = await exerciseClient()
    const withBodies = exchanges.filter((exchange) => exchange.requestBody !== undefined)
    expect(withBodies.map((exchange) => exchange.method).sort()).toEqual(['POST', 'POST', 'PUT'])
    for (const exchange of withBodies) {
      const row = rowOf(exchange)
      if (!row) throw new Error(`unexpected ${exchange.method} ${exchange.url.pathname}`)
      const [method, path] = row
      expect(violations(requestBodyRef(method, path), exchange.requestBody), `${method} ${path}`).toEqual([])
    }
  })

  it('has validators that reject unknown fields and int64 numbers (the check is not vacuous)', () => {
    const repos = responseRef('get', '/registry/v1/repos', 200)
    expect(violations(repos, { items: [{ id: 'x', name: 'node' }] })).toEqual([])
    expect(violations(repos, { items: [{ id: 'x', extra: 1 }] }).map((error) => error.keyword)).toContain(
      'additionalProperties',
    )
    const packages = responseRef('get', '/apk/v1/package-summaries', 200)
    expect(violations(packages, { totalCount: '20000' })).toEqual([])
    expect(violations(packages, { totalCount: 20000 })).not.toEqual([])
    expect(violations(packages, { totalCount: 'many' })).not.toEqual([])
  })

  it('rejects an update body that still carries the id (the closed schemas catch extra fields)', () => {
    const ref = requestBodyRef('put', '/registry/v1/repos/{id}')
    expect(violations(ref, { name: 'node' })).toEqual([])
    const errors = violations(ref, { id: 'x', name: 'node' })
    expect(errors.map((error) => error.keyword)).toContain('additionalProperties')
  })
})

describe('the mocks against the description', () => {
  it.each(OPERATIONS)(
    'answer %s %s with a 200 body its schema accepts, with no extra fields',
    async (...row) => {
      const { exchanges } = await exerciseClient()
      const match = OPERATIONS.find(([m, p]) => m === row[0] && p === row[1])
      if (!match) throw new Error('row not in the table')
      const own = exchangesOf(exchanges, match)
      expect(own.length).toBeGreaterThan(0)
      for (const exchange of own) {
        const label = `${exchange.method} ${exchange.url.pathname}${exchange.url.search}`
        expect(exchange.status, label).toBe(200)
        expect(violations(responseRef(row[0], row[1], 200), exchange.responseBody), label).toEqual([])
      }
    },
  )

  it('answer DELETE with an empty object', async () => {
    const { exchanges } = await exerciseClient()
    const [deletion] = exchangesOf(exchanges, rowFor('delete', '/registry/v1/repos/{id}'))
    expect(deletion?.responseBody).toEqual({})
  })

  it('page package summaries with pageSize=5 and the next page token, totalCount a string', async () => {
    const { exchanges, firstPage, secondPage } = await exerciseClient()
    const [first, second] = exchangesOf(exchanges, rowFor('get', '/apk/v1/package-summaries'))
    expect(first?.url.searchParams.get('pageSize')).toBe('5')
    expect(second?.url.searchParams.get('pageToken')).toBe(firstPage.nextPageToken)
    expect(firstPage.items).toHaveLength(5)
    expect(secondPage.items).toHaveLength(5)
    const firstNames = new Set(firstPage.items.map((item) => item.packageName))
    expect(secondPage.items.some((item) => firstNames.has(item.packageName))).toBe(false)

    for (const exchange of [first, second]) {
      const body = exchange?.responseBody
      if (!isRecord(body)) throw new Error('package summaries answered without an object')
      expect(typeof body.totalCount).toBe('string')
      expect(body.totalCount).toMatch(/^\d+$/)
      expect(Number(body.totalCount)).toBe(firstPage.totalCount)
    }
  })

  it('send the large catalogue total as the int64 string "20000", read by the client as a number', async () => {
    const exchanges = recordExchanges()
    const large = (await listOrganizations()).find((group) => group.name === db.ORG_NAMES.large)
    if (!large?.id) throw new Error('no large organization in the mocks')
    const page = await listPackageSummaries(large.id, { pageSize: 1 })
    const wire = exchanges.at(-1)?.responseBody
    expect(isRecord(wire) ? wire.totalCount : undefined).toBe('20000')
    expect(page.totalCount).toBe(20000)
    expect(violations(responseRef('get', '/apk/v1/package-summaries', 200), wire)).toEqual([])
  })

  it('report builds without logs when excludeLogs=true and with them otherwise', async () => {
    const { exchanges, reports, report } = await exerciseClient()
    const [listed, single] = exchangesOf(exchanges, rowFor('get', '/registry/v1/buildreports'))
    expect(listed?.url.searchParams.get('excludeLogs')).toBe('true')
    expect(single?.url.searchParams.has('excludeLogs')).toBe(false)
    expect(reports.length).toBeGreaterThan(0)
    expect(reports.every((item) => item.log === undefined)).toBe(true)
    expect(reports.every((item) => item.completedAt !== undefined)).toBe(true)
    expect(typeof report?.log).toBe('string')
    expect(report?.log).not.toBe('')
  })
})

describe('error answers of the mocks', () => {
  /** The single recorded exchange of `promise`, which must fail with `status`. */
  async function failing(promise: () => Promise<unknown>, status: number) {
    const exchanges = recordExchanges()
    const error = await rejection(promise())
    const exchange = exchanges.at(-1)
    if (!exchange) throw new Error('nothing was sent')
    expect(exchange.status).toBe(status)
    expect(error.status).toBe(status)
    return { error, exchange }
  }

  function expectStatusBody(exchange: Exchange, method: Method, path: string, code: number) {
    expect(violations(responseRef(method, path, exchange.status), exchange.responseBody)).toEqual([])
    expect(violations(STATUS_REF, exchange.responseBody)).toEqual([])
    const body = exchange.responseBody
    if (!isRecord(body)) throw new Error('the error body is not an object')
    expect(body.code).toBe(code)
    expect(typeof body.message).toBe('string')
    expect(body.message).not.toBe('')
  }

  it('answer an unknown repo id with 404 and a google.rpc.Status body', async () => {
    const org = await defaultOrgId()
    const { error, exchange } = await failing(() => deleteRepo(`${org}/0000000000000000`), 404)
    expectStatusBody(exchange, 'delete', '/registry/v1/repos/{id}', 5)
    expect(error.code).toBe(5)

    const resolved = await failing(() => resolveConfig(`${org}/0000000000000000`), 404)
    expectStatusBody(resolved.exchange, 'post', '/apko/v1/resolve/{repoUidp}', 5)
  })

  it('answer creating "node" again with preventExisting with 409 and a Status body', async () => {
    const org = await defaultOrgId()
    const create = () =>
      createRepo(org, { name: 'node', sync_config: { source: 'chainguard/node' } }, { preventExisting: true })
    const { error, exchange } = await failing(create, 409)
    expectStatusBody(exchange, 'post', '/registry/v1/repos/{id}', 6)
    expect(error.code).toBe(6)
    expect(error.message).toMatch(/node/)
  })

  it('answer a bad image name with 400 and a Status body naming the field', async () => {
    const org = await defaultOrgId()
    const create = () =>
      createRepo(
        org,
        { name: 'Bad Name!', sync_config: { source: 'chainguard/node' } },
        { preventExisting: true },
      )
    const { error, exchange } = await failing(create, 400)
    expectStatusBody(exchange, 'post', '/registry/v1/repos/{id}', 3)
    expect(error.code).toBe(3)
    expect(error.message).toMatch(/^name: /)
  })

  it('answer an unknown API path, or a known path with another method, with 404 and a Status body', async () => {
    for (const [method, url] of [
      ['GET', '/registry/v1/no-such-thing'],
      ['PATCH', '/registry/v1/repos/abc'],
    ] as const) {
      const response = await fetch(url, { method })
      expect(response.status, `${method} ${url}`).toBe(404)
      const body: unknown = await response.json()
      expect(violations(STATUS_REF, body)).toEqual([])
      expect(isRecord(body) ? body.code : undefined).toBe(5)
    }
  })
})
