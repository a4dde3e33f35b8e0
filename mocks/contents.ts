/**
 * What an image version holds, as the registry reports it: its SBOM (the packages with versions
 * and licences from the organization's catalogue), its vulnerability scan (which runs a little
 * after the version is made) and its size per architecture (which grows with every package added).
 */
import type { Archs, Sbom, Size, VulnReport } from '../src/api/types'
import { clock, MINUTE } from './clock'
import { digestOrThrow, installedVersion, type DigestRecord } from './digests'
import { HttpError } from './http-error'
import { childUidp } from './ids'
import { packageIndex } from './packages'
import { hashString } from './seed/random'
import type { Arch, SeedPackage } from './seed/types'
import { orgOrThrow, repoOrThrow } from './state'
import { findingsOf } from './vulnerabilities'

/** A new version is scanned this long after it is pushed; until then its scan is "not found". */
export const SCAN_DELAY_MS = 2 * MINUTE
const ARCHS: readonly Arch[] = ['x86_64', 'aarch64']
/** the image's own layer (base layout, config) besides its packages */
const BASE_LAYER_BYTES = 1_310_720
const PACKAGE_BYTES_MIN = 24_576
const PACKAGE_BYTES_SPREAD = 6_291_456

interface Version {
  record: DigestRecord
  packages: SeedPackage[]
  repoName: string
}

function versionOf(repoId: string, digest: string): Version {
  const repo = repoOrThrow(repoId)
  const record = digestOrThrow(repoId, digest)
  const catalogue = packageIndex(orgOrThrow(repo.orgId))
  const packages = record.packages
    .map((name) => catalogue.get(name))
    .filter((pkg): pkg is SeedPackage => pkg !== undefined)
  return { record, packages, repoName: repo.repo.name ?? '' }
}

export function getSbom(repoId: string, digest: string): Sbom {
  const { record, packages, repoName } = versionOf(repoId, digest)
  return {
    id: childUidp(repoId, `sbom:${digest}`),
    name: `${repoName}@${digest}`,
    format: 'SPDX',
    tool: 'apko',
    source: 'GENERATED',
    generatedAt: new Date(record.createdAt).toISOString(),
    graph: {
      nodes: packages.map((pkg) => {
        const version = installedVersion(pkg, record.releasesBehind)
        return {
          package: {
            id: `SPDXRef-Package-${pkg.name}-${version}`,
            name: pkg.name,
            version,
            license: pkg.license,
            purl: `pkg:apk/wolfi/${pkg.name}@${version}`,
            description: pkg.description,
          },
        }
      }),
    },
  }
}

export function getVulnReport(repoId: string, digest: string): VulnReport {
  const { record, packages } = versionOf(repoId, digest)
  const scannedAt = record.createdAt + SCAN_DELAY_MS
  if (clock.now() < scannedAt) throw new HttpError(404, `${digest} has not been scanned yet.`)
  return {
    id: childUidp(repoId, `vulnreport:${digest}`),
    reportGeneration: new Date(scannedAt).toISOString(),
    vulnerabilityDbLastBuildTime: new Date(scannedAt - 3 * 60 * MINUTE).toISOString(),
    scanner: { name: 'grype', version: '0.92.2' },
    vulnerabilityMatches: packages.flatMap((pkg) => findingsOf(pkg, record.releasesBehind)),
  }
}

/** The bytes one package adds to an image of `arch` (an arm64 build is a little smaller). */
function packageBytes(pkg: SeedPackage, arch: Arch): number {
  const bytes = PACKAGE_BYTES_MIN + (hashString(`size:${pkg.name}`) % PACKAGE_BYTES_SPREAD)
  return arch === 'aarch64' ? Math.round(bytes * 0.96) : bytes
}

/** The architectures a version has images for: every one some of its packages are built for. */
export function getArchs(repoId: string, digest: string): Archs {
  const { packages } = versionOf(repoId, digest)
  return { archs: ARCHS.filter((arch) => packages.some((pkg) => pkg.archs.includes(arch))) }
}

/** One architecture's size; without `arch`, the first one (x86_64). */
export function getSize(repoId: string, digest: string, arch: string = ARCHS[0] ?? 'x86_64'): Size {
  const { packages } = versionOf(repoId, digest)
  const known = ARCHS.find((candidate) => candidate === arch)
  if (!known) throw new HttpError(404, `${digest} has no ${arch} image.`)
  const size = packages
    .filter((pkg) => pkg.archs.includes(known))
    .reduce((total, pkg) => total + packageBytes(pkg, known), BASE_LAYER_BYTES)
  return { arch: known, size: String(size) }
}
