import { useId } from 'react'
import type { Column } from '../../ui/columns'
import { DataTable } from '../../ui/data-table'

/**
 * One kind of change between the two versions ("Packages added", …): a heading with its count, then
 * the changes in a table, or words when there are none ("No packages added").
 */
export function ChangeSection<Row>({
  title,
  columns,
  rows,
  rowKey,
}: {
  title: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}) {
  const heading = useId()
  return (
    <section aria-labelledby={heading} className="change-section">
      <h2 id={heading}>
        {title} <span className="change-count">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">No {title.toLowerCase()}</p>
      ) : (
        <div className="table-wrap">
          <DataTable columns={columns} caption={title} rows={{ items: rows, rowKey }} />
        </div>
      )}
    </section>
  )
}
