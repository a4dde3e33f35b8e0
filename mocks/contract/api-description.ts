/**
 * The published OpenAPI description of the platform API, for the contract test: read from the shared
 * folder next to the repository (a missing file fails the run), the operations the client uses, and
 * validators whose object schemas are closed, so an unknown field is a violation.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { isRecord } from '../../src/domain/is-record'

// resolved from this file, not the working directory (happy-dom's URL cannot make file: URLs)
const SPEC_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/api/platform-api-v1.openapi.json',
)

export type Method = 'get' | 'post' | 'put' | 'delete'

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

export const spec = loadSpec()

/** The operations the client uses: [method, spec path, query parameters the client sends]. */
export type OperationRow = [method: Method, path: string, query: readonly string[]]
export const OPERATIONS: readonly OperationRow[] = [
  ['get', '/iam/v1/groups', ['uidp.inRoot', 'name']],
  ['get', '/registry/v1/entitlements/{parent}:features', []],
  ['get', '/registry/v1/repos', ['uidp.childrenOf']],
  ['post', '/registry/v1/repos/{id}', ['preventExisting']],
  ['put', '/registry/v1/repos/{id}', []],
  ['delete', '/registry/v1/repos/{id}', []],
  ['get', '/registry/v1/tags', ['uidp.childrenOf', 'uidp.descendantsOf', 'name', 'excludeReferrers']],
  ['get', '/registry/v1/repotagssummary/{repoId}', ['excludeReferrers']],
  ['get', '/apk/v1/package-summaries', ['uidp.descendantsOf', 'query', 'pageSize', 'pageToken']],
  ['post', '/apko/v1/resolve/{repoUidp}', []],
  [
    'get',
    '/registry/v1/buildreports',
    ['uidp.descendantsOf', 'uidp.ids', 'excludeLogs', 'startedSince', 'startedBefore'],
  ],
  ['get', '/registry/v1/buildstatus', ['uidp.descendantsOf']],
  ['get', '/registry/v1/repos/{repoId}/digests/{digest}/sbom', []],
  ['get', '/registry/v1/repos/{repoId}/digests/{digest}/vulnreport', []],
  ['get', '/registry/v1/repos/{repoId}/digests/{digest}/architectures', []],
  ['get', '/registry/v1/repos/{repoId}/digests/{digest}/size', ['arch']],
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

export function operationOf(method: Method, path: string): Operation {
  const operation = spec.paths[path]?.[method]
  if (!operation) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`)
  return operation
}

export function specQueryNames(operation: Operation): string[] {
  return (operation.parameters ?? [])
    .map((parameter) => (parameter.$ref ? (resolvePointer(parameter.$ref) as Parameter) : parameter))
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => parameter.name ?? '')
}

export function pathPattern(path: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(
    `^${path
      .split(/\{[^}]+\}/)
      .map(escape)
      .join('.+')}$`,
  )
}

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
export function violations(ref: string, data: unknown): ErrorObject[] {
  let validate = validators.get(ref)
  if (!validate) {
    validate = ajv.compile({ $ref: ref })
    validators.set(ref, validate)
  }
  return validate(data) ? [] : [...(validate.errors ?? [])]
}

/** The ref of an operation's JSON answer for `status` (its `default` answer when not listed). */
export function responseRef(method: Method, path: string, status: number): string {
  const responses = operationOf(method, path).responses ?? {}
  const key = responses[String(status)] ? String(status) : 'default'
  if (!responses[key]?.content?.['application/json']?.schema) {
    throw new Error(`${method.toUpperCase()} ${path} declares no JSON schema for ${key}`)
  }
  return pointerRef('paths', path, method, 'responses', key, 'content', 'application/json', 'schema')
}

export function requestBodyRef(method: Method, path: string): string {
  const content = operationOf(method, path).requestBody?.content ?? {}
  const type = Object.keys(content).find((name) => content[name]?.schema)
  if (!type) throw new Error(`${method.toUpperCase()} ${path} declares no request body schema`)
  return pointerRef('paths', path, method, 'requestBody', 'content', type, 'schema')
}

export const STATUS_REF = 'spec#/components/schemas/google.rpc.Status'
