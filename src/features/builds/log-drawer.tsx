import { useQuery } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { useMemo } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { queries } from '../../api/queries'
import { addedAmong, changesSince } from '../../domain/build-lock'
import type { FailureExplanation } from '../../domain/build-log-failures'
import { downloadText } from '../../ui/download'
import { Drawer } from '../../ui/drawer'
import { QueryLoadError, QueryRefreshError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { BuildChangesPart } from './build-changes'
import { BuildDetails } from './build-details'
import { toRow, whatChangedHref, type BuildRow } from './build-row'
import { BuildSummary } from './build-summary'
import { useDrawerPart, usePartLink } from './drawer-part'
import { DrawerParts } from './drawer-parts'
import { LogViewer } from './log-viewer'

/**
 * A build's log in a drawer from the right, with its "Details" and its "Changes" since the last
 * successful build of its stream as two more parts. The URL holds the build (`…/builds/:buildId`)
 * and the part (`?part=`), so the drawer survives a reload and can be shared; Back closes it when
 * the list opened it.
 */
export function LogDrawer({
  org,
  repo,
  buildId,
  row,
  listLoaded,
  listSearch,
  listPath,
  buildPath,
}: {
  org: { id: string; name: string }
  /** the build's image */
  repo: { id: string; name: string }
  buildId: string
  /** the build's row in the list, when the list has it (it knows the versions) */
  row: BuildRow | undefined
  /** the list has come, so `row` (and the earlier build it knows) is all the list can tell */
  listLoaded: boolean
  /** the list's filters and sort, kept when the drawer closes */
  listSearch: string
  /** the list the drawer closes to (an image's builds, or the organization's) */
  listPath: string
  /** the drawer of another build of the same list */
  buildPath: (buildId: string) => string
}) {
  const fullId = `${repo.id}/${buildId}`
  const build = useQuery(queries.build(org.id, repo.id, fullId))
  const logStart = useQuery(queries.buildLogStart(org.id, repo.id, fullId)).data
  const navigate = useNavigate()
  const location = useLocation()
  // while a long log arrives, the build as the list knows it, with the log's first lines
  const arriving =
    build.isPending && logStart !== undefined && row ? { ...row.report, log: logStart } : undefined
  const report = build.data ?? arriving
  const summary = report?.id
    ? { ...toRow({ ...report, id: report.id }, new Map()), earlier: row?.earlier }
    : undefined
  const versions = row?.versions ?? summary?.versions ?? []
  // two locked configurations read and compared once, not on every poll of a running build
  const lockedConfig = report?.lockedConfig
  const earlier = row?.earlier
  const changes = useMemo(() => changesSince({ lockedConfig }, earlier), [lockedConfig, earlier])
  const partLink = usePartLink()
  const part = useDrawerPart()
  const earlierId = summary?.earlier?.id

  /** The known cause names a package added since the last successful build: say so, and link to the changes. */
  function causeAdded(explanation: FailureExplanation) {
    const added = addedAmong(changes, explanation.packages ?? [])
    if (!added.length) return null
    const { to, ...options } = partLink('changes')
    return (
      <p>
        {added.join(' and ')} {added.length > 1 ? 'were' : 'was'} added since the last successful build.{' '}
        <Link to={to} {...options}>
          Show the changes
        </Link>
      </p>
    )
  }

  // drawn at once, so the search box the log's shortcut focuses is there for the very next key
  function showLog() {
    const { to, ...options } = partLink('log')
    void navigate(to, { ...options, flushSync: true })
  }

  function close() {
    if ((location.state as { fromList?: boolean } | null)?.fromList) void navigate(-1)
    else void navigate(`${listPath}${listSearch}`)
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
          onClick={() => downloadText(`${repo.name}-${buildId}.log`, build.data?.log ?? '')}
          disabled={!build.data}
        >
          <Download size={14} aria-hidden /> Download
        </button>
      }
    >
      {build.isLoadingError ? (
        <QueryLoadError query={build} title="Could not load this build" />
      ) : build.isPending && !arriving ? (
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
          <BuildSummary
            build={summary}
            versions={versions}
            whatChanged={whatChangedHref(org.name, repo.name, summary)}
          />
          <DrawerParts
            panels={{
              log: (
                <LogViewer
                  focusOnOpen
                  text={report.log ?? ''}
                  label={`Log of build ${buildId}`}
                  startedAt={report.startedAt ? Date.parse(report.startedAt) : undefined}
                  running={summary.state === 'running'}
                  arriving={!!arriving}
                  explanationNote={causeAdded}
                  hidden={part !== 'log'}
                  reveal={showLog}
                />
              ),
              details: <BuildDetails build={summary} />,
              changes: (
                <BuildChangesPart
                  build={summary}
                  changes={changes}
                  listLoaded={listLoaded}
                  earlierHref={earlierId && `${buildPath(earlierId)}${listSearch}`}
                />
              ),
            }}
          />
        </>
      )}
    </Drawer>
  )
}
