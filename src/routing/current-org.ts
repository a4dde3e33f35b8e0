import { useOutletContext } from 'react-router'
import type { Features, Group } from '../api/types'

/** The organization of the current URL, resolved once by the app's organization route. */
export interface CurrentOrg {
  org: Group & { id: string; name: string }
  features: Features
}

/** The organization route's context; every route below it (an image's sections too) can read it. */
export function useCurrentOrg(): CurrentOrg {
  return useOutletContext<CurrentOrg>()
}
