/**
 * Build config rules, shared by the console (inline errors, the YAML editor) and the mock backend
 * (400 answers). Every problem names the field and says why, in words a user understands.
 *
 * This module checks plain values (an API body, or YAML already read); `build-config-document.ts`
 * reads YAML text, places each problem on its line and writes the canonical document. It does not
 * import the YAML parser, so the mock backend can use these rules without it.
 */
import { inspectCertificate, type CertificateInfo } from './certificates'

/** A build config (API `CustomOverlay`) as the console edits it. */
export interface OverlayDoc {
  contents?: { packages?: string[] }
  environment?: Record<string, string>
  annotations?: Record<string, string>
  certificates?: { additional?: { name: string; content: string }[] }
}

export interface ConfigProblem {
  /** dotted path, e.g. `environment.PORT`, `certificates.additional[0].content`; '' for the document */
  path: string
  /** names the field and says why, e.g. `environment.PORT: must be a string; quote it: "3000"` */
  message: string
  severity: 'error' | 'warning'
  /** 1-based position in the YAML text, when known */
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

export interface RulesContext {
  /** package names the organization may add; when absent, entitlement is not checked */
  entitled?: (name: string) => boolean
  /** the source image's packages: listing one is allowed (with a warning that it changes nothing) */
  base?: ReadonlySet<string>
  /** for certificate expiry (ms since the epoch); default `Date.now()` */
  now?: number
}

export interface CheckedOverlay {
  /**
   * the well-typed part of the value (wrong-typed entries left out, empty sections dropped); null when
   * the value is not a map at all. It may still break rules: apply it only when no problem is an error.
   */
  overlay: OverlayDoc | null
  problems: ConfigProblem[]
  /** what each readable certificate says about itself, in document order */
  certificates: CertificateInfo[]
}

export const SECTIONS = ['contents', 'environment', 'annotations', 'certificates'] as const
export const RESERVED_ANNOTATION_PREFIXES = ['org.opencontainers', 'dev.chainguard'] as const
export const RESERVED_ENV_PREFIX = 'CHAINGUARD_'
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** all certificate contents together, in UTF-8 bytes (50 KB) */
export const CERTIFICATES_MAX_BYTES = 51_200
/** a certificate name is its file name */
export const CERTIFICATE_NAME_MAX_BYTES = 255

// ---- single values (usable by forms) ----

/** Why `name` cannot be an environment variable name, or undefined when it can. */
export function environmentNameError(name: string): string | undefined {
  if (name.toUpperCase().startsWith(RESERVED_ENV_PREFIX))
    return `names starting with ${RESERVED_ENV_PREFIX} are reserved for the image itself`
  if (ENV_NAME.test(name)) return undefined
  if (name === '') return 'the variable name is empty'
  if (/^[0-9]/.test(name)) return 'a variable name must not start with a digit'
  const stray = [...name].find((character) => !/[A-Za-z0-9_]/.test(character)) ?? ''
  if (stray === '-')
    return `"-" is not allowed in a variable name; use "_" instead: ${name.replace(/-/g, '_')}`
  const shown = /\s/.test(stray) ? 'a space' : `"${stray}"`
  return `${shown} is not allowed in a variable name; use only letters A–Z, digits and "_"`
}

/** Why `key` cannot be an annotation key, or undefined when it can. */
export function annotationKeyError(key: string): string | undefined {
  const lower = key.trim().toLowerCase()
  const reserved = RESERVED_ANNOTATION_PREFIXES.find((prefix) => lower.startsWith(prefix))
  if (reserved) return `keys starting with "${reserved}" are reserved: the image's own build sets them`
  if (lower === '') return 'the key is empty'
  return undefined
}

/** Why `name` cannot be a package name (entitlement aside), or undefined when it can. */
export function packageNameError(name: string): string | undefined {
  if (name.trim() === '') return 'is empty; write a package name or remove the line'
  if (/\s/.test(name)) return `"${name}" has spaces in it; write one package name per line`
  return undefined
}

/** Why `name` cannot name a certificate (it becomes its file name), or undefined when it can. */
export function certificateNameError(name: string): string | undefined {
  if (name.trim() === '') return 'is empty; give the certificate a file name, e.g. example-ca.crt'
  if (/[/\\]/.test(name)) return 'must not contain "/" or "\\": it becomes the certificate\'s file name'
  if (name.includes('..')) return 'must not contain "..": it becomes the certificate\'s file name'
  if (name === '.') return 'cannot be ".": it becomes the certificate\'s file name'
  if (/\p{Cc}/u.test(name)) return 'must not contain control characters (such as tabs or line breaks)'
  if (utf8Length(name) > CERTIFICATE_NAME_MAX_BYTES)
    return `is too long: a file name has at most ${CERTIFICATE_NAME_MAX_BYTES} bytes`
  return undefined
}

// ---- whole overlays ----

export type PathSegment = string | number

/** A problem before it is written out: where (segments, and whether the key or the value is at fault) and why. */
export interface Finding {
  segments: PathSegment[]
  at: 'key' | 'value'
  reason: string
  severity: 'error' | 'warning'
}

export interface Findings {
  overlay: OverlayDoc | null
  findings: Finding[]
  certificates: CertificateInfo[]
}

/**
 * Checks a build config value (an API body, or YAML already read) with every rule. Never throws,
 * whatever the value; `undefined` and `null` are the empty build config.
 */
export function checkOverlay(value: unknown, context: RulesContext = {}): CheckedOverlay {
  const { overlay, findings, certificates } = overlayFindings(value, context)
  return { overlay, problems: findings.map(findingToProblem), certificates }
}

/**
 * {@link checkOverlay} with each problem's place kept apart from its words, for
 * `build-config-document.ts` to put on a line. `source` gives the text a scalar was written as, for
 * the "quote it" hint.
 */
export function overlayFindings(
  value: unknown,
  context: RulesContext = {},
  source: (segments: PathSegment[]) => string | undefined = () => undefined,
): Findings {
  try {
    return new Checker(context, source).overlay(value)
  } catch {
    // a throwing getter, a revoked proxy…: nothing a build config body holds
    return {
      overlay: null,
      findings: [
        { segments: [], at: 'value', reason: 'could not be read as a build config', severity: 'error' },
      ],
      certificates: [],
    }
  }
}

/**
 * Fields of the API's `CustomOverlay` that the build config document does not show, as `build edit`
 * does not: accounts, the runtime repositories and keyring, certificate providers. The console
 * keeps them as they are when it applies a document; the rules above never see them.
 */
const BEYOND_DOCUMENT: Readonly<Record<string, readonly string[] | 'whole'>> = {
  accounts: 'whole',
  contents: ['runtimeRepositories', 'runtimeKeyring'],
  certificates: ['providers'],
}

/** A `CustomOverlay` split into the part the document covers and the fields beyond it. */
export function splitOverlay(value: unknown): { document: unknown; beyond: Record<string, unknown> } {
  if (!isRecord(value)) return { document: value, beyond: {} }
  const document: Record<string, unknown> = {}
  const beyond: Record<string, unknown> = {}
  for (const [key, section] of Object.entries(value)) {
    const fields = BEYOND_DOCUMENT[key]
    if (fields === 'whole') beyond[key] = section
    else if (fields && isRecord(section)) {
      const inside = Object.entries(section)
      const outer = inside.filter(([inner]) => fields.includes(inner))
      if (outer.length) beyond[key] = Object.fromEntries(outer)
      if (outer.length < inside.length || !outer.length)
        document[key] = Object.fromEntries(inside.filter(([inner]) => !fields.includes(inner)))
    } else document[key] = section
  }
  return { document, beyond }
}

/** What is wrong with the fields beyond the document, in the rules' words (the shapes the API takes). */
export function beyondDocumentProblems(beyond: Record<string, unknown>): string[] {
  const problems: string[] = []
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')
  const contents = isRecord(beyond.contents) ? beyond.contents : {}
  const certificates = isRecord(beyond.certificates) ? beyond.certificates : {}
  if ('accounts' in beyond && !isRecord(beyond.accounts))
    problems.push('accounts: must be a map (runAs, users, groups)')
  if ('runtimeRepositories' in contents && !strings(contents.runtimeRepositories))
    problems.push('contents.runtimeRepositories: must be a list of repository URLs')
  if (
    'runtimeKeyring' in contents &&
    !(
      Array.isArray(contents.runtimeKeyring) &&
      contents.runtimeKeyring.every(
        (entry) => isRecord(entry) && typeof entry.name === 'string' && typeof entry.content === 'string',
      )
    )
  )
    problems.push('contents.runtimeKeyring: must be a list of keys, each with a name and a content')
  if ('providers' in certificates && !strings(certificates.providers))
    problems.push('certificates.providers: must be a list of names')
  return problems
}

export function formatPath(segments: readonly PathSegment[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (segment === '' || /[\s"[\]\p{Cc}]/u.test(segment)) path += `[${JSON.stringify(segment)}]`
    else path += path === '' ? segment : `.${segment}`
  }
  return path
}

export function findingToProblem(finding: Finding): ConfigProblem {
  const path = formatPath(finding.segments)
  return { path, message: path ? `${path}: ${finding.reason}` : finding.reason, severity: finding.severity }
}

class Checker {
  private readonly findings: Finding[] = []
  private readonly certificates: CertificateInfo[] = []

  constructor(
    private readonly context: RulesContext,
    private readonly source: (segments: PathSegment[]) => string | undefined,
  ) {}

  overlay(value: unknown): Findings {
    if (value === undefined || value === null) return this.result({})
    if (!isRecord(value)) {
      this.error(
        [],
        `a build config must be a map of sections (${SECTIONS.join(', ')}), not ${kindOf(value)}`,
      )
      return this.result(null)
    }
    const overlay: OverlayDoc = {}
    for (const [key, section] of Object.entries(value)) {
      if (key === 'contents') {
        const packages = this.contents(section)
        if (packages?.length) overlay.contents = { packages }
      } else if (key === 'environment') {
        const environment = this.strings(['environment'], section, 'variable names to values (PORT: "3000")')
        if (environment) overlay.environment = environment
      } else if (key === 'annotations') {
        const annotations = this.strings(
          ['annotations'],
          section,
          'keys to values (com.example.team: payments)',
        )
        if (annotations) overlay.annotations = annotations
      } else if (key === 'certificates') {
        const additional = this.certificateSection(section)
        if (additional?.length) overlay.certificates = { additional }
      } else {
        this.unknownKey([key], SECTIONS, 'a build config has')
      }
    }
    return this.result(overlay)
  }

  private result(overlay: OverlayDoc | null): Findings {
    return { overlay, findings: this.findings, certificates: this.certificates }
  }

  private contents(value: unknown): string[] | undefined {
    const record = this.section(['contents'], value, 'a map with a packages list')
    if (!record) return undefined
    let packages: string[] | undefined
    for (const [key, list] of Object.entries(record)) {
      if (key === 'packages') packages = this.packages(list)
      else this.unknownKey(['contents', key], ['packages'], 'contents has')
    }
    return packages
  }

  private packages(value: unknown): string[] | undefined {
    const path = ['contents', 'packages']
    if (value === undefined || value === null) return undefined
    if (!Array.isArray(value)) {
      this.error(
        path,
        `must be a list of package names, not ${kindOf(value)}; write each name on a line of its own starting with "- "`,
      )
      return undefined
    }
    const packages: string[] = []
    const seen = new Map<string, number>()
    value.forEach((name: unknown, index) => {
      const at = [...path, index]
      if (name === null || name === undefined)
        return this.error(at, 'is empty; write a package name or remove the line')
      if (typeof name !== 'string') return this.error(at, `must be a package name, not ${kindOf(name)}`)
      packages.push(name)
      const nameError = packageNameError(name)
      if (nameError) return this.error(at, nameError)
      const first = seen.get(name)
      if (first !== undefined)
        return this.error(at, `"${name}" is listed twice (also at contents.packages[${first}])`)
      seen.set(name, index)
      if (this.context.base?.has(name)) {
        this.warning(at, `"${name}" is already in the base image; listing it changes nothing`)
      } else if (this.context.entitled && !this.context.entitled(name)) {
        this.error(at, `"${name}" is not a package this organization may add`)
      }
    })
    return packages
  }

  /** environment and annotations: maps of names to string values */
  private strings(
    path: ['environment' | 'annotations'],
    value: unknown,
    shape: string,
  ): Record<string, string> | undefined {
    const record = this.section(path, value, `a map of ${shape}`)
    if (!record) return undefined
    const entries: [string, string][] = []
    for (const [key, entry] of Object.entries(record)) {
      const at = [...path, key]
      const keyError = path[0] === 'environment' ? environmentNameError(key) : annotationKeyError(key)
      if (keyError) this.error(at, keyError, 'key')
      if (this.string(at, entry)) entries.push([key, entry as string])
    }
    return entries.length ? Object.fromEntries(entries) : undefined
  }

  private certificateSection(value: unknown): { name: string; content: string }[] | undefined {
    const record = this.section(['certificates'], value, 'a map with an additional list')
    if (!record) return undefined
    let additional: { name: string; content: string }[] | undefined
    for (const [key, list] of Object.entries(record)) {
      if (key === 'additional') additional = this.additional(list)
      else this.unknownKey(['certificates', key], ['additional'], 'certificates has')
    }
    return additional
  }

  private additional(value: unknown): { name: string; content: string }[] | undefined {
    const path = ['certificates', 'additional']
    if (value === undefined || value === null) return undefined
    if (!Array.isArray(value)) {
      this.error(path, `must be a list of certificates, each with a name and content, not ${kindOf(value)}`)
      return undefined
    }
    const entries: { name: string; content: string }[] = []
    const names = new Map<string, number>()
    let bytes = 0
    value.forEach((item: unknown, index) => {
      const at = [...path, index]
      if (!isRecord(item)) {
        this.error(at, `must be a certificate with a name and content, not ${kindOf(item)}`)
        return
      }
      let name: unknown
      let content: unknown
      for (const [key, field] of Object.entries(item)) {
        if (key === 'name') name = field
        else if (key === 'content') content = field
        else this.unknownKey([...at, key], ['name', 'content'], 'a certificate has')
      }

      const namePath = [...at, 'name']
      let nameOk = false
      if (name === undefined || name === null) {
        this.error(namePath, 'is missing; give the certificate a file name, e.g. example-ca.crt')
      } else if (this.string(namePath, name)) {
        nameOk = true
        const nameError = certificateNameError(name as string)
        const first = names.get(name as string)
        if (nameError) this.error(namePath, nameError)
        else if (first !== undefined)
          this.error(
            namePath,
            `"${name as string}" is already the name of certificates.additional[${first}]; each certificate needs a name of its own`,
          )
        else names.set(name as string, index)
      }

      const contentPath = [...at, 'content']
      if (content === undefined || content === null) {
        this.error(contentPath, 'is missing; paste the PEM certificate (-----BEGIN CERTIFICATE-----…)')
        return
      }
      if (!this.string(contentPath, content)) return
      const text = content as string
      bytes += utf8Length(text)
      if (nameOk) entries.push({ name: name as string, content: text })
      const inspected = inspectCertificate(
        nameOk ? (name as string) : '',
        text,
        this.context.now ?? Date.now(),
      )
      if ('error' in inspected) return this.error(contentPath, inspected.error)
      const { info } = inspected
      this.certificates.push(info)
      const now = this.context.now ?? Date.now()
      if (info.expired) {
        this.warning(
          contentPath,
          `the certificate (${info.subject}) expired on ${day(info.notAfter)}; programs in the image will not trust it`,
        )
      } else if (Date.parse(info.notBefore) > now) {
        this.warning(
          contentPath,
          `the certificate (${info.subject}) is not valid until ${day(info.notBefore)}`,
        )
      }
    })
    if (bytes > CERTIFICATES_MAX_BYTES) {
      this.error(
        path,
        `all certificates together take ${bytes.toLocaleString('en-US')} bytes; the limit is 50 KB (${CERTIFICATES_MAX_BYTES.toLocaleString('en-US')} bytes)`,
        'key',
      )
    }
    return entries
  }

  /** A section's map; null and absent sections are empty. */
  private section(path: PathSegment[], value: unknown, shape: string): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined
    if (isRecord(value)) return value
    this.error(path, `must be ${shape}, not ${kindOf(value)}`)
    return undefined
  }

  /** Whether `value` is a string; if not, says so with a hint. */
  private string(path: PathSegment[], value: unknown): boolean {
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

  private unknownKey(path: PathSegment[], known: readonly string[], has: string): void {
    const key = String(path[path.length - 1])
    const guess = known.find((name) => similar(name, key))
    const list =
      known.length === 1 ? `only ${known[0]}` : `${known.slice(0, -1).join(', ')} and ${known.at(-1)}`
    const hint = guess ? ` (did you mean ${guess}?)` : ''
    this.error(path, `is not a field this console knows; ${has} ${list}${hint}`, 'key')
  }

  private error(segments: PathSegment[], reason: string, at: 'key' | 'value' = 'value'): void {
    this.findings.push({ segments, at, reason, severity: 'error' })
  }

  private warning(segments: PathSegment[], reason: string): void {
    this.findings.push({ segments, at: 'value', reason, severity: 'warning' })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function kindOf(value: unknown): string {
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

function day(iso: string): string {
  return iso.slice(0, 10)
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length
}
