import { RelativeTime } from '../../ui/relative-time'
import { useMediaQuery } from '../../ui/use-media-query'
import type { ImageRow } from './image-rows'
import { LatestVersion } from './latest-version'

/** Where image-rows.css hides the Last updated column. */
const NO_UPDATED_COLUMN = '(max-width: 1100px)'

/** The latest version; where the Last updated column gives way, the time it moved under it. */
export function TagCell({ row }: { row: ImageRow }) {
  // drawn only there: a second time in every row would cost every scroll of a long list
  const under = useMediaQuery(NO_UPDATED_COLUMN)
  return (
    <div className="cell-tag">
      <LatestVersion orgId={row.orgId} repoId={row.repo.id} />
      {under && (
        <span className="updated-in-tag muted">
          <LastUpdated row={row} />
        </span>
      )}
    </div>
  )
}

/** When the image's `latest` tag last moved, or a placeholder while that is read. */
export function LastUpdated({ row }: { row: ImageRow }) {
  return row.updatePending ? (
    <span className="skeleton latest-pending" aria-hidden />
  ) : (
    <RelativeTime value={row.lastUpdated} />
  )
}
