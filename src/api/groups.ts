import { apiFetch } from './client'
import { decode } from './decode'
import { groupList } from './shapes'
import type { Group } from './types'

/** The organizations (root groups) the user belongs to. */
export async function listOrganizations(options: { signal?: AbortSignal } = {}): Promise<Group[]> {
  const answer = await apiFetch('/iam/v1/groups', { query: { 'uidp.inRoot': true }, signal: options.signal })
  const list = decode('list organizations', groupList, answer)
  return list.items ?? []
}

/**
 * The group of this name the user may read: one of their organizations, or a public group they are
 * not a member of (the registry's own images, `chainguard`). Undefined when there is none.
 */
export async function findGroup(
  name: string,
  options: { signal?: AbortSignal } = {},
): Promise<Group | undefined> {
  const answer = await apiFetch('/iam/v1/groups', { query: { name }, signal: options.signal })
  const list = decode('find a group', groupList, answer)
  return list.items?.find((group) => group.name === name)
}
