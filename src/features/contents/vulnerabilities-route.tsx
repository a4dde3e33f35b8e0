import { useQuery } from '@tanstack/react-query'
import { ShieldCheck } from 'lucide-react'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { queries } from '../../api/queries'
import {
  matchesVulnerabilityFilter,
  SEVERITIES,
  SEVERITY_LABELS,
  severityCounts,
  vulnerabilityRows,
  type SeverityName,
  type VulnerabilityRow,
} from '../../domain/contents'
import type { Version } from '../../domain/versions'
import type { CurrentImage } from '../../routing/current-image'
import { sortRows, useColumnSort, type Column } from '../../ui/columns'
import { QueryLoadError } from '../../ui/query-errors'
import { RelativeTime } from '../../ui/relative-time'
import { Severity } from '../../ui/severity'
import { SearchInput } from '../../ui/search-input'
import { textColumn } from '../../ui/text-column'
import { UrlSelect } from '../../ui/url-select'
import { VersionTable } from '../../ui/version-table'
import { EmptyState } from '../../ui/states'
import { useSearchParam } from '../../ui/use-search-param'
import { useUpdateSearchParams } from '../../ui/use-sort-param'
import { useChosenVersion } from './use-chosen-version'
import { NoRecord, VersionSection } from './version-section'

/** `/:org/images/:image/vulnerabilities?version=`: what the scan of one version found. */
export default function VulnerabilitiesRoute() {
  const chosenVersion = useChosenVersion()
  return (
    <VersionSection label="Vulnerabilities" chosenVersion={chosenVersion}>
      {(version) => <Findings image={chosenVersion.image} version={version} />}
    </VersionSection>
  )
}

const columns: readonly Column<VulnerabilityRow>[] = [
  { id: 'id', header: 'ID', cellClassName: 'mono nowrap', cell: (row) => row.id, sortKey: (row) => row.id },
  {
    id: 'severity',
    header: 'Severity',
    cellClassName: 'nowrap',
    cell: (row) => <Severity severity={row.severity} />,
    sortKey: (row) => SEVERITIES.indexOf(row.severity),
  },
  textColumn<VulnerabilityRow>('package', 'Package', (row) => row.packageName),
  textColumn<VulnerabilityRow>('installed', 'Installed', (row) => row.installed, {
    className: 'hide-narrow',
  }),
  textColumn<VulnerabilityRow>('fixed-in', 'Fixed in', (row) => row.fixedIn, { className: 'hide-narrow' }),
  { id: 'fix-state', header: 'Fix state', cell: (row) => row.fixState, sortKey: (row) => row.fixState },
]

function readSeverity(value: string | null): SeverityName | undefined {
  return SEVERITIES.find((severity) => severity.toLowerCase() === value)
}

function Findings({ image, version }: { image: CurrentImage; version: Version }) {
  const { org, repo } = image
  const scan = useQuery(queries.vulnReport(org.id, repo.id, version.digest))
  const [text, setText] = useSearchParam('filter')
  const [params] = useSearchParams()
  const update = useUpdateSearchParams()
  const severity = readSeverity(params.get('severity'))
  const sorting = useColumnSort(columns, { column: 'severity', direction: 'asc' })
  const rows = useMemo(() => vulnerabilityRows(scan.data?.vulnerabilityMatches), [scan.data])
  const counts = useMemo(() => severityCounts(rows), [rows])
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((row) => matchesVulnerabilityFilter(row, { severity, text })),
        columns,
        sorting.sort,
      ),
    [rows, severity, text, sorting.sort],
  )

  if (scan.isLoadingError) return <QueryLoadError query={scan} title="Could not load the vulnerabilities" />
  if (scan.data === null) {
    return (
      <NoRecord title="Not scanned yet" version={version}>
        The registry has not scanned this version for vulnerabilities yet. It scans each version a few minutes
        after a build pushes it.
      </NoRecord>
    )
  }
  const scanned = scan.data?.reportGeneration
  if (scan.data && rows.length === 0) {
    return (
      <EmptyState title="No vulnerabilities found" icon={<ShieldCheck size={28} aria-hidden />}>
        <p className="muted">
          The scan of this version found no known vulnerabilities. It ran <RelativeTime value={scanned} />.
        </p>
      </EmptyState>
    )
  }
  const filtered = Boolean(severity || text)
  return (
    <>
      <dl className="severity-counts" aria-label="Vulnerabilities by severity">
        {SEVERITIES.map((name) => (
          <div key={name}>
            <dt>
              <Severity severity={name} />
            </dt>
            <dd>{scan.data ? counts[name] : '…'}</dd>
          </div>
        ))}
      </dl>
      <div className="toolbar">
        <SearchInput
          label="Filter vulnerabilities"
          placeholder="Filter by ID, package or version"
          value={text}
          onChange={setText}
        />
        <UrlSelect
          aria-label="Severity"
          value={severity?.toLowerCase() ?? ''}
          onChange={(picked) => update({ severity: picked || null })}
        >
          <option value="">All severities</option>
          {SEVERITIES.map((name) => (
            <option key={name} value={name.toLowerCase()}>
              {SEVERITY_LABELS[name]}
            </option>
          ))}
        </UrlSelect>
        {scan.data && (
          <span className="muted" role="status">
            {filtered
              ? `${visible.length} of ${rows.length} vulnerabilities`
              : `${rows.length} vulnerabilities`}
            {' · scanned '}
            <RelativeTime value={scanned} />
          </span>
        )}
      </div>
      <VersionTable
        columns={columns}
        caption={`Vulnerabilities of ${repo.name} ${version.tags[0] ?? version.digest}`}
        sorting={sorting}
        rows={visible}
        rowKey={(row) => `${row.id} ${row.packageName}`}
        pending={scan.isPending}
        empty={{
          title: 'No matching vulnerabilities',
          words: 'None of this version’s vulnerabilities matches the filter.',
        }}
      />
    </>
  )
}
