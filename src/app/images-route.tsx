import { Suspense, useEffect } from 'react'
import { imageCount } from '../features/customize/image-count'
import { ImagesPage } from '../features/images/images-page'
import { useCurrentOrg } from '../routing/current-org'
import { preloadable } from '../ui/preloadable'

// "Customize N images" and its dialog: their code is not in the list's first load, it follows it
const CustomizeImages = preloadable(() => import('../features/customize/customize-images'))

/** `/:org/images`: the images feature lists the images, the customize feature acts on those selected. */
export default function ImagesRoute() {
  const { org, features } = useCurrentOrg()
  // asked for once the page is drawn and its reads are on their way
  useEffect(() => void CustomizeImages.preload(), [])
  return (
    <ImagesPage
      selectionActions={(images) => (
        <Suspense
          fallback={
            <button type="button" className="button primary small" disabled aria-busy="true">
              Customize {imageCount(images.length)}
            </button>
          }
        >
          <CustomizeImages org={org} features={features} images={images} />
        </Suspense>
      )}
    />
  )
}
