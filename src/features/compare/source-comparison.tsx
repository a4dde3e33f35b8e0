import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { queries } from '../../api/queries'
import { findVersion, groupTagsByDigest } from '../../domain/versions'
import { parentOf } from '../../domain/uidp'
import type { CurrentImage } from '../../routing/current-image'
import { QueryLoadError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import { Comparison } from './comparison'
import type { Side } from './side'

/**
 * "Compare with <source image>": the source image's version of the same tag against this image's,
 * which is exactly what the customization added. The source must be readable by this user.
 */
export function SourceComparison({
  image,
  source,
  to,
  tag,
}: {
  image: CurrentImage
  /** the source as users read it, e.g. `chainguard/node` */
  source: string
  to: Side
  tag: string
}) {
  const found = useQuery(queries.sourceImage(image.repo.sync_config?.source ?? ''))
  const versions = useMemo(() => groupTagsByDigest(found.data?.tags ?? []), [found.data])

  if (found.isLoadingError) return <QueryLoadError query={found} title={`Could not read ${source}`} />
  if (found.isPending) return <LoadingState label={`Loading ${source}…`} />
  if (!found.data) {
    return (
      <EmptyState title={`${source} cannot be read`}>
        <p className="muted">
          {image.org.name} has no access to {source}, so this page cannot show what the customization added to
          it. Compare two versions of {image.repo.name} instead.
        </p>
      </EmptyState>
    )
  }
  const version = findVersion(versions, tag)
  if (!version) {
    return (
      <EmptyState title={`${source} has no tag “${tag}”`}>
        <p className="muted">
          Pick a version of {image.repo.name} whose tag {source} has too.
        </p>
      </EmptyState>
    )
  }
  const from: Side = {
    orgId: parentOf(found.data.repoId) ?? found.data.repoId,
    repoId: found.data.repoId,
    version,
    label: `${source}:${tag}`,
  }
  return <Comparison from={from} to={to} />
}
