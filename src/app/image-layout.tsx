import { useQuery } from '@tanstack/react-query'
import { Outlet } from 'react-router'
import { queries } from '../api/queries'
import { CustomizeImage } from '../features/customize/customize-image'
import { ImageFrame } from '../features/images/image-frame'
import { ImageNotShown } from '../features/images/image-not-shown'
import { useImageInUrl } from '../features/images/use-image-in-url'
import { FailedCount } from '../ui/failed-builds'

/** The image's failed builds of the last 24 hours, beside its Builds tab. */
function FailedBuildsOf({ orgId, repoId }: { orgId: string; repoId: string }) {
  const failures = useQuery(queries.buildFailures(orgId))
  return <FailedCount count={failures.data?.get(repoId)} />
}

/**
 * `/:org/images/:image`: the images feature frames the page, the customize feature adds its
 * action, and the section in the URL renders through the outlet with the image as its context.
 */
export default function ImageLayout() {
  const found = useImageInUrl()
  const { image } = found
  if (!image) return <ImageNotShown found={found} />
  return (
    <ImageFrame
      found={found}
      image={image}
      customize={<CustomizeImage image={image} />}
      tabNotes={{ builds: <FailedBuildsOf orgId={image.org.id} repoId={image.repo.id} /> }}
    >
      <Outlet context={image} />
    </ImageFrame>
  )
}
