import { apiFetch } from './client'
import type { Tag, TagList } from './types'

/** Every tag of one image repository. */
export async function listTags(repoId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const list = await apiFetch<TagList>('/registry/v1/tags', {
    query: { 'uidp.childrenOf': repoId },
    signal: options.signal,
  })
  return list.items ?? []
}

/** Every tag of every image of the organization, in one call (for the images list). */
export async function listOrgTags(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const list = await apiFetch<TagList>('/registry/v1/tags', {
    query: { 'uidp.descendantsOf': orgId },
    signal: options.signal,
  })
  return list.items ?? []
}
