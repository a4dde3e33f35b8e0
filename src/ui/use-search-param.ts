import { useState } from 'react'
import { useLocation, useNavigationType, useSearchParams } from 'react-router'

const OWN_WRITE = 'assembly-console.search-param-write'

/**
 * A text value kept in the URL's query (`?q=…`) so it survives reloads and can be shared. The input
 * reads local state, so fast typing never waits for (or loses keys to) a navigation; the URL follows.
 * Navigations this hook did not make (back/forward, links) bring the URL's value back in.
 */
export function useSearchParam(key: string): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams()
  const location = useLocation()
  const navigationType = useNavigationType()
  const fromUrl = params.get(key) ?? ''
  const [value, setValue] = useState(fromUrl)
  const [seenLocation, setSeenLocation] = useState(location.key)

  if (location.key !== seenLocation) {
    setSeenLocation(location.key)
    const ownWrite = (location.state as Record<string, unknown> | null)?.[OWN_WRITE] === key
    if ((!ownWrite || navigationType === 'POP') && fromUrl !== value) setValue(fromUrl)
  }

  function update(next: string) {
    setValue(next)
    setParams(
      (current) => {
        const params = new URLSearchParams(current)
        if (next) params.set(key, next)
        else params.delete(key)
        return params
      },
      { replace: true, state: { [OWN_WRITE]: key } },
    )
  }

  return [value, update]
}
