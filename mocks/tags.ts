/** Tags: listed as they stand now (builds that have finished by the mock clock moved them), or summarized per image. */
import type { RepoTagsSummary, Tag } from '../src/api/types'
import { isChildOf, isDescendantOf } from '../src/domain/uidp'
import { compareTags } from '../src/domain/versions'
import { settle } from './builds'
import { HttpError } from './http-error'
import { clone, repoOrThrow, state } from './state'

/** The kinds of tag a read can leave out, as the API's `exclude*` flags name them. */
export interface TagExclusions {
  /** `sha256-*`: signatures and attestations stored next to an image */
  excludeReferrers?: boolean
  /** `*-20yymmdd`: dated rebuilds */
  excludeDates?: boolean
  /** `*-r[0-9]+`: package epochs */
  excludeEpochs?: boolean
}

interface TagFilter extends TagExclusions {
  childrenOf?: string
  descendantsOf?: string
  id?: string
  name?: string
  digest?: string
  updatedSince?: string
}

const REFERRER = /^sha256-/
const DATED = /-20\d{6}$/
const EPOCH = /-r\d+$/

function kept(tag: Tag, filter: TagExclusions): boolean {
  const name = tag.name ?? ''
  return !(
    (filter.excludeReferrers && REFERRER.test(name)) ||
    (filter.excludeDates && DATED.test(name)) ||
    (filter.excludeEpochs && EPOCH.test(name))
  )
}

/** Whether a tag with this id is under the filter's uidps. */
function under(tagId: string, filter: TagFilter): boolean {
  return (
    (!filter.childrenOf || isChildOf(tagId, filter.childrenOf)) &&
    (!filter.descendantsOf || isDescendantOf(tagId, filter.descendantsOf))
  )
}

/** The tags stored and the tags written on reading (only of the images the filter reaches). */
function candidates(filter: TagFilter): Tag[] {
  // one image's tags written on reading: no other tag can be its child
  const source = filter.childrenOf ? state.tagSources.get(filter.childrenOf) : undefined
  if (source) return filter.name ? [source.named(filter.name) ?? []].flat() : source.all()
  const tags = [...state.tags.values()].filter((tag) => under(tag.id ?? '', filter))
  for (const [repoId, source] of state.tagSources) {
    // every tag of the image has an id one step under it
    if (!under(`${repoId}/tag`, filter)) continue
    if (filter.name) {
      const tag = source.named(filter.name)
      if (tag) tags.push(tag)
    } else {
      tags.push(...source.all())
    }
  }
  return tags
}

export function listTags(filter: TagFilter): Tag[] {
  return currentTags(filter).map(clone)
}

/** The tags as they stand now, the records themselves (callers hand out copies). */
function currentTags(filter: TagFilter): Tag[] {
  settle()
  const since = filter.updatedSince ? Date.parse(filter.updatedSince) : undefined
  if (Number.isNaN(since)) throw new HttpError(400, 'updatedSince: use an RFC 3339 time.')
  return candidates(filter).filter(
    (tag) =>
      (!filter.id || tag.id === filter.id) &&
      (!filter.name || tag.name === filter.name) &&
      (!filter.digest || tag.digest === filter.digest) &&
      (since === undefined || Date.parse(tag.lastUpdated ?? '') > since) &&
      kept(tag, filter),
  )
}

const FLOATING = new Set(['latest', 'latest-dev'])

/**
 * What `GET /registry/v1/repotagssummary/{repo}` answers: how many tags the image has, when any
 * last moved, its `latest` tag (or the most recently updated one) and the longest other name on
 * that tag's digest.
 */
export function getRepoTagsSummary(repoId: string, exclusions: TagExclusions = {}): RepoTagsSummary {
  repoOrThrow(repoId)
  const tags = currentTags({ childrenOf: repoId, ...exclusions })
  if (tags.length === 0) return { id: repoId, tagCount: '0' }
  const newest = (a: Tag, b: Tag) => ((b.lastUpdated ?? '') > (a.lastUpdated ?? '') ? b : a)
  const latestTag = tags.find((tag) => tag.name === 'latest') ?? tags.reduce(newest)
  const latestVersion = tags
    .filter((tag) => tag.digest === latestTag.digest && !FLOATING.has(tag.name ?? ''))
    .map((tag) => tag.name ?? '')
    .sort((a, b) => b.length - a.length || compareTags(a, b))[0]
  return {
    id: repoId,
    tagCount: String(tags.length),
    lastUpdated: tags.reduce(newest).lastUpdated,
    latestTag: clone(latestTag),
    ...(latestVersion ? { latestVersion } : {}),
  }
}
