/**
 * Comparing two versions of an image: which pair to show when the URL names none, what the source
 * of a customized image is called in the registry, and sizes in the units people read.
 * (What changed in packages and findings is `diffPackages` and `diffVulnerabilities` in contents.ts.)
 */
import { findVersion, variantRank, type Version } from './versions'

/**
 * The version released before `to`, of the same variant (standard, `-slim` or `-dev`): the next one
 * in the image's order of versions (latest first, then the highest version). Undefined if none.
 */
export function previousVersion(versions: readonly Version[], to: Version | undefined): Version | undefined {
  if (!to) return undefined
  const at = versions.findIndex((version) => version.digest === to.digest)
  if (at === -1) return undefined
  const variant = variantRank(to.tags[0] ?? '')
  return versions.slice(at + 1).find((version) => variantRank(version.tags[0] ?? '') === variant)
}

/**
 * The pair a comparison shows: each side is the version the URL names (a tag or a digest), and
 * without one, `to` is the version `latest` points at and `from` the version before `to`.
 */
export function comparedVersions(
  versions: readonly Version[],
  asked: { from: string; to: string },
): { from: Version | undefined; to: Version | undefined } {
  const to = findVersion(versions, asked.to)
  const from = asked.from.trim() ? findVersion(versions, asked.from) : previousVersion(versions, to)
  return { from, to }
}

/** A source as the registry gives it: a repository id (UIDP), or a catalogue name `<group>/<image>`. */
export type SourceReference = { id: string } | { group: string; image: string }

const REPO_UIDP = /^[0-9a-f]{40}(\/[0-9a-f]{16})+$/

/** Reads `sync_config.source`: `a1b2…/c3d4…`, `chainguard/node` or `cgr.dev/chainguard/node:latest`. */
export function sourceReference(source: string | undefined): SourceReference | undefined {
  const text = source?.trim() ?? ''
  if (REPO_UIDP.test(text)) return { id: text }
  const parts = text.split('/').filter(Boolean)
  if (parts[0]?.includes('.')) parts.shift()
  const image = parts.at(-1)?.split(/[:@]/)[0]
  const group = parts.slice(0, -1).join('/')
  return image && group ? { group, image } : undefined
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const

/** Bytes as people read them, in decimal units as registries show image sizes: `48.2 MB`. */
export function formatBytes(bytes: number): string {
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  const shown = unit === 0 || value >= 100 ? Math.round(value).toString() : value.toFixed(1)
  return `${bytes < 0 ? '−' : ''}${shown} ${UNITS[unit]}`
}

/** How much `to` is larger (`+1.2 MB`) or smaller (`−340 KB`) than `from`; `No change` when equal. */
export function formatSizeDifference(from: number, to: number): string {
  const difference = to - from
  if (difference === 0) return 'No change'
  return difference > 0 ? `+${formatBytes(difference)}` : formatBytes(difference)
}
