import { useQuery } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { useLocation, useNavigate } from 'react-router'
import { queries } from '../../api/queries'
import type { Repo } from '../../api/types'
import { paths } from '../../routing/paths'
import { downloadText } from '../../ui/download'
import { Drawer } from '../../ui/drawer'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { toRow, type BuildRow } from './build-row'
import { BuildSummary } from './build-summary'
import { LogViewer } from './log-viewer'

/**
 * A build's log in a drawer from the right. The URL holds the build (`…/builds/:buildId`), so the
 * drawer survives a reload and can be shared; Back closes it when the list opened it.
 */
export function LogDrawer({
  org,
  repo,
  buildId,
  row,
  listSearch,
}: {
  org: { id: string; name: string }
  repo: Repo & { id: string; name: string }
  buildId: string
  /** the build's row in the list, when the list has it (it knows the versions) */
  row: BuildRow | undefined
  /** the list's filters and sort, kept when the drawer closes */
  listSearch: string
}) {
  const fullId = `${repo.id}/${buildId}`
  const build = useQuery(queries.build(org.id, repo.id, fullId))
  const navigate = useNavigate()
  const location = useLocation()
  const report = build.data
  const summary = report?.id ? toRow({ ...report, id: report.id }, new Map()) : undefined
  const versions = row?.versions ?? summary?.versions ?? []

  function close() {
    if ((location.state as { fromList?: boolean } | null)?.fromList) void navigate(-1)
    else void navigate(`${paths.image(org.name, repo.name, 'builds')}${listSearch}`)
  }

  return (
    <Drawer
      open
      onOpenChange={(open) => !open && close()}
      title={buildId}
      description={`Build of ${repo.name}`}
      actions={
        <button
          type="button"
          className="button small"
          onClick={() => downloadText(`${repo.name}-${buildId}.log`, report?.log ?? '')}
          disabled={!report}
        >
          <Download size={14} aria-hidden /> Download
        </button>
      }
    >
      {build.isLoadingError ? (
        <QueryLoadError query={build} title="Could not load this build" />
      ) : build.isPending ? (
        <LoadingState label="Loading the build log…" />
      ) : !report || !summary ? (
        <EmptyState title="Build not found">
          <p className="muted">
            {repo.name} has no build {buildId}. Builds are listed for 24 hours; this one may be older, or the
            link may be mistyped.
          </p>
        </EmptyState>
      ) : (
        <>
          <QueryRefreshError query={build} lead="Could not refresh this build." />
          <BuildSummary build={summary} versions={versions} />
          <LogViewer
            focusOnOpen
            text={report.log ?? ''}
            label={`Log of build ${buildId}`}
            startedAt={report.startedAt ? Date.parse(report.startedAt) : undefined}
            running={summary.state === 'running'}
          />
        </>
      )}
    </Drawer>
  )
}
