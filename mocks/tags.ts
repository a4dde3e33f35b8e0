/** Tags: listed as they stand now (builds that have finished by the mock clock moved them). */
import type { Tag } from '../src/api/types'
import { isChildOf, isDescendantOf } from '../src/domain/uidp'
import { settle } from './builds'
import { clone, state } from './state'

export function listTags(filter: {
  childrenOf?: string
  descendantsOf?: string
  name?: string
  digest?: string
}): Tag[] {
  settle()
  return [...state.tags.values()]
    .filter(
      (tag) =>
        (!filter.childrenOf || isChildOf(tag.id ?? '', filter.childrenOf)) &&
        (!filter.descendantsOf || isDescendantOf(tag.id ?? '', filter.descendantsOf)) &&
        (!filter.name || tag.name === filter.name) &&
        (!filter.digest || tag.digest === filter.digest),
    )
    .map(clone)
}
