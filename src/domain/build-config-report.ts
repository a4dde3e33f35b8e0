/**
 * What the build config rules find while they walk a value: each problem's place (path segments, and
 * whether the key or the value is at fault) kept apart from its words, and the checks every section
 * shares (a section's map, a string value, an unknown key with a guess at the typo).
 */
import type { PathSegment } from './build-config-path'
import { isRecord } from './is-record'

/** A problem before it is written out: where (segments, and whether the key or the value is at fault) and why. */
export interface Finding {
  segments: PathSegment[]
  at: 'key' | 'value'
  reason: string
  severity: 'error' | 'warning'
}

/** The findings of one walk over a build config value, in the order the rules met them. */
export class Report {
  readonly findings: Finding[] = []

  /** `source` gives the text a scalar was written as, for the "quote it" hint. */
  constructor(private readonly source: (segments: PathSegment[]) => string | undefined) {}

  error(segments: PathSegment[], reason: string, at: 'key' | 'value' = 'value'): void {
    this.findings.push({ segments, at, reason, severity: 'error' })
  }

  warning(segments: PathSegment[], reason: string): void {
    this.findings.push({ segments, at: 'value', reason, severity: 'warning' })
  }

  /** A section's map; null and absent sections are empty. */
  section(path: PathSegment[], value: unknown, shape: string): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined
    if (isRecord(value)) return value
    this.error(path, `must be ${shape}, not ${kindOf(value)}`)
    return undefined
  }

  /** Whether `value` is a string; if not, says so with a hint. */
  string(path: PathSegment[], value: unknown): boolean {
    if (typeof value === 'string') return true
    if (value === null || value === undefined) {
      this.error(path, 'has no value; write one, or "" for an empty value')
    } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      const written = this.source(path) ?? String(value)
      this.error(path, `must be a string; quote it: ${JSON.stringify(written)}`)
    } else {
      this.error(path, `must be a string, not ${kindOf(value)}`)
    }
    return false
  }

  /** A section that maps names to string values (environment, annotations); `keyError` judges each name. */
  stringMap(
    section: string,
    value: unknown,
    shape: string,
    keyError: (key: string) => string | undefined,
  ): Record<string, string> | undefined {
    const record = this.section([section], value, `a map of ${shape}`)
    if (!record) return undefined
    const entries: [string, string][] = []
    for (const [key, entry] of Object.entries(record)) {
      const at = [section, key]
      const problem = keyError(key)
      if (problem) this.error(at, problem, 'key')
      if (this.string(at, entry)) entries.push([key, entry as string])
    }
    return entries.length ? Object.fromEntries(entries) : undefined
  }

  unknownKey(path: PathSegment[], known: readonly string[], has: string): void {
    const key = String(path[path.length - 1])
    const guess = known.find((name) => similar(name, key))
    const list =
      known.length === 1 ? `only ${known[0]}` : `${known.slice(0, -1).join(', ')} and ${known.at(-1)}`
    const hint = guess ? ` (did you mean ${guess}?)` : ''
    this.error(path, `is not a field this console knows; ${has} ${list}${hint}`, 'key')
  }
}

/** What a value is, in the words of a problem message: `the number 3000`, `a list`, `empty text`. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text "${clip(value)}"`
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${String(value)}`
  if (typeof value === 'boolean') return `${String(value)} (a yes/no value)`
  if (Array.isArray(value)) return 'a list'
  if (isRecord(value)) return 'a map'
  if (value instanceof Uint8Array) return 'binary data'
  if (value instanceof Date) return 'a date'
  return 'a value of another kind'
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** Same letters in another case, or one letter off: a likely typo of `known`. */
function similar(known: string, key: string): boolean {
  const a = known.toLowerCase()
  const b = key.toLowerCase()
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 2 || b.length < 3) return false
  // Levenshtein distance ≤ 2
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return (previous[b.length] ?? 99) <= 2
}
