import type { Group } from './types'

/** URLs name an organization by name; an id works too. */
export function findOrganization(orgs: readonly Group[], slug: string): Group | undefined {
  return orgs.find((org) => org.name === slug) ?? orgs.find((org) => org.id === slug)
}
