import { apiFetch } from './client'
import { decode } from './decode'
import { tagList } from './shapes'
import type { Tag } from './types'

/** Every tag of one image repository. */
export async function listTags(repoId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const answer = await apiFetch('/registry/v1/tags', {
    query: { 'uidp.childrenOf': repoId },
    signal: options.signal,
  })
  const list = decode('list tags', tagList, answer)
  return list.items ?? []
}

/** Every tag of every image of the organization, in one call (for the images list). */
export async function listOrgTags(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const answer = await apiFetch('/registry/v1/tags', {
    query: { 'uidp.descendantsOf': orgId },
    signal: options.signal,
  })
  const list = decode('list the organization’s tags', tagList, answer)
  return list.items ?? []
}
