/**
 * Reading the build config as a YAML document, the way `chainctl images repos build edit` shows it:
 * every rule of `build-config-rules.ts` checked, every problem placed on its line and column.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node as YamlNode, Pair } from 'yaml'
import { formatPath, type PathSegment } from './build-config-path'
import type { Finding } from './build-config-report'
import {
  findingToProblem,
  overlayFindings,
  type ConfigProblem,
  type OverlayDoc,
  type RulesContext,
} from './build-config-rules'
import type { CertificateInfo } from './certificates'

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
 * its source. A problem's place is in its `line` and `column`, never in its message: whoever shows
 * it says where, once.
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
        return { path: '', message: why, severity: 'error', ...where }
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
      message: yamlMessage(warning.message),
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
  const where = found.segments.length ? `in ${formatPath(found.segments)}` : 'at the top level'
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
