import type { UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Repo, Tag } from '../../api/types'
import { pullReference, shortDigest } from '../../domain/image'
import { groupTagsByDigest, isDevTag, matchesVersionFilter } from '../../domain/versions'
import { Badge } from '../../ui/badge'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import { SearchInput } from '../../ui/search-input'
import { useSearchParam } from '../../ui/use-search-param'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, SkeletonRows } from '../../ui/states'

/** One row per digest with every tag that points at it; `-dev` variants marked. */
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
  const visible = versions.filter((version) => matchesVersionFilter(version, filter))

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
            {filter ? `${visible.length} of ${versions.length} versions` : `${versions.length} versions`}
          </span>
        )}
      </div>
      <QueryRefreshError query={tags} lead="Could not refresh the versions." />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Versions of {repo.name}</caption>
          <thead>
            <tr>
              <th scope="col">Tags</th>
              <th scope="col">Digest</th>
              <th scope="col">Last updated</th>
            </tr>
          </thead>
          {tags.isPending ? (
            <SkeletonRows columns={3} rows={5} label="Loading versions" />
          ) : (
            <tbody>
              {visible.map((version) => (
                <tr key={version.digest}>
                  <td>
                    <span className="cell-inline" style={{ flexWrap: 'wrap' }}>
                      <ul className="tag-list" aria-label="Tags">
                        {version.tags.map((tag) => (
                          <li key={tag} className="tag">
                            {tag}
                          </li>
                        ))}
                      </ul>
                      {version.isDev && (
                        <Badge tone="warning">
                          <span
                            title={`Development variant: includes a shell and apk (${version.tags.filter(isDevTag)[0]})`}
                          >
                            dev
                          </span>
                        </Badge>
                      )}
                    </span>
                  </td>
                  <td>
                    <span className="cell-inline">
                      <code title={version.digest}>{shortDigest(version.digest)}</code>
                      <CopyButton
                        text={pullReference(orgName, repo.name, { digest: version.digest })}
                        label={`digest reference ${shortDigest(version.digest)}`}
                      />
                    </span>
                  </td>
                  <td>
                    <RelativeTime value={version.lastUpdated} />
                  </td>
                </tr>
              ))}
              {visible.length === 0 && (
                <tr>
                  <td colSpan={3}>
                    <EmptyState title="No matching versions">
                      <p className="muted">No tag or digest contains “{filter}”.</p>
                    </EmptyState>
                  </td>
                </tr>
              )}
            </tbody>
          )}
        </table>
      </div>
    </section>
  )
}
