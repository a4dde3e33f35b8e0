import { useOutletContext } from 'react-router'
import type { Features, Group } from './types'

/** The organization of the current URL, resolved once by the app's organization route. */
export interface CurrentOrg {
  org: Group & { id: string; name: string }
  features: Features
}

export function useCurrentOrg(): CurrentOrg {
  return useOutletContext<CurrentOrg>()
}

/** URLs name an organization by name; an id works too. */
export function findOrganization(orgs: readonly Group[], slug: string): Group | undefined {
  return orgs.find((org) => org.name === slug) ?? orgs.find((org) => org.id === slug)
}
