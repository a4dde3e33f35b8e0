import { useQuery } from '@tanstack/react-query'
import { queries } from '../../api/queries'
import { errorMessage } from '../../ui/error-message'
import './latest-version.css'

/**
 * The version the image's `latest` stands for (e.g. `24.1.0`), from its tags summary. A summary that
 * could not be read says so in its cell, why (on hover, and to a screen reader), and offers to try again.
 */
export function LatestVersion({ orgId, repoId }: { orgId: string; repoId: string }) {
  const summary = useQuery(queries.tagsSummary(orgId, repoId))
  if (summary.isPending) return <span className="skeleton latest-pending" aria-hidden />
  if (summary.isLoadingError) {
    const reason = errorMessage(summary.error)
    return (
      <span className="cell-inline latest-failed">
        <span className="muted" title={reason}>
          Not loaded<span className="visually-hidden">: {reason}</span>
        </span>
        <button
          type="button"
          className="button small"
          onClick={() => void summary.refetch()}
          disabled={summary.isFetching}
        >
          Try again
        </button>
      </span>
    )
  }
  const { tagCount, latestVersion, latestTag } = summary.data
  const name = latestVersion || latestTag?.name
  if (name) return <span className="tag">{name}</span>
  return tagCount === '0' ? <span className="muted">No tags yet</span> : <span className="muted">—</span>
}
