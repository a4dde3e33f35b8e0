import { apiFetch, pathId } from './client'
import { decode } from './decode'
import { repoTagsSummary, tagList } from './shapes'
import type { RepoTagsSummary, Tag } from './types'

/** Every tag of one image repository. */
export async function listTags(repoId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const answer = await apiFetch('/registry/v1/tags', {
    query: { 'uidp.childrenOf': repoId },
    signal: options.signal,
  })
  const list = decode('list tags', tagList, answer)
  return list.items ?? []
}

/**
 * The `latest` tag of every image of the organization, one per image that has one, in one call:
 * what the images list sorts by and shows as "Last updated" (never every tag of the organization).
 */
export async function listLatestTags(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Tag[]> {
  const answer = await apiFetch('/registry/v1/tags', {
    query: { 'uidp.descendantsOf': orgId, name: 'latest', excludeReferrers: true },
    signal: options.signal,
  })
  const list = decode('list the organization’s tags', tagList, answer)
  return list.items ?? []
}

/** One image's tags summed up: how many, its `latest` tag and the version `latest` stands for. */
export async function getRepoTagsSummary(
  repoId: string,
  options: { signal?: AbortSignal } = {},
): Promise<RepoTagsSummary> {
  const answer = await apiFetch(`/registry/v1/repotagssummary/${pathId(repoId)}`, {
    query: { excludeReferrers: true },
    signal: options.signal,
  })
  return decode('sum up the image’s tags', repoTagsSummary, answer)
}
