import { describe, expect, it } from 'vitest'
import { planBuildLog } from './build-logs'
import { catalogue } from './seed/packages'

describe('build logs of other failures', () => {
  const byName = new Map(catalogue.map((pkg) => [pkg.name, pkg]))
  const packagesOf = (...names: string[]) =>
    names.map((name) => byName.get(name)).filter((pkg) => pkg !== undefined)
  const plan = (names: string[], failure: Parameters<typeof planBuildLog>[0]['failure']) =>
    planBuildLog({
      orgId: 'acme',
      reference: 'cgr.dev/acme.com/curl',
      startedAt: Date.UTC(2026, 10, 23, 12),
      durationMs: 60_000,
      packages: packagesOf(...names),
      addedPackages: [],
      failure,
      digest: `sha256:${'ab'.repeat(32)}`,
      tags: ['latest'],
    }).text.split('\n')

  it('times out pushing: no tags, the deadline and the timeout', () => {
    const lines = plan(['glibc', 'curl'], { kind: 'timeout', stage: 'push' })
    expect(lines.some((line) => line.includes('[WARN]retrying push of layer'))).toBe(true)
    expect(lines.some((line) => line.includes('[ERROR]pushing cgr.dev/acme.com/curl@sha256:'))).toBe(true)
    expect(lines.at(-1)).toMatch(/\[ERROR\]build timed out after 30m0s$/)
    expect(lines.some((line) => line.includes('tagged '))).toBe(false)
  })

  it('cannot resolve a package built for x86_64 only on aarch64, after installing x86_64', () => {
    const lines = plan(['glibc', 'intel-ucode'], { kind: 'not-found', package: 'intel-ucode' })
    expect(lines.some((line) => line.includes('[INFO][x86_64] installing intel-ucode'))).toBe(true)
    expect(lines.some((line) => line.includes('[ERROR][aarch64] solving "intel-ucode" constraint'))).toBe(
      true,
    )
    expect(lines.at(-1)).toContain('intel-ucode is not built for aarch64')
  })
})
