import { apiFetch } from './client'
import type { Group, GroupList } from './types'

/** The organizations (root groups) the user belongs to. */
export async function listOrganizations(options: { signal?: AbortSignal } = {}): Promise<Group[]> {
  const list = await apiFetch<GroupList>('/iam/v1/groups', {
    query: { 'uidp.inRoot': true },
    signal: options.signal,
  })
  return list.items ?? []
}
