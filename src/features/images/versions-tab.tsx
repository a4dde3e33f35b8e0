import type { UseQueryResult } from '@tanstack/react-query'
import { SquareTerminal } from 'lucide-react'
import { useDeferredValue, useMemo } from 'react'
import type { Repo, Tag } from '../../api/types'
import { pullReference, shortDigest } from '../../domain/image'
import { groupTagsByDigest, matchesVersionFilter, type Version } from '../../domain/versions'
import type { Column } from '../../ui/columns'
import { CopyButton, CopyChip } from '../../ui/copy-button'
import { DataTable } from '../../ui/data-table'
import { RelativeTime } from '../../ui/relative-time'
import { SearchInput } from '../../ui/search-input'
import { useSearchParam } from '../../ui/use-search-param'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, SkeletonRows } from '../../ui/states'
import './versions-tab.css'

/** a row's usual height: a line of tag chips */
const VERSION_ROW_HEIGHT = 57

/**
 * One row per digest with every tag that points at it, each tag a chip that copies its pull command;
 * `-dev` variants marked in words under their tags.
 */
export function VersionsTab({
  orgName,
  repo,
  tags,
}: {
  orgName: string
  repo: Repo & { name: string }
  tags: UseQueryResult<Tag[]>
}) {
  const [filter, setFilter] = useSearchParam('filter')
  const versions = useMemo(() => groupTagsByDigest(tags.data ?? []), [tags.data])
  // the box shows each key at once; the rows follow in a render that gives way to the next key
  const shownFilter = useDeferredValue(filter)
  const visible = useMemo(
    () => versions.filter((version) => matchesVersionFilter(version, shownFilter)),
    [versions, shownFilter],
  )
  const columns = useMemo(() => versionColumns(orgName, repo.name), [orgName, repo.name])

  if (tags.isLoadingError) {
    return (
      <div className="table-wrap">
        <QueryLoadError query={tags} title="Could not load the versions" />
      </div>
    )
  }
  if (tags.isSuccess && versions.length === 0) {
    return (
      <div className="table-wrap">
        <EmptyState title="No versions yet">
          <p className="muted">
            {repo.name} has no tags yet. A new image gets its tags when its first builds succeed.
          </p>
        </EmptyState>
      </div>
    )
  }

  return (
    <section aria-label="Versions">
      <div className="toolbar">
        <SearchInput
          label="Filter versions"
          placeholder="Filter by tag or digest"
          value={filter}
          onChange={setFilter}
        />
        {tags.data && (
          <span className="muted" role="status">
            {shownFilter ? `${visible.length} of ${versions.length} versions` : `${versions.length} versions`}
          </span>
        )}
      </div>
      <QueryRefreshError query={tags} lead="Could not refresh the versions." />
      <div className="table-wrap">
        <DataTable
          columns={columns}
          caption={`Versions of ${repo.name}`}
          rows={
            tags.isPending
              ? undefined
              : {
                  items: visible,
                  rowKey: (version) => version.digest,
                  estimateHeight: VERSION_ROW_HEIGHT,
                  empty: (
                    <EmptyState title="No matching versions">
                      <p className="muted">No tag or digest contains “{shownFilter}”.</p>
                    </EmptyState>
                  ),
                }
          }
        >
          <SkeletonRows columns={columns.length} rows={5} label="Loading versions" />
        </DataTable>
      </div>
    </section>
  )
}

function versionColumns(orgName: string, repoName: string): readonly Column<Version>[] {
  return [
    {
      id: 'tags',
      header: 'Tags',
      cell: (version) => (
        <div className="version-tags">
          <ul className="tag-list" aria-label="Tags">
            {version.tags.map((tag) => (
              <li key={tag}>
                <CopyChip
                  text={`docker pull ${pullReference(orgName, repoName, { tag })}`}
                  label={`pull command for ${tag}`}
                >
                  {tag}
                </CopyChip>
              </li>
            ))}
          </ul>
          {version.isDev && (
            <p className="dev-variant">
              <SquareTerminal size={14} aria-hidden />
              Development variant: includes a shell and apk
            </p>
          )}
        </div>
      ),
    },
    {
      id: 'digest',
      header: 'Digest',
      cell: (version) => (
        <span className="cell-inline">
          <code title={version.digest}>{shortDigest(version.digest)}</code>
          <CopyButton
            text={pullReference(orgName, repoName, { digest: version.digest })}
            label={`digest reference ${shortDigest(version.digest)}`}
          />
        </span>
      ),
    },
    {
      id: 'updated',
      header: 'Last updated',
      cell: (version) => <RelativeTime value={version.lastUpdated} />,
    },
  ]
}
