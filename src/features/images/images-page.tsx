import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useCurrentOrg } from '../../routing/current-org'
import { queries } from '../../api/queries'
import type { Repo, Tag } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { paths } from '../../routing/paths'
import { parentOf } from '../../domain/uidp'
import { compareTags, summarizeTags, type TagSummary } from '../../domain/versions'
import { Badge } from '../../ui/badge'
import { sortRows, useColumnSort, type Column } from '../../ui/columns'
import { CopyButton } from '../../ui/copy-button'
import { DataTable, RowCells } from '../../ui/data-table'
import { RelativeTime } from '../../ui/relative-time'
import { SearchInput } from '../../ui/search-input'
import { useSearchParam } from '../../ui/use-search-param'
import { FlashNotice } from '../../ui/flash-notice'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { combineQueries } from '../../ui/query-status'
import { EmptyState, SkeletonRows } from '../../ui/states'

interface ImageRow extends TagSummary {
  repo: Repo & { name: string }
  /** the image page */
  path: string
  customized: boolean
  created: boolean
  pullUrl: string
}

/** "Organization Images": every image of the organization, searchable and sortable. */
export default function ImagesPage() {
  const { org } = useCurrentOrg()
  const repos = useQuery(queries.repos(org.id))
  const tags = useQuery(queries.orgTags(org.id))
  const [search, setSearch] = useSearchParam('q')
  const sorting = useColumnSort(IMAGE_COLUMNS, { column: 'name', direction: 'asc' })

  const rows = useMemo(
    () => buildRows(org.name, repos.data ?? [], tags.data ?? []),
    [org.name, repos.data, tags.data],
  )
  const visible = useMemo(
    () => sortRows(filterRows(rows, search), IMAGE_COLUMNS, sorting.sort, byName),
    [rows, search, sorting.sort],
  )

  // with nothing to show the error takes the table's place; a failed refresh leaves the table up
  const both = combineQueries(repos, tags)
  const loading = repos.isPending || tags.isPending

  return (
    <>
      <FlashNotice />
      <div className="page-header">
        <div>
          <h1>Organization Images</h1>
          <p className="muted">
            Images {org.name} is entitled to.{' '}
            {repos.data && `${repos.data.length} ${repos.data.length === 1 ? 'image' : 'images'}.`}
          </p>
        </div>
      </div>
      <div className="toolbar">
        <SearchInput label="Search images" value={search} onChange={setSearch} slashFocuses />
        {search && rows.length > 0 && (
          <span className="muted" role="status">
            {visible.length} of {rows.length} shown
          </span>
        )}
      </div>

      <QueryRefreshError query={both} lead="Could not refresh the images." />
      {both.isLoadingError ? (
        <div className="table-wrap">
          <QueryLoadError query={both} title="Could not load the images" />
        </div>
      ) : !loading && rows.length === 0 ? (
        <div className="table-wrap">
          <EmptyState title="No images yet">
            <p className="muted">
              {org.name} has no images. Images appear here once the organization is entitled to them.
            </p>
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <DataTable columns={IMAGE_COLUMNS} caption={`Images of ${org.name}`} sorting={sorting}>
            {loading ? (
              <SkeletonRows columns={IMAGE_COLUMNS.length} label="Loading images" />
            ) : (
              <tbody>
                {visible.map((row) => (
                  <tr key={row.repo.id}>
                    <RowCells columns={IMAGE_COLUMNS} row={row} />
                  </tr>
                ))}
                {visible.length === 0 && (
                  <tr>
                    <td colSpan={IMAGE_COLUMNS.length}>
                      <EmptyState title="No matching images">
                        <p className="muted">
                          No image name contains “{search}”.{' '}
                          <button type="button" className="button small" onClick={() => setSearch('')}>
                            Clear search
                          </button>
                        </p>
                      </EmptyState>
                    </td>
                  </tr>
                )}
              </tbody>
            )}
          </DataTable>
        </div>
      )}
    </>
  )
}

const byName = (a: ImageRow, b: ImageRow) => a.repo.name.localeCompare(b.repo.name)

const IMAGE_COLUMNS: readonly Column<ImageRow, 'name' | 'tag' | 'pull' | 'updated'>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (row) => {
      const source = sourceLabel(row.repo)
      return (
        <div className="cell-name">
          <span className="cell-inline">
            <Link to={row.path}>{row.repo.name}</Link>
            {row.customized && <Badge tone="accent">Customized</Badge>}
          </span>
          {(row.customized || row.created) && source && <span className="muted">Based on {source}</span>}
        </div>
      )
    },
    compare: byName,
  },
  {
    id: 'tag',
    header: 'Latest tag',
    cell: (row) =>
      row.latestTag ? (
        <span className="tag">{row.latestTag}</span>
      ) : (
        <span className="muted">No tags yet</span>
      ),
    // ascending puts the highest version first, as people read version lists
    compare: (a, b) => compareTags(a.latestTag ?? '', b.latestTag ?? ''),
  },
  {
    id: 'pull',
    header: 'Pull URL',
    className: 'hide-narrow',
    cell: (row) => (
      <span className="cell-inline">
        <code className="truncate">{row.pullUrl}</code>
        <CopyButton text={row.pullUrl} label={`pull URL of ${row.repo.name}`} />
      </span>
    ),
  },
  {
    id: 'updated',
    header: 'Last updated',
    cell: (row) => <RelativeTime value={row.lastUpdated} />,
    compare: (a, b) => (a.lastUpdated ?? '').localeCompare(b.lastUpdated ?? ''),
    descendingFirst: true,
  },
]

function buildRows(orgName: string, repos: readonly Repo[], tags: readonly Tag[]): ImageRow[] {
  const tagsByRepo = new Map<string, Tag[]>()
  for (const tag of tags) {
    const repoId = tag.id && parentOf(tag.id)
    if (!repoId) continue
    const list = tagsByRepo.get(repoId) ?? []
    list.push(tag)
    tagsByRepo.set(repoId, list)
  }
  return repos
    .filter((repo): repo is Repo & { name: string } => Boolean(repo.name))
    .map((repo) => ({
      repo,
      path: paths.image(orgName, repo.name),
      customized: hasCustomizations(repo.customOverlay),
      created: isCreatedImage(repo),
      pullUrl: pullReference(orgName, repo.name, { tag: 'latest' }),
      ...summarizeTags(tagsByRepo.get(repo.id ?? '') ?? []),
    }))
}

function filterRows(rows: ImageRow[], search: string): ImageRow[] {
  const needle = search.trim().toLowerCase()
  return needle ? rows.filter((row) => row.repo.name.toLowerCase().includes(needle)) : rows
}
