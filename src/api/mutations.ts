import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ApiError, outcomeUnknown } from './client'
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

/**
 * After a failed change whose outcome is unknown (no answer, or one that could not be read) or that
 * met a conflict (409), the organization's images are read again: the list then shows what the
 * registry holds, e.g. the name that was taken. What the user chose stays in the form to re-send.
 */
function refreshAfterFailure(queryClient: QueryClient, orgId: string) {
  return (error: unknown) => {
    if (outcomeUnknown(error) || (error instanceof ApiError && error.status === 409)) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) })
    }
  }
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
    onError: refreshAfterFailure(queryClient, orgId),
  })
}

/** "Create a new image": a new repo from the same source with the build config; 409 if the name exists. */
export function useCreateImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ name, source, overlay }: { name: string; source: string; overlay: CustomOverlay }) =>
      createRepo(orgId, { name, sync_config: { source }, customOverlay: overlay }, { preventExisting: true }),
    onSuccess: (created) => settleRepos(queryClient, orgId, (list) => [...list, created]),
    onError: refreshAfterFailure(queryClient, orgId),
  })
}

/** Rename an image created with Custom Assembly. */
export function useRenameImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ repo, name }: { repo: RepoWithId; name: string }) => updateRepo({ ...repo, name }),
    onSuccess: (updated) => settleRepos(queryClient, orgId, replaceRepo(updated)),
    onError: refreshAfterFailure(queryClient, orgId),
  })
}

const deleteImageKey = (orgId: string) => ['delete-image', orgId] as const

/**
 * Delete an image created with Custom Assembly, with its tags and builds. An image that is already
 * gone (404) counts as deleted: a delete sent again after a lost answer ends where the user meant.
 */
export function useDeleteImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: deleteImageKey(orgId),
    mutationFn: (repoId: string) =>
      deleteRepo(repoId).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 404)) throw error
      }),
    onSuccess: (_, repoId) => {
      queryClient.removeQueries({ queryKey: queryKeys.repo(orgId, repoId) })
      settleRepos(queryClient, orgId, (list) => list.filter((repo) => repo.id !== repoId))
    },
    onError: refreshAfterFailure(queryClient, orgId),
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
