/** Organizations (IAM groups) and what each is entitled to. */
import type { Features, Group } from '../src/api/types'
import { HttpError } from './http-error'
import { orgUidp } from './ids'
import type { SeedPackage } from './seed/types'
import { orgOrThrow, state } from './state'

export const ORG_NAMES = { default: 'acme.com', noCustomAssembly: 'globex.io', large: 'initech.dev' } as const

/**
 * The groups the filter names. The user's organizations; a public group (public-catalogue.ts) only
 * when asked for by its id or name, as the user is not a member of it.
 */
export function listGroups(filter: { inRoot?: boolean; id?: string; name?: string }): Group[] {
  return [...state.orgs.values()]
    .filter((org) => !org.public || filter.id || filter.name)
    .map((org) => org.group)
    .filter(
      (group) =>
        (!filter.inRoot || !group.id?.includes('/')) &&
        (!filter.id || group.id === filter.id) &&
        (!filter.name || group.name === filter.name),
    )
}

/** Refuses a change to a public group or its images: 403, saying why. */
export function assertWritable(orgId: string): void {
  const org = state.orgs.get(orgId)
  if (!org?.public) return
  throw new HttpError(
    403,
    `${org.group.name ?? 'This group'} holds the registry's public images: they can be read and built on, not changed.`,
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
