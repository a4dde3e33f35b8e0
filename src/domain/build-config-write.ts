/**
 * Writing the build config as a YAML document: the canonical one (sections in a fixed order,
 * certificates as literal blocks), or the user's own text edited in place so comments and order stay.
 */
import { Document, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, YAMLSeq } from 'yaml'
import { parseBuildConfig } from './build-config-read'
import type { OverlayDoc } from './build-config-rules'

/**
 * What {@link buildConfigYaml} and `describePlan` (`build-config-plan.ts`) accept: an {@link OverlayDoc}, or an API
 * `CustomOverlay` as the server sent it (certificate fields may be missing; other fields are ignored).
 */
export interface OverlayInput {
  contents?: { packages?: readonly string[] }
  environment?: Readonly<Record<string, string>>
  annotations?: Readonly<Record<string, string>>
  certificates?: { additional?: readonly { name?: string; content?: string }[] }
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
