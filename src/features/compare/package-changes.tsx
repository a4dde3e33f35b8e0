import { useMemo } from 'react'
import { queries } from '../../api/queries'
import { diffPackages, packageRows, type PackageDiff, type PackageRow } from '../../domain/contents'
import type { Sbom } from '../../api/types'
import type { Column } from '../../ui/columns'
import { textColumn } from '../../ui/text-column'
import { BothRecords } from './both-records'
import { ChangeSection } from './change-section'
import type { Side } from './side'

const packageColumns: readonly Column<PackageRow>[] = [
  textColumn<PackageRow>('name', 'Package', (row) => row.name),
  textColumn<PackageRow>('version', 'Version', (row) => row.version),
  {
    id: 'license',
    header: 'Licence',
    className: 'hide-narrow',
    cell: (row) => row.license || <span className="muted">Not stated</span>,
  },
]

type Changed = PackageDiff['changed'][number]

const changedColumns: readonly Column<Changed>[] = [
  textColumn<Changed>('name', 'Package', (row) => row.name),
  {
    id: 'version',
    header: 'Version',
    cellClassName: 'mono',
    cell: (row) => (
      <>
        {row.from} <span aria-label="to">→</span> {row.to}
      </>
    ),
  },
]

const byName = (row: { name: string }) => row.name

/** "Packages added", "Packages removed" and "Packages changed" between the two sides' SBOMs. */
export function PackageChanges({ from, to }: { from: Side; to: Side }) {
  return (
    <BothRecords
      from={from}
      to={to}
      read={(side) => queries.sbom(side.orgId, side.repoId, side.version.digest)}
      labels={{
        loading: 'Loading the package lists…',
        failed: 'Could not load the packages',
        missing: 'No package list yet',
        missingWords: (label) =>
          `The registry has no package list (SBOM) for ${label} yet, so packages cannot be compared.`,
      }}
    >
      {(before, after) => <PackageSections before={before} after={after} />}
    </BothRecords>
  )
}

function PackageSections({ before, after }: { before: Sbom; after: Sbom }) {
  const diff = useMemo(
    () => diffPackages(packageRows(before.graph?.nodes), packageRows(after.graph?.nodes)),
    [before, after],
  )
  return (
    <>
      <ChangeSection title="Packages added" columns={packageColumns} rows={diff.added} rowKey={byName} />
      <ChangeSection title="Packages removed" columns={packageColumns} rows={diff.removed} rowKey={byName} />
      <ChangeSection title="Packages changed" columns={changedColumns} rows={diff.changed} rowKey={byName} />
    </>
  )
}
