/** Organizations (IAM groups) and what each is entitled to. */
import type { Features, Group } from '../src/api/types'
import { orgUidp } from './ids'
import type { SeedPackage } from './seed/types'
import { orgOrThrow, state } from './state'

export const ORG_NAMES = { default: 'acme.com', noCustomAssembly: 'globex.io', large: 'initech.dev' } as const

export function listGroups(filter: { inRoot?: boolean; id?: string; name?: string }): Group[] {
  return [...state.orgs.values()]
    .map((org) => org.group)
    .filter(
      (group) =>
        (!filter.inRoot || !group.id?.includes('/')) &&
        (!filter.id || group.id === filter.id) &&
        (!filter.name || group.name === filter.name),
    )
}

export function getFeatures(orgId: string): Features {
  return orgOrThrow(orgId).features
}

/** Adds a ready customer organization with its features and package catalogue; returns its id. */
export function addOrg(
  name: string,
  description: string,
  features: Features,
  catalogue: () => readonly SeedPackage[],
): string {
  const id = orgUidp(name)
  state.orgs.set(id, {
    group: { id, name, description, kind: 'ORG_KIND_CUSTOMER', status: 'ORG_STATUS_READY', verified: true },
    features,
    catalogue,
  })
  return id
}
