import { RelativeTime } from '../../ui/relative-time'
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query'
import type { ImageRow } from './image-rows'
import { LatestVersion } from './latest-version'

/** The latest version; on a phone, where the Last updated column gives way, the time it moved under it. */
export function TagCell({ row }: { row: ImageRow }) {
  // drawn only there: a second time in every row would cost every scroll of a long list
  const narrow = useMediaQuery(NARROW_SCREEN)
  return (
    <div className="cell-tag">
      <LatestVersion orgId={row.orgId} repoId={row.repo.id} />
      {narrow && (
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
