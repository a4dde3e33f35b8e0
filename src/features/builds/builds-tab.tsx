import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { paths } from '../../routing/paths'
import { toRows, whatChangedHref, type BuildRow } from './build-row'
import { buildColumns } from './build-columns'
import { BuildFilterControls, RefreshButton } from './build-filter-controls'
import { useBuildFilters } from './build-filters'
import { BuildList } from './build-table'
import { LogDrawer } from './log-drawer'
import { useBuildList } from './use-build-list'

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
  const filters = useBuildFilters()
  const { listSearch } = filters
  const linkTo = (row: BuildRow) => `${paths.build(org.name, repo.name, row.shortId)}${listSearch}`
  const columns = buildColumns(linkTo, (row) => whatChangedHref(org.name, repo.name, row))
  const rows = useMemo(() => toRows(builds.data ?? [], tags.data ?? []), [builds.data, tags.data])
  const list = useBuildList({ rows, columns, linkTo, filters })
  const openRow = buildId ? rows.find((row) => row.shortId === buildId) : undefined

  const anyRunning = rows.some((row) => row.state === 'running')

  return (
    <section aria-label="Builds">
      <div className="toolbar">
        <BuildFilterControls filters={filters} />
        {/* before the note, whose length changes while builds run: the button never moves */}
        <RefreshButton query={builds} />
        <span className="topbar-spacer" />
        <span className="muted">
          Builds of the last 24 hours{anyRunning ? ' · refreshing while a build runs' : ''}.
        </span>
      </div>
      <BuildList
        query={builds}
        list={list}
        total={rows.length}
        caption={`Builds of ${repo.name}`}
        empty={{
          title: 'No builds in the last 24 hours',
          text: 'Builds start when the image’s build config is saved, and when its packages update.',
        }}
        buildId={buildId}
        fetchLog={fetchLog}
      />
      {buildId && (
        <LogDrawer
          org={org}
          repo={repo}
          buildId={buildId}
          row={openRow}
          listLoaded={Boolean(builds.data)}
          listSearch={listSearch}
          listPath={paths.image(org.name, repo.name, 'builds')}
          buildPath={(id) => paths.build(org.name, repo.name, id)}
        />
      )}
    </section>
  )
}
