import { useParams } from 'react-router'
import { useCurrentImage } from '../../routing/current-image'
import { BuildsTab } from './builds-tab'

/** `/:org/images/:image/builds/:buildId?`: the image's builds, and the log drawer of the one in the URL. */
export default function BuildsRoute() {
  const { org, repo } = useCurrentImage()
  const { buildId } = useParams()
  return <BuildsTab org={org} repo={repo} buildId={buildId} />
}
