/**
 * Builds: saving a build config starts one per tag stream; each runs on the mock clock, then
 * succeeds (and moves its stream's tags to its digest) or fails with a log that says why.
 */
import type { BuildReport, BuildStatus } from '../src/api/types'
import { isDescendantOf } from '../src/domain/uidp'
import { planBuildLog, type BuildFailure, type LogPlan } from './build-logs'
import { clock, DAY, isTestRun, MINUTE, SECOND } from './clock'
import { HttpError } from './http-error'
import { childUidp, digestOf } from './ids'
import { answerOf, LogJson, type AnswerPart } from './log-json'
import { logUpTo, type PlannedLog } from './log-writer'
import { memo } from './memo'
import { packageIndex } from './packages'
import { fileConflicts } from './seed/packages'
import type { SeedPackage } from './seed/types'
import { clone, orgOrThrow, state, type BuildRecord, type OrgRecord, type RepoRecord } from './state'
import { streamsOf, type Stream } from './tag-streams'
import { APK_REPOSITORY, REGISTRY_HOST } from '../src/domain/image'
import { VERSION_ANNOTATION } from '../src/domain/build-version'
import { latestVersion, recordDigest } from './digests'

/** How far back the build list reaches when the request names no start. */
const BUILD_WINDOW = DAY
/** Under Vitest a build takes a minute of the frozen clock, so a test steps past it at will. */
const TEST_BUILD_MS = MINUTE
/** In the browser a build takes a few seconds, so the demo shows it running and then done. */
const DEMO_BUILD_MS = 4 * SECOND
/** each later stream of one save takes this much longer */
const DEMO_BUILD_STEP_MS = 1_500
/** and one save's builds take up to twice this much longer than another's */
const DEMO_BUILD_JITTER_MS = 700
/** the builds of one save start this far apart, one stream after the other */
const STREAM_START_GAP_MS = 250
/**
 * Outside tests, builds take `1 / speed` of their demo time (`MOCK_BUILD_SPEED` of the mock API);
 * the clock itself keeps real time, so times read the same in the browser and in the mock.
 */
export const buildPace = { speed: 1 }

interface BuildFilter {
  descendantsOf?: string
  ids?: string[]
  startedSince?: string
  startedBefore?: string
  excludeLogs?: boolean
  pageSize?: number
}

export function listBuildReports(filter: BuildFilter): BuildReport[] {
  const now = clock.now()
  return selectBuilds(filter).map((build) => {
    const report: BuildReport = clone(build.report)
    if (!filter.excludeLogs) report.log = logUpTo(build.log(), now)
    return report
  })
}

/**
 * The failed builds per repository among those the filter selects (by default the last 24 hours by
 * the mock clock), counted from the build reports themselves; repositories with none are left out.
 */
export function buildStatus(filter: BuildFilter): BuildStatus {
  const totals = new Map<string, number>()
  for (const build of selectBuilds(filter)) {
    if (build.report.result !== 'Failure') continue
    totals.set(build.repoId, (totals.get(build.repoId) ?? 0) + 1)
  }
  return { failures: [...totals].map(([repoId, total]) => ({ repoId, total })) }
}

/**
 * The same reports as {@link listBuildReports}, as the JSON of the API's answer (`{"reports":[…]}`)
 * in a Blob. A completed build's log goes in as the JSON string made once for it (`logJson`), so
 * a 25 MB log is neither serialized nor encoded again on the thread that answers; while a long log
 * is still being written, the answer is a stream that sends its start at once and the rest once written.
 */
export async function buildReportsJson(filter: BuildFilter): Promise<Blob | ReadableStream<Uint8Array>> {
  const now = clock.now()
  const parts: AnswerPart[] = ['{"reports":[']
  for (const [index, build] of selectBuilds(filter).entries()) {
    if (index) parts.push(',')
    const report = JSON.stringify(build.report)
    if (filter.excludeLogs) {
      parts.push(report)
      continue
    }
    // a report always has an id, so its JSON ends with `…"}` and the log goes in before the brace
    parts.push(report.slice(0, -1), ',"log":')
    if (build.settled) parts.push(...(await build.logJson().parts()))
    else parts.push(JSON.stringify(logUpTo(build.log(), now)))
    parts.push('}')
  }
  parts.push(']}')
  return answerOf(parts)
}

function selectBuilds(filter: BuildFilter): BuildRecord[] {
  settle()
  const since = filter.startedSince ? Date.parse(filter.startedSince) : clock.now() - BUILD_WINDOW
  const before = filter.startedBefore ? Date.parse(filter.startedBefore) : Infinity
  if (Number.isNaN(since) || Number.isNaN(before))
    throw new HttpError(400, 'startedSince/startedBefore: use RFC 3339 times.')
  const now = clock.now()
  return [...state.builds.values()]
    .filter((build) => {
      const started = Date.parse(build.report.startedAt)
      return (
        (!filter.descendantsOf || isDescendantOf(build.report.id, filter.descendantsOf)) &&
        (!filter.ids?.length || filter.ids.includes(build.report.id)) &&
        started >= since &&
        started < before &&
        started <= now
      )
    })
    .sort((a, b) => b.report.startedAt.localeCompare(a.report.startedAt))
    .slice(0, filter.pageSize || undefined)
}

/** Finishes every build whose time has come: moves tags on success, writes the result. */
export function settle(): void {
  const now = clock.now()
  for (const build of state.builds.values()) {
    if (build.settled || build.finishAt > now) continue
    build.settled = true
    build.report.completedAt = new Date(build.finishAt).toISOString()
    build.report.result = build.outcome
    if (build.outcome === 'Success') {
      build.report.digest = build.digest
      pointTags(build.repoId, build.stream, build.digest, build.report.completedAt)
      recordDigest({
        repoId: build.repoId,
        digest: build.digest,
        ...build.contents,
        createdAt: build.finishAt,
        releasesBehind: 0,
      })
    }
  }
}

/** What saving a build config does: one build per tag stream, starting now. */
export function startBuilds(record: RepoRecord): void {
  const org = orgOrThrow(record.orgId)
  const startedAt = clock.now()
  streamsOf(record.source).forEach((stream, index) => {
    const durationMs = isTestRun()
      ? TEST_BUILD_MS
      : (DEMO_BUILD_MS + index * DEMO_BUILD_STEP_MS + (state.counter % 3) * DEMO_BUILD_JITTER_MS) /
        buildPace.speed
    addBuild(record, org, stream, startedAt + (index * STREAM_START_GAP_MS) / buildPace.speed, durationMs)
  })
}

export interface BuildOptions {
  /** why the build fails besides a file conflict (which comes from the package set) */
  failure?: BuildFailure
  /** the report's warnings, also written as WARN lines */
  warnings?: string[]
  /** writes the log instead of `planBuildLog` */
  planLog?: (plan: LogPlan) => PlannedLog
  /**
   * writes the whole log as a JSON string elsewhere (a Worker in the browser), in place of
   * serializing `planLog`'s text on the thread that answers
   */
  planLogJson?: (plan: LogPlan) => LogJson
}

/** Adds a build of one tag stream; it completes (see {@link settle}) once the clock passes its end. */
export function addBuild(
  record: RepoRecord,
  org: OrgRecord,
  stream: Stream,
  startedAt: number,
  durationMs: number,
  options: BuildOptions = {},
): BuildRecord {
  const id = childUidp(record.repo.id, `build:${state.counter++}`)
  const added = record.repo.customOverlay?.contents?.packages ?? []
  const names = [
    ...new Set([...record.source.basePackages, ...(stream.dev ? record.source.devPackages : []), ...added]),
  ]
  const conflict = fileConflicts.find(({ packages: [a, b] }) => names.includes(a) && names.includes(b))
  const digest = digestOf(`${id}:${startedAt}`)
  const reference = `${REGISTRY_HOST}/${org.group.name}/${record.repo.name}`
  const { failure, warnings = [] } = options
  const plan = memo((): LogPlan => {
    const catalogue = packageIndex(org)
    return {
      orgId: record.orgId,
      reference,
      startedAt,
      durationMs,
      packages: names
        .map((name) => catalogue.get(name))
        .filter((pkg): pkg is SeedPackage => pkg !== undefined),
      addedPackages: added,
      conflict,
      failure,
      warnings,
      digest,
      tags: stream.tags,
    }
  })
  const log = memo(() => (options.planLog ?? planBuildLog)(plan()))
  const logJson = memo(
    () => options.planLogJson?.(plan()) ?? new LogJson(new Blob([JSON.stringify(log().text)])),
  )
  const build: BuildRecord = {
    report: withConfigs(
      {
        id,
        startedAt: new Date(startedAt).toISOString(),
        result: 'Unknown',
        apkoVersion: 'v0.30.12',
        mediaType: 'application/vnd.oci.image.index.v1+json',
        warnings: [...warnings],
      },
      record,
      org,
      stream,
      names,
      failure,
    ),
    contents: { packages: names, added },
    repoId: record.repo.id,
    stream,
    finishAt: startedAt + durationMs,
    outcome: conflict || failure ? 'Failure' : 'Success',
    digest,
    log,
    logJson,
    settled: false,
  }
  state.builds.set(id, build)
  return build
}

/**
 * `report` with the apko configuration its build ran (its packages, and its tag stream as the
 * image's version) and, once the packages resolved, the same with each package locked to the
 * release it installed. The locked one is worked out when first read: it needs the organization's
 * whole catalogue, which for the large organization is made only when one of its builds is read.
 */
function withConfigs<Report extends Omit<BuildReport, 'config' | 'lockedConfig'>>(
  report: Report,
  record: RepoRecord,
  org: OrgRecord,
  stream: Stream,
  names: readonly string[],
  failure: BuildFailure | undefined,
): Report & Pick<BuildReport, 'config' | 'lockedConfig'> {
  const base = {
    contents: { repositories: [`${APK_REPOSITORY}/${record.orgId}`], packages: names },
    archs: ['x86_64', 'aarch64'],
    annotations: { [VERSION_ANNOTATION]: stream.key },
  }
  const withConfig = { ...report, config: JSON.stringify(base) }
  if (failure?.kind === 'not-found') return withConfig
  const locked = memo(() => {
    const catalogue = packageIndex(org)
    const packages = names.map((name) => {
      const pkg = catalogue.get(name)
      return pkg ? `${name}=${latestVersion(pkg)}` : name
    })
    return JSON.stringify({ ...base, contents: { ...base.contents, packages } })
  })
  return Object.defineProperty(withConfig, 'lockedConfig', { get: locked, enumerable: true })
}

/** Points the tags of a stream at `digest`, as a successful build of it does. */
export function pointTags(repoId: string, stream: Stream, digest: string, at: string): void {
  const source = state.tagSources.get(repoId)
  for (const name of stream.tags) {
    const id = childUidp(repoId, `tag:${name}`)
    const tag = { id, name, digest, lastUpdated: at, deprecated: false, bundles: [] }
    if (source) source.moved.set(name, tag)
    else state.tags.set(id, tag)
  }
}
