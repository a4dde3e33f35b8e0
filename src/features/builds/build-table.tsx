import type { HTMLAttributes, ReactNode } from 'react'
import { useNavigate } from 'react-router'
import type { Column, ColumnSort } from '../../ui/columns'
import { DataTable } from '../../ui/data-table'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import type { QueryStatus } from '../../ui/query-status'
import { EmptyState, SkeletonRows } from '../../ui/states'
import { NoBuildsMatch } from './build-filter-controls'
import type { BuildRow } from './build-row'
import type { BuildListState } from './use-build-list'

/** a row's usual height: an ID, a status and one line of versions */
const BUILD_ROW_HEIGHT = 45

/**
 * A list of builds as the list's read stands: its error, "none" (`empty`), "none match the filters",
 * or the table of the list's rows (of `total`).
 */
export function BuildList<Row extends BuildRow, Id extends string>({
  query,
  list,
  total,
  empty,
  ...table
}: {
  query: QueryStatus & { data?: unknown }
  list: BuildListState<Row, Id>
  total: number
  empty: { title: string; text: ReactNode }
  caption: string
  buildId: string | undefined
  fetchLog: (row: Row) => void
}) {
  return (
    <>
      <QueryRefreshError query={query} lead="Could not refresh the builds." />
      <div className="table-wrap">
        {query.isLoadingError ? (
          <QueryLoadError query={query} title="Could not load the builds" />
        ) : query.data && total === 0 ? (
          <EmptyState title={empty.title}>
            <p className="muted">{empty.text}</p>
          </EmptyState>
        ) : query.data && list.visible.length === 0 ? (
          <EmptyState title="No builds match">
            <NoBuildsMatch total={total} filters={list.filters} />
          </EmptyState>
        ) : (
          <BuildTable {...list} {...table} rows={query.data ? list.visible : undefined} />
        )}
      </div>
    </>
  )
}

/**
 * A table of builds (windowed when long): pressing a row asks for its log (`fetchLog`) and clicking
 * it opens the log drawer (`linkTo`); the open build's row is marked current.
 */
function BuildTable<Row extends BuildRow, Id extends string>({
  columns,
  caption,
  rows,
  sorting,
  buildId,
  linkTo,
  fetchLog,
}: {
  columns: readonly Column<Row, Id>[]
  caption: string
  /** undefined while the builds load */
  rows: readonly Row[] | undefined
  sorting: { sort: ColumnSort<Id>; onSort: (column: Id) => void }
  buildId: string | undefined
  linkTo: (row: Row) => string
  fetchLog: (row: Row) => void
}) {
  const navigate = useNavigate()
  const rowProps = (row: Row): HTMLAttributes<HTMLTableRowElement> => ({
    className: 'clickable',
    'aria-current': row.shortId === buildId ? 'true' : undefined,
    onPointerDown: (event) => {
      if (!(event.target as HTMLElement).closest('button')) fetchLog(row)
    },
    onClick: (event) => {
      // the copy button and the links handle their own clicks
      const target = event.target as HTMLElement
      if (target.closest('button')) return
      // a pointer asked for the log as it pressed; a key press (detail 0) asks now
      if (event.detail === 0) fetchLog(row)
      if (target.closest('a')) return
      void navigate(linkTo(row), { state: { fromList: true } })
    },
  })
  return (
    <DataTable<Row, Id>
      columns={columns}
      caption={caption}
      className="table builds-table"
      sorting={sorting}
      rows={
        rows && {
          items: rows,
          rowKey: (row: Row) => row.report.id,
          rowProps,
          estimateHeight: BUILD_ROW_HEIGHT,
        }
      }
    >
      <SkeletonRows columns={columns.length} rows={4} label="Loading builds" />
    </DataTable>
  )
}
