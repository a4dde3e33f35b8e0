import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { createRepo, deleteRepo, updateRepo } from './repos'
import { queries, queryKeys } from './queries'
import type { CustomOverlay, Repo } from './types'

type RepoWithId = Repo & { id: string }

/**
 * Puts the server's answer into the cached image list at once (a page that follows a new name or
 * leaves a deleted image never meets a stale list), then refreshes everything under the
 * organization's images in the background: the caller may navigate as soon as the mutation resolves.
 */
function settleRepos(queryClient: QueryClient, orgId: string, edit: (list: Repo[]) => Repo[]) {
  queryClient.setQueryData(queries.repos(orgId).queryKey, (list) => (list ? edit(list) : list))
  void queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) })
}

const replaceRepo = (updated: Repo) => (list: Repo[]) =>
  list.map((repo) => (repo.id === updated.id ? updated : repo))

/**
 * Saves an image's build config (the whole repo goes back, `customOverlay` changed); the registry
 * starts builds. Everything cached under the organization's images is refreshed.
 */
export function useApplyBuildConfig(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ repo, overlay }: { repo: RepoWithId; overlay: CustomOverlay }) =>
      updateRepo({ ...repo, customOverlay: overlay }),
    onSuccess: (updated) => settleRepos(queryClient, orgId, replaceRepo(updated)),
  })
}

/** "Create a new image": a new repo from the same source with the build config; 409 if the name exists. */
export function useCreateImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ name, source, overlay }: { name: string; source: string; overlay: CustomOverlay }) =>
      createRepo(orgId, { name, sync_config: { source }, customOverlay: overlay }, { preventExisting: true }),
    onSuccess: (created) => settleRepos(queryClient, orgId, (list) => [...list, created]),
  })
}

/** Rename an image created with Custom Assembly. */
export function useRenameImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ repo, name }: { repo: RepoWithId; name: string }) => updateRepo({ ...repo, name }),
    onSuccess: (updated) => settleRepos(queryClient, orgId, replaceRepo(updated)),
  })
}

const deleteImageKey = (orgId: string) => ['delete-image', orgId] as const

/** Delete an image created with Custom Assembly, with its tags and builds. */
export function useDeleteImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: deleteImageKey(orgId),
    mutationFn: (repoId: string) => deleteRepo(repoId),
    onSuccess: (_, repoId) => {
      queryClient.removeQueries({ queryKey: queryKeys.repo(orgId, repoId) })
      settleRepos(queryClient, orgId, (list) => list.filter((repo) => repo.id !== repoId))
    },
  })
}

/** Ids of the images this console deleted, so their page can step aside instead of saying "not found". */
export function useDeletedImageIds(orgId: string): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: deleteImageKey(orgId), status: 'success' },
    select: (mutation) => mutation.state.variables as string,
  })
  return new Set(ids)
}
