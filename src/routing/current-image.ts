import { useOutletContext } from 'react-router'
import type { Repo } from '../api/types'
import type { CurrentOrg } from './current-org'

/** The image named in the URL, resolved once by the image route for the sections below it. */
export interface CurrentImage extends CurrentOrg {
  repo: Repo & { id: string; name: string }
  /** every image name of the organization, for checking a new image's name */
  imageNames: readonly string[]
}

export function useCurrentImage(): CurrentImage {
  return useOutletContext<CurrentImage>()
}
