import { useQuery } from '@tanstack/react-query'
import { queries } from '../../api/queries'
import { useCurrentImage } from '../../routing/current-image'
import { VersionsTab } from './versions-tab'

/** `/:org/images/:image`: the image's versions. */
export default function VersionsRoute() {
  const { org, repo } = useCurrentImage()
  const tags = useQuery(queries.tags(org.id, repo.id))
  return <VersionsTab orgName={org.name} repo={repo} tags={tags} />
}
