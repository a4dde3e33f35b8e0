/** The parts of an API `Tag` grouping reads. */
interface TagLike {
  name?: string
  digest?: string
  lastUpdated?: string
}

/** One image version: a digest and every tag that points at it. */
export interface Version {
  digest: string
  tags: string[]
  lastUpdated: string | undefined
  isDev: boolean
}

/**
 * Groups tags by digest. Versions come standard, slim, then dev; within each, `latest` first and then
 * the highest version. Within a version, `latest` first, then the most precise tag.
 */
export function groupTagsByDigest(tags: readonly TagLike[]): Version[] {
  const byDigest = new Map<string, Version>()
  for (const tag of tags) {
    if (!tag.digest || !tag.name) continue
    let version = byDigest.get(tag.digest)
    if (!version) {
      version = { digest: tag.digest, tags: [], lastUpdated: undefined, isDev: false }
      byDigest.set(tag.digest, version)
    }
    version.tags.push(tag.name)
    if (tag.lastUpdated && (!version.lastUpdated || tag.lastUpdated > version.lastUpdated)) {
      version.lastUpdated = tag.lastUpdated
    }
  }
  const versions = [...byDigest.values()]
  for (const version of versions) {
    version.tags.sort(compareTags)
    version.isDev = version.tags.some(isDevTag)
  }
  return versions.sort(
    (a, b) =>
      variantRank(a.tags[0] ?? '') - variantRank(b.tags[0] ?? '') ||
      compareTags(a.tags[0] ?? '', b.tags[0] ?? ''),
  )
}

/** Standard variants first, then `-slim`, then `-dev`. */
export function variantRank(tag: string): number {
  if (isDevTag(tag)) return 2
  if (tag.endsWith('-slim')) return 1
  return 0
}

function isDevTag(tag: string): boolean {
  return tag === 'dev' || tag.endsWith('-dev')
}

/** `latest*` first, then higher versions first, longer (more precise) before shorter. */
export function compareTags(a: string, b: string): number {
  const la = a.startsWith('latest')
  const lb = b.startsWith('latest')
  if (la !== lb) return la ? -1 : 1
  const pa = a.split(/[.-]/)
  const pb = b.split(/[.-]/)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return 1
    if (y === undefined) return -1
    const nx = Number(x)
    const ny = Number(y)
    if (Number.isInteger(nx) && Number.isInteger(ny)) {
      if (nx !== ny) return ny - nx
    } else if (x !== y) {
      return x.localeCompare(y)
    }
  }
  return 0
}

export function matchesVersionFilter(version: Version, filter: string): boolean {
  const needle = filter.trim().toLowerCase()
  if (!needle) return true
  return (
    version.digest.toLowerCase().includes(needle) ||
    version.tags.some((tag) => tag.toLowerCase().includes(needle))
  )
}

export interface TagSummary {
  /** the most precise tag pointing where `latest` points (or the newest tag) */
  latestTag: string | undefined
  latestDigest: string | undefined
  lastUpdated: string | undefined
}

/** What the images list shows of an image's tags. */
export function summarizeTags(tags: readonly TagLike[]): TagSummary {
  const versions = groupTagsByDigest(tags)
  const latest = versions.find((version) => version.tags.includes('latest')) ?? versions[0]
  return {
    latestTag: latest ? (latest.tags.find((tag) => tag !== 'latest') ?? latest.tags[0]) : undefined,
    latestDigest: latest?.digest,
    lastUpdated: versions.reduce<string | undefined>(
      (newest, version) =>
        version.lastUpdated && (!newest || version.lastUpdated > newest) ? version.lastUpdated : newest,
      undefined,
    ),
  }
}

/**
 * The version a URL's `?version=` names among an image's versions: a tag, or a digest (tagged or
 * not); without one, the version `latest` points at (or the first). Undefined for a tag the image
 * does not have, or when it has no versions.
 */
export function findVersion(versions: readonly Version[], asked: string): Version | undefined {
  const wanted = asked.trim()
  if (!wanted) return versions.find((version) => version.tags.includes('latest')) ?? versions[0]
  if (wanted.startsWith('sha256:')) {
    return (
      versions.find((version) => version.digest === wanted) ?? {
        digest: wanted,
        tags: [],
        lastUpdated: undefined,
        isDev: false,
      }
    )
  }
  return versions.find((version) => version.tags.includes(wanted))
}
