import { describe, expect, it } from 'vitest'
import type { VulnReport } from '../src/api/types'
import { SCAN_DELAY_MS } from './contents'
import * as db from './db'
import { catalogue } from './seed/packages'
import { imageByName } from './seed/images'
import { acme, repoId } from './test-lookups'

const byName = new Map(catalogue.map((pkg) => [pkg.name, pkg]))

function digestOf(image: string, tag = 'latest'): string {
  const digest = db.listTags({ childrenOf: repoId(image), name: tag })[0]?.digest
  if (!digest) throw new Error(`${image} has no ${tag}`)
  return digest
}

const packagesOf = (image: string, digest: string) =>
  (db.getSbom(repoId(image), digest).graph?.nodes ?? []).map((node) => node.package ?? {})

const findingKeys = (report: VulnReport) =>
  (report.vulnerabilityMatches ?? []).map((match) => `${match.vulnerability?.id} ${match.pkg?.name}`)

/** Saves a build config for `image` and lets its builds finish and be scanned. */
function customizeAndBuild(image: string, packages: string[]) {
  const id = repoId(image)
  const repo = db.listRepos({ id })[0]
  db.updateRepo(id, { ...repo, customOverlay: { contents: { packages } } })
  db.clock.advance(10 * 60_000)
  return id
}

describe('what a version holds, in the mock registry', () => {
  it('lists a seeded version’s packages: the source image’s, with versions and licences of the catalogue', () => {
    const packages = packagesOf('redis', digestOf('redis'))
    const base = imageByName.get('redis')?.basePackages ?? []
    expect(packages.map((pkg) => pkg.name).sort()).toEqual([...base].sort())
    for (const pkg of packages) {
      const entry = byName.get(pkg.name ?? '')
      expect(pkg.license).toBe(entry?.license)
      expect(pkg.version).toMatch(new RegExp(`^${entry?.version.replace(/[.+]/g, '\\$&')}-r\\d+$`))
    }
  })

  it('lists the packages a build config added in what its builds make, locked as the build report says', () => {
    const id = customizeAndBuild('redis', ['curl', 'jq'])
    const digest = digestOf('redis')
    const names = packagesOf('redis', digest).map((pkg) => pkg.name)
    expect(names).toEqual(
      expect.arrayContaining(['curl', 'jq', ...(imageByName.get('redis')?.basePackages ?? [])]),
    )

    const report = db.listBuildReports({ descendantsOf: id }).find((build) => build.digest === digest)
    const locked = JSON.parse(report?.lockedConfig ?? '{}') as { contents?: { packages?: string[] } }
    const sbom = packagesOf('redis', digest).map((pkg) => `${pkg.name}=${pkg.version}`)
    expect([...(locked.contents?.packages ?? [])].sort()).toEqual(sbom.sort())
    const config = JSON.parse(report?.config ?? '{}') as { annotations?: Record<string, string> }
    expect(config.annotations?.['org.opencontainers.image.version']).toBeTruthy()
  })

  it('finds the same vulnerabilities in the same version, scan after scan and run after run', () => {
    const digest = digestOf('node')
    const first = db.getVulnReport(repoId('node'), digest)
    db.reset('default', { now: db.clock.now() })
    expect(db.getVulnReport(repoId('node'), digest)).toEqual(first)
    expect(findingKeys(first).length).toBeGreaterThan(0)
  })

  it('fixes findings of older releases in a newer build, and brings those of curl with it', () => {
    const before = db.getVulnReport(repoId('node'), digestOf('node'))
    const fixed = (before.vulnerabilityMatches ?? []).filter((match) => match.fix?.state === 'FIXED')
    expect(fixed.length).toBeGreaterThan(0)
    customizeAndBuild('node', ['curl'])
    const after = db.getVulnReport(repoId('node'), digestOf('node'))
    const afterKeys = new Set(findingKeys(after))
    for (const match of fixed) {
      expect(afterKeys.has(`${match.vulnerability?.id} ${match.pkg?.name}`)).toBe(false)
      const installed = packagesOf('node', digestOf('node')).find((pkg) => pkg.name === match.pkg?.name)
      expect(match.fix?.versions).toEqual([installed?.version])
    }
    expect((after.vulnerabilityMatches ?? []).some((match) => match.pkg?.name === 'curl')).toBe(true)
  })

  it('has no scan of a new version until the scanner has run, then one dated when it ran', () => {
    const id = repoId('redis')
    const repo = db.listRepos({ id })[0]
    db.updateRepo(id, { ...repo, customOverlay: { contents: { packages: ['jq'] } } })
    db.clock.advance(61_000)
    const digest = digestOf('redis')
    expect(() => db.getVulnReport(id, digest)).toThrow(expect.objectContaining({ status: 404 }))
    db.clock.advance(SCAN_DELAY_MS)
    expect(Date.parse(db.getVulnReport(id, digest).reportGeneration ?? '')).toBeLessThanOrEqual(
      db.clock.now(),
    )
  })

  it('grows a version’s size, on each architecture, by what the build config adds', () => {
    const id = repoId('redis')
    const sizes = (digest: string) =>
      ['x86_64', 'aarch64'].map((arch) => Number(db.getSize(id, digest, arch).size))
    const before = sizes(digestOf('redis'))
    customizeAndBuild('redis', ['curl', 'git'])
    const after = sizes(digestOf('redis'))
    after.forEach((size, index) => expect(size).toBeGreaterThan(before[index] ?? Infinity))
    expect(() => db.getSize(id, digestOf('redis'), 's390x')).toThrow(expect.objectContaining({ status: 404 }))
  })

  it('names the architectures a version has images for, and knows none of an unknown digest', () => {
    expect(db.getArchs(repoId('redis'), digestOf('redis')).archs).toEqual(['x86_64', 'aarch64'])
    expect(() => db.getArchs(repoId('redis'), `sha256:${'0'.repeat(64)}`)).toThrow(
      expect.objectContaining({ status: 404 }),
    )
  })

  it('knows no version by an unknown digest or in an unknown image', () => {
    expect(() => db.getSbom(repoId('redis'), `sha256:${'0'.repeat(64)}`)).toThrow(
      expect.objectContaining({ status: 404 }),
    )
    expect(() => db.getSbom(`${acme()}/0000000000000000`, digestOf('redis'))).toThrow(
      expect.objectContaining({ status: 404 }),
    )
  })
})
