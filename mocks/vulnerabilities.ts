/**
 * The scanner's findings, derived from nothing but a package and the release installed, so every
 * scan of the same packages finds the same: an older release carries findings its newer release
 * fixes (state FIXED, fixed in the newer release); about one package in twenty-three (and `curl`, `git`,
 * which builds configs often add) has findings no release fixes yet.
 */
import type { FixState, Severity, VulnerabilityMatch } from '../src/api/types'
import { hasNewerRelease, installedVersion, latestVersion } from './digests'
import { hashString } from './seed/random'
import type { SeedPackage } from './seed/types'

const ALWAYS_VULNERABLE = new Set(['curl', 'git'])
const SEVERITIES: readonly Severity[] = [
  'CRITICAL',
  'HIGH',
  'HIGH',
  'MEDIUM',
  'MEDIUM',
  'MEDIUM',
  'LOW',
  'LOW',
  'LOW',
  'UNKNOWN',
]
const OPEN_STATES: readonly FixState[] = ['NOT_FIXED', 'NOT_FIXED', 'WONT_FIX', 'UNKNOWN']

function finding(pkg: SeedPackage, version: string, seed: string, state: FixState): VulnerabilityMatch {
  const h = hashString(`${pkg.name}:${seed}`)
  const id = `CVE-${2024 + (h % 3)}-${10_000 + (h % 89_990)}`
  return {
    vulnerability: {
      id,
      displayId: id,
      severity: SEVERITIES[h % SEVERITIES.length] ?? 'UNKNOWN',
      description: `A flaw in ${pkg.name} ${pkg.version} (${pkg.description.toLowerCase()}).`,
      source: 'nvd',
      relatedUrls: [`https://nvd.nist.gov/vuln/detail/${id}`],
    },
    pkg: { name: pkg.name, version, purl: `pkg:apk/wolfi/${pkg.name}@${version}` },
    fix: { state, versions: state === 'FIXED' ? [latestVersion(pkg)] : [] },
  }
}

/** The findings in one package as an image version installed it. */
export function findingsOf(pkg: SeedPackage, releasesBehind: number): VulnerabilityMatch[] {
  const version = installedVersion(pkg, releasesBehind)
  const h = hashString(`vulnerable:${pkg.name}`)
  const matches: VulnerabilityMatch[] = []
  if (hasNewerRelease(pkg, releasesBehind)) {
    for (let i = 0; i <= h % 3; i++) matches.push(finding(pkg, version, `fixed:${i}`, 'FIXED'))
  }
  if (ALWAYS_VULNERABLE.has(pkg.name) || h % 23 === 0) {
    for (let i = 0; i <= (h >>> 8) % 2; i++) {
      const state = OPEN_STATES[(h >>> (12 + i)) % OPEN_STATES.length] ?? 'UNKNOWN'
      matches.push(finding(pkg, version, `open:${i}`, state))
    }
  }
  return matches
}
