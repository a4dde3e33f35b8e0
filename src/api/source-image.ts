import type { SourceReference } from '../domain/compare'
import { ApiError } from './client'
import { findGroup } from './groups'
import { listRepos } from './repos'
import { listTags } from './tags'
import type { Tag } from './types'

/** The repository a customized image is built from, with its tags. */
export interface SourceImage {
  repoId: string
  tags: Tag[]
}

/**
 * Finds the source image in the registry: by its id, or by its catalogue name (`chainguard/node`:
 * the group by name, which may be a public one the user is no member of, then its image). Null when
 * this user cannot read it (no such group or image, or the registry refuses it).
 */
export async function findSourceImage(
  reference: SourceReference,
  options: { signal?: AbortSignal } = {},
): Promise<SourceImage | null> {
  try {
    if ('id' in reference) return { repoId: reference.id, tags: await listTags(reference.id, options) }
    const group = await findGroup(reference.group, options)
    if (!group?.id) return null
    const repo = (await listRepos(group.id, options)).find((candidate) => candidate.name === reference.image)
    if (!repo?.id) return null
    return { repoId: repo.id, tags: await listTags(repo.id, options) }
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null
    throw error
  }
}
