import type { ReactNode } from 'react'
import type { SortDirection } from './sort-header'
import { useSortParam } from './use-sort-param'

/** One column of a table: its header, how to render its cell, and how it sorts (if it does). */
export interface Column<Row, Id extends string = string> {
  /** names the column: its React key, and its `?sort=` value in the URL when it sorts */
  id: Id
  header: string
  /** what the header cell shows instead of `header` (a column that does not sort), e.g. a checkbox */
  headerCell?: ReactNode
  cell: (row: Row) => ReactNode
  /** classes of the header and of every cell, e.g. `hide-narrow` */
  className?: string
  /** classes of the cells only, before `className`, e.g. `nowrap` */
  cellClassName?: string
  /** ascending order by a compare ... */
  compare?: (a: Row, b: Row) => number
  /** ... or by a key: numbers by value, text in natural order (`build-9` before `build-10`) */
  sortKey?: (row: Row) => string | number
  /** the first click sorts descending (dates, durations: newest or longest first) */
  descendingFirst?: boolean
}

/** Whether a column sorts: it has a compare or a key. */
export function isSortable<Row>(column: Column<Row>): boolean {
  return Boolean(column.compare || column.sortKey)
}

export interface ColumnSort<Id extends string> {
  column: Id
  direction: SortDirection
}

/** How a column orders rows ascending, or nothing when it does not sort. */
function ascending<Row>(column: Column<Row>): ((a: Row, b: Row) => number) | undefined {
  if (column.compare) return column.compare
  const key = column.sortKey
  if (!key) return undefined
  return (a, b) => {
    const [x, y] = [key(a), key(b)]
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : String(x).localeCompare(String(y), 'en', { numeric: true })
  }
}

/**
 * The sort of a table of `columns`, kept in the URL (see `useSortParam`): the columns with a
 * compare or a key sort, and those marked `descendingFirst` start descending.
 */
export function useColumnSort<Row, Id extends string>(
  columns: readonly Column<Row, Id>[],
  initial: ColumnSort<Id>,
) {
  return useSortParam<Id>({
    columns: columns.filter(isSortable).map((column) => column.id),
    initial,
    descendingFirst: columns.filter((column) => column.descendingFirst).map((column) => column.id),
  })
}

/** `rows` in the sorted column's order; rows it finds equal follow `tieBreak`, whatever the direction. */
export function sortRows<Row, Id extends string>(
  rows: readonly Row[],
  columns: readonly Column<Row, Id>[],
  sort: ColumnSort<Id>,
  tieBreak: (a: Row, b: Row) => number = () => 0,
): Row[] {
  const column = columns.find((candidate) => candidate.id === sort.column)
  const compare = column && ascending(column)
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => (compare ? sign * compare(a, b) : 0) || tieBreak(a, b))
}
