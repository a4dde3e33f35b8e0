import { useSyncExternalStore } from 'react'

/**
 * An edit in progress, kept per image for the browser tab (survives tab switches and reloads) until
 * it is applied or discarded; null when there is none.
 */
export function useDraft(repoId: string): [string | null, (next: string | null) => void] {
  const key = `assembly-console.draft.${repoId}`
  const value = useSyncExternalStore(subscribeDrafts, () => sessionStorage.getItem(key))
  return [
    value,
    (next) => {
      if (next === null) sessionStorage.removeItem(key)
      else sessionStorage.setItem(key, next)
      for (const listener of draftListeners) listener()
    },
  ]
}

const draftListeners = new Set<() => void>()
function subscribeDrafts(listener: () => void) {
  draftListeners.add(listener)
  return () => draftListeners.delete(listener)
}
