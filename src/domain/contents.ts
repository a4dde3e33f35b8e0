/**
 * What a version of an image holds, as the console shows it: the packages of its SBOM and the
 * findings of its vulnerability scan, in rows; and what changed between two versions.
 */

/** The parts of an SBOM package node the console reads. */
interface PackageLike {
  name?: string
  version?: string
  license?: string
}

/** A package by name and version: what a diff compares. */
export interface PackageVersion {
  name: string
  version: string
}

export interface PackageRow extends PackageVersion {
  license: string
}

/** An SBOM's packages, one row per name (the first node of a name wins), by name. */
export function packageRows(nodes: readonly { package?: PackageLike }[] | undefined): PackageRow[] {
  const byName = new Map<string, PackageRow>()
  for (const node of nodes ?? []) {
    const pkg = node.package
    if (!pkg?.name || byName.has(pkg.name)) continue
    byName.set(pkg.name, { name: pkg.name, version: pkg.version ?? '', license: pkg.license ?? '' })
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export function matchesPackageFilter(row: PackageRow, filter: string): boolean {
  const needle = filter.trim().toLowerCase()
  if (!needle) return true
  return [row.name, row.version, row.license].some((text) => text.toLowerCase().includes(needle))
}

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const
export type SeverityName = (typeof SEVERITIES)[number]
export const SEVERITY_LABELS: Record<SeverityName, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
  UNKNOWN: 'Unknown',
}

const FIX_STATE_LABELS: Record<string, string> = {
  FIXED: 'Fixed',
  NOT_FIXED: 'Not fixed',
  WONT_FIX: 'Won’t fix',
  UNKNOWN: 'Unknown',
}

/** The parts of a scan finding the console reads. */
interface MatchLike {
  vulnerability?: { id?: string; displayId?: string; severity?: string }
  pkg?: { name?: string; version?: string }
  fix?: { state?: string; versions?: string[] }
}

export interface VulnerabilityRow {
  /** what a person calls it: the display id, else the id */
  id: string
  severity: SeverityName
  packageName: string
  installed: string
  fixedIn: string
  fixState: string
}

/** A scan's findings, one row per vulnerability and package: most severe first, then by id. */
export function vulnerabilityRows(matches: readonly MatchLike[] | undefined): VulnerabilityRow[] {
  const rows = new Map<string, VulnerabilityRow>()
  for (const match of matches ?? []) {
    const id = match.vulnerability?.displayId || match.vulnerability?.id
    if (!id) continue
    const severity = (SEVERITIES as readonly string[]).includes(match.vulnerability?.severity ?? '')
      ? (match.vulnerability?.severity as SeverityName)
      : 'UNKNOWN'
    const row: VulnerabilityRow = {
      id,
      severity,
      packageName: match.pkg?.name ?? '',
      installed: match.pkg?.version ?? '',
      fixedIn: (match.fix?.versions ?? []).join(', '),
      fixState: FIX_STATE_LABELS[match.fix?.state ?? 'UNKNOWN'] ?? 'Unknown',
    }
    const key = vulnerabilityKey(row)
    if (!rows.has(key)) rows.set(key, row)
  }
  return [...rows.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      idOrder.compare(a.id, b.id) ||
      nameOrder.compare(a.packageName, b.packageName),
  )
}

// one collator each, made once: `localeCompare` with options makes one per call, which took a
// scan of 1,500 findings tens of milliseconds to sort
const idOrder = new Intl.Collator('en', { numeric: true })
const nameOrder = new Intl.Collator()

export function severityCounts(rows: readonly VulnerabilityRow[]): Record<SeverityName, number> {
  const counts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 }
  for (const row of rows) counts[row.severity]++
  return counts
}

export function matchesVulnerabilityFilter(
  row: VulnerabilityRow,
  filter: { severity: SeverityName | undefined; text: string },
): boolean {
  if (filter.severity && row.severity !== filter.severity) return false
  const needle = filter.text.trim().toLowerCase()
  if (!needle) return true
  return [row.id, row.packageName, row.installed, row.fixedIn].some((text) =>
    text.toLowerCase().includes(needle),
  )
}

const vulnerabilityKey = (row: VulnerabilityRow) => `${row.id}\u0000${row.packageName}`

export interface PackageDiff<Row extends PackageVersion = PackageRow> {
  added: Row[]
  removed: Row[]
  changed: Array<{ name: string; from: string; to: string }>
}

/** What `to` has that `from` had not, what it lost, and the packages whose version moved; each by name. */
export function diffPackages<Row extends PackageVersion>(
  from: readonly Row[],
  to: readonly Row[],
): PackageDiff<Row> {
  const before = new Map(from.map((row) => [row.name, row]))
  const after = new Map(to.map((row) => [row.name, row]))
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  const changed: PackageDiff<Row>['changed'] = []
  for (const [name, row] of after) {
    const old = before.get(name)
    if (old && old.version !== row.version) changed.push({ name, from: old.version, to: row.version })
  }
  return {
    added: [...after.values()].filter((row) => !before.has(row.name)).sort(byName),
    removed: [...before.values()].filter((row) => !after.has(row.name)).sort(byName),
    changed: changed.sort(byName),
  }
}

export interface VulnerabilityDiff {
  fixed: VulnerabilityRow[]
  introduced: VulnerabilityRow[]
}

/**
 * Findings of `from` that `to` no longer has (fixed: by a newer release, or because the package
 * left), and findings `to` has that `from` had not; a finding is a vulnerability in a package.
 */
export function diffVulnerabilities(
  from: readonly VulnerabilityRow[],
  to: readonly VulnerabilityRow[],
): VulnerabilityDiff {
  const before = new Set(from.map(vulnerabilityKey))
  const after = new Set(to.map(vulnerabilityKey))
  return {
    fixed: from.filter((row) => !after.has(vulnerabilityKey(row))),
    introduced: to.filter((row) => !before.has(vulnerabilityKey(row))),
  }
}
