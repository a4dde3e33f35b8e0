import type { ReactNode } from 'react'
import { isSortable, type Column, type ColumnSort } from './columns'
import { SortHeader } from './sort-header'

/**
 * A table described by its columns: a hidden caption, then the header row, where each column that
 * sorts has a sort button and `aria-sort` (give `sorting` from `useColumnSort`). The body is the
 * table's own (`children`), so a table keeps its row keys, click handlers and placeholders; its
 * rows' cells come from `RowCells`.
 */
export function DataTable<Row, Id extends string>({
  columns,
  caption,
  className = 'table',
  sorting,
  children,
}: {
  columns: readonly Column<Row, Id>[]
  caption: string
  className?: string
  sorting?: { sort: ColumnSort<Id>; onSort: (column: Id) => void }
  children: ReactNode
}) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) =>
            sorting && isSortable(column) ? (
              <SortHeader
                key={column.id}
                column={column.id}
                label={column.header}
                sort={sorting.sort}
                onSort={sorting.onSort}
                className={column.className}
              />
            ) : (
              <th key={column.id} scope="col" className={column.className}>
                {column.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      {children}
    </table>
  )
}

/** A row's cells, one per column, in the columns' order. */
export function RowCells<Row, Id extends string>({
  columns,
  row,
}: {
  columns: readonly Column<Row, Id>[]
  row: Row
}) {
  return columns.map((column) => (
    <td
      key={column.id}
      className={[column.cellClassName, column.className].filter(Boolean).join(' ') || undefined}
    >
      {column.cell(row)}
    </td>
  ))
}
