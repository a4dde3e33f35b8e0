/**
 * What each version (digest) of an image holds: its packages, which of them its build config added,
 * and when it was made. A seeded version was built before the catalogue's newest releases, so some
 * of its packages are one release older (and carry findings the newer release fixes); an older
 * version stream's was built earlier still, so more of them are. SBOMs, scans and sizes
 * (contents.ts) derive from this record.
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
  /**
   * how far behind the catalogue's newest releases it was built: 0 for a build made now, 1 for a
   * seeded version, one more for each newer version of the same variant (see `hasNewerRelease`)
   */
  releasesBehind: number
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
    releasesBehind: 1,
  }
}

/** One package of the catalogue as an image version installed it: `version-rN`. */
export function installedVersion(pkg: SeedPackage, releasesBehind: number): string {
  return `${pkg.version}-r${hasNewerRelease(pkg, releasesBehind) ? pkg.epoch - 1 : pkg.epoch}`
}

/**
 * Whether a version built `releasesBehind` behind has an older release of the package than the
 * catalogue's: about one package in six for a seeded version, two in six for the version before it, …
 */
export function hasNewerRelease(pkg: SeedPackage, releasesBehind: number): boolean {
  return pkg.epoch > 0 && hashString(`release:${pkg.name}`) % 6 < releasesBehind
}

export const latestVersion = (pkg: SeedPackage) => `${pkg.version}-r${pkg.epoch}`
