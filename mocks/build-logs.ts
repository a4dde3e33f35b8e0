import type { SeedFileConflict, SeedPackage } from './seed/types'

/** One log line with the mock-clock time it is written at (running builds show lines up to now). */
export interface LogLine {
  at: number
  text: string
}

export interface LogPlan {
  orgId: string
  reference: string
  startedAt: number
  durationMs: number
  packages: readonly SeedPackage[]
  addedPackages: readonly string[]
  conflict?: SeedFileConflict
  digest: string
  tags: readonly string[]
}

const ARCHS = ['x86_64', 'aarch64'] as const

/** A realistic apko build log: resolve, fetch and install every package, layer, push. */
export function planBuildLog(plan: LogPlan): LogLine[] {
  const raw: Array<[level: string, text: string]> = []
  const info = (text: string) => raw.push(['INFO', text])
  const names = plan.packages.map((pkg) => pkg.name)

  info(
    `Building image with locked configuration: {Contents:{BuildRepositories:[] RuntimeRepositories:[https://apk.cgr.dev/${plan.orgId}] Keyring:[https://apk.cgr.dev/${plan.orgId}/melange.rsa.pub] Packages:[${names.join(' ')}]} Archs:[amd64 arm64]}`,
  )
  if (plan.addedPackages.length)
    info(`custom overlay adds ${plan.addedPackages.length} package(s): ${plan.addedPackages.join(', ')}`)
  info(`resolving ${names.length} packages for architectures ${ARCHS.join(', ')}`)
  info('loading APKINDEX from https://apk.cgr.dev/chainguard/x86_64/APKINDEX.tar.gz')
  info('loading APKINDEX from https://apk.cgr.dev/chainguard/aarch64/APKINDEX.tar.gz')

  let failed = false
  for (const arch of ARCHS) {
    info(`[${arch}] initializing apk database`)
    for (const pkg of plan.packages) {
      info(`[${arch}] fetching ${pkg.name}-${pkg.version}-r${pkg.epoch}.apk`)
    }
    const installed = new Set<string>()
    for (const pkg of plan.packages) {
      const conflict = plan.conflict
      if (conflict && pkg.name === conflict.packages[1] && installed.has(conflict.packages[0])) {
        raw.push([
          'ERROR',
          `[${arch}] installing ${pkg.name} (${pkg.version}-r${pkg.epoch}): trying to overwrite ${conflict.path} owned by ${conflict.packages[0]}`,
        ])
        raw.push([
          'ERROR',
          `[${arch}] failed to install packages: unable to install ${pkg.name}: file ${conflict.path} is already installed by ${conflict.packages[0]}`,
        ])
        raw.push([
          'ERROR',
          `failed to build layer image for "${arch === 'x86_64' ? 'amd64' : 'arm64'}": installing apk packages: ${conflict.packages[0]} and ${conflict.packages[1]} both install ${conflict.path}`,
        ])
        raw.push([
          'ERROR',
          `build failed: packages ${conflict.packages[0]} and ${conflict.packages[1]} conflict on ${conflict.path}; remove one of them from the build config`,
        ])
        failed = true
        break
      }
      installed.add(pkg.name)
      info(`[${arch}] installing ${pkg.name} (${pkg.version}-r${pkg.epoch})`)
    }
    if (failed) break
    info(`[${arch}] ${plan.packages.length} packages installed`)
    info(`[${arch}] building layers: splitting image into ${Math.min(4, plan.packages.length)} layers`)
    info(`[${arch}] built image layer tarball ${(plan.packages.length * 1.7 + 3.2).toFixed(1)} MB`)
  }

  if (!failed) {
    info(`generating SBOM for ${plan.reference}`)
    info(`signing ${plan.reference}@${plan.digest}`)
    info(`pushing ${plan.reference}@${plan.digest}`)
    for (const tag of plan.tags) info(`tagged ${plan.reference}:${tag}`)
    info(`build finished: ${plan.reference}@${plan.digest}`)
  }

  const step = plan.durationMs / Math.max(1, raw.length)
  return raw.map(([level, text], index) => {
    const at = Math.round(plan.startedAt + index * step)
    return { at, text: `${new Date(at).toISOString()}[${level}]${text}` }
  })
}
