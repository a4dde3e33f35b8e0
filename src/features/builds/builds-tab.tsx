import { useQuery } from '@tanstack/react-query'
import { RefreshCw } from 'lucide-react'
import { useMemo } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { shortDigest } from '../../domain/image'
import { paths } from '../../domain/paths'
import { formatDuration } from '../../domain/time'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import { SearchInput } from '../../ui/search-input'
import { SortHeader, type SortDirection } from '../../ui/sort-header'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, SkeletonRows } from '../../ui/states'
import { useSearchParam } from '../../ui/use-search-param'
import { useSortParam, useUpdateSearchParams } from '../../ui/use-sort-param'
import { STATES, toRows, type BuildRow, type BuildState } from './build-row'
import { BuildStatus } from './build-status'
import { LogDrawer } from './log-drawer'

export interface BuildsTabProps {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  /** the build whose log is open (the last segment of its id), from the URL */
  buildId: string | undefined
}

type SortColumn = 'id' | 'version' | 'status' | 'digest' | 'duration' | 'created'
const SORT_COLUMNS: readonly SortColumn[] = ['id', 'version', 'status', 'digest', 'duration', 'created']

/** The image's builds of the last 24 hours: sortable, filterable by status and version; a row opens its log. */
export function BuildsTab({ org, repo, buildId }: BuildsTabProps) {
  const builds = useQuery(queries.builds(org.id, repo.id))
  const tags = useQuery(queries.tags(org.id, repo.id))
  const [params] = useSearchParams()
  const update = useUpdateSearchParams()
  const [versionFilter, setVersionFilter] = useSearchParam('version')
  const navigate = useNavigate()
  const status = readStatus(params.get('status'))
  const { sort, onSort } = useSortParam<SortColumn>({
    columns: SORT_COLUMNS,
    initial: { column: 'created', direction: 'desc' },
    descendingFirst: ['created', 'duration'],
  })

  const rows = useMemo(() => toRows(builds.data ?? [], tags.data ?? []), [builds.data, tags.data])
  const visible = useMemo(
    () => sortRows(filterRows(rows, status, versionFilter), sort),
    [rows, status, versionFilter, sort],
  )
  const openRow = buildId ? rows.find((row) => row.shortId === buildId) : undefined

  const search = params.toString() ? `?${params.toString()}` : ''
  const linkTo = (row: BuildRow) => `${paths.build(org.name, repo.name, row.shortId)}${search}`
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
        <span className="topbar-spacer" />
        <span className="muted">
          Builds of the last 24 hours{anyRunning ? ' · refreshing while a build runs' : ''}.
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => builds.refetch()}
          disabled={builds.isFetching}
        >
          <RefreshCw size={13} aria-hidden className={builds.isFetching ? 'spin' : undefined} /> Refresh
        </button>
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
          <table className="table builds-table">
            <caption className="visually-hidden">Builds of {repo.name}</caption>
            <thead>
              <tr>
                <SortHeader column="id" label="ID" sort={sort} onSort={onSort} />
                <SortHeader
                  column="version"
                  label="Version"
                  sort={sort}
                  onSort={onSort}
                  className="hide-narrow"
                />
                <SortHeader column="status" label="Status" sort={sort} onSort={onSort} />
                <SortHeader
                  column="digest"
                  label="Digest"
                  sort={sort}
                  onSort={onSort}
                  className="hide-narrow"
                />
                <SortHeader column="duration" label="Duration" sort={sort} onSort={onSort} />
                <SortHeader column="created" label="Created" sort={sort} onSort={onSort} />
              </tr>
            </thead>
            {builds.isPending ? (
              <SkeletonRows columns={6} rows={4} label="Loading builds" />
            ) : (
              <tbody>
                {visible.map((row) => (
                  <tr
                    key={row.report.id}
                    className="clickable"
                    aria-current={row.shortId === buildId ? 'true' : undefined}
                    onClick={(event) => {
                      // the ID link and the copy button handle their own clicks
                      if ((event.target as HTMLElement).closest('a, button')) return
                      void navigate(linkTo(row), { state: { fromList: true } })
                    }}
                  >
                    <td>
                      <Link to={linkTo(row)} state={{ fromList: true }} className="mono">
                        {row.shortId}
                      </Link>
                    </td>
                    <td className="hide-narrow">
                      {row.versions.length ? (
                        <ul className="tag-list">
                          {row.versions.map((tag) => (
                            <li key={tag} className="tag">
                              {tag}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>
                      <BuildStatus state={row.state} />
                    </td>
                    <td className="nowrap hide-narrow">
                      {row.report.digest ? (
                        <span className="digest">
                          <code>{shortDigest(row.report.digest)}</code>
                          <CopyButton text={row.report.digest} label={`digest of build ${row.shortId}`} />
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="nowrap">
                      {row.durationMs === undefined ? (
                        <span className="muted">—</span>
                      ) : (
                        formatDuration(row.durationMs)
                      )}
                    </td>
                    <td>
                      <RelativeTime value={row.report.startedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        )}
      </div>
      {buildId && <LogDrawer org={org} repo={repo} buildId={buildId} row={openRow} listSearch={search} />}
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

const STATE_ORDER: Record<BuildState, number> = { failed: 0, running: 1, success: 2 }

function sortRows(rows: BuildRow[], sort: { column: SortColumn; direction: SortDirection }): BuildRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const key = (row: BuildRow): string | number => {
    switch (sort.column) {
      case 'id':
        return row.shortId
      case 'version':
        return row.versions[0] ?? ''
      case 'status':
        return STATE_ORDER[row.state]
      case 'digest':
        return row.report.digest ?? ''
      case 'duration':
        return row.durationMs ?? Number.MAX_SAFE_INTEGER
      case 'created':
        return row.report.startedAt ?? ''
    }
  }
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'en', { numeric: true })
    return order * sign || (b.report.startedAt ?? '').localeCompare(a.report.startedAt ?? '')
  })
}

function readStatus(value: string | null): BuildState | undefined {
  return value && Object.hasOwn(STATES, value) ? (value as BuildState) : undefined
}
