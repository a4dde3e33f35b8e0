import { Link } from 'react-router'
import { shortDigest } from '../../domain/image'
import { formatDuration } from '../../domain/time'
import type { Column } from '../../ui/columns'
import { CopyButton } from '../../ui/copy-button'
import { RelativeTime } from '../../ui/relative-time'
import type { BuildRow, BuildState } from './build-row'
import { BuildStatus } from './build-status'
import { WhatChangedLink } from './what-changed'

type SortColumn = 'id' | 'version' | 'status' | 'digest' | 'duration' | 'created'

const STATE_ORDER: Record<BuildState, number> = { failed: 0, running: 1, success: 2 }

/** Rows that sort equal: newest first. */
export const newestFirst = (a: BuildRow, b: BuildRow) =>
  (b.report.startedAt ?? '').localeCompare(a.report.startedAt ?? '')

/**
 * The builds table's columns; the ID links to the build's log (`linkTo`), and a successful build's
 * digest to what changed since its stream's previous one (`compareTo`, when that is known).
 */
export function buildColumns<Row extends BuildRow>(
  linkTo: (row: Row) => string,
  compareTo: (row: Row) => string | undefined,
): readonly Column<Row, SortColumn>[] {
  const none = <span className="muted">—</span>
  return [
    {
      id: 'id',
      header: 'ID',
      cell: (row) => (
        <Link to={linkTo(row)} state={{ fromList: true }} className="mono">
          {row.shortId}
        </Link>
      ),
      sortKey: (row) => row.shortId,
    },
    {
      id: 'version',
      header: 'Version',
      className: 'hide-narrow',
      cell: (row) =>
        row.versions.length ? (
          <ul className="tag-list">
            {row.versions.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      sortKey: (row) => row.versions[0] ?? '',
    },
    {
      id: 'status',
      header: 'Status',
      cell: (row) => <BuildStatus state={row.state} />,
      sortKey: (row) => STATE_ORDER[row.state],
    },
    {
      id: 'digest',
      header: 'Digest',
      className: 'hide-narrow',
      cellClassName: 'nowrap',
      cell: (row) => {
        if (!row.report.digest) return none
        const whatChanged = compareTo(row)
        return (
          <span className="digest">
            <code>{shortDigest(row.report.digest)}</code>
            <CopyButton text={row.report.digest} label={`digest of build ${row.shortId}`} />
            {whatChanged && <WhatChangedLink href={whatChanged} shortId={row.shortId} />}
          </span>
        )
      },
      sortKey: (row) => row.report.digest ?? '',
    },
    {
      id: 'duration',
      header: 'Duration',
      cellClassName: 'nowrap',
      cell: (row) => (row.durationMs === undefined ? none : formatDuration(row.durationMs)),
      sortKey: (row) => row.durationMs ?? Number.MAX_SAFE_INTEGER,
      descendingFirst: true,
    },
    {
      id: 'created',
      header: 'Created',
      cell: (row) => <RelativeTime value={row.report.startedAt} />,
      sortKey: (row) => row.report.startedAt ?? '',
      descendingFirst: true,
    },
  ]
}
