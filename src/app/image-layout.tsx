import { Outlet } from 'react-router'
import { CustomizeImage } from '../features/customize/customize-image'
import { ImageFrame } from '../features/images/image-frame'
import { ImageNotShown } from '../features/images/image-not-shown'
import { useImageInUrl } from '../features/images/use-image-in-url'

/**
 * `/:org/images/:image`: the images feature frames the page, the customize feature adds its
 * action, and the section in the URL renders through the outlet with the image as its context.
 */
export default function ImageLayout() {
  const found = useImageInUrl()
  const { image } = found
  if (!image) return <ImageNotShown found={found} />
  return (
    <ImageFrame found={found} image={image} customize={<CustomizeImage image={image} />}>
      <Outlet context={image} />
    </ImageFrame>
  )
}
