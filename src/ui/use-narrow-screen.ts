import { useSyncExternalStore } from 'react'

/** The stylesheet's narrow-screen breakpoint (`@media (max-width: 760px)`), for what is drawn only there. */
const NARROW = '(max-width: 760px)'

function subscribe(listener: () => void) {
  const query = matchMedia(NARROW)
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}

/** Whether the screen is as narrow as a phone's: a part drawn only then costs nothing elsewhere. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => matchMedia(NARROW).matches,
    () => false,
  )
}
