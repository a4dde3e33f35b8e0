import { CustomizeImages } from '../features/customize/customize-images'
import { ImagesPage } from '../features/images/images-page'
import { useCurrentOrg } from '../routing/current-org'

/** `/:org/images`: the images feature lists the images, the customize feature acts on those selected. */
export default function ImagesRoute() {
  const { org, features } = useCurrentOrg()
  return (
    <ImagesPage
      selectionActions={(images) => <CustomizeImages org={org} features={features} images={images} />}
    />
  )
}
