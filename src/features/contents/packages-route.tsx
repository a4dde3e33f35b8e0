import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { queries } from '../../api/queries'
import { matchesPackageFilter, packageRows, type PackageRow } from '../../domain/contents'
import type { Version } from '../../domain/versions'
import type { CurrentImage } from '../../routing/current-image'
import { Badge } from '../../ui/badge'
import { sortRows, useColumnSort, type Column } from '../../ui/columns'
import { QueryLoadError } from '../../ui/query-errors'
import { SearchInput } from '../../ui/search-input'
import { textColumn } from '../../ui/text-column'
import { VersionTable } from '../../ui/version-table'
import { useSearchParam } from '../../ui/use-search-param'
import { useChosenVersion } from './use-chosen-version'
import { NoRecord, VersionSection } from './version-section'

/** `/:org/images/:image/packages?version=`: the packages of one version, from its SBOM. */
export default function PackagesRoute() {
  const chosenVersion = useChosenVersion()
  return (
    <VersionSection label="Packages" chosenVersion={chosenVersion}>
      {(version) => <PackageList image={chosenVersion.image} version={version} />}
    </VersionSection>
  )
}

interface Row extends PackageRow {
  added: boolean
}

const columns: readonly Column<Row>[] = [
  {
    id: 'name',
    header: 'Package',
    cell: (row) => (
      <span className="package-name">
        <span className="mono">{row.name}</span>
        {row.added && <Badge tone="accent">Added by customization</Badge>}
      </span>
    ),
    sortKey: (row) => row.name,
  },
  textColumn<Row>('version', 'Version', (row) => row.version),
  {
    id: 'license',
    header: 'Licence',
    className: 'hide-narrow',
    cell: (row) => row.license || <span className="muted">Not stated</span>,
    sortKey: (row) => row.license,
  },
]

function PackageList({ image, version }: { image: CurrentImage; version: Version }) {
  const { org, repo } = image
  const sbom = useQuery(queries.sbom(org.id, repo.id, version.digest))
  const [filter, setFilter] = useSearchParam('filter')
  const sorting = useColumnSort(columns, { column: 'name', direction: 'asc' })
  const added = repo.customOverlay?.contents?.packages
  const rows = useMemo(() => {
    const fromConfig = new Set(added)
    return packageRows(sbom.data?.graph?.nodes).map((row) => ({ ...row, added: fromConfig.has(row.name) }))
  }, [sbom.data, added])
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((row) => matchesPackageFilter(row, filter)),
        columns,
        sorting.sort,
      ),
    [rows, filter, sorting.sort],
  )

  if (sbom.isLoadingError) return <QueryLoadError query={sbom} title="Could not load the packages" />
  if (sbom.data === null) {
    return (
      <NoRecord title="No package list yet for this version" version={version}>
        The registry has no SBOM for this version yet. It is made when a build pushes the version; look again
        in a moment.
      </NoRecord>
    )
  }
  const addedCount = rows.filter((row) => row.added).length
  return (
    <>
      <div className="toolbar">
        <SearchInput
          label="Filter packages"
          placeholder="Filter by name, version or licence"
          value={filter}
          onChange={setFilter}
        />
        {sbom.data && (
          <span className="muted" role="status">
            {filter ? `${visible.length} of ${rows.length} packages` : `${rows.length} packages`}
            {addedCount > 0 && ` · ${addedCount} added by customization`}
          </span>
        )}
      </div>
      <VersionTable
        columns={columns}
        caption={`Packages of ${repo.name} ${version.tags[0] ?? version.digest}`}
        sorting={sorting}
        rows={visible}
        rowKey={(row) => row.name}
        pending={sbom.isPending}
        empty={
          rows.length
            ? {
                title: 'No matching packages',
                words: `No package name, version or licence contains “${filter}”.`,
              }
            : { title: 'No packages listed', words: 'This version’s SBOM lists no packages.' }
        }
      />
    </>
  )
}
