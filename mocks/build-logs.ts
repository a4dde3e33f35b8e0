import type { SeedFileConflict, SeedPackage } from './seed/types'

/**
 * A planned build log: all its lines, written at once, with the mock-clock time of each (a running
 * build shows the lines up to now, see {@link logUpTo}). Kept as one string and one array of times,
 * not an object per line, so that even a 200,000-line log is cheap to write and to keep.
 */
export interface PlannedLog {
  /** `<RFC 3339 time>[LEVEL]message` lines joined with '\n' */
  text: string
  /** each line's time (ms), in order */
  times: Float64Array
}

/** The log as it stands at `now`: the lines written by then; the very same string once all are. */
export function logUpTo(log: PlannedLog, now: number): string {
  const { text, times } = log
  if (!times.length || (times[times.length - 1] ?? 0) <= now) return text
  let written = 0
  let high = times.length
  while (written < high) {
    const middle = (written + high) >>> 1
    if ((times[middle] ?? Infinity) <= now) written = middle + 1
    else high = middle
  }
  let end = -1
  for (let i = 0; i < written; i++) end = text.indexOf('\n', end + 1)
  return written ? text.slice(0, end) : ''
}

/**
 * Why a build fails, besides two packages installing the same file (`LogPlan.conflict`): a package
 * no repository provides (for one architecture or for all), or a stage that stalls until the build's
 * time limit ({@link BUILD_TIMEOUT_MS}) stops it.
 */
export type BuildFailure =
  { kind: 'not-found'; package: string } | { kind: 'timeout'; stage: 'fetch' | 'push' }

export interface LogPlan {
  orgId: string
  reference: string
  startedAt: number
  durationMs: number
  packages: readonly SeedPackage[]
  addedPackages: readonly string[]
  conflict?: SeedFileConflict
  failure?: BuildFailure
  /** written as WARN lines once the package indexes are loaded, e.g. `package X is deprecated: …` */
  warnings?: readonly string[]
  digest: string
  tags: readonly string[]
}

/** How long the platform lets a build run before it stops it. */
export const BUILD_TIMEOUT_MS = 30 * 60_000

const ARCHS = ['x86_64', 'aarch64'] as const
type Arch = (typeof ARCHS)[number]
type Level = 'INFO' | 'WARN' | 'ERROR'

/** A realistic apko build log: resolve, fetch and install every package, layer, push. */
export function planBuildLog(plan: LogPlan): PlannedLog {
  return timed(plan.startedAt, plan.durationMs, (log) => writeBuildLog(log, plan))
}

function writeBuildLog(log: LogWriter, plan: LogPlan): void {
  const { conflict, failure } = plan
  const names = plan.packages.map((pkg) => pkg.name)
  if (failure?.kind === 'not-found' && !names.includes(failure.package)) names.push(failure.package)
  writeHead(log, plan, names)

  let failed = false
  for (const arch of ARCHS) {
    log.info(`[${arch}] initializing apk database`)
    if (failure?.kind === 'not-found' && !providedFor(plan, failure.package, arch)) {
      writeNotFound(log, plan, failure.package, arch)
      failed = true
      break
    }
    const stall = failure?.kind === 'timeout' && failure.stage === 'fetch' ? stalledPackage(plan) : undefined
    for (const pkg of plan.packages) {
      log.info(`[${arch}] fetching ${apkFile(pkg)}`)
      if (pkg === stall) {
        writeFetchTimeout(log, plan, pkg, arch)
        failed = true
        break
      }
    }
    if (failed) break
    const installed = new Set<string>()
    for (const pkg of plan.packages) {
      // whichever of the pair comes second fails, in the order the packages install
      const other =
        conflict && conflict.packages.includes(pkg.name)
          ? conflict.packages.find((name) => name !== pkg.name)
          : undefined
      if (conflict && other && installed.has(other)) {
        const [first, second] = conflict.packages
        log.error(
          `[${arch}] installing ${pkg.name} (${pkg.version}-r${pkg.epoch}): trying to overwrite ${conflict.path} owned by ${other}`,
        )
        log.error(
          `[${arch}] failed to install packages: unable to install ${pkg.name}: file ${conflict.path} is already installed by ${other}`,
        )
        log.error(
          `failed to build layer image for "${platformOf(arch)}": installing apk packages: ${first} and ${second} both install ${conflict.path}`,
        )
        log.error(
          `build failed: packages ${first} and ${second} conflict on ${conflict.path}; remove one of them from the build config`,
        )
        failed = true
        break
      }
      installed.add(pkg.name)
      log.info(`[${arch}] installing ${pkg.name} (${pkg.version}-r${pkg.epoch})`)
    }
    if (failed) break
    log.info(`[${arch}] ${plan.packages.length} packages installed`)
    log.info(`[${arch}] building layers: splitting image into ${Math.min(4, plan.packages.length)} layers`)
    log.info(`[${arch}] built image layer tarball ${(plan.packages.length * 1.7 + 3.2).toFixed(1)} MB`)
  }

  if (!failed) {
    log.info(`generating SBOM for ${plan.reference}`)
    log.info(`signing ${plan.reference}@${plan.digest}`)
    log.info(`pushing ${plan.reference}@${plan.digest}`)
    if (failure?.kind === 'timeout' && failure.stage === 'push') {
      writePushTimeout(log, plan)
    } else {
      for (const tag of plan.tags) log.info(`tagged ${plan.reference}:${tag}`)
      log.info(`build finished: ${plan.reference}@${plan.digest}`)
    }
  }
}

export interface LongLogSize {
  lines: number
  /** a word no other line contains, written `rareWordCount` times (once per line, spread evenly) */
  rareWord: string
  rareWordCount: number
}

/**
 * A successful build whose log has exactly `size.lines` lines: the stages of {@link planBuildLog}
 * with every file each package unpacks listed (npm alone unpacks thousands), as a verbose build of
 * a big image writes. Deterministic, and fast enough to write on first read (200,000 lines in well
 * under 300 ms). Besides plain INFO lines it has:
 * - WARN lines: one `retrying fetch` per architecture and, now and then, an ignored xattr;
 * - ANSI-coloured messages on 1 file line in 500: `\u001b[32mok\u001b[0m` mostly, some
 *   `\u001b[1;33m…\u001b[0m`, and WARN lines with `\u001b[1;31m…\u001b[0m`;
 * - lines of about 5,000 characters: npm's bundled modules (when npm is installed) and the SBOM of
 *   each architecture (when there are a couple of dozen packages); the others are much shorter;
 * - `size.rareWord` exactly `size.rareWordCount` times, once per line, spread over the whole log;
 * - no ERROR lines.
 */
export function planLongBuildLog(plan: LogPlan, size: LongLogSize): PlannedLog {
  // count the lines besides the files (and the pauses), then fill up with files
  const fixed = new LogWriter()
  writeLongLog(fixed, plan, size, 0)
  const fileLines = size.lines - fixed.length
  if (fileLines < size.rareWordCount * 2) throw new Error(`a long log needs more than ${fixed.length} lines`)
  const step = Math.max(0, plan.durationMs - fixed.pausedMs) / size.lines
  const log = new LogWriter({ startedAt: plan.startedAt, step, lines: size.lines })
  writeLongLog(log, plan, size, fileLines)
  return log.finish()
}

// ---- the writer ----

const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** how much text is gathered before it is encoded */
const CHUNK = 32_768
/** the end of a line's time, `.000Z` to `.999Z`, by millisecond */
const MILLIS = Array.from({ length: 1000 }, (_, ms) => flat(String(ms).padStart(3, '0'), 'Z'))
const LEVELS: Record<Level, string> = { INFO: '[INFO]', WARN: '[WARN]', ERROR: '[ERROR]' }

interface Timing {
  startedAt: number
  /** time between two lines (besides pauses) */
  step: number
  lines: number
}

/**
 * Writes `<RFC 3339 time>[LEVEL]message` lines, spread evenly over the build's time but for pauses
 * (a pause, in ms, lengthens the gap before its line). Without a timing it only counts, so a plan
 * is written twice: once to count its lines, once for real (see {@link timed}). Lines are gathered
 * in chunks and encoded into one growing byte buffer, so a long log leaves no string per line
 * behind for the garbage collector, and its text comes out as one flat string.
 */
class LogWriter {
  /** lines written, and the time their pauses take */
  length = 0
  pausedMs = 0
  private readonly times: Float64Array
  private bytes = new Uint8Array(0)
  private used = 0
  private pending = ''
  private second = Number.NaN
  /** `2026-11-23T10:55:20.` for the current second */
  private secondText = ''

  constructor(private readonly timing?: Timing) {
    this.times = new Float64Array(timing?.lines ?? 0)
    if (timing) this.bytes = new Uint8Array(Math.max(16_384, timing.lines * 128))
  }

  info(text: string, pause = 0): void {
    this.write('INFO', text, pause)
  }

  warn(text: string, pause = 0): void {
    this.write('WARN', text, pause)
  }

  error(text: string, pause = 0): void {
    this.write('ERROR', text, pause)
  }

  finish(): PlannedLog {
    this.flush()
    if (this.length !== this.times.length)
      throw new Error(`planned ${this.times.length} lines, wrote ${this.length}`)
    // the last line has no newline after it
    return { text: decoder.decode(this.bytes.subarray(0, Math.max(0, this.used - 1))), times: this.times }
  }

  private write(level: Level, text: string, pause: number): void {
    this.pausedMs += pause
    const timing = this.timing
    if (timing) {
      const at = Math.round(timing.startedAt + this.length * timing.step + this.pausedMs)
      this.times[this.length] = at
      const s = Math.floor(at / 1000)
      if (s !== this.second) {
        this.second = s
        this.secondText = new Date(s * 1000).toISOString().slice(0, 20)
      }
      this.pending += this.secondText + (MILLIS[at - s * 1000] ?? '') + LEVELS[level] + text + '\n'
      if (this.pending.length >= CHUNK) this.flush()
    }
    this.length += 1
  }

  private flush(): void {
    const pending = this.pending
    if (!pending) return
    const needed = this.used + pending.length * 3 // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2))
      grown.set(this.bytes.subarray(0, this.used))
      this.bytes = grown
    }
    this.used += encoder.encodeInto(pending, this.bytes.subarray(this.used)).written
    this.pending = ''
  }
}

/** Writes a plan twice: to count its lines, then with each line's time. */
function timed(startedAt: number, durationMs: number, write: (log: LogWriter) => void): PlannedLog {
  const counted = new LogWriter()
  write(counted)
  const step = Math.max(0, durationMs - counted.pausedMs) / Math.max(1, counted.length)
  const log = new LogWriter({ startedAt, step, lines: counted.length })
  write(log)
  return log.finish()
}

// ---- stages ----

function writeHead(log: LogWriter, plan: LogPlan, names: readonly string[]): void {
  log.info(
    `Building image with locked configuration: {Contents:{BuildRepositories:[] RuntimeRepositories:[https://apk.cgr.dev/${plan.orgId}] Keyring:[https://apk.cgr.dev/${plan.orgId}/melange.rsa.pub] Packages:[${names.join(' ')}]} Archs:[amd64 arm64]}`,
  )
  if (plan.addedPackages.length)
    log.info(`custom overlay adds ${plan.addedPackages.length} package(s): ${plan.addedPackages.join(', ')}`)
  log.info(`resolving ${names.length} packages for architectures ${ARCHS.join(', ')}`)
  log.info('loading APKINDEX from https://apk.cgr.dev/chainguard/x86_64/APKINDEX.tar.gz')
  log.info('loading APKINDEX from https://apk.cgr.dev/chainguard/aarch64/APKINDEX.tar.gz')
  for (const warning of plan.warnings ?? []) log.warn(warning)
}

function writeNotFound(log: LogWriter, plan: LogPlan, name: string, arch: Arch): void {
  const solving = `solving "${name}" constraint: could not find package that provides ${name}`
  const elsewhere = plan.packages.some((pkg) => pkg.name === name)
  log.error(`[${arch}] ${solving}`)
  log.error(`unable to select packages: ${name} (no such package): required by: world[${name}]`)
  log.error(`failed to build layer image for "${platformOf(arch)}": initializing apk: ${solving}`)
  log.error(
    elsewhere
      ? `build failed: ${name} is not built for ${arch}; remove it from the build config`
      : `build failed: no repository of this organization provides ${name}; remove it from the build config`,
  )
}

function writeFetchTimeout(log: LogWriter, plan: LogPlan, pkg: SeedPackage, arch: Arch): void {
  const url = `https://apk.cgr.dev/${plan.orgId}/${arch}/${apkFile(pkg)}`
  const attempts = 4
  for (let attempt = 2; attempt <= attempts; attempt++) {
    log.warn(
      `[${arch}] retrying fetch of ${url}: context deadline exceeded (Client.Timeout exceeded while awaiting headers) (attempt ${attempt} of ${attempts})`,
      STALL,
    )
  }
  log.error(`[${arch}] fetching ${apkFile(pkg)}: GET ${url}: context deadline exceeded`, STALL)
  log.error(
    `failed to build layer image for "${platformOf(arch)}": installing apk packages: fetching ${apkFile(pkg)}: context deadline exceeded`,
  )
  log.error(`build timed out after ${goDuration(BUILD_TIMEOUT_MS)}`)
}

function writePushTimeout(log: LogWriter, plan: LogPlan): void {
  const hex = plan.digest.replace(/^sha256:/, '')
  const layer = `sha256:${hex.slice(32)}${hex.slice(0, 32)}`
  const [registry = '', ...path] = plan.reference.split('/')
  const upload = `https://${registry}/v2/${path.join('/')}/blobs/uploads/${hex.slice(8, 40)}`
  const attempts = 4
  for (let attempt = 2; attempt <= attempts; attempt++) {
    log.warn(
      `retrying push of layer ${layer} to ${plan.reference}: PATCH ${upload}: context deadline exceeded (attempt ${attempt} of ${attempts})`,
      STALL,
    )
  }
  log.error(`pushing ${plan.reference}@${plan.digest}: PATCH ${upload}: context deadline exceeded`, STALL)
  log.error(`build timed out after ${goDuration(BUILD_TIMEOUT_MS)}`)
}

/** the gap before each retry of a stalled stage and before its last error: all but half a minute of the limit */
const STALL = (BUILD_TIMEOUT_MS - 30_000) / 4

/** The package whose fetch stalls: the first big one (a JDK, a runtime, a toolchain), else the middle one. */
function stalledPackage(plan: LogPlan): SeedPackage | undefined {
  const big = /^(openjdk|nodejs|python-3|go-1|rust|dotnet|gcc|icu-data|postgresql|php-8|ruby-3)/
  return (
    plan.packages.find((pkg) => big.test(pkg.name)) ?? plan.packages[Math.floor(plan.packages.length / 2)]
  )
}

function providedFor(plan: LogPlan, name: string, arch: Arch): boolean {
  return plan.packages.some((pkg) => pkg.name === name && pkg.archs.includes(arch))
}

const apkFile = (pkg: SeedPackage) => `${pkg.name}-${pkg.version}-r${pkg.epoch}.apk`
const platformOf = (arch: Arch) => (arch === 'x86_64' ? 'amd64' : 'arm64')

/** Go's `time.Duration` text, e.g. `30m0s`. */
function goDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${seconds % 60}s`
}

// ---- the long log ----

/** npm's bundled dependencies: the bulk of the files the `npm` package unpacks */
const NPM_MODULES = `@npmcli/agent @npmcli/arborist @npmcli/config @npmcli/fs @npmcli/git
  @npmcli/installed-package-contents @npmcli/map-workspaces @npmcli/metavuln-calculator
  @npmcli/name-from-folder @npmcli/node-gyp @npmcli/package-json @npmcli/promise-spawn @npmcli/query
  @npmcli/redact @npmcli/run-script @sigstore/bundle @sigstore/core @sigstore/protobuf-specs @sigstore/sign
  @sigstore/tuf @sigstore/verify @tufjs/canonical-json @tufjs/models abbrev agent-base ansi-regex ansi-styles
  aproba archy balanced-match bin-links binary-extensions brace-expansion cacache chalk chownr ci-info
  cidr-regex cli-columns cmd-shim color-convert color-name common-ancestor-path cross-spawn cssesc debug
  diff eastasianwidth emoji-regex encoding env-paths err-code exponential-backoff fastest-levenshtein
  foreground-child fs-minipass glob graceful-fs hosted-git-info http-cache-semantics http-proxy-agent
  https-proxy-agent iconv-lite ignore-walk imurmurhash ini init-package-json ip-address ip-regex is-cidr
  is-fullwidth-code-point isexe jackspeak jsbn json-parse-even-better-errors json-stringify-nice jsonparse
  just-diff just-diff-apply libnpmaccess libnpmdiff libnpmexec libnpmfund libnpmhook libnpmorg libnpmpack
  libnpmpublish libnpmsearch libnpmteam libnpmversion lru-cache make-fetch-happen minimatch minipass
  minipass-collect minipass-fetch minipass-flush minipass-pipeline minipass-sized minizlib mkdirp ms
  mute-stream negotiator node-gyp nopt normalize-package-data npm-audit-report npm-bundled
  npm-install-checks npm-normalize-package-bin npm-package-arg npm-packlist npm-pick-manifest npm-profile
  npm-registry-fetch npm-user-validate p-map package-json-from-dist path-scurry postcss-selector-parser
  proc-log proggy promise-all-reject-late promise-call-limit promise-retry promzard qrcode-terminal read
  read-cmd-shim read-package-json-fast retry safer-buffer semver shebang-command shebang-regex signal-exit
  sigstore smart-buffer socks socks-proxy-agent spdx-correct spdx-exceptions spdx-expression-parse
  spdx-license-ids sprintf-js ssri string-width strip-ansi supports-color tar text-table
  tiny-relative-date treeverse tuf-js unique-filename unique-slug util-deprecate
  validate-npm-package-license validate-npm-package-name walk-up-path which wrap-ansi write-file-atomic
  yallist`
  .trim()
  .split(/\s+/)
const NPM_DIRS = ['lib', 'lib/util', 'lib/commands', 'dist/commonjs', 'dist/esm', 'bin', 'lib/internal']
const WORDS = `index util utils types parse format events constants stream buffer config options cache fetch
  request response queue worker pool hash encode decode compat platform locale timer signal path match walk
  reify audit diff edge node link shrinkwrap lockfile manifest registry tarball integrity retry agent proxy
  socket tls dns url query scope token auth bundle verify sign store entry header`
  .trim()
  .split(/\s+/)
const NODE_DIRS = ['v8', 'v8/cppgc', 'uv', 'openssl', 'libplatform', 'unicode', 'node', 'v8/inspector']
const PY_DIRS = ['asyncio', 'email', 'encodings', 'http', 'importlib', 'json', 'logging', 'multiprocessing']
const ICU_DIRS = ['brkitr', 'coll', 'curr', 'lang', 'rbnf', 'region', 'translit', 'unit', 'zone']

/** how many files a package unpacks, relative to the others */
function fileWeight(name: string): number {
  if (name === 'npm') return 400
  if (name.startsWith('nodejs')) return 150
  if (name.startsWith('python-3')) return 120
  if (name === 'gcc' || name === 'icu-data-full') return 70
  if (name === 'glibc-dev' || name === 'binutils' || name === 'git') return 30
  return 1 + (hashOf(name) % 4)
}

/**
 * The files a package unpacks, as directories and file names to combine (flat strings, so that a
 * line made of them is cheap to encode): npm's bundled modules, Node's headers, Python's modules, …
 */
function filesOf(name: string): { dirs: string[]; files: string[] } {
  const few = WORDS.slice(0, 24)
  const pairs = (join: string, ext: string) => few.flatMap((a) => few.map((b) => flat(a, join, b, ext)))
  if (name === 'npm') {
    return {
      dirs: NPM_MODULES.flatMap((module) =>
        NPM_DIRS.map((dir) => flat('usr/lib/node_modules/npm/node_modules/', module, '/', dir, '/')),
      ),
      files: WORDS.flatMap((word) => [flat(word, '.js'), flat(word, '.d.ts')]),
    }
  }
  if (name.startsWith('nodejs'))
    return { dirs: NODE_DIRS.map((dir) => flat('usr/include/node/', dir, '/')), files: pairs('-', '.h') }
  if (name.startsWith('python-3')) {
    return {
      dirs: PY_DIRS.flatMap((dir) => [
        flat('usr/lib/python3.13/', dir, '/'),
        flat('usr/lib/python3.13/', dir, '/__pycache__/'),
      ]),
      files: [...pairs('_', '.py'), ...pairs('_', '.cpython-313.pyc')],
    }
  }
  if (name === 'icu-data-full')
    return {
      dirs: ICU_DIRS.map((dir) => flat('usr/share/icu/77.1/icudt77l/', dir, '/')),
      files: pairs('_', '.res'),
    }
  if (name === 'gcc' || name === 'glibc-dev' || name === 'binutils')
    return { dirs: WORDS.map((word) => flat('usr/include/', word, '/')), files: pairs('_', '.h') }
  return {
    dirs: WORDS.map((word) => flat('usr/share/', name, '/', word, '/')),
    files: WORDS.flatMap((word) => [flat(word, '.conf'), flat(word, '.txt')]),
  }
}

/** ` (12.3 KiB)`, by tenths of a KiB */
const SIZES = Array.from({ length: 640 }, (_, tenths) =>
  flat(' (', String(Math.floor((tenths + 1) / 10)), '.', String((tenths + 1) % 10), ' KiB)'),
)

/**
 * Its parts joined into one flat string. (V8 keeps a concatenation as a tree of its parts until it
 * is read; a line built from flat parts is far cheaper to encode than one from a deep tree.)
 */
function flat(...parts: string[]): string {
  return parts.join('')
}

function writeLongLog(log: LogWriter, plan: LogPlan, size: LongLogSize, fileLines: number): void {
  const packages = plan.packages
  writeHead(
    log,
    plan,
    packages.map((pkg) => pkg.name),
  )
  const weights = packages.map((pkg) => fileWeight(pkg.name))
  const rare = Array.from({ length: size.rareWordCount }, (_, k) =>
    Math.floor(((k + 0.5) * fileLines) / size.rareWordCount),
  )
  let nextRare = 0
  let fileIndex = 0 // over the whole log
  let coloured = 0

  ARCHS.forEach((arch, a) => {
    const archLines = a === 0 ? Math.ceil(fileLines / 2) : Math.floor(fileLines / 2)
    const counts = share(archLines, weights)
    log.info(`[${arch}] initializing apk database`)
    const retried = (7 * a + 3) % Math.max(1, packages.length)
    packages.forEach((pkg, index) => {
      log.info(`[${arch}] fetching ${apkFile(pkg)}`)
      if (index === retried) {
        log.warn(
          `[${arch}] retrying fetch of https://apk.cgr.dev/${plan.orgId}/${arch}/${apkFile(pkg)}: unexpected EOF (attempt 2 of 4)`,
          2_000,
        )
      }
    })
    packages.forEach((pkg, index) => {
      log.info(`[${arch}] installing ${pkg.name} (${pkg.version}-r${pkg.epoch})`)
      const count = counts[index] ?? 0
      const prefix = flat('[', arch, '] ', pkg.name, ':')
      const unpacking = flat(prefix, ' unpacked ')
      const { dirs, files } = count ? filesOf(pkg.name) : { dirs: [], files: [] }
      for (let n = 0; n < count; n++, fileIndex++) {
        const h = Math.imul(n + a * 7919 + 1, 0x9e3779b1) >>> 0
        const dir = pickFrom(dirs, h >>> 3)
        const file = pickFrom(files, h >>> 11)
        if (rare[nextRare] === fileIndex) {
          nextRare++
          log.info(unpacking + dir + size.rareWord + '-' + file + pickFrom(SIZES, h))
        } else if (fileIndex % 500 === 250) {
          coloured++
          if (coloured % 10 === 9) {
            log.warn(`${prefix} \u001b[1;31mworld-writable\u001b[0m ${dir}${file}; installed as 0755`)
          } else if (coloured % 10 === 4) {
            log.info(
              `${prefix} trigger ldconfig \u001b[1;33mdeferred\u001b[0m until every package is installed`,
            )
          } else {
            log.info(`${prefix} checksums of ${n + 1} files \u001b[32mok\u001b[0m`)
          }
        } else if (fileIndex % 9001 === 4500) {
          log.warn(`${prefix} ignoring unsupported xattr user.pax.flags on ${dir}${file}`)
        } else {
          log.info(unpacking + dir + file + pickFrom(SIZES, h))
        }
      }
    })
    log.info(`[${arch}] ${packages.length} packages installed`)
    if (packages.some((pkg) => pkg.name === 'npm')) {
      log.info(
        fill(`[${arch}] npm: bundled node_modules:`, (i) => {
          const name = pickFrom(NPM_MODULES, i)
          const parent = i < NPM_MODULES.length ? '' : `${pickFrom(NPM_MODULES, i * 7)}/node_modules/`
          return ` ${parent}${name}@${semverOf(`${name}:${i}`)}`
        }),
      )
    }
    log.info(`[${arch}] building layers: splitting image into ${Math.min(4, packages.length)} layers`)
    log.info(`[${arch}] built image layer tarball ${(packages.length * 23.7 + 41.2).toFixed(1)} MB`)
  })

  log.info(`generating SBOM for ${plan.reference}`)
  for (const arch of ARCHS) {
    const entries = packages.map(
      (pkg) =>
        `{"SPDXID":"SPDXRef-Package-${pkg.name}-${pkg.version}-r${pkg.epoch}","name":"${pkg.name}","versionInfo":"${pkg.version}-r${pkg.epoch}","licenseConcluded":"${pkg.license}","downloadLocation":"NOASSERTION","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl","referenceLocator":"pkg:apk/wolfi/${pkg.name}@${pkg.version}-r${pkg.epoch}?arch=${arch}"}]}`,
    )
    log.info(
      fill(
        `[${arch}] SBOM: {"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","name":"${plan.reference}","packages":[`,
        (i) => (i < entries.length ? `${i ? ',' : ''}${entries[i]}` : ''),
        `]}`,
      ),
    )
  }
  log.info(`signing ${plan.reference}@${plan.digest}`)
  log.info(`pushing ${plan.reference}@${plan.digest}`)
  for (const tag of plan.tags) log.info(`tagged ${plan.reference}:${tag}`)
  log.info(`build finished: ${plan.reference}@${plan.digest}`)
}

/** `prefix` and items until the line is about 5,000 characters (or the items run out), then `suffix`. */
function fill(prefix: string, item: (index: number) => string, suffix = ''): string {
  const parts = [prefix]
  let length = prefix.length
  for (let i = 0; length < 4_900; i++) {
    const part = item(i)
    if (!part) break
    parts.push(part)
    length += part.length
  }
  return parts.join('') + suffix
}

/** `total` split in proportion to `weights`, in whole numbers that add up to `total` */
function share(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1
  const counts = weights.map((weight) => Math.floor((total * weight) / sum))
  const rest = total - counts.reduce((a, b) => a + b, 0)
  const heaviest = weights.indexOf(Math.max(...weights))
  if (heaviest >= 0) counts[heaviest] = (counts[heaviest] ?? 0) + rest
  return counts
}

function pickFrom(list: readonly string[], n: number): string {
  return list[n % list.length] ?? ''
}

function semverOf(seed: string): string {
  const h = hashOf(seed)
  return `${h % 11}.${(h >>> 4) % 20}.${(h >>> 9) % 12}`
}

function hashOf(text: string): number {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0
  return h
}
