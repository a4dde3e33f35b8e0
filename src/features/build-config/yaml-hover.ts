/**
 * What the editor shows on hover: the documentation of a section key, or a package's version and
 * description. Pure, so it is tested without Monaco; `yaml-editor.tsx` hands it the model's lines.
 */
import { formatPath } from '../../domain/build-config-path'

export interface PackageInfo {
  name: string
  version?: string
  description?: string
}

export interface Hover {
  /** Markdown */
  contents: string
  /** 1-based columns of the hovered word on its line, end exclusive */
  startColumn: number
  endColumn: number
}

/** Documentation of each key the build config document knows, by its path. */
export const SECTION_DOCS: Readonly<Record<string, string>> = {
  contents:
    '**contents**: what the image is built from. Its `packages` list adds packages to those of the source image.',
  'contents.packages':
    "**packages**: package names from the organization's catalogue, added to the image. Packages of the source image need not be listed and cannot be removed. An empty list returns the image to its source.",
  environment:
    '**environment**: environment variables set in the image. Names are letters, digits and `_`, not starting with a digit; names starting `CHAINGUARD_` are reserved. Values are strings: quote numbers and booleans.',
  annotations:
    '**annotations**: annotations on the image, key and string value. Keys starting `org.opencontainers` or `dev.chainguard` are reserved.',
  certificates: '**certificates**: extra CA certificates added to the trust store of the image.',
  'certificates.additional':
    '**additional**: one entry per certificate, each with a `name` and a `content`. All certificates together hold at most 50 KB.',
  'certificates.additional.name':
    '**name**: the file name of the certificate in the image; unique, and usable as a file name.',
  'certificates.additional.content':
    '**content**: exactly one PEM `CERTIFICATE` block, optionally after descriptive text. Private keys are refused.',
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w.-]*)\s*:(\s|$)/
const LIST_ITEM = /^(\s*)-\s+(['"]?)([^\s'"#]+)\2\s*(#.*)?$/

/**
 * The hover at a 1-based line and column of the document, or null where there is nothing to say.
 * `lookup` finds a package of the catalogue by name.
 */
export function hoverAt(
  lines: readonly string[],
  lineNumber: number,
  column: number,
  lookup: (name: string) => PackageInfo | undefined,
): Hover | null {
  const line = lines[lineNumber - 1]
  if (line === undefined) return null

  const key = KEY_LINE.exec(line)
  if (key) {
    const startColumn = (key[1]?.length ?? 0) + (key[2]?.length ?? 0) + 1
    const name = key[3] ?? ''
    const endColumn = startColumn + name.length
    if (column < startColumn || column >= endColumn) return null
    const docs = SECTION_DOCS[formatPath([...parentKeys(lines, lineNumber - 1), name])]
    return docs ? { contents: docs, startColumn, endColumn } : null
  }

  const item = LIST_ITEM.exec(line)
  if (item && formatPath(parentKeys(lines, lineNumber - 1)) === 'contents.packages') {
    const name = item[3] ?? ''
    const startColumn = line.indexOf(name) + 1
    const endColumn = startColumn + name.length
    if (column < startColumn || column >= endColumn) return null
    const found = lookup(name)
    const contents = found
      ? [`**${found.name}**${found.version ? ` ${found.version}` : ''}`, found.description]
          .filter(Boolean)
          .join('\n\n')
      : `**${name}**: not in the organization's catalogue.`
    return { contents, startColumn, endColumn }
  }
  return null
}

/** The keys above a line, outermost first, found by indentation (a `- ` counts as indentation). */
function parentKeys(lines: readonly string[], index: number): string[] {
  const keys: string[] = []
  let indent = indentOf(lines[index] ?? '')
  for (let at = index - 1; at >= 0 && indent > 0; at -= 1) {
    const line = lines[at] ?? ''
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const key = KEY_LINE.exec(line)
    const lineIndent = indentOf(line)
    if (!key || lineIndent >= indent) continue
    keys.unshift(key[3] ?? '')
    indent = lineIndent
  }
  return keys
}

/** Where the line's content starts, counting a list dash as indentation. */
function indentOf(line: string): number {
  return /^[\s-]*/.exec(line)?.[0].replace(/-(?=\s|$)/g, ' ').length ?? 0
}
