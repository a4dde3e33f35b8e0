import { apiFetch, pathId } from './client'
import { decode } from './decode'
import { repo as repoShape, repoList } from './shapes'
import type { Repo } from './types'

/** Every image repository of the organization. The v1 API does not page this list. */
export async function listRepos(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Repo[]> {
  const answer = await apiFetch('/registry/v1/repos', {
    query: { 'uidp.childrenOf': orgId },
    signal: options.signal,
  })
  const list = decode('list images', repoList, answer)
  return list.items ?? []
}

/** One repository by id (v1 has no GetRepo: the list filtered by `id`). Throws 404 when absent. */
/**
 * Creates a repository under the organization. With `preventExisting` a name clash answers 409
 * instead of updating the existing repository.
 */
export async function createRepo(
  orgId: string,
  repo: Repo,
  options: { preventExisting?: boolean } = {},
): Promise<Repo> {
  const answer = await apiFetch(`/registry/v1/repos/${pathId(orgId)}`, {
    method: 'POST',
    query: { preventExisting: options.preventExisting },
    body: repo,
  })
  return decode('create an image', repoShape, answer)
}

/** Replaces the whole repository (send everything back, changed). Saving a build config starts builds. */
export async function updateRepo(repo: Repo & { id: string }): Promise<Repo> {
  const { id, ...body } = repo
  const answer = await apiFetch(`/registry/v1/repos/${pathId(id)}`, { method: 'PUT', body })
  return decode('update an image', repoShape, answer)
}

export async function deleteRepo(repoId: string): Promise<void> {
  await apiFetch(`/registry/v1/repos/${pathId(repoId)}`, { method: 'DELETE' })
}
