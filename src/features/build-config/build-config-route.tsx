import { useCurrentImage } from '../../routing/current-image'
import { BuildConfigTab } from './build-config-tab'

/** `/:org/images/:image/build-config`: the image's build config, to read, edit and apply. */
export default function BuildConfigRoute() {
  const { org, repo, imageNames } = useCurrentImage()
  return <BuildConfigTab org={org} repo={repo} imageNames={imageNames} />
}
