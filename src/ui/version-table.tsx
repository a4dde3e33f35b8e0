import type { Column, ColumnSort } from './columns'
import { DataTable } from './data-table'
import { EmptyState, SkeletonRows } from './states'

/**
 * A section's table of one version's rows: skeleton rows while they load, words when none show; a
 * long list (a thousand packages, thousands of findings) draws only the rows in view.
 */
export function VersionTable<Row, Id extends string>({
  columns,
  caption,
  sorting,
  rows,
  rowKey,
  pending,
  empty,
}: {
  columns: readonly Column<Row, Id>[]
  caption: string
  sorting: { sort: ColumnSort<Id>; onSort: (column: Id) => void }
  rows: readonly Row[]
  rowKey: (row: Row) => string
  pending: boolean
  empty: { title: string; words: string }
}) {
  return (
    <div className="table-wrap">
      <DataTable
        columns={columns}
        caption={caption}
        sorting={sorting}
        rows={
          pending
            ? undefined
            : {
                items: rows,
                rowKey,
                estimateHeight: 41,
                empty: (
                  <EmptyState title={empty.title}>
                    <p className="muted">{empty.words}</p>
                  </EmptyState>
                ),
              }
        }
      >
        <SkeletonRows columns={columns.length} rows={8} label={`Loading ${caption.toLowerCase()}`} />
      </DataTable>
    </div>
  )
}
