import { useQuery } from '@tanstack/react-query'
import { AlertTriangle, CheckCircle2, Loader2, RefreshCw } from 'lucide-react'
import { queries } from '../../api/queries'
import type { BuildReport, Repo } from '../../api/types'
import { shortDigest } from '../../domain/image'
import { formatDuration } from '../../domain/time'
import { RelativeTime } from '../../ui/relative-time'
import { EmptyState, ErrorState, SkeletonRows } from '../../ui/states'

/** The image's builds of the last 24 hours, newest first; refreshes itself while one runs. */
export function BuildsList({ orgId, repo }: { orgId: string; repo: Repo & { id: string; name: string } }) {
  const builds = useQuery(queries.builds(orgId, repo.id))
  const reports = [...(builds.data ?? [])].sort((a, b) =>
    (b.startedAt ?? '').localeCompare(a.startedAt ?? ''),
  )

  return (
    <section aria-label="Builds">
      <div className="toolbar">
        <span className="muted">Builds of the last 24 hours.</span>
        <span className="topbar-spacer" />
        <button
          type="button"
          className="button small"
          onClick={() => builds.refetch()}
          disabled={builds.isFetching}
        >
          <RefreshCw size={13} aria-hidden className={builds.isFetching ? 'spin' : undefined} /> Refresh
        </button>
      </div>
      <div className="table-wrap">
        {builds.isError ? (
          <ErrorState
            title="Could not load the builds"
            error={builds.error}
            onRetry={() => builds.refetch()}
          />
        ) : builds.isSuccess && reports.length === 0 ? (
          <EmptyState title="No builds in the last 24 hours">
            <p className="muted">
              Builds start when the image’s build config is saved, and when its packages update.
            </p>
          </EmptyState>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Builds of {repo.name}</caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Status</th>
                <th scope="col">Digest</th>
                <th scope="col">Duration</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            {builds.isPending ? (
              <SkeletonRows columns={5} rows={4} label="Loading builds" />
            ) : (
              <tbody>
                {reports.map((report) => (
                  <tr key={report.id}>
                    <td>
                      <code>{report.id?.split('/').at(-1)}</code>
                    </td>
                    <td>
                      <BuildStatus report={report} />
                    </td>
                    <td>
                      {report.digest ? (
                        <code>{shortDigest(report.digest)}</code>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="nowrap">
                      {report.completedAt && report.startedAt
                        ? formatDuration(Date.parse(report.completedAt) - Date.parse(report.startedAt))
                        : '—'}
                    </td>
                    <td>
                      <RelativeTime value={report.startedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        )}
      </div>
    </section>
  )
}

export function BuildStatus({ report }: { report: BuildReport }) {
  if (!report.completedAt) {
    return (
      <span className="status running">
        <Loader2 size={15} className="spin" aria-hidden /> Running
      </span>
    )
  }
  if (report.result === 'Success') {
    return (
      <span className="status success">
        <CheckCircle2 size={15} aria-hidden /> Success
      </span>
    )
  }
  return (
    <span className="status failure">
      <AlertTriangle size={15} aria-hidden /> Failed
    </span>
  )
}
