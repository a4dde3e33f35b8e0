/**
 * The mock backend: one typed in-memory store with plain functions, shared by the browser worker,
 * Vitest and Playwright. It behaves like the platform API: it validates with the console's own
 * rules, answers 400/404/409 with a clear message, and runs builds on its own clock.
 */
import type { BuildReport, CustomOverlay, Features, Group, PackageSummary, Repo, Tag } from '../src/api/types'
import { beyondDocumentProblems, splitOverlay } from '../src/domain/build-config-beyond-document'
import { checkOverlay } from '../src/domain/build-config-rules'
import { hasCustomizations, sourceName } from '../src/domain/image'
import { imageNameError } from '../src/domain/image-name'
import { isChildOf, isDescendantOf } from '../src/domain/uidp'
import {
  BUILD_TIMEOUT_MS,
  logUpTo,
  planBuildLog,
  planLongBuildLog,
  type BuildFailure,
  type LogPlan,
  type PlannedLog,
} from './build-logs'
import { createClock, type MockClock } from './clock'
import { childUidp, digestOf, orgUidp } from './ids'
import { HOSTILE_IMAGES, HOSTILE_OVERLAY, hostilePackages, withHostileLines } from './seed/hostile'
import { images as seedImages } from './seed/images'
import { catalogue as defaultCatalogue, fileConflicts, generateCatalogue } from './seed/packages'
import type { SeedImage, SeedPackage } from './seed/types'

/**
 * - `default`: three organizations with seeded images, some customized, with recent builds.
 * - `empty-org`: acme.com has no images.
 * - `server-errors`: the registry calls answer 503.
 * - `build-fails`: the default data plus, in acme.com, a failed newest round of builds on three images,
 *   one per cause ({@link FAILED_BUILDS}).
 * - `huge-log`: the default data plus, in acme.com, a newest build of `node` with a 200,000-line log
 *   ({@link HUGE_LOG}).
 * - `hostile`: the default data plus, in acme.com, images, packages, a build config and a build log
 *   whose text carries markup, scripts, ANSI escapes, RTL text, emoji, zero-width characters and a
 *   1 MB line ({@link HOSTILE_IMAGES}).
 */
export const SCENARIOS = [
  'default',
  'empty-org',
  'server-errors',
  'build-fails',
  'huge-log',
  'hostile',
] as const
export type Scenario = (typeof SCENARIOS)[number]

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value)
}

/** google.rpc.Code for each HTTP status the mocks answer with. */
const RPC_CODE: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 500: 13, 503: 14 }

export class HttpError extends Error {
  readonly code: number
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.code = RPC_CODE[status] ?? 2
  }
}

export const ORG_NAMES = { default: 'acme.com', noCustomAssembly: 'globex.io', large: 'initech.dev' } as const
const LARGE_CATALOGUE_SIZE = 20_000
const HOUR = 3600_000
const DAY = 24 * HOUR
const BUILD_WINDOW = DAY

/**
 * The `build-fails` scenario: on top of the default data, the newest round of builds (one build per
 * tag stream, all within the last 24 hours, all completed with result `Failure`) of three acme.com
 * images fails, each for one cause. The image's build config names the culprit; its tags stay where
 * the last successful build (or the seed) put them. Earlier successful builds (python's) remain.
 * - `conflict`: python's config adds `python-3.12` next to the image's `python-3.13`; both install
 *   `/usr/bin/python3` (the ERROR lines name both packages and the path). One WARN line: py3.12-requests
 *   is deprecated.
 * - `notFound`: go's config adds `libssl1.1`, which no repository provides (a withdrawn package); the
 *   ERROR lines are apko's `solving "libssl1.1" constraint: could not find package that provides
 *   libssl1.1` and `unable to select packages: libssl1.1 (no such package): required by: world[libssl1.1]`.
 * - `timeout`: fetching jdk's `openjdk-21` package stalls; WARN lines retry it, then ERROR lines end in
 *   `context deadline exceeded` and `build timed out after 30m0s`.
 */
export const FAILED_BUILDS = {
  conflict: {
    image: 'python',
    added: 'python-3.12',
    packages: ['python-3.12', 'python-3.13'],
    path: '/usr/bin/python3',
    hoursAgo: 1,
  },
  notFound: { image: 'go', package: 'libssl1.1', hoursAgo: 2 },
  timeout: { image: 'jdk', stage: 'fetch', package: 'openjdk-21', hoursAgo: 4 },
} as const

/**
 * The `huge-log` scenario: on top of the default data, acme.com's `node` has a build config (a
 * node-gyp toolchain), an earlier round of ordinary successful builds, and a newest build (of the
 * `latest` stream, started 2 hours ago, 24 minutes long, result `Success`) whose log has exactly
 * `lines` lines, no ERROR line, WARN lines, ANSI colours on about 1 line in 500, `longLines` lines of
 * about 5,000 characters (every other line is under 1,000), and the word `rareWord` exactly
 * `rareWordCount` times, once per line, spread over the whole log. The log is written the first time
 * it is asked for and kept (joined) from then on.
 */
export const HUGE_LOG = {
  image: 'node',
  lines: 200_000,
  rareWord: 'zircon',
  rareWordCount: 17,
  longLines: 4,
  hoursAgo: 2,
} as const

interface OrgRecord {
  group: Group
  features: Features
  catalogue: () => readonly SeedPackage[]
}

/** A tag stream: the tags one build produces, e.g. `22`, `22.15`, `22.15.0`, `latest`. */
interface Stream {
  key: string
  tags: string[]
  dev: boolean
}

interface RepoRecord {
  repo: Repo & { id: string }
  orgId: string
  source: SeedImage
}

interface BuildRecord {
  report: BuildReport & { id: string; startedAt: string }
  repoId: string
  stream: Stream
  finishAt: number
  outcome: 'Success' | 'Failure'
  digest: string
  /**
   * written on first read (most seeded builds are never opened) and kept: a running build's log is
   * cut at now, a completed build's is the whole text, the same string on every request
   */
  log: () => PlannedLog
  settled: boolean
}

export interface Fault {
  method?: string
  /** substring of the request path, e.g. `/registry/v1/repos` */
  path?: string
  /**
   * substring of the decoded query string, e.g. `uidp.ids=` (one build with its log) or
   * `excludeLogs=true` (the list): calls that share a path differ in their query
   */
  query?: string
  /** an HTTP status, a dropped connection, or a 200 whose body is not JSON; `message: ''` sends none */
  answer: number | 'network-error' | 'malformed-json'
  message?: string
  /** how many matching requests fail; Infinity for all */
  times: number
  delayMs?: number
}

interface State {
  scenario: Scenario
  orgs: Map<string, OrgRecord>
  repos: Map<string, RepoRecord>
  tags: Map<string, Tag>
  builds: Map<string, BuildRecord>
  faults: Fault[]
  counter: number
}

const largeCatalogue = memo(() => generateCatalogue(LARGE_CATALOGUE_SIZE))
const hostileCatalogue = memo(() => [...defaultCatalogue, ...hostilePackages])
const imageByName = new Map(seedImages.map((image) => [image.name, image]))

/** Follows real time in the browser; stands still under Vitest until a test advances it. */
export const clock: MockClock = createClock(isTestRun() ? 'frozen' : 'real')
/** Empty until `reset()`: the browser worker and the test setup seed it when they start. */
let state: State = emptyState('default')

/** Starts over from the seed data of a scenario. Tests call this before each test. */
export function reset(scenario: Scenario = 'default', options: { now?: number } = {}): void {
  if (isTestRun() || options.now !== undefined) clock.freeze(options.now ?? Date.now())
  state = emptyState(scenario)
  seed()
}

export function currentScenario(): Scenario {
  return state.scenario
}

// ---- faults ----

export function injectFault(fault: Fault): void {
  state.faults.push(fault)
}

/** The fault (if any) the next request to `method path?query` meets; counts it down. */
export function takeFault(method: string, path: string, query = ''): Fault | undefined {
  const fault = state.faults.find(
    (f) =>
      f.times > 0 &&
      (!f.method || f.method === method) &&
      (!f.path || path.includes(f.path)) &&
      (!f.query || query.includes(f.query)),
  )
  if (fault) fault.times -= 1
  return fault
}

/** Forgets every injected fault: the next requests are answered as usual. */
export function clearFaults(): void {
  state.faults = []
}

// ---- groups and features ----

export function listGroups(filter: { inRoot?: boolean; id?: string; name?: string }): Group[] {
  return [...state.orgs.values()]
    .map((org) => org.group)
    .filter(
      (group) =>
        (!filter.inRoot || !group.id?.includes('/')) &&
        (!filter.id || group.id === filter.id) &&
        (!filter.name || group.name === filter.name),
    )
}

export function getFeatures(orgId: string): Features {
  return orgOrThrow(orgId).features
}

// ---- repos ----

export function listRepos(filter: {
  childrenOf?: string
  descendantsOf?: string
  id?: string
  name?: string
}): Repo[] {
  settle()
  return [...state.repos.values()]
    .map((record) => record.repo)
    .filter(
      (repo) =>
        (!filter.childrenOf || isChildOf(repo.id, filter.childrenOf)) &&
        (!filter.descendantsOf || isDescendantOf(repo.id, filter.descendantsOf)) &&
        (!filter.id || repo.id === filter.id) &&
        (!filter.name || repo.name === filter.name),
    )
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
    .map(clone)
}

export function createRepo(orgId: string, body: Repo, options: { preventExisting: boolean }): Repo {
  const org = orgOrThrow(orgId)
  const name = typeof body.name === 'string' ? body.name : ''
  const existing = [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === name)
  if (existing) {
    if (options.preventExisting) {
      throw new HttpError(409, `An image named "${name}" already exists in this organization.`)
    }
    return updateRepo(existing.repo.id, { ...existing.repo, customOverlay: body.customOverlay })
  }
  const nameError = imageNameError(name)
  if (nameError) throw new HttpError(400, `name: ${nameError}`)
  const sourceRef = body.sync_config?.source
  const sourceImage = sourceRef ? imageByName.get(sourceName(body) ?? '') : undefined
  if (!sourceImage) {
    throw new HttpError(
      400,
      `sync_config.source: "${sourceRef ?? ''}" is not an image this organization is entitled to.`,
    )
  }
  const overlay = normalizeOverlay(body.customOverlay)
  if (hasCustomizations(overlay) && !org.features.customAssembly) {
    throw new HttpError(403, 'Custom Assembly is not enabled for this organization.')
  }
  assertValidOverlay(org, sourceImage, overlay)
  const id = childUidp(orgId, `repo:${name}:${state.counter++}`)
  const record: RepoRecord = {
    orgId,
    source: sourceImage,
    repo: {
      id,
      name,
      catalogTier: sourceImage.tier,
      description: sourceImage.description,
      sync_config: { source: `chainguard/${sourceImage.name}`, uniqueTags: org.features.uniqueTags ?? false },
      customOverlay: overlay,
      createTime: clock.iso(),
      bundles: [],
      aliases: [],
      activeTags: [],
    },
  }
  state.repos.set(id, record)
  startBuilds(record)
  return clone(record.repo)
}

/** Full replacement, like the real PUT: every field comes from the body except those the server owns. */
export function updateRepo(repoId: string, body: Repo): Repo {
  const record = repoOrThrow(repoId)
  const org = orgOrThrow(record.orgId)
  const name = typeof body.name === 'string' ? body.name : ''
  if (name !== record.repo.name) {
    const others = [...state.repos.values()]
      .filter((r) => r.orgId === record.orgId && r !== record)
      .map((r) => r.repo.name ?? '')
    const nameError = imageNameError(name, others)
    if (nameError) throw new HttpError(others.includes(name) ? 409 : 400, `name: ${nameError}`)
  }
  const overlay = normalizeOverlay(body.customOverlay)
  const overlayChanged = JSON.stringify(overlay ?? {}) !== JSON.stringify(record.repo.customOverlay ?? {})
  if (overlayChanged && !org.features.customAssembly) {
    throw new HttpError(403, 'Custom Assembly is not enabled for this organization.')
  }
  assertValidOverlay(org, record.source, overlay)
  record.repo = {
    ...body,
    id: record.repo.id,
    name,
    sync_config: record.repo.sync_config,
    createTime: record.repo.createTime,
    customOverlay: overlay,
  }
  if (overlayChanged) startBuilds(record)
  return clone(record.repo)
}

export function deleteRepo(repoId: string): void {
  repoOrThrow(repoId)
  state.repos.delete(repoId)
  for (const [id] of state.tags) if (isDescendantOf(id, repoId)) state.tags.delete(id)
  for (const [id] of state.builds) if (isDescendantOf(id, repoId)) state.builds.delete(id)
}

// ---- tags ----

export function listTags(filter: {
  childrenOf?: string
  descendantsOf?: string
  name?: string
  digest?: string
}): Tag[] {
  settle()
  return [...state.tags.values()]
    .filter(
      (tag) =>
        (!filter.childrenOf || isChildOf(tag.id ?? '', filter.childrenOf)) &&
        (!filter.descendantsOf || isDescendantOf(tag.id ?? '', filter.descendantsOf)) &&
        (!filter.name || tag.name === filter.name) &&
        (!filter.digest || tag.digest === filter.digest),
    )
    .map(clone)
}

// ---- packages ----

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

const MAX_PAGE_SIZE = 1000
const DEFAULT_PAGE_SIZE = 50

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
      repositories: [`https://apk.cgr.dev/${record.orgId}`],
      packages,
    },
    archs: ['x86_64', 'aarch64'],
    accounts: { runAs: '65532' },
    workDir: '/',
  }
}

// ---- builds ----

export function listBuildReports(filter: {
  descendantsOf?: string
  ids?: string[]
  startedSince?: string
  startedBefore?: string
  excludeLogs?: boolean
  pageSize?: number
}): BuildReport[] {
  settle()
  const since = filter.startedSince ? Date.parse(filter.startedSince) : clock.now() - BUILD_WINDOW
  const before = filter.startedBefore ? Date.parse(filter.startedBefore) : Infinity
  if (Number.isNaN(since) || Number.isNaN(before))
    throw new HttpError(400, 'startedSince/startedBefore: use RFC 3339 times.')
  const now = clock.now()
  const reports = [...state.builds.values()]
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
  return reports.map((build) => {
    const report: BuildReport = clone(build.report)
    if (!filter.excludeLogs) report.log = logUpTo(build.log(), now)
    return report
  })
}

/** Finishes every build whose time has come: moves tags on success, writes the result. */
function settle(): void {
  const now = clock.now()
  for (const build of state.builds.values()) {
    if (build.settled || build.finishAt > now) continue
    build.settled = true
    build.report.completedAt = new Date(build.finishAt).toISOString()
    build.report.result = build.outcome
    if (build.outcome === 'Success') {
      build.report.digest = build.digest
      pointTags(build.repoId, build.stream, build.digest, build.report.completedAt)
    }
  }
}

function startBuilds(
  record: RepoRecord,
  startedAt = clock.now(),
  options: { durationMs?: number } = {},
): void {
  const org = orgOrThrow(record.orgId)
  const streams = streamsOf(record.source)
  streams.forEach((stream, index) => {
    const durationMs =
      options.durationMs ?? (isTestRun() ? 60_000 : 4_000 + index * 1_500 + (state.counter % 3) * 700)
    addBuild(record, org, stream, startedAt + index * 250, durationMs)
  })
}

interface BuildOptions {
  /** why the build fails besides a file conflict (which comes from the package set) */
  failure?: BuildFailure
  /** the report's warnings, also written as WARN lines */
  warnings?: string[]
  /** writes the log instead of `planBuildLog` */
  planLog?: (plan: LogPlan) => PlannedLog
}

function addBuild(
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
  const reference = `cgr.dev/${org.group.name}/${record.repo.name}`
  const { failure, warnings = [] } = options
  const log = memo(() => {
    const catalogue = packageIndex(org)
    return (options.planLog ?? planBuildLog)({
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
    })
  })
  const build: BuildRecord = {
    report: {
      id,
      startedAt: new Date(startedAt).toISOString(),
      result: 'Unknown',
      apkoVersion: 'v0.30.12',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      config: JSON.stringify({ contents: { packages: names } }),
      warnings: [...warnings],
    },
    repoId: record.repo.id,
    stream,
    finishAt: startedAt + durationMs,
    outcome: conflict || failure ? 'Failure' : 'Success',
    digest,
    log,
    settled: false,
  }
  state.builds.set(id, build)
  return build
}

function pointTags(repoId: string, stream: Stream, digest: string, at: string): void {
  for (const name of stream.tags) {
    const id = childUidp(repoId, `tag:${name}`)
    state.tags.set(id, { id, name, digest, lastUpdated: at, deprecated: false, bundles: [] })
  }
}

// ---- seed ----

function emptyState(scenario: Scenario): State {
  return {
    scenario,
    orgs: new Map(),
    repos: new Map(),
    tags: new Map(),
    builds: new Map(),
    faults: [],
    counter: 0,
  }
}

function seed(): void {
  const now = clock.now()
  const addOrg = (
    name: string,
    description: string,
    features: Features,
    catalogue: () => readonly SeedPackage[],
  ) => {
    const id = orgUidp(name)
    state.orgs.set(id, {
      group: { id, name, description, kind: 'ORG_KIND_CUSTOMER', status: 'ORG_STATUS_READY', verified: true },
      features,
      catalogue,
    })
    return id
  }
  const acme = addOrg(
    ORG_NAMES.default,
    'Acme Corporation',
    { customAssembly: true, uniqueTags: false },
    state.scenario === 'hostile' ? hostileCatalogue : () => defaultCatalogue,
  )
  const globex = addOrg(
    ORG_NAMES.noCustomAssembly,
    'Globex',
    { customAssembly: false, uniqueTags: false },
    () => defaultCatalogue,
  )
  const initech = addOrg(
    ORG_NAMES.large,
    'Initech',
    { customAssembly: true, uniqueTags: true },
    largeCatalogue,
  )

  if (state.scenario !== 'empty-org') {
    for (const image of seedImages) addSeedRepo(acme, image, now)
    customize(acme, 'python', pick(['py3.13-requests', 'py3.12-requests', 'curl']), now - 3 * 3600_000)
    customize(acme, 'nginx', pick(['curl', 'jq']), now - 20 * 3600_000)
    createSeedImage(acme, 'node-with-tools', 'node', pick(['curl', 'git', 'jq']), now - 5 * 3600_000)
    if (state.scenario === 'build-fails') seedFailedBuilds(acme, now)
    if (state.scenario === 'huge-log') seedHugeLog(acme, now)
    if (state.scenario === 'hostile') seedHostile(acme, now)
  }
  for (const name of ['node', 'python', 'go', 'nginx', 'postgres', 'redis', 'static', 'wolfi-base']) {
    const image = imageByName.get(name)
    if (image) addSeedRepo(globex, image, now)
  }
  for (const image of seedImages) addSeedRepo(initech, image, now)
  const services = [
    'billing',
    'checkout',
    'search',
    'reports',
    'ledger',
    'auth',
    'gateway',
    'media',
    'notify',
    'tps',
  ]
  for (let i = 0; i < 100; i++) {
    const source = seedImages[i % seedImages.length]
    if (!source) continue
    const name = `${services[i % services.length]}-${source.name}-${String(Math.floor(i / services.length) + 1).padStart(2, '0')}`
    createSeedImage(
      initech,
      name,
      source.name,
      pick(['curl', 'jq', 'git', 'bash'].slice(0, 1 + (i % 4))),
      now - (i + 1) * 3_600_000,
    )
  }
}

function addSeedRepo(orgId: string, image: SeedImage, now: number, name = image.name): RepoRecord {
  const id = childUidp(orgId, `repo:${name}`)
  const age = (hash(name) % 40) * 3600_000 + 3600_000
  const record: RepoRecord = {
    orgId,
    source: image,
    repo: {
      id,
      name,
      catalogTier: image.tier,
      description: image.description,
      sync_config: { source: `chainguard/${image.name}`, uniqueTags: false },
      customOverlay: {},
      createTime: new Date(now - 200 * DAY).toISOString(),
      bundles: [],
      aliases: [],
      activeTags: streamsOf(image).flatMap((stream) => stream.tags),
    },
  }
  state.repos.set(id, record)
  streamsOf(image).forEach((stream, index) => {
    const at = new Date(now - age - index * 7 * 3600_000).toISOString()
    for (const tag of stream.tags) {
      const tagId = childUidp(id, `tag:${tag}`)
      state.tags.set(tagId, {
        id: tagId,
        name: tag,
        digest: digestOf(`${id}:${stream.key}`),
        lastUpdated: at,
        deprecated: false,
        bundles: [],
      })
    }
  })
  return record
}

/** Gives a seeded image a build config, with builds that finished before now (and older ones). */
function customize(orgId: string, name: string, packages: string[], at: number): void {
  const record = [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === name)
  if (!record || !packages.length) return
  record.repo.customOverlay = { contents: { packages } }
  seedBuilds(record, at)
}

function createSeedImage(orgId: string, name: string, source: string, packages: string[], at: number): void {
  const image = imageByName.get(source)
  if (!image) return
  const record = addSeedRepo(orgId, image, at, name)
  record.repo.createTime = new Date(at - DAY).toISOString()
  record.repo.customOverlay = { contents: { packages } }
  seedBuilds(record, at)
}

/** Two rounds of finished builds: one older than the 24-hour window, one inside it. */
function seedBuilds(record: RepoRecord, at: number): void {
  for (const startedAt of [at - 30 * 3600_000, at]) seedRound(record, startedAt)
  settle()
}

/** One build per tag stream, as saving a build config starts, 40 s apart (settle afterwards). */
function seedRound(
  record: RepoRecord,
  at: number,
  options: BuildOptions & { durationMs?: (stream: Stream) => number } = {},
): void {
  const org = orgOrThrow(record.orgId)
  for (const [index, stream] of streamsOf(record.source).entries()) {
    const durationMs = options.durationMs?.(stream) ?? 140_000 + (hash(stream.key) % 9) * 17_000
    addBuild(record, org, stream, at + index * 40_000, durationMs, options)
  }
}

/** `build-fails`: see {@link FAILED_BUILDS}. */
function seedFailedBuilds(orgId: string, now: number): void {
  const repo = (name: string) =>
    [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === name)
  const reconfigure = (record: RepoRecord, packages: string[]) => {
    record.repo.customOverlay = { ...record.repo.customOverlay, contents: { packages } }
  }
  const { conflict, notFound, timeout } = FAILED_BUILDS

  const python = repo(conflict.image)
  if (python) {
    const packages = python.repo.customOverlay?.contents?.packages ?? []
    reconfigure(python, [...packages, ...pick([conflict.added])])
    seedRound(python, now - conflict.hoursAgo * HOUR, {
      warnings: pick(['py3.12-requests']).map(
        (name) =>
          `package ${name} is deprecated: Python 3.12 modules are no longer rebuilt; use the py3.13- packages`,
      ),
    })
  }
  // `libssl1.1` was withdrawn after the config was saved, so the config no longer passes the checks
  const go = repo(notFound.image)
  if (go) {
    reconfigure(go, [...pick(['curl', 'jq']), notFound.package])
    seedRound(go, now - notFound.hoursAgo * HOUR, {
      failure: { kind: 'not-found', package: notFound.package },
      durationMs: (stream) => 9_000 + (hash(stream.key) % 5) * 1_300,
    })
  }
  const jdk = repo(timeout.image)
  if (jdk) {
    reconfigure(jdk, pick(['curl', 'bash']))
    seedRound(jdk, now - timeout.hoursAgo * HOUR, {
      failure: { kind: 'timeout', stage: timeout.stage },
      durationMs: (stream) => BUILD_TIMEOUT_MS + 2_000 + (hash(stream.key) % 5) * 300,
    })
  }
  settle()
}

/** `huge-log`: see {@link HUGE_LOG}. */
function seedHugeLog(orgId: string, now: number): void {
  const record = [...state.repos.values()].find((r) => r.orgId === orgId && r.repo.name === HUGE_LOG.image)
  const latest = record && streamsOf(record.source)[0]
  if (!record || !latest) return
  record.repo.customOverlay = {
    contents: {
      packages: pick(['python-3.13', 'make', 'gcc', 'glibc-dev', 'binutils', 'git', 'curl', 'jq']),
    },
  }
  seedRound(record, now - 6 * HOUR)
  addBuild(record, orgOrThrow(orgId), latest, now - HUGE_LOG.hoursAgo * HOUR, 24 * 60_000, {
    planLog: (plan) => planLongBuildLog(plan, HUGE_LOG),
  })
  settle()
}

/** `hostile`: see {@link HOSTILE_IMAGES}. Written as the API could send it, past the console's name rules. */
function seedHostile(orgId: string, now: number): void {
  const { markup, rtl, script } = HOSTILE_IMAGES
  createSeedImage(orgId, rtl.name, rtl.source, pick(['curl']), now - 2 * HOUR)
  createSeedImage(orgId, script.name, script.source, pick(['jq']), now - 4 * HOUR)
  const source = imageByName.get(markup.source)
  if (!source) return
  const record = addSeedRepo(orgId, source, now - 3 * HOUR, markup.name)
  record.repo.description = markup.description
  record.repo.createTime = new Date(now - 2 * DAY).toISOString()
  record.repo.customOverlay = {
    contents: { packages: ['hostile-html', ...pick(['curl'])] },
    annotations: { ...HOSTILE_OVERLAY.annotations },
    environment: { ...HOSTILE_OVERLAY.environment },
  }
  seedRound(record, now - HOUR, { planLog: (plan) => withHostileLines(planBuildLog(plan)) })
  settle()
  const latest = [...state.tags.values()].find(
    (tag) => tag.name === 'latest' && isChildOf(tag.id ?? '', record.repo.id),
  )
  for (const name of markup.tags) {
    const id = childUidp(record.repo.id, `tag:${name}`)
    state.tags.set(id, { ...latest, id, name, deprecated: false, bundles: [] })
  }
}

// ---- helpers ----

function streamsOf(image: SeedImage): Stream[] {
  const majors = new Set(image.versions.map((version) => version.split('.')[0]))
  const streams: Stream[] = []
  for (const variant of image.variants) {
    if (image.versions.length === 0) {
      streams.push({ key: `latest${variant}`, tags: [`latest${variant}`], dev: variant === '-dev' })
      continue
    }
    image.versions.forEach((version, index) => {
      const parts = version.split('.')
      const names = new Set<string>()
      if (majors.size > 1 && parts[0]) names.add(parts[0])
      for (let i = 2; i <= parts.length; i++) names.add(parts.slice(0, i).join('.'))
      if (index === 0) names.add('latest')
      streams.push({
        key: `${version}${variant}`,
        tags: [...names].map((name) => `${name}${variant}`),
        dev: variant === '-dev',
      })
    })
  }
  return streams
}

const packageIndexes = new WeakMap<OrgRecord, Map<string, SeedPackage>>()
function packageIndex(org: OrgRecord): Map<string, SeedPackage> {
  let index = packageIndexes.get(org)
  if (!index) {
    index = new Map(org.catalogue().map((pkg) => [pkg.name, pkg]))
    packageIndexes.set(org, index)
  }
  return index
}

/** The console's own rules (warnings, such as an expired certificate, do not stop a build config). */
function assertValidOverlay(org: OrgRecord, source: SeedImage, overlay: CustomOverlay | undefined): void {
  const index = packageIndex(org)
  const { document, beyond } = splitOverlay(overlay)
  const { problems } = checkOverlay(document, {
    entitled: (name) => index.has(name),
    base: new Set(source.basePackages),
    now: clock.now(),
  })
  const errors = [
    ...problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
    ...beyondDocumentProblems(beyond),
  ]
  if (errors.length === 0) return
  const shown = errors.slice(0, 3)
  if (errors.length > shown.length) shown.push(`and ${errors.length - shown.length} more`)
  throw new HttpError(400, shown.join('; '))
}

function normalizeOverlay(overlay: unknown): CustomOverlay {
  if (overlay === undefined || overlay === null) return {}
  if (typeof overlay !== 'object' || Array.isArray(overlay))
    throw new HttpError(400, 'customOverlay: must be an object.')
  return clone(overlay as CustomOverlay)
}

function toSummary(pkg: SeedPackage): PackageSummary {
  return {
    packageName: pkg.name,
    latestVersion: `${pkg.version}-r${pkg.epoch}`,
    architectures: [...pkg.archs].sort().join(', '),
    description: pkg.description,
    license: pkg.license,
    origin: pkg.origin,
    buildTime: new Date(Date.UTC(2026, 9, 1) + (hash(pkg.name) % 50) * DAY).toISOString(),
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

function orgOrThrow(orgId: string): OrgRecord {
  const org = state.orgs.get(orgId)
  if (!org) throw new HttpError(404, `No organization with id "${orgId}".`)
  return org
}

function repoOrThrow(repoId: string): RepoRecord {
  const record = state.repos.get(repoId)
  if (!record) throw new HttpError(404, `No image with id "${repoId}".`)
  return record
}

const defaultCatalogueNames = memo(() => new Set(defaultCatalogue.map((pkg) => pkg.name)))

/** The candidates the default catalogue has (seed overlays never name a missing package). */
function pick(candidates: string[]): string[] {
  return candidates.filter((name) => defaultCatalogueNames().has(name))
}

function hash(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0
  return h
}

function clone<T>(value: T): T {
  return structuredClone(value)
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

function isTestRun(): boolean {
  return typeof process !== 'undefined' && Boolean(process.env?.VITEST)
}
