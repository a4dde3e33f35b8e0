/**
 * What each version (digest) of an image holds: its packages, which of them its build config added,
 * and when it was made. A seeded version was built before the catalogue's newest releases, so some
 * of its packages are one release older (and carry findings the newer release fixes). SBOMs, scans
 * and sizes (contents.ts) derive from this record.
 */
import { HttpError } from './http-error'
import { hashString } from './seed/random'
import type { SeedPackage } from './seed/types'
import { state } from './state'

export interface DigestRecord {
  repoId: string
  digest: string
  packages: readonly string[]
  /** the packages its build config added */
  added: readonly string[]
  createdAt: number
  /** built from older package releases (the seed's versions) */
  earlier: boolean
}

const digestKey = (repoId: string, digest: string) => `${repoId} ${digest}`

export function recordDigest(record: DigestRecord): void {
  state.digests.set(digestKey(record.repoId, record.digest), record)
}

export function digestOrThrow(repoId: string, digest: string): DigestRecord {
  const record = state.digests.get(digestKey(repoId, digest)) ?? historyRecord(repoId, digest)
  if (!record) throw new HttpError(404, `No SBOM for ${digest} in this image.`)
  return record
}

/**
 * A version of an image whose tag history is written when read (tag-history.ts): its record is
 * written the same way, from its source image's packages (and the `-dev` ones for a `-dev` tag),
 * made when its oldest tag was.
 */
function historyRecord(repoId: string, digest: string): DigestRecord | undefined {
  const tags = state.tagSources
    .get(repoId)
    ?.all()
    .filter((tag) => tag.digest === digest)
  const image = state.repos.get(repoId)?.source
  if (!tags?.length || !image) return undefined
  const dev = tags.some((tag) => tag.name?.endsWith('-dev'))
  return {
    repoId,
    digest,
    packages: [...new Set([...image.basePackages, ...(dev ? image.devPackages : [])])],
    added: [],
    createdAt: Math.min(...tags.map((tag) => Date.parse(tag.lastUpdated ?? ''))),
    earlier: true,
  }
}

/** One package of the catalogue as an image version installed it: `version-rN`. */
export function installedVersion(pkg: SeedPackage, earlier: boolean): string {
  return `${pkg.version}-r${isOlderInEarlierBuilds(pkg) && earlier ? pkg.epoch - 1 : pkg.epoch}`
}

/** about one package in six had a newer release since the seeded versions were built */
export function isOlderInEarlierBuilds(pkg: SeedPackage): boolean {
  return pkg.epoch > 0 && hashString(`release:${pkg.name}`) % 6 === 0
}

export const latestVersion = (pkg: SeedPackage) => `${pkg.version}-r${pkg.epoch}`
