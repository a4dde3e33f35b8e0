import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { queries } from '../../api/queries'
import { findVersion, groupTagsByDigest } from '../../domain/versions'
import { useCurrentImage } from '../../routing/current-image'

/**
 * The version a section shows: the one `?version=` names (a tag or a digest), else the version
 * `latest` points at. `asked` is what the URL says, so a section can name a tag it did not find.
 */
export function useChosenVersion() {
  const image = useCurrentImage()
  const tags = useQuery(queries.tags(image.org.id, image.repo.id))
  const [params] = useSearchParams()
  const asked = params.get('version') ?? ''
  const versions = useMemo(() => groupTagsByDigest(tags.data ?? []), [tags.data])
  const chosen = tags.isSuccess ? findVersion(versions, asked) : undefined
  return { image, tags, versions, asked, chosen }
}

export type ChosenVersion = ReturnType<typeof useChosenVersion>
