import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { useDeletedImageIds } from '../../api/mutations'
import { queries } from '../../api/queries'
import type { CurrentImage } from '../../routing/current-image'
import { useCurrentOrg } from '../../routing/current-org'

/**
 * The image named in the URL. It is found by name, then followed by id: right after a rename the
 * list already has the new name while the URL still has the old one, and the page stays as it is
 * (focus included).
 */
export function useImageInUrl() {
  const current = useCurrentOrg()
  const { org } = current
  const { image: imageName = '' } = useParams()
  const repos = useQuery(queries.repos(org.id))
  const [shown, setShown] = useState<{ id: string; name: string } | undefined>()
  const byName = repos.data?.find((candidate) => candidate.name === imageName)
  if (byName?.id && (byName.id !== shown?.id || imageName !== shown.name)) {
    setShown({ id: byName.id, name: imageName })
  }
  const renamed =
    !byName && shown?.name === imageName
      ? repos.data?.find((candidate) => candidate.id === shown.id)
      : undefined
  const repo = byName ?? renamed
  const deleted = useDeletedImageIds(org.id)
  const image: CurrentImage | undefined =
    repo?.id && repo.name
      ? {
          ...current,
          repo: { ...repo, id: repo.id, name: repo.name },
          imageNames: repos.data?.map((candidate) => candidate.name ?? '') ?? [],
        }
      : undefined
  /** deleted from this page: the console is on its way back to the list */
  const leaving = !image && shown?.name === imageName && deleted.has(shown.id)
  return { imageName, repos, image, leaving }
}

export type ImageInUrl = ReturnType<typeof useImageInUrl>
