import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { settleEach } from './pool'
import { queries, queryKeys } from './queries'
import { updateRepo } from './repos'
import type { CustomOverlay, Repo } from './types'

/** At most this many build configs are sent at once; the next leaves as one is answered. */
const SAVES_AT_ONCE = 10

/** One image's new build config: the whole repo goes back with it. */
export interface ImageChange {
  repo: Repo & { id: string; name: string }
  overlay: CustomOverlay
}

/** Where an image's save stands: on its way, saved (builds started), or refused with the reason. */
export type ImageOutcome = { state: 'applying' } | { state: 'applied' } | { state: 'failed'; error: unknown }

/**
 * Saves the build configs of several images, `SAVES_AT_ONCE` at a time, each on its own: one that
 * fails leaves the others saved, and `outcomes` says, per image id, how each went; `unsaved` leaves
 * out the images already saved, so that sending again never starts their builds twice. Each saved image's
 * cached reads (its builds among them) are refreshed as it is saved; the images list and their
 * `latest` tags once, when every save has been answered. The saves go on if the screen that sent
 * them goes away.
 */
export function useApplyToImages(orgId: string) {
  const queryClient = useQueryClient()
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, ImageOutcome>>(() => new Map())
  const record = (id: string, outcome: ImageOutcome) =>
    setOutcomes((before) => new Map(before).set(id, outcome))

  async function save({ repo, overlay }: ImageChange) {
    record(repo.id, { state: 'applying' })
    try {
      const updated = await updateRepo({ ...repo, customOverlay: overlay })
      queryClient.setQueryData(queries.repos(orgId).queryKey, (list) =>
        list?.map((each) => (each.id === updated.id ? updated : each)),
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.repo(orgId, repo.id) })
      record(repo.id, { state: 'applied' })
    } catch (error) {
      record(repo.id, { state: 'failed', error })
      throw error
    }
  }

  const mutation = useMutation({
    mutationFn: async (changes: readonly ImageChange[]) => {
      const settled = await settleEach(changes, SAVES_AT_ONCE, save)
      void queryClient.invalidateQueries({ queryKey: queryKeys.repoList(orgId) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.latestTags(orgId) })
      return settled
    },
  })

  return {
    outcomes,
    /** the changes of the images not saved yet: what to send (again) */
    unsaved: (changes: readonly ImageChange[]) =>
      changes.filter((change) => outcomes.get(change.repo.id)?.state !== 'applied'),
    /** sends the changes; resolves once each has been answered */
    apply: (changes: readonly ImageChange[]) => mutation.mutateAsync(changes),
    pending: mutation.isPending,
  }
}

export type ApplyToImages = ReturnType<typeof useApplyToImages>
