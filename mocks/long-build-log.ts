/** The `huge-log` scenario's build log: every file each package unpacks, as a verbose build writes. */
import { apkFile, ARCHS, writeHead, type LogPlan } from './build-logs'
import { SECOND } from './clock'
import { hash } from './ids'
import { flat, LogWriter, type PlannedLog } from './log-writer'
import { APK_REPOSITORY } from '../src/domain/image'

/** the pause before a fetch that is retried once */
const RETRY_PAUSE_MS = 2 * SECOND

export interface LongLogSize {
  lines: number
  /** a word no other line contains, written `rareWordCount` times (once per line, spread evenly) */
  rareWord: string
  rareWordCount: number
}

/**
 * A successful build whose log has exactly `size.lines` lines: the stages of `planBuildLog`
 * (build-logs.ts) with every file each package unpacks listed (npm alone unpacks thousands), as a
 * verbose build of a big image writes. Deterministic, and fast enough to write on first read (200,000 lines in well
 * under 300 ms). Besides plain INFO lines it has:
 * - WARN lines: one `retrying fetch` per architecture and, now and then, an ignored xattr;
 * - ANSI-coloured messages on 1 file line in 500: `\u001b[32mok\u001b[0m` mostly, some
 *   `\u001b[1;33m…\u001b[0m`, and WARN lines with `\u001b[1;31m…\u001b[0m`;
 * - lines of about 5,000 characters: npm's bundled modules (when npm is installed) and the SBOM of
 *   each architecture (when there are a couple of dozen packages); the others are much shorter;
 * - `size.rareWord` exactly `size.rareWordCount` times, once per line, spread over the whole log;
 * - no ERROR lines.
 */
export function planLongBuildLog(
  plan: LogPlan,
  size: LongLogSize,
  /** given the log's first lines as soon as they are written */
  onStart?: (start: string) => void,
): PlannedLog {
  // count the lines besides the files (and the pauses), then fill up with files
  const fixed = new LogWriter()
  writeLongLog(fixed, plan, size, 0)
  const fileLines = size.lines - fixed.length
  if (fileLines < size.rareWordCount * 2) throw new Error(`a long log needs more than ${fixed.length} lines`)
  const step = Math.max(0, plan.durationMs - fixed.pausedMs) / size.lines
  const log = new LogWriter({ startedAt: plan.startedAt, step, lines: size.lines, onStart })
  writeLongLog(log, plan, size, fileLines)
  return log.finish()
}

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
  return 1 + (hash(name) % 4)
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
          `[${arch}] retrying fetch of ${APK_REPOSITORY}/${plan.orgId}/${arch}/${apkFile(pkg)}: unexpected EOF (attempt 2 of 4)`,
          RETRY_PAUSE_MS,
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
  const h = hash(seed)
  return `${h % 11}.${(h >>> 4) % 20}.${(h >>> 9) % 12}`
}
