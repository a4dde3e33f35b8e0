import { Link } from 'react-router'
import type { BuildChanges } from '../../domain/build-lock'
import { buildVersion } from '../../domain/build-version'
import { RelativeTime } from '../../ui/relative-time'
import type { BuildRow } from './build-row'
import { PackageVersions } from './package-versions'

/** Why this build has no locked package list to compare, by its state. */
const NOT_LOCKED = {
  running: 'This build has not resolved its packages yet: the changes show once it has.',
  failed:
    'This build stopped before its packages were resolved, so it has no locked package list to compare.',
  success: 'The registry sent no locked package list for this build, so nothing can be compared.',
} as const

/**
 * "Changes since the last successful build": the packages added, removed and changed between the
 * locked configuration of the last successful build of the same version stream and this build's.
 */
export function BuildChangesPart({
  build,
  changes,
  earlierHref,
  listLoaded,
}: {
  build: BuildRow
  changes: BuildChanges
  /** the earlier build's log, when there is one */
  earlierHref: string | undefined
  /** the build list has come (it holds the earlier build) */
  listLoaded: boolean
}) {
  const { earlier } = build
  const earlierShort = earlier?.id.split('/').at(-1) ?? ''
  return (
    <>
      <h3>Changes since the last successful build</h3>
      {!listLoaded ? (
        <p className="muted">Loading the builds…</p>
      ) : changes.state === 'no-earlier' ? (
        <NoEarlier stream={buildVersion(build.report.config)} />
      ) : (
        <>
          <p>
            Compared with build{' '}
            {earlierHref ? (
              <Link to={earlierHref} className="mono">
                {earlierShort}
              </Link>
            ) : (
              <span className="mono">{earlierShort}</span>
            )}
            , which succeeded <RelativeTime value={earlier?.completedAt} />.
          </p>
          {changes.state === 'compared' ? (
            <Compared diff={changes.diff} />
          ) : (
            <p className="muted">
              {changes.state === 'this-missing'
                ? NOT_LOCKED[build.state]
                : changes.state === 'this-unreadable'
                  ? 'This build’s locked configuration could not be read, so nothing can be compared.'
                  : `The locked configuration of build ${earlierShort} could not be read, so nothing can be compared.`}
            </p>
          )}
        </>
      )}
    </>
  )
}

function NoEarlier({ stream }: { stream: string | undefined }) {
  return (
    <p className="muted">
      {stream
        ? `No earlier successful build of ${stream} in the last 24 hours to compare with.`
        : 'This build’s configuration names no version stream, so no earlier build can be matched to it.'}
    </p>
  )
}

function Compared({ diff }: { diff: Extract<BuildChanges, { state: 'compared' }>['diff'] }) {
  if (!diff.added.length && !diff.removed.length && !diff.changed.length)
    return <p className="muted">The same packages, at the same versions.</p>
  return (
    <>
      <PackageVersions title="Packages added" rows={diff.added} empty="None." />
      <PackageVersions title="Packages removed" rows={diff.removed} empty="None." />
      <PackageVersions
        title="Packages changed"
        rows={diff.changed.map((change) => ({ name: change.name, version: `${change.from} → ${change.to}` }))}
        empty="None."
      />
    </>
  )
}
