import { Link } from 'react-router'
import { useCurrentOrg } from '../../routing/current-org'
import { paths } from '../../routing/paths'
import { QueryLoadError } from '../../ui/query-errors'
import { EmptyState, LoadingState } from '../../ui/states'
import type { ImageInUrl } from './use-image-in-url'

/** Loading, a failed load, or no such image: what the image page shows instead. */
export function ImageNotShown({ found }: { found: ImageInUrl }) {
  const { org } = useCurrentOrg()
  const { imageName, repos, leaving } = found
  if (repos.isLoadingError) return <QueryLoadError query={repos} title="Could not load this image" />
  if (repos.isPending) return <LoadingState label={`Loading ${imageName}…`} />
  if (leaving) return null
  return (
    <EmptyState title="Image not found">
      <p className="muted">
        {org.name} has no image named “{imageName}”. It may have been renamed or deleted.{' '}
        <Link to={paths.images(org.name)}>Back to Organization Images</Link>
      </p>
    </EmptyState>
  )
}
