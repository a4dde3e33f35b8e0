import type { Column, ColumnSort } from './columns'
import { DataTable, RowCells } from './data-table'
import { EmptyState, SkeletonRows } from './states'

/** A section's table of one version's rows: skeleton rows while they load, words when none show. */
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
      <DataTable columns={columns} caption={caption} sorting={sorting}>
        {pending ? (
          <SkeletonRows columns={columns.length} rows={8} label={`Loading ${caption.toLowerCase()}`} />
        ) : (
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                <RowCells columns={columns} row={row} />
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>
                  <EmptyState title={empty.title}>
                    <p className="muted">{empty.words}</p>
                  </EmptyState>
                </td>
              </tr>
            )}
          </tbody>
        )}
      </DataTable>
    </div>
  )
}
