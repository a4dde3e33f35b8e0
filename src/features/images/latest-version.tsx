import { useQuery } from '@tanstack/react-query'
import { queries } from '../../api/queries'
import './latest-version.css'

/** The version the image's `latest` stands for (e.g. `24.1.0`), from its tags summary. */
export function LatestVersion({ orgId, repoId }: { orgId: string; repoId: string }) {
  const summary = useQuery(queries.tagsSummary(orgId, repoId))
  if (summary.isPending) return <span className="skeleton latest-pending" aria-hidden />
  if (!summary.data) return <span className="muted">—</span>
  const { tagCount, latestVersion, latestTag } = summary.data
  const name = latestVersion || latestTag?.name
  return tagCount === '0' || !name ? (
    <span className="muted">No tags yet</span>
  ) : (
    <span className="tag">{name}</span>
  )
}
