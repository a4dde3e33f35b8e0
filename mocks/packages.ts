/** The package catalogue of each organization: paged summaries, and the config `apko` resolves. */
import type { PackageSummary } from '../src/api/types'
import { DAY } from './clock'
import { HttpError } from './http-error'
import { hash } from './ids'
import { listGroups } from './orgs'
import type { SeedPackage } from './seed/types'
import { orgOrThrow, repoOrThrow, state, type OrgRecord } from './state'
import { APK_REPOSITORY } from '../src/domain/image'

const MAX_PAGE_SIZE = 1000
const DEFAULT_PAGE_SIZE = 50
/** Packages were built on the days from this one on (each on its own day, by name). */
const PACKAGES_BUILT_FROM = Date.UTC(2026, 9, 1)
const PACKAGE_BUILD_SPREAD_DAYS = 50

/**
 * Gives an organization another package catalogue, until the next `reset()`: a real one, say, in
 * the browser as `assemblyMocks.db.replaceCatalogue('initech.dev', packages)` (the bench does so).
 */
export function replaceCatalogue(orgName: string, packages: readonly SeedPackage[]): void {
  const id = listGroups({ name: orgName })[0]?.id
  if (!id) throw new HttpError(404, `No organization named "${orgName}".`)
  const copy = packages.map((pkg) => ({ ...pkg, archs: [...pkg.archs] }))
  state.orgs.set(id, { ...orgOrThrow(id), catalogue: () => copy })
}

export function listPackageSummaries(filter: {
  descendantsOf?: string
  query?: string
  pageSize?: number
  pageToken?: string
}): { items: PackageSummary[]; nextPageToken: string; totalCount: string } {
  if (!filter.descendantsOf)
    throw new HttpError(400, 'uidp.descendantsOf: name the organization whose packages to list.')
  const org = orgOrThrow(filter.descendantsOf)
  const query = filter.query?.trim().toLowerCase() ?? ''
  const all = org.catalogue()
  const matching = query ? all.filter((pkg) => pkg.name.toLowerCase().includes(query)) : all
  const pageSize = Math.min(Math.max(1, filter.pageSize || DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
  const offset = filter.pageToken ? decodePageToken(filter.pageToken) : 0
  const page = matching.slice(offset, offset + pageSize)
  const next = offset + pageSize < matching.length ? encodePageToken(offset + pageSize) : ''
  return {
    items: page.map((pkg) => toSummary(pkg)),
    nextPageToken: next,
    totalCount: String(matching.length),
  }
}

/** The source image's configuration with the given packages added (what `apko` resolves). */
export function resolveConfig(repoId: string, config: { contents?: { packages?: unknown } } = {}) {
  const record = repoOrThrow(repoId)
  const extra = Array.isArray(config.contents?.packages)
    ? config.contents.packages.filter((p): p is string => typeof p === 'string')
    : []
  const packages = [...new Set([...record.source.basePackages, ...extra])]
  return {
    contents: {
      repositories: [`${APK_REPOSITORY}/${record.orgId}`],
      packages,
    },
    archs: ['x86_64', 'aarch64'],
    accounts: { runAs: '65532' },
    workDir: '/',
  }
}

const packageIndexes = new WeakMap<OrgRecord, Map<string, SeedPackage>>()

/** An organization's catalogue by package name. */
export function packageIndex(org: OrgRecord): Map<string, SeedPackage> {
  let index = packageIndexes.get(org)
  if (!index) {
    index = new Map(org.catalogue().map((pkg) => [pkg.name, pkg]))
    packageIndexes.set(org, index)
  }
  return index
}

function toSummary(pkg: SeedPackage): PackageSummary {
  return {
    packageName: pkg.name,
    latestVersion: `${pkg.version}-r${pkg.epoch}`,
    architectures: [...pkg.archs].sort().join(', '),
    description: pkg.description,
    license: pkg.license,
    origin: pkg.origin,
    buildTime: new Date(
      PACKAGES_BUILT_FROM + (hash(pkg.name) % PACKAGE_BUILD_SPREAD_DAYS) * DAY,
    ).toISOString(),
  }
}

function encodePageToken(offset: number): string {
  return btoa(`offset:${offset}`)
}

function decodePageToken(token: string): number {
  let decoded = ''
  try {
    decoded = atob(token)
  } catch {
    // fall through to the error below
  }
  const offset = Number(decoded.replace(/^offset:/, ''))
  if (!decoded.startsWith('offset:') || !Number.isInteger(offset) || offset < 0) {
    throw new HttpError(400, 'pageToken: this page token is not valid; start again from the first page.')
  }
  return offset
}
