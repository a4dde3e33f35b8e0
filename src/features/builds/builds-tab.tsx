import { useQuery, useQueryClient } from '@tanstack/react-query'
import { RefreshCw } from 'lucide-react'
import { useMemo } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { paths } from '../../routing/paths'
import { sortRows, useColumnSort } from '../../ui/columns'
import { DataTable, RowCells } from '../../ui/data-table'
import { SearchInput } from '../../ui/search-input'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, SkeletonRows } from '../../ui/states'
import { useSearchParam } from '../../ui/use-search-param'
import { useUpdateSearchParams } from '../../ui/use-sort-param'
import { STATES, toRows, whatChangedHref, type BuildRow, type BuildState } from './build-row'
import { buildColumns, newestFirst } from './build-columns'
import { DRAWER_PART } from './drawer-part'
import { LogDrawer } from './log-drawer'

export interface BuildsTabProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  /** the build whose log is open (the last segment of its id), from the URL */
  buildId: string | undefined
}

/** The image's builds of the last 24 hours: sortable, filterable by status and version; a row opens its log. */
export function BuildsTab({ org, repo, buildId }: BuildsTabProps) {
  const builds = useQuery(queries.builds(org.id, repo.id))
  const queryClient = useQueryClient()
  // the log is asked for as the row is pressed, so it arrives while the drawer opens
  const fetchLog = (row: BuildRow) =>
    void queryClient.prefetchQuery(queries.build(org.id, repo.id, row.report.id))
  const tags = useQuery(queries.tags(org.id, repo.id))
  const [params] = useSearchParams()
  const update = useUpdateSearchParams()
  const [versionFilter, setVersionFilter] = useSearchParam('version')
  const navigate = useNavigate()
  const status = readStatus(params.get('status'))
  const search = listSearch(params)
  const linkTo = (row: BuildRow) => `${paths.build(org.name, repo.name, row.shortId)}${search}`
  const columns = buildColumns(linkTo, (row) => whatChangedHref(org.name, repo.name, row))
  const sorting = useColumnSort(columns, { column: 'created', direction: 'desc' })

  const rows = useMemo(() => toRows(builds.data ?? [], tags.data ?? []), [builds.data, tags.data])
  const visible = useMemo(
    () => sortRows(filterRows(rows, status, versionFilter), columns, sorting.sort, newestFirst),
    [rows, status, versionFilter, columns, sorting.sort],
  )
  const openRow = buildId ? rows.find((row) => row.shortId === buildId) : undefined

  const anyRunning = rows.some((row) => row.state === 'running')

  return (
    <section aria-label="Builds">
      <div className="toolbar">
        <SearchInput label="Filter by version" value={versionFilter} onChange={setVersionFilter} />
        <select
          className="input select"
          aria-label="Status"
          value={status ?? ''}
          onChange={(event) => update({ status: event.target.value || null })}
        >
          <option value="">All statuses</option>
          {(Object.keys(STATES) as BuildState[]).map((key) => (
            <option key={key} value={key}>
              {STATES[key]}
            </option>
          ))}
        </select>
        {/* before the note, whose length changes while builds run: the button never moves */}
        <button
          type="button"
          className="button small"
          onClick={() => builds.refetch()}
          disabled={builds.isFetching}
        >
          <RefreshCw size={13} aria-hidden className={builds.isFetching ? 'spin' : undefined} /> Refresh
        </button>
        <span className="topbar-spacer" />
        <span className="muted">
          Builds of the last 24 hours{anyRunning ? ' · refreshing while a build runs' : ''}.
        </span>
      </div>
      <QueryRefreshError query={builds} lead="Could not refresh the builds." />
      <div className="table-wrap">
        {builds.isLoadingError ? (
          <QueryLoadError query={builds} title="Could not load the builds" />
        ) : builds.data && rows.length === 0 ? (
          <EmptyState title="No builds in the last 24 hours">
            <p className="muted">
              Builds start when the image’s build config is saved, and when its packages update.
            </p>
          </EmptyState>
        ) : builds.data && visible.length === 0 ? (
          <EmptyState title="No builds match">
            <p className="muted">
              None of the {rows.length} builds match the filters.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setVersionFilter('')
                  update({ status: null })
                }}
              >
                Clear the filters
              </button>
            </p>
          </EmptyState>
        ) : (
          <DataTable
            columns={columns}
            caption={`Builds of ${repo.name}`}
            className="table builds-table"
            sorting={sorting}
          >
            {builds.isPending ? (
              <SkeletonRows columns={columns.length} rows={4} label="Loading builds" />
            ) : (
              <tbody>
                {visible.map((row) => (
                  <tr
                    key={row.report.id}
                    className="clickable"
                    aria-current={row.shortId === buildId ? 'true' : undefined}
                    onPointerDown={(event) => {
                      if (!(event.target as HTMLElement).closest('button')) fetchLog(row)
                    }}
                    onClick={(event) => {
                      // the copy button and the ID link handle their own clicks
                      const target = event.target as HTMLElement
                      if (target.closest('button')) return
                      // a pointer asked for the log as it pressed; a key press (detail 0) asks now
                      if (event.detail === 0) fetchLog(row)
                      if (target.closest('a')) return
                      void navigate(linkTo(row), { state: { fromList: true } })
                    }}
                  >
                    <RowCells columns={columns} row={row} />
                  </tr>
                ))}
              </tbody>
            )}
          </DataTable>
        )}
      </div>
      {buildId && (
        <LogDrawer
          org={org}
          repo={repo}
          buildId={buildId}
          row={openRow}
          listLoaded={Boolean(builds.data)}
          listSearch={search}
        />
      )}
    </section>
  )
}

function filterRows(rows: BuildRow[], status: BuildState | undefined, version: string): BuildRow[] {
  const needle = version.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (!status || row.state === status) &&
      (!needle || row.versions.some((tag) => tag.toLowerCase().includes(needle))),
  )
}

/** The list's filters and sort, as the URL holds them (without the drawer's part, which is the drawer's). */
function listSearch(params: URLSearchParams): string {
  const list = new URLSearchParams(params)
  list.delete(DRAWER_PART)
  return list.size ? `?${list.toString()}` : ''
}

function readStatus(value: string | null): BuildState | undefined {
  return value && Object.hasOwn(STATES, value) ? (value as BuildState) : undefined
}
