/**
 * The build config as a YAML document, the way `chainctl images repos build edit` shows it: read it
 * (every problem on its line), write it (canonical order, certificates as literal blocks), and say in
 * words what applying it would change. The rules themselves live in `build-config-rules.ts`.
 */
import {
  Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  YAMLSeq,
} from 'yaml'
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

/**
 * The document changed from `before` to `after` (both as {@link parseBuildConfig} read them) in
 * place: only the entries that changed are written, so comments, order, the untouched sections and
 * entries the rules left out (a wrong-typed value being fixed) stay as the user wrote them. Falls
 * back to the canonical document when the text cannot be edited in place.
 */
export function editBuildConfig(text: string, before: OverlayDoc, after: OverlayDoc): string {
  try {
    const edited = editInPlace(text, before, after)
    if (edited !== null && sameOverlay(parseBuildConfig(edited).overlay, after)) return edited
  } catch {
    // an unusual document (anchors, tags…): the canonical one below says the same
  }
  return buildConfigYaml(after)
}

function editInPlace(text: string, before: OverlayDoc, after: OverlayDoc): string | null {
  const document: Document = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' })
  if (document.errors.length) return null
  if (document.contents === null) document.contents = document.createNode({})
  const root = document.contents
  if (!isMap(root)) return null

  if (JSON.stringify(before.contents?.packages ?? []) !== JSON.stringify(after.contents?.packages ?? []))
    setSection(document, ['contents', 'packages'], after.contents?.packages ?? [])

  for (const section of ['environment', 'annotations'] as const) {
    const was = before[section] ?? {}
    const wanted = after[section] ?? {}
    const node = root.get(section, true)
    if (!isMap(node)) {
      if (Object.keys(wanted).length) root.set(section, document.createNode(wanted))
      continue
    }
    for (const key of Object.keys(was)) if (!(key in wanted)) node.delete(key)
    for (const [key, value] of Object.entries(wanted)) if (was[key] !== value) node.set(key, value)
    if (node.items.length === 0) root.delete(section)
  }

  const was = before.certificates?.additional ?? []
  const wanted = after.certificates?.additional ?? []
  const list = document.getIn(['certificates', 'additional'], true)
  const same = (a: { name: string; content: string }, b: { name: string; content: string }) =>
    a.name === b.name && a.content === b.content
  if (!isSeq(list)) {
    if (wanted.length) setSection(document, ['certificates', 'additional'], wanted)
  } else {
    const removed = was.filter((entry) => !wanted.some((other) => same(entry, other)))
    for (let index = list.items.length - 1; index >= 0; index -= 1) {
      const item = list.items[index]
      const value: unknown = isNode(item) ? item.toJSON() : item
      if (removed.some((entry) => JSON.stringify(certificateEntry(entry)) === JSON.stringify(value)))
        list.items.splice(index, 1)
    }
    for (const entry of wanted.filter((entry) => !was.some((other) => same(entry, other))))
      list.items.push(certificateNode(document, entry))
    if (list.items.length === 0) {
      document.deleteIn(['certificates', 'additional'])
      const certificates = root.get('certificates', true)
      if (isMap(certificates) && certificates.items.length === 0) root.delete('certificates')
    }
  }
  // nothing left: the empty build config, as buildConfigYaml writes it
  if (root.items.length === 0) return ''
  return document.toString({ lineWidth: 0, flowCollectionPadding: false })
}

function setSection(document: Document, path: string[], value: unknown): void {
  if (path[0] === 'certificates' && Array.isArray(value)) {
    const list = new YAMLSeq()
    for (const entry of value as { name: string; content: string }[])
      list.items.push(certificateNode(document, entry))
    document.setIn(path, list)
    return
  }
  document.setIn(path, document.createNode(value))
}

/** A certificate entry with its content as a literal block where it can be one. */
function certificateNode(document: Document, entry: { name: string; content: string }) {
  const node = document.createNode(certificateEntry(entry))
  const content = node.get('content', true)
  if (isScalar(content) && literalBlockCan(entry.content)) content.type = Scalar.BLOCK_LITERAL
  return node
}

function sameOverlay(a: OverlayDoc | null, b: OverlayDoc): boolean {
  return JSON.stringify(canonicalOverlay(a ?? undefined)) === JSON.stringify(canonicalOverlay(b))
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
