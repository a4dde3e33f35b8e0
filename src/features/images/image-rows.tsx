import { Link } from 'react-router'
import type { Repo, Tag } from '../../api/types'
import { hasCustomizations, isCreatedImage, pullReference, sourceLabel } from '../../domain/image'
import { parentOf } from '../../domain/uidp'
import { paths } from '../../routing/paths'
import { Badge } from '../../ui/badge'
import type { Column } from '../../ui/columns'
import { CopyButton } from '../../ui/copy-button'
import { FailedBadge } from '../../ui/failed-builds'
import { LastUpdated, TagCell } from './latest-cells'
import './image-rows.css'

/** A row of Organization Images: an image with its `latest` tag, its page and its pull URL. */
export interface ImageRow {
  orgId: string
  repo: Repo & { id: string; name: string }
  /** when its `latest` tag last moved (the organization's `latest` tags come in one read) */
  lastUpdated: string | undefined
  /** that read is still on its way: the rows show without it */
  updatePending: boolean
  /** the image page */
  path: string
  /** the name in lower case, made once, for the search */
  searchName: string
  customized: boolean
  /** what a customized or created image is based on, shown under its name */
  basedOn: string | undefined
  pullUrl: string
  /** its failed builds of the last 24 hours */
  failedBuilds: number
}

/**
 * A row's height before it is drawn (px, at a desktop width): a name, a version and a pull URL on
 * one line each, and under the name what the image is based on, when it says
 */
export const estimatedHeight = (row: ImageRow) => (row.basedOn ? 82 : 51)

const names = new Intl.Collator()
/** the order between rows the sorted column finds equal */
export const byName = (a: ImageRow, b: ImageRow) => names.compare(a.repo.name, b.repo.name)

/** Organization Images' columns: what each shows and how it sorts. */
export const IMAGE_COLUMNS: readonly Column<ImageRow, 'name' | 'tag' | 'pull' | 'failed' | 'updated'>[] = [
  {
    id: 'name',
    header: 'Name',
    className: 'name-column',
    cell: (row) => {
      const source = row.basedOn
      return (
        <div className="cell-name">
          <span className="cell-inline">
            <Link to={row.path}>{row.repo.name}</Link>
            {row.customized && <Badge tone="accent">Customized</Badge>}
            {/* on a phone the Failed builds column gives way: its badge shows here */}
            <span className="failed-in-name">
              <FailedBadge count={row.failedBuilds} />
            </span>
          </span>
          {source && <span className="muted">Based on {source}</span>}
        </div>
      )
    },
    compare: byName,
  },
  {
    id: 'tag',
    header: 'Latest tag',
    className: 'tag-column',
    // read per row as it comes into view, so the column does not sort (no one read has every image's)
    cell: (row) => <TagCell row={row} />,
  },
  {
    id: 'pull',
    header: 'Pull URL',
    className: 'hide-narrow',
    cell: (row) => (
      <span className="cell-inline">
        {/* cut short in a narrow column: whole on hover */}
        <code className="truncate" title={row.pullUrl}>
          {row.pullUrl}
        </code>
        <CopyButton text={row.pullUrl} label={`pull URL of ${row.repo.name}`} />
      </span>
    ),
  },
  {
    id: 'failed',
    header: 'Failed builds',
    className: 'failed-column',
    cell: (row) => <FailedBadge count={row.failedBuilds} />,
    sortKey: (row) => row.failedBuilds,
    descendingFirst: true,
  },
  {
    id: 'updated',
    header: 'Last updated',
    className: 'updated-column',
    cell: (row) => <LastUpdated row={row} />,
    compare: (a, b) => (a.lastUpdated ?? '').localeCompare(b.lastUpdated ?? ''),
    descendingFirst: true,
  },
]

/** One row per named image, with when its `latest` tag last moved (pending while `latestTags` is). */
export function buildRows(
  org: { id: string; name: string },
  repos: readonly Repo[],
  latestTags: readonly Tag[] | undefined,
  failures: ReadonlyMap<string, number> | undefined,
): ImageRow[] {
  const latestByRepo = new Map((latestTags ?? []).map((tag) => [tag.id && parentOf(tag.id), tag]))
  return repos
    .filter((repo): repo is Repo & { id: string; name: string } => Boolean(repo.id && repo.name))
    .map((repo) => {
      const customized = hasCustomizations(repo.customOverlay)
      return {
        orgId: org.id,
        repo,
        path: paths.image(org.name, repo.name),
        searchName: repo.name.toLowerCase(),
        customized,
        basedOn: customized || isCreatedImage(repo) ? sourceLabel(repo) : undefined,
        pullUrl: pullReference(org.name, repo.name, { tag: 'latest' }),
        lastUpdated: latestByRepo.get(repo.id)?.lastUpdated,
        updatePending: latestTags === undefined,
        failedBuilds: failures?.get(repo.id) ?? 0,
      }
    })
}

/** The rows whose image name contains the search (any case), and with failed builds if asked, in their order. */
export function filterRows(rows: ImageRow[], search: string, onlyFailed = false): ImageRow[] {
  const needle = search.trim().toLowerCase()
  return needle || onlyFailed
    ? rows.filter((row) => row.searchName.includes(needle) && (!onlyFailed || row.failedBuilds > 0))
    : rows
}
