import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { History } from 'lucide-react'
import { useMemo } from 'react'
import { useNavigate, useParams } from 'react-router'
import { queries } from '../../api/queries'
import { paths } from '../../routing/paths'
import { useCurrentOrg } from '../../routing/current-org'
import { Drawer } from '../../ui/drawer'
import { EmptyState, LoadingState } from '../../ui/states'
import { UrlSelect } from '../../ui/url-select'
import { whatChangedHref } from './build-row'
import { buildColumns } from './build-columns'
import { BuildFilterControls, RefreshButton } from './build-filter-controls'
import { useBuildFilters } from './build-filters'
import { BuildList } from './build-table'
import { LogDrawer } from './log-drawer'
import { useBuildList } from './use-build-list'
import { imageColumn, toOrgRows, type OrgBuildRow } from './org-build-rows'

const since = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' })
const count = (value: number) => value.toLocaleString('en')

/**
 * `/:org/builds/:buildId?`: every build of the organization, from the last 24 hours back as far as
 * "Older builds" has read; filters by image, status and version in the URL; a row opens its log.
 */
export default function OrgBuildsRoute() {
  const { org } = useCurrentOrg()
  const { buildId } = useParams()
  const builds = useInfiniteQuery(queries.orgBuilds(org.id))
  const repos = useQuery(queries.repos(org.id))
  const queryClient = useQueryClient()
  const fetchLog = (row: OrgBuildRow) =>
    void queryClient.prefetchQuery(queries.build(org.id, row.repoId, row.report.id))
  const filters = useBuildFilters(['image'])
  const { listSearch, params, update } = filters
  const image = params.get('image') ?? ''
  // made once per filter change, not per render: the sorted and filtered rows depend on them
  const { columns, linkTo } = useMemo(() => {
    const linkTo = (row: OrgBuildRow) => `${paths.orgBuild(org.name, row.shortId)}${listSearch}`
    const [id, ...rest] = buildColumns(linkTo, (row) => whatChangedHref(org.name, row.image, row))
    return { columns: id ? [id, imageColumn(org.name), ...rest] : rest, linkTo }
  }, [org.name, listSearch])

  const imageNames = useMemo(
    () => new Map((repos.data ?? []).flatMap((repo) => (repo.id && repo.name ? [[repo.id, repo.name]] : []))),
    [repos.data],
  )
  const pages = builds.data?.pages
  const rows = useMemo(
    () => toOrgRows(pages?.flatMap((page) => page.reports) ?? [], imageNames),
    [pages, imageNames],
  )
  const images = useMemo(() => [...new Set(rows.map((row) => row.image))].sort(), [rows])
  const ofImage = useMemo(() => (image ? rows.filter((row) => row.image === image) : rows), [rows, image])
  const list = useBuildList({ rows: ofImage, columns, linkTo, filters })
  const openRow = buildId ? rows.find((row) => row.shortId === buildId) : undefined
  const from = pages?.at(-1)?.window.since
  const anyRunning = rows.some((row) => row.state === 'running')

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Builds</h1>
          <p className="muted">
            Every build of {org.name}’s images.{' '}
            {from && `Builds from ${since.format(Date.parse(from))} to now`}
            {anyRunning ? ' · refreshing while a build runs' : ''}
          </p>
        </div>
      </div>
      <div className="toolbar">
        <BuildFilterControls filters={filters}>
          <UrlSelect
            aria-label="Image"
            value={image}
            onChange={(picked) => update({ image: picked || null })}
          >
            <option value="">All images</option>
            {/* an image named in the URL stays a choice while its builds are not loaded */}
            {(image && !images.includes(image) ? [image, ...images] : images).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </UrlSelect>
        </BuildFilterControls>
        <RefreshButton query={builds} />
        <span className="topbar-spacer" />
        {builds.data && (
          <span className="muted" role="status">
            {count(list.visible.length)} of {count(rows.length)} builds
          </span>
        )}
      </div>
      <BuildList
        query={builds}
        list={list}
        total={rows.length}
        caption={`Builds of ${org.name}`}
        empty={{
          title: 'No builds in this window',
          text: 'Builds start when an image’s build config is saved, and when its packages update.',
        }}
        buildId={buildId}
        fetchLog={fetchLog}
      />
      {builds.data && (
        <p className="older-builds">
          <button
            type="button"
            className="button small"
            onClick={() => void builds.fetchNextPage()}
            disabled={builds.isFetchingNextPage}
          >
            <History size={13} aria-hidden /> Older builds
          </button>{' '}
          <span className="muted">
            {builds.isFetchingNextPage ? 'Reading the 24 hours before…' : 'Adds the 24 hours before.'}
          </span>
        </p>
      )}
      {buildId &&
        (openRow ? (
          <LogDrawer
            org={org}
            repo={{ id: openRow.repoId, name: openRow.image }}
            buildId={buildId}
            row={openRow}
            listLoaded
            listSearch={listSearch}
            listPath={paths.orgBuilds(org.name)}
            buildPath={(id) => paths.orgBuild(org.name, id)}
          />
        ) : (
          <MissingBuild org={org.name} buildId={buildId} listSearch={listSearch} loading={!builds.data} />
        ))}
    </>
  )
}

/** The drawer of a build the list does not hold: while the list loads, or once it is known not to. */
function MissingBuild({
  org,
  buildId,
  listSearch,
  loading,
}: {
  org: string
  buildId: string
  listSearch: string
  loading: boolean
}) {
  const navigate = useNavigate()
  return (
    <Drawer
      open
      onOpenChange={(open) => !open && void navigate(`${paths.orgBuilds(org)}${listSearch}`)}
      title={buildId}
    >
      {loading ? (
        <LoadingState label="Loading the builds…" />
      ) : (
        <EmptyState title="Build not found">
          <p className="muted">
            {org} has no build {buildId} among the builds listed. It may be older: close this and use “Older
            builds”, or the link may be mistyped.
          </p>
        </EmptyState>
      )}
    </Drawer>
  )
}
