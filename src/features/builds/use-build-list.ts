import { useMemo } from 'react'
import { sortRows, useColumnSort, type Column } from '../../ui/columns'
import { newestFirst } from './build-columns'
import { filterBuilds, type BuildFilters } from './build-filters'
import type { BuildRow } from './build-row'

/**
 * A builds list's rows as its filters and sort (both in the URL) have them, newest first among
 * equals; with what its table needs (columns, sort, the link of each row).
 */
export function useBuildList<Row extends BuildRow, Id extends string>({
  rows,
  columns,
  linkTo,
  filters,
}: {
  rows: readonly Row[]
  columns: readonly Column<Row, Id>[]
  linkTo: (row: Row) => string
  filters: BuildFilters
}) {
  const sorting = useColumnSort(columns, { column: 'created' as Id, direction: 'desc' })
  const { status, version } = filters
  const visible = useMemo(
    () => sortRows(filterBuilds(rows, status, version), columns, sorting.sort, newestFirst),
    [rows, status, version, columns, sorting.sort],
  )
  return { visible, sorting, columns, linkTo, filters }
}

export type BuildListState<Row extends BuildRow, Id extends string> = ReturnType<typeof useBuildList<Row, Id>>
