import { isRecord } from '../domain/is-record'
import { ApiError } from './client'

/**
 * Checks of an answer's shape, one per wire type (see `shapes.ts`), and `decode`, which every read
 * runs on the JSON `apiFetch` returns. A check looks only at the fields the console uses: unknown
 * fields pass, an absent field passes unless the console cannot do without it, and a field that is
 * there must have its wire type (protojson: int64 as a string, enums as names, times as RFC 3339).
 * The answer is passed on as it came, unknown fields included, so a repository sent back whole
 * (PUT) keeps them.
 */
export interface Check<T = unknown> {
  (value: unknown, at: string): void
  /** `is missing` when absent */
  readonly required?: boolean
  /** phantom: the wire type this check vouches for */
  readonly wire?: T
}

class ShapeProblem extends Error {}

function fail(at: string, problem: string): never {
  throw new ShapeProblem(`${at || 'the answer'} ${problem}`)
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

function primitive<T>(name: string, accepts: (value: unknown) => boolean): Check<T> {
  return (value, at) => {
    if (!accepts(value)) fail(at, `is ${kind(value)}, not ${name}`)
  }
}

export const string = primitive<string>('a string', (value) => typeof value === 'string')
export const boolean = primitive<boolean>('true or false', (value) => typeof value === 'boolean')
/** int32 and uint32 travel as JSON numbers */
export const integer = primitive<number>(
  'a whole number',
  (value) => typeof value === 'number' && Number.isInteger(value),
)
/** int64 travels as a string of digits */
export const int64 = primitive<string>(
  'an int64 (a string of digits)',
  (value) => typeof value === 'string' && /^-?\d{1,19}$/.test(value),
)

/** An id: an organization's 40 hex characters, then `/` and 16 more per level below it */
export const uidp = primitive<string>(
  'a UIDP',
  (value) => typeof value === 'string' && /^[0-9a-f]{40}(\/[0-9a-f]{16})*$/i.test(value),
)

const RFC_3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/
export const time = primitive<string>(
  'an RFC 3339 time',
  (value) => typeof value === 'string' && RFC_3339.test(value) && !Number.isNaN(Date.parse(value)),
)

/** An enum, by name. An unknown name fails: the console would not know what it means. */
export function oneOf<const T extends string>(...names: T[]): Check<T> {
  return (value, at) => {
    string(value, at)
    if (!names.includes(value as T)) fail(at, `is “${String(value)}”, not one of ${names.join(', ')}`)
  }
}

export function list<T>(item: Check<T>): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) fail(at, `is ${kind(value)}, not a list`)
    value.forEach((element, index) => item(element, `${at}[${index}]`))
  }
}

/** A protobuf map: every value checked. */
export function map<T>(entry: Check<T>): Check<Record<string, T>> {
  return (value, at) => {
    if (!isRecord(value)) fail(at, `is ${kind(value)}, not a map`)
    for (const [key, element] of Object.entries(value)) entry(element, `${at}[${JSON.stringify(key)}]`)
  }
}

/** A field the console cannot do without (an id, a name); protojson leaves out an empty one. */
export function required<T>(check: Check<T>): Check<T> {
  return Object.assign(
    (value: unknown, at: string) => {
      if (value === '') fail(at, 'is empty')
      check(value, at)
    },
    { required: true },
  )
}

/** A message: the named fields checked, any other field let through. */
export function object<T>(fields: { [K in keyof T]?: Check<NonNullable<T[K]>> }): Check<T> {
  const entries = Object.entries(fields) as Array<[string, Check]>
  return (value, at) => {
    if (!isRecord(value)) fail(at, `is ${kind(value)}, not an object`)
    for (const [key, check] of entries) {
      const path = at ? `${at}.${key}` : key
      if (value[key] === undefined) {
        if (check.required) fail(path, 'is missing')
      } else {
        check(value[key], path)
      }
    }
  }
}

/**
 * The answer to one call, once its shape is checked; otherwise an ApiError naming the call and the
 * field, e.g. "The registry’s answer to “list tags” could not be used: items[3].digest is missing."
 */
export function decode<T>(call: string, check: Check<T>, json: unknown): T {
  try {
    check(json, '')
  } catch (error) {
    if (!(error instanceof ShapeProblem)) throw error
    throw new ApiError(200, `The registry’s answer to “${call}” could not be used: ${error.message}.`)
  }
  return json as T
}
