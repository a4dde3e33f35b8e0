import { performance } from 'node:perf_hooks'
import { test } from '@playwright/test'
import {
  diffPackages,
  diffVulnerabilities,
  packageRows,
  vulnerabilityRows,
  type PackageRow,
  type VulnerabilityRow,
} from '../src/domain/contents'
import { report, RUNS, summarize } from './figures'

/**
 * Compare at scale: two versions of 1,000 packages each (100 added, 100 removed, 150 moved to a new
 * release) with 1,500 findings each, diffed with the console's own `diffPackages` and
 * `diffVulnerabilities`. It runs in Node's V8 (the engine Chromium runs the page with), not in a
 * page: the diff is plain code over plain rows. Its peer in the same run is turning the same two
 * SBOMs and scans into rows, which Packages and Vulnerabilities do for every version they show.
 */
const PACKAGES = 1000
const FINDINGS = 1500
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']

function version(seed: number) {
  const sbom = Array.from({ length: PACKAGES }, (_, i) => {
    const n = i + seed * 100 // the second version drops the first 100 names and adds 100 new ones
    const moved = seed === 1 && n % 6 === 0
    return { package: { name: `package-${n}`, version: `1.${n % 40}.${moved ? 1 : 0}-r0`, license: 'MIT' } }
  })
  const matches = Array.from({ length: FINDINGS }, (_, i) => {
    const n = i + seed * 150
    return {
      vulnerability: { id: `CVE-2026-${10000 + n}`, severity: SEVERITIES[n % SEVERITIES.length] },
      pkg: { name: `package-${(n * 7) % (PACKAGES + 100)}`, version: '1.0.0-r0' },
      fix: { state: n % 3 ? 'FIXED' : 'NOT_FIXED', versions: n % 3 ? ['1.0.1-r0'] : [] },
    }
  })
  return { sbom, matches }
}

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now()
  const result = work()
  return { ms: performance.now() - start, result }
}

test('Compare: 1,000 vs 1,000 packages', () => {
  const [from, to] = [version(0), version(1)]
  const rows = (side: typeof from) => ({
    packages: packageRows(side.sbom),
    findings: vulnerabilityRows(side.matches),
  })
  const diff = (a: { packages: PackageRow[]; findings: VulnerabilityRow[] }, b: typeof a) => ({
    packages: diffPackages(a.packages, b.packages),
    findings: diffVulnerabilities(a.findings, b.findings),
  })

  // the first comparison, as a page opened on Compare computes it (cold code), then repeated ones
  const cold = time(() => diff(rows(from), rows(to)))
  const diffs: number[] = []
  const peers: number[] = []
  let last = cold.result
  for (let run = 0; run < Math.max(RUNS, 5) * 4; run++) {
    const peer = time(() => [rows(from), rows(to)] as const)
    peers.push(peer.ms)
    const [a, b] = peer.result
    const measured = time(() => diff(a, b))
    diffs.push(measured.ms)
    last = measured.result
  }
  const figures = [
    summarize('rows + diff, first comparison (cold)', 'ms', [cold.ms]),
    summarize('diffPackages + diffVulnerabilities', 'ms', diffs, true),
    summarize('peer: rows of both versions (Packages, Vulnerabilities)', 'ms', peers, true),
  ]
  const ratio = (figures[1]?.median ?? NaN) / (figures[2]?.median ?? NaN)
  report('Compare: two versions of 1,000 packages and 1,500 findings each (Node V8)', figures, [
    `diff / rows of both versions, medians: ${ratio.toFixed(2)}×; bar: a comparison ≤ 100 ms`,
    `found: ${last.packages.added.length} added, ${last.packages.removed.length} removed, ` +
      `${last.packages.changed.length} changed, ${last.findings.fixed.length} fixed, ` +
      `${last.findings.introduced.length} introduced`,
  ])
})
