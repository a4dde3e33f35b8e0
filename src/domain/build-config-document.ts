/**
 * The build config as a YAML document, the way `chainctl images repos build edit` shows it: read it
 * (every problem on its line), write it (canonical order, certificates as literal blocks), and say in
 * words what applying it would change. The rules themselves live in `build-config-rules.ts`.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml'
import type { Node as YamlNode, Pair } from 'yaml'
import {
  checkOverlay,
  findingToProblem,
  overlayFindings,
  type ConfigProblem,
  type Finding,
  type OverlayDoc,
  type PathSegment,
  type RulesContext,
  splitOverlay,
} from './build-config-rules'
import { inspectCertificate, type CertificateInfo } from './certificates'

export { checkOverlay }
export type { ConfigProblem, OverlayDoc, RulesContext }
export type { CertificateInfo }

/**
 * What {@link buildConfigYaml} and {@link describePlan} accept: an {@link OverlayDoc}, or an API
 * `CustomOverlay` as the server sent it (certificate fields may be missing; other fields are ignored).
 */
export interface OverlayInput {
  contents?: { packages?: readonly string[] }
  environment?: Readonly<Record<string, string>>
  annotations?: Readonly<Record<string, string>>
  certificates?: { additional?: readonly { name?: string; content?: string }[] }
}

export interface ParsedConfig {
  /**
   * the well-typed part of the document (empty sections dropped); null when the text is not YAML
   * (syntax errors, duplicate keys) or not a map of sections. Apply it only when no problem is an error.
   */
  overlay: OverlayDoc | null
  problems: ConfigProblem[]
  certificates: CertificateInfo[]
}

/** Whether any problem stops the build config from being applied. */
export function hasErrors(problems: readonly ConfigProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error')
}

/**
 * Reads a build config document and checks it with every rule. Never throws, whatever the text. An
 * empty document (or one with only comments) is the empty build config, which returns the image to
 * its source.
 */
export function parseBuildConfig(text: string, context: RulesContext = {}): ParsedConfig {
  try {
    if (typeof text !== 'string') return unreadable('the build config must be text')
    const lineCounter = new LineCounter()
    const document = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // 'silent' would also drop the "several documents" error
      logLevel: 'error',
    })
    const place = (
      from: number,
      to: number,
    ): Pick<ConfigProblem, 'line' | 'column' | 'endLine' | 'endColumn'> => {
      const start = lineCounter.linePos(from)
      const end = lineCounter.linePos(Math.max(from, to))
      return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col }
    }

    if (document.errors.length > 0) {
      const problems = document.errors.map((error): ConfigProblem => {
        const [from, to] = error.pos
        const where = place(from, to)
        const why =
          error.code === 'DUPLICATE_KEY'
            ? duplicateKey(document, from)
            : error.code === 'MULTIPLE_DOCS'
              ? 'a second document starts here ("---"); a build config is a single document'
              : yamlMessage(error.message)
        return {
          path: '',
          message: `line ${where.line}, column ${where.column}: ${why}`,
          severity: 'error',
          ...where,
        }
      })
      return { overlay: null, problems, certificates: [] }
    }

    let value: unknown
    try {
      value = document.toJS({ maxAliasCount: 1000 })
    } catch {
      return unreadable('the document repeats its aliases (*name) too often to be read')
    }
    const source = (segments: PathSegment[]): string | undefined => {
      const node = locate(document, segments, 'value')
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined
    }
    const { overlay, findings, certificates } = overlayFindings(value, context, source)
    const warnings = document.warnings.map((warning): ConfigProblem => ({
      path: '',
      message: `line ${place(...warning.pos).line}: ${yamlMessage(warning.message)}`,
      severity: 'warning',
      ...place(...warning.pos),
    }))
    const problems = findings.map((finding): ConfigProblem => {
      const node = locate(document, finding.segments, finding.at)
      const range = node?.range
      return range
        ? { ...findingToProblem(finding), ...place(range[0], range[1]) }
        : findingToProblem(finding)
    })
    return { overlay, problems: [...warnings, ...problems], certificates }
  } catch {
    return unreadable('the build config could not be read')
  }
}

function unreadable(message: string): ParsedConfig {
  return { overlay: null, problems: [{ path: '', message, severity: 'error' }], certificates: [] }
}

/** The yaml package's message without the source excerpt it may carry. */
function yamlMessage(message: string): string {
  return message.split('\n')[0]?.trim() ?? message
}

function duplicateKey(document: Document, offset: number): string {
  const found = findKey(document.contents, [], offset)
  if (!found) return 'a key is written twice in the same map; keep one'
  const where = found.segments.length ? `in ${formatSegments(found.segments)}` : 'at the top level'
  return `"${found.key}" is written twice ${where}; keep one`
}

function findKey(
  node: unknown,
  segments: PathSegment[],
  offset: number,
): { key: string; segments: PathSegment[] } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isNode(pair.key) && pair.key.range?.[0] === offset) return { key: keyText(pair.key), segments }
      const found = findKey(pair.value, [...segments, keyText(pair.key)], offset)
      if (found) return found
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = findKey(item, [...segments, index], offset)
      if (found) return found
    }
  }
  return undefined
}

function formatSegments(segments: PathSegment[]): string {
  return segments
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment))
    .join('.')
    .replace(/\.\[/g, '[')
}

/** The node a problem is about: the key or the value at `segments`, or the nearest node above it. */
function locate(document: Document, segments: PathSegment[], at: Finding['at']): YamlNode | undefined {
  let node: unknown = document.contents
  let found: YamlNode | undefined = isNode(node) ? node : undefined
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    if (isMap(node)) {
      const pair = node.items.findLast((item: Pair) => keyText(item.key) === String(segment))
      if (!pair) return found
      const key = isNode(pair.key) ? pair.key : undefined
      if (last && at === 'key') return key ?? found
      node = pair.value
      const value = isNode(pair.value) ? pair.value : undefined
      // `name:` with nothing after it has an empty value node: point at the key instead
      const empty =
        isScalar(value) && value.value === null && value.range && value.range[0] === value.range[1]
      found = value && !empty ? value : (key ?? found)
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
      if (!isNode(node)) return found
      found = node
    } else {
      return found
    }
  }
  return found
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value)
  if (isPair(key)) return ''
  return String(key)
}

/**
 * The canonical document for a build config: sections in the order contents.packages, environment,
 * annotations, certificates.additional; certificate contents as literal blocks (`|`); empty sections
 * left out, so the empty build config is ''. `parseBuildConfig` reads it back to the same overlay.
 */
export function buildConfigYaml(overlay: OverlayInput | undefined): string {
  const canonical = canonicalOverlay(overlay)
  if (Object.keys(canonical).length === 0) return ''
  const document = new Document(canonical)
  canonical.certificates?.additional?.forEach((certificate, index) => {
    const node = document.getIn(['certificates', 'additional', index, 'content'], true)
    if (isScalar(node) && typeof certificate.content === 'string' && literalBlockCan(certificate.content))
      node.type = Scalar.BLOCK_LITERAL
  })
  return document.toString({ lineWidth: 0 })
}

/** A literal block keeps text as written except carriage returns and other control characters. */
function literalBlockCan(text: string): boolean {
  return !/[\p{Cc}\u0085\u2028\u2029\ufeff]/u.test(text.replace(/[\n\t]/g, ''))
}

interface Canonical {
  contents?: { packages: string[] }
  environment?: Record<string, string>
  annotations?: Record<string, string>
  certificates?: { additional: { name?: string; content?: string }[] }
}

function canonicalOverlay(overlay: OverlayInput | undefined): Canonical {
  const canonical: Canonical = {}
  const packages = overlay?.contents?.packages
  if (packages?.length) canonical.contents = { packages: [...packages] }
  if (overlay?.environment && Object.keys(overlay.environment).length)
    canonical.environment = { ...overlay.environment }
  if (overlay?.annotations && Object.keys(overlay.annotations).length)
    canonical.annotations = { ...overlay.annotations }
  const additional = overlay?.certificates?.additional
  if (additional?.length) canonical.certificates = { additional: additional.map(certificateEntry) }
  return canonical
}

/** name then content, each only when present */
function certificateEntry(entry: { name?: string; content?: string }): { name?: string; content?: string } {
  return {
    ...(entry.name === undefined ? {} : { name: entry.name }),
    ...(entry.content === undefined ? {} : { content: entry.content }),
  }
}

/**
 * What applying `after` in place of `before` changes, in words:
 * `packages +2 −1; environment +1 ~1; annotations +1; certificates +1 (CN=Example Internal CA, expires 2027-03-01)`.
 * Sections without a change are left out; `no changes` when there are none.
 */
export function describePlan(
  before: OverlayInput | undefined,
  after: OverlayInput | undefined,
  now = Date.now(),
): string {
  const parts: string[] = []
  const packages = counts(
    new Set(before?.contents?.packages ?? []),
    new Set(after?.contents?.packages ?? []),
    () => false,
  )
  if (packages) parts.push(`packages ${packages}`)
  for (const section of ['environment', 'annotations'] as const) {
    const was = new Map(Object.entries(before?.[section] ?? {}))
    const is = new Map(Object.entries(after?.[section] ?? {}))
    const change = counts(new Set(was.keys()), new Set(is.keys()), (key) => was.get(key) !== is.get(key))
    if (change) parts.push(`${section} ${change}`)
  }
  const was = new Map(
    (before?.certificates?.additional ?? []).map((entry) => [entry.name ?? '', entry.content ?? '']),
  )
  const is = new Map(
    (after?.certificates?.additional ?? []).map((entry) => [entry.name ?? '', entry.content ?? '']),
  )
  const changed = (name: string): boolean => was.get(name) !== is.get(name)
  const certificates = counts(new Set(was.keys()), new Set(is.keys()), changed)
  if (certificates) {
    const shown = [...is]
      .filter(([name]) => !was.has(name) || changed(name))
      .map(([name, content]) => certificateSummary(name, content, now))
    parts.push(`certificates ${certificates}${shown.length ? ` (${shown.join('; ')})` : ''}`)
  }
  return parts.length ? parts.join('; ') : 'no changes'
}

const MINUS = '\u2212'

function counts(before: Set<string>, after: Set<string>, changed: (key: string) => boolean): string {
  const added = [...after].filter((key) => !before.has(key)).length
  const removed = [...before].filter((key) => !after.has(key)).length
  const modified = [...after].filter((key) => before.has(key) && changed(key)).length
  return [added && `+${added}`, modified && `~${modified}`, removed && `${MINUS}${removed}`]
    .filter(Boolean)
    .join(' ')
}

function certificateSummary(name: string, content: string, now: number): string {
  const inspected = inspectCertificate(name, content, now)
  if ('error' in inspected) return `${name}: not a readable certificate`
  const { info } = inspected
  const commonName = /(?:^|, )(CN=(?:[^,\\]|\\.)*)/.exec(info.subject)?.[1] ?? (info.subject || name)
  return `${commonName}, ${info.expired ? 'expired' : 'expires'} ${info.notAfter.slice(0, 10)}`
}

/**
 * The overlay to send when applying an edited document: the edited sections, laid over the fields
 * of the saved overlay the document does not cover (`accounts`, `contents.runtimeRepositories`,
 * `contents.runtimeKeyring`, `certificates.providers`), so applying never drops those.
 */
export function withUncoveredFields(
  saved: unknown,
  edited: OverlayDoc,
): OverlayDoc & Record<string, unknown> {
  const result: Record<string, unknown> = { ...splitOverlay(saved).beyond }
  for (const [key, value] of Object.entries(edited)) {
    if (value === undefined) continue
    const kept = result[key]
    result[key] = isObject(kept) && isObject(value) ? { ...kept, ...value } : value
  }
  return result as OverlayDoc & Record<string, unknown>
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
