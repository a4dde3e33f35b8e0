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
