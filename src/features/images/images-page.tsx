import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { useCurrentOrg } from '../../api/org'
import { queries } from '../../api/queries'
import type { Repo, Tag } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { paths } from '../../domain/paths'
import { parentOf } from '../../domain/uidp'
import { compareTags, summarizeTags, type TagSummary } from '../../domain/versions'
import { Badge } from '../../ui/badge'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import { SearchInput } from '../../ui/search-input'
import { SortHeader, type SortDirection } from '../../ui/sort-header'
import { useSearchParam } from '../../ui/use-search-param'
import { useSortParam } from '../../ui/use-sort-param'
import { FlashNotice } from '../../ui/flash-notice'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { combineQueries } from '../../ui/query-status'
import { EmptyState, SkeletonRows } from '../../ui/states'

type SortColumn = 'name' | 'tag' | 'updated'
const SORT_COLUMNS: readonly SortColumn[] = ['name', 'tag', 'updated']

interface ImageRow extends TagSummary {
  repo: Repo & { name: string }
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
  const { sort, onSort } = useSortParam<SortColumn>({
    columns: SORT_COLUMNS,
    initial: { column: 'name', direction: 'asc' },
    descendingFirst: ['updated'],
  })

  const rows = useMemo(
    () => buildRows(org.name, repos.data ?? [], tags.data ?? []),
    [org.name, repos.data, tags.data],
  )
  const visible = useMemo(() => sortRows(filterRows(rows, search), sort), [rows, search, sort])

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
          <table className="table">
            <caption className="visually-hidden">Images of {org.name}</caption>
            <thead>
              <tr>
                <SortHeader column="name" label="Name" sort={sort} onSort={onSort} />
                <SortHeader column="tag" label="Latest tag" sort={sort} onSort={onSort} />
                <th scope="col" className="hide-narrow">
                  Pull URL
                </th>
                <SortHeader column="updated" label="Last updated" sort={sort} onSort={onSort} />
              </tr>
            </thead>
            {loading ? (
              <SkeletonRows columns={4} label="Loading images" />
            ) : (
              <tbody>
                {visible.map((row) => (
                  <ImageRowView key={row.repo.id} row={row} orgName={org.name} />
                ))}
                {visible.length === 0 && (
                  <tr>
                    <td colSpan={4}>
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
          </table>
        </div>
      )}
    </>
  )
}

function ImageRowView({ row, orgName }: { row: ImageRow; orgName: string }) {
  const source = sourceLabel(row.repo)
  return (
    <tr>
      <td>
        <div className="cell-name">
          <span className="cell-inline">
            <Link to={paths.image(orgName, row.repo.name)}>{row.repo.name}</Link>
            {row.customized && <Badge tone="accent">Customized</Badge>}
          </span>
          {(row.customized || row.created) && source && <span className="muted">Based on {source}</span>}
        </div>
      </td>
      <td>
        {row.latestTag ? (
          <span className="tag">{row.latestTag}</span>
        ) : (
          <span className="muted">No tags yet</span>
        )}
      </td>
      <td className="hide-narrow">
        <span className="cell-inline">
          <code className="truncate">{row.pullUrl}</code>
          <CopyButton text={row.pullUrl} label={`pull URL of ${row.repo.name}`} />
        </span>
      </td>
      <td>
        <RelativeTime value={row.lastUpdated} />
      </td>
    </tr>
  )
}

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

function sortRows(rows: ImageRow[], sort: { column: SortColumn; direction: SortDirection }): ImageRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  const compare: Record<SortColumn, (a: ImageRow, b: ImageRow) => number> = {
    name: (a, b) => a.repo.name.localeCompare(b.repo.name),
    // ascending puts the highest version first, as people read version lists
    tag: (a, b) => compareTags(a.latestTag ?? '', b.latestTag ?? ''),
    updated: (a, b) => (a.lastUpdated ?? '').localeCompare(b.lastUpdated ?? ''),
  }
  return [...rows].sort((a, b) => sign * compare[sort.column](a, b) || a.repo.name.localeCompare(b.repo.name))
}
