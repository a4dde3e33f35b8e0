/**
 * What a build installed, read from its report's `lockedConfig` (the apko configuration with each
 * package locked to the release it installed, `name=version`), and what changed since the last
 * successful build of the same version stream. Pure logic.
 */
import { buildVersion } from './build-version'
import { diffPackages, type PackageDiff, type PackageVersion } from './contents'
import { isRecord } from './is-record'

/** A build's locked packages, or why there are none to show. */
export type LockedPackages =
  | { state: 'read'; packages: PackageVersion[] }
  /** the report has no locked configuration (its packages were never resolved, or not yet) */
  | { state: 'missing' }
  /** it has one, but it is not JSON or holds no package list */
  | { state: 'unreadable' }

/** `name=version`, and the other constraints apko knows (`>=`, `~`, `<`…), which a lock should not hold. */
const ENTRY = /^(?<name>[^=<>~\s]+)\s*(?:[=<>~]+\s*(?<version>\S*))?$/

/** The packages of a locked configuration, one per name (the first wins), by name. */
export function lockedPackages(lockedConfig: string | undefined): LockedPackages {
  if (!lockedConfig?.trim()) return { state: 'missing' }
  let parsed: unknown
  try {
    parsed = JSON.parse(lockedConfig)
  } catch {
    return { state: 'unreadable' }
  }
  const list = isRecord(parsed) && isRecord(parsed.contents) ? parsed.contents.packages : undefined
  if (!Array.isArray(list)) return { state: 'unreadable' }
  const byName = new Map<string, PackageVersion>()
  for (const entry of list) {
    const match = typeof entry === 'string' ? ENTRY.exec(entry.trim()) : null
    const name = match?.groups?.name
    if (!name || byName.has(name)) continue
    byName.set(name, { name, version: match.groups?.version ?? '' })
  }
  return {
    state: 'read',
    packages: [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  }
}

/** The parts of a build report this module reads. */
interface ReportLike {
  id: string
  config?: string
  lockedConfig?: string
  result?: string
  startedAt?: string
  completedAt?: string
}

const succeeded = (report: ReportLike) => report.result === 'Success' && Boolean(report.completedAt)

/**
 * For each report, the last successful build of the same version stream (read from its config)
 * that started before it, among `reports`; by report id. A report without a stream has none.
 */
export function earlierSuccesses<Report extends ReportLike>(reports: readonly Report[]): Map<string, Report> {
  const started = (report: ReportLike) => Date.parse(report.startedAt ?? '') || 0
  const oldestFirst = [...reports].sort((a, b) => started(a) - started(b))
  const lastSuccess = new Map<string, Report>()
  const earlier = new Map<string, Report>()
  for (const report of oldestFirst) {
    const stream = buildVersion(report.config)
    if (stream === undefined) continue
    const last = lastSuccess.get(stream)
    if (last) earlier.set(report.id, last)
    if (succeeded(report)) lastSuccess.set(stream, report)
  }
  return earlier
}

/** What changed in a build's packages since an earlier build, or why that cannot be told. */
export type BuildChanges =
  | { state: 'no-earlier' }
  | { state: 'this-missing' | 'this-unreadable' | 'earlier-unreadable' }
  | { state: 'compared'; diff: PackageDiff<PackageVersion> }

/** The packages added, removed and changed from `earlier`'s locked configuration to `report`'s. */
export function changesSince(
  report: Pick<ReportLike, 'lockedConfig'>,
  earlier: Pick<ReportLike, 'lockedConfig'> | undefined,
): BuildChanges {
  if (!earlier) return { state: 'no-earlier' }
  const after = lockedPackages(report.lockedConfig)
  if (after.state !== 'read') return { state: after.state === 'missing' ? 'this-missing' : 'this-unreadable' }
  const before = lockedPackages(earlier.lockedConfig)
  if (before.state !== 'read') return { state: 'earlier-unreadable' }
  return { state: 'compared', diff: diffPackages(before.packages, after.packages) }
}

/** Which of `names` (packages a failure names) were added since the earlier build. */
export function addedAmong(changes: BuildChanges, names: readonly string[]): string[] {
  if (changes.state !== 'compared') return []
  return names.filter((name) => changes.diff.added.some((pkg) => pkg.name === name))
}
