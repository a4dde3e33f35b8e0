import { shortDigest } from '../../domain/image'
import { formatDuration, formatExact } from '../../domain/time'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import type { BuildRow } from './build-row'
import { BuildStatus } from './build-status'
import { WhatChangedLink } from './what-changed'
import './build-summary.css'

/** The strip above a build's log: status, versions, digest, start and duration. */
export function BuildSummary({
  build,
  versions,
  whatChanged,
}: {
  build: BuildRow
  /** the tags at the build's digest, when the list knows them */
  versions: readonly string[]
  /** Compare from the stream's previous digest to this build's, when both are known */
  whatChanged: string | undefined
}) {
  const { report } = build
  return (
    <dl className="summary-strip" aria-label="Build summary">
      <div>
        <dt>Status</dt>
        <dd>
          <BuildStatus state={build.state} />
        </dd>
      </div>
      <div>
        <dt>Version</dt>
        <dd>{versions.length ? versions.join(', ') : <span className="muted">—</span>}</dd>
      </div>
      <div>
        <dt>Digest</dt>
        <dd className="nowrap">
          {report.digest ? (
            <>
              <code>{shortDigest(report.digest)}</code>
              <CopyButton text={report.digest} label="build digest" />
              {whatChanged && <WhatChangedLink href={whatChanged} shortId={build.shortId} />}
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>
          <RelativeTime value={report.startedAt} />
          <span className="visually-hidden"> ({formatExact(report.startedAt)})</span>
        </dd>
      </div>
      <div>
        <dt>Duration</dt>
        <dd>{build.durationMs === undefined ? 'Running…' : formatDuration(build.durationMs)}</dd>
      </div>
    </dl>
  )
}
