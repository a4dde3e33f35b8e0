import { describe, expect, it } from 'vitest'
import {
  diffPackages,
  diffVulnerabilities,
  matchesPackageFilter,
  matchesVulnerabilityFilter,
  packageRows,
  severityCounts,
  vulnerabilityRows,
  type PackageRow,
} from './contents'

const pkg = (name: string, version: string, license = 'MIT'): PackageRow => ({ name, version, license })
const node = (name?: string, version?: string, license?: string) => ({ package: { name, version, license } })
const match = (id: string, severity: string, name: string, state = 'NOT_FIXED', versions: string[] = []) => ({
  vulnerability: { id, severity },
  pkg: { name, version: '1.0-r0' },
  fix: { state, versions },
})

describe('packageRows', () => {
  it('lists each named package once, by name, with empty text for what the SBOM leaves out', () => {
    expect(
      packageRows([
        node('zlib', '1.3-r0', 'Zlib'),
        node(undefined, '1'),
        node('apk-tools'),
        node('zlib', '9'),
      ]),
    ).toEqual([pkg('apk-tools', '', ''), pkg('zlib', '1.3-r0', 'Zlib')])
    expect(packageRows(undefined)).toEqual([])
  })

  it('filters by name, version or licence, ignoring case and spaces around', () => {
    const row = pkg('libcurl-openssl4', '8.11.1-r0', 'curl')
    expect(matchesPackageFilter(row, ' CURL ')).toBe(true)
    expect(matchesPackageFilter(row, '8.11')).toBe(true)
    expect(matchesPackageFilter(pkg('bash', '5', 'GPL-3.0-or-later'), 'gpl')).toBe(true)
    expect(matchesPackageFilter(row, 'python')).toBe(false)
    expect(matchesPackageFilter(row, '')).toBe(true)
  })
})

describe('vulnerabilityRows', () => {
  it('orders findings most severe first, counts them by severity and reads an unknown severity as Unknown', () => {
    const rows = vulnerabilityRows([
      match('CVE-2025-2', 'LOW', 'a'),
      match('CVE-2025-10', 'CRITICAL', 'b', 'FIXED', ['2.0-r1']),
      match('CVE-2025-9', 'CRITICAL', 'c'),
      match('GHSA-x', 'SEVERE', 'd', 'WONT_FIX'),
      { vulnerability: {}, pkg: { name: 'e' } },
    ])
    expect(rows.map((row) => row.id)).toEqual(['CVE-2025-9', 'CVE-2025-10', 'CVE-2025-2', 'GHSA-x'])
    expect(rows[1]).toMatchObject({ fixedIn: '2.0-r1', fixState: 'Fixed', packageName: 'b' })
    expect(rows[3]).toMatchObject({ severity: 'UNKNOWN', fixState: 'Won’t fix' })
    expect(severityCounts(rows)).toEqual({ CRITICAL: 2, HIGH: 0, MEDIUM: 0, LOW: 1, UNKNOWN: 1 })
  })

  it('keeps one row per vulnerability and package', () => {
    const rows = vulnerabilityRows([
      match('CVE-1', 'HIGH', 'a'),
      match('CVE-1', 'HIGH', 'a'),
      match('CVE-1', 'HIGH', 'b'),
    ])
    expect(rows.map((row) => row.packageName)).toEqual(['a', 'b'])
  })

  it('filters by severity and by text in the id, package or versions', () => {
    const [row] = vulnerabilityRows([match('CVE-2025-1234', 'HIGH', 'curl')])
    if (!row) throw new Error('no row')
    expect(matchesVulnerabilityFilter(row, { severity: 'HIGH', text: 'cur' })).toBe(true)
    expect(matchesVulnerabilityFilter(row, { severity: 'LOW', text: '' })).toBe(false)
    expect(matchesVulnerabilityFilter(row, { severity: undefined, text: '1234' })).toBe(true)
    expect(matchesVulnerabilityFilter(row, { severity: undefined, text: 'openssl' })).toBe(false)
  })
})

describe('diffPackages', () => {
  it('names the packages added, removed and changed, each by name', () => {
    const from = [pkg('bash', '5.2-r1'), pkg('zlib', '1.3-r0'), pkg('curl', '8.1-r0')]
    const to = [pkg('zlib', '1.3-r1'), pkg('jq', '1.7-r0'), pkg('curl', '8.1-r0'), pkg('git', '2.4-r0')]
    expect(diffPackages(from, to)).toEqual({
      added: [pkg('git', '2.4-r0'), pkg('jq', '1.7-r0')],
      removed: [pkg('bash', '5.2-r1')],
      changed: [{ name: 'zlib', from: '1.3-r0', to: '1.3-r1' }],
    })
  })

  it('finds nothing between a list and itself, and everything against an empty list', () => {
    const list = [pkg('a', '1'), pkg('b', '2')]
    expect(diffPackages(list, list)).toEqual({ added: [], removed: [], changed: [] })
    expect(diffPackages([], list).added).toEqual(list)
    expect(diffPackages(list, []).removed).toEqual(list)
  })

  it('compares two versions of 1,000 packages each well within 100 ms', () => {
    const from = Array.from({ length: 1000 }, (_, i) => pkg(`p${i}`, `1.${i}-r0`))
    const to = Array.from({ length: 1000 }, (_, i) =>
      pkg(`p${i + 100}`, `1.${i + (i % 7 === 0 ? 1 : 100)}-r0`),
    )
    const started = performance.now()
    const diff = diffPackages(from, to)
    expect(performance.now() - started).toBeLessThan(100)
    expect(diff.added).toHaveLength(100)
    expect(diff.removed).toHaveLength(100)
  })
})

describe('diffVulnerabilities', () => {
  it('names the findings fixed and introduced; the same id in another package is another finding', () => {
    const from = vulnerabilityRows([match('CVE-1', 'HIGH', 'zlib'), match('CVE-2', 'LOW', 'bash')])
    const to = vulnerabilityRows([match('CVE-2', 'LOW', 'bash'), match('CVE-1', 'HIGH', 'curl')])
    const diff = diffVulnerabilities(from, to)
    expect(diff.fixed.map((row) => `${row.id} ${row.packageName}`)).toEqual(['CVE-1 zlib'])
    expect(diff.introduced.map((row) => `${row.id} ${row.packageName}`)).toEqual(['CVE-1 curl'])
    expect(diffVulnerabilities(to, to)).toEqual({ fixed: [], introduced: [] })
  })
})
