/**
 * The build logs the mock registry writes, as apko would: resolve, fetch and install each package,
 * layer, push; or fail on a file conflict, a package no repository provides, or a stalled stage.
 */
import { MINUTE, SECOND } from './clock'
import { timed, type LogWriter, type PlannedLog } from './log-writer'
import type { SeedFileConflict, SeedPackage } from './seed/types'
import { APK_REPOSITORY } from '../src/domain/image'

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
export const BUILD_TIMEOUT_MS = 30 * MINUTE

export const ARCHS = ['x86_64', 'aarch64'] as const
type Arch = (typeof ARCHS)[number]

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

export function writeHead(log: LogWriter, plan: LogPlan, names: readonly string[]): void {
  log.info(
    `Building image with locked configuration: {Contents:{BuildRepositories:[] RuntimeRepositories:[${APK_REPOSITORY}/${plan.orgId}] Keyring:[${APK_REPOSITORY}/${plan.orgId}/melange.rsa.pub] Packages:[${names.join(' ')}]} Archs:[amd64 arm64]}`,
  )
  if (plan.addedPackages.length)
    log.info(`custom overlay adds ${plan.addedPackages.length} package(s): ${plan.addedPackages.join(', ')}`)
  log.info(`resolving ${names.length} packages for architectures ${ARCHS.join(', ')}`)
  log.info(`loading APKINDEX from ${APK_REPOSITORY}/chainguard/x86_64/APKINDEX.tar.gz`)
  log.info(`loading APKINDEX from ${APK_REPOSITORY}/chainguard/aarch64/APKINDEX.tar.gz`)
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
  const url = `${APK_REPOSITORY}/${plan.orgId}/${arch}/${apkFile(pkg)}`
  const attempts = STALL_ATTEMPTS
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
  const attempts = STALL_ATTEMPTS
  for (let attempt = 2; attempt <= attempts; attempt++) {
    log.warn(
      `retrying push of layer ${layer} to ${plan.reference}: PATCH ${upload}: context deadline exceeded (attempt ${attempt} of ${attempts})`,
      STALL,
    )
  }
  log.error(`pushing ${plan.reference}@${plan.digest}: PATCH ${upload}: context deadline exceeded`, STALL)
  log.error(`build timed out after ${goDuration(BUILD_TIMEOUT_MS)}`)
}

/** a stalled stage is tried this many times before the build times out */
const STALL_ATTEMPTS = 4
/** the gap before each retry of a stalled stage and before its last error: all but half a minute of the limit */
const STALL = (BUILD_TIMEOUT_MS - 30 * SECOND) / STALL_ATTEMPTS

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

export const apkFile = (pkg: SeedPackage) => `${pkg.name}-${pkg.version}-r${pkg.epoch}.apk`
const platformOf = (arch: Arch) => (arch === 'x86_64' ? 'amd64' : 'arm64')

/** Go's `time.Duration` text, e.g. `30m0s`. */
function goDuration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${seconds % 60}s`
}
