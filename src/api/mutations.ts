import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createRepo, deleteRepo, updateRepo } from './repos'
import { queryKeys } from './queries'
import type { CustomOverlay, Repo } from './types'

type RepoWithId = Repo & { id: string }

/**
 * Saves an image's build config (the whole repo goes back, `customOverlay` changed); the registry
 * starts builds. Everything cached under the organization's images is refreshed.
 */
export function useApplyBuildConfig(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ repo, overlay }: { repo: RepoWithId; overlay: CustomOverlay }) =>
      updateRepo({ ...repo, customOverlay: overlay }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) }),
  })
}

/** "Create a new image": a new repo from the same source with the build config; 409 if the name exists. */
export function useCreateImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ name, source, overlay }: { name: string; source: string; overlay: CustomOverlay }) =>
      createRepo(orgId, { name, sync_config: { source }, customOverlay: overlay }, { preventExisting: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) }),
  })
}

/** Rename an image created with Custom Assembly. */
export function useRenameImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ repo, name }: { repo: RepoWithId; name: string }) => updateRepo({ ...repo, name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) }),
  })
}

export function useDeleteImage(orgId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (repoId: string) => deleteRepo(repoId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.repos(orgId) }),
  })
}
