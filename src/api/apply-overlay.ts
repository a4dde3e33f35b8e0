import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { imageNameError } from '../domain/image-name'
import { useApplyBuildConfig, useCreateImage } from './mutations'
import { queries } from './queries'
import type { CustomOverlay, Repo } from './types'

/** Where a changed build config goes: the image itself, or a new image from the same source. */
type Target = 'current' | 'new'

/** What was done, for the notice that follows: which image, and whether it was created. */
export interface AppliedChange {
  imageName: string
  created: boolean
}

/**
 * "Apply to this image or save as a new image", the same for Customize and Build config: the
 * chosen target and the new image's name with its rule (see `TargetChoice`, which takes `choice`),
 * the request, and what was done once it succeeded. A failure stays in `error` with every choice
 * kept, to be sent again by its own button.
 */
export function useApplyOverlay({
  orgId,
  repo,
  imageNames,
}: {
  orgId: string
  repo: Repo & { id: string; name: string }
  /** names of the organization's images: a new image's name must be none of them */
  imageNames: readonly string[]
}) {
  const apply = useApplyBuildConfig(orgId)
  const create = useCreateImage(orgId)
  const [target, setTarget] = useState<Target>('current')
  const [name, setName] = useState('')
  const [applied, setApplied] = useState<AppliedChange | null>(null)
  const mutation = target === 'new' ? create : apply
  // the organization's name bounds a new image's name (its pull reference has a length limit)
  const orgs = useQuery(queries.organizations())
  const orgName = orgs.data?.find((org) => org.id === orgId)?.name ?? ''

  /**
   * Sends the build config to the chosen image (a new one is made from this image's source); true
   * once it is there. The next change then starts from the usual choice, not from a name that now
   * exists.
   */
  async function submit(overlay: CustomOverlay): Promise<boolean> {
    try {
      if (target === 'new') {
        await create.mutateAsync({ name, source: repo.sync_config?.source ?? repo.name, overlay })
      } else {
        await apply.mutateAsync({ repo, overlay })
      }
    } catch {
      return false // shown from the mutation state; every choice is kept
    }
    setApplied({ imageName: target === 'new' ? name : repo.name, created: target === 'new' })
    setTarget('current')
    setName('')
    return true
  }

  return {
    /** the target and the new name, as `TargetChoice` takes them */
    choice: {
      target,
      onTarget: setTarget,
      name,
      onName: setName,
      nameError: target === 'new' ? imageNameError(name, { orgName, existingNames: imageNames }) : null,
    },
    pending: mutation.isPending,
    /** the last failure of the request for the chosen target */
    error: mutation.error,
    submit,
    /** set once a change went through, until `dismiss` */
    applied,
    dismiss: () => setApplied(null),
  }
}

export type ApplyOverlay = ReturnType<typeof useApplyOverlay>
