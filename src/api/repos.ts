import { apiFetch, pathId } from './client'
import type { Repo, RepoList } from './types'

/** Every image repository of the organization. The v1 API does not page this list. */
export async function listRepos(orgId: string, options: { signal?: AbortSignal } = {}): Promise<Repo[]> {
  const list = await apiFetch<RepoList>('/registry/v1/repos', {
    query: { 'uidp.childrenOf': orgId },
    signal: options.signal,
  })
  return list.items ?? []
}

/** One repository by id (v1 has no GetRepo: the list filtered by `id`). Throws 404 when absent. */
/**
 * Creates a repository under the organization. With `preventExisting` a name clash answers 409
 * instead of updating the existing repository.
 */
export function createRepo(
  orgId: string,
  repo: Repo,
  options: { preventExisting?: boolean } = {},
): Promise<Repo> {
  return apiFetch<Repo>(`/registry/v1/repos/${pathId(orgId)}`, {
    method: 'POST',
    query: { preventExisting: options.preventExisting },
    body: repo,
  })
}

/** Replaces the whole repository (send everything back, changed). Saving a build config starts builds. */
export function updateRepo(repo: Repo & { id: string }): Promise<Repo> {
  const { id, ...body } = repo
  return apiFetch<Repo>(`/registry/v1/repos/${pathId(id)}`, { method: 'PUT', body })
}

export async function deleteRepo(repoId: string): Promise<void> {
  await apiFetch<object>(`/registry/v1/repos/${pathId(repoId)}`, { method: 'DELETE' })
}
