import { Suspense } from 'react'
import { imageCount } from '../features/customize/image-count'
import { ImagesPage } from '../features/images/images-page'
import { useCurrentOrg } from '../routing/current-org'
import { preloadable } from '../ui/preloadable'

// "Customize N images" and its dialog: not in the list's first load; pointing at the list loads them,
// before a box is clicked (from the keyboard, the first box ticked does: loading on focus would put the
// work in the middle of moving through the list)
const CustomizeImages = preloadable(() => import('../features/customize/customize-images'))
const preload = () => void CustomizeImages.preload()

/** `/:org/images`: the images feature lists the images, the customize feature acts on those selected. */
export default function ImagesRoute() {
  const { org, features } = useCurrentOrg()
  return (
    <div className="contents" onPointerOver={preload}>
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
    </div>
  )
}
