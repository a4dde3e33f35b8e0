import { useEffect } from 'react'
import { useBlocker } from 'react-router'

/**
 * Asks before work not yet sent is left behind. While `active`, leaving the page inside the console
 * (Back, a link) waits, `blocked`, until the caller's own question is answered with `stay()` or
 * `leave()`; a change of the query alone is not leaving. Reloading or closing the tab brings the
 * browser's own question (beforeunload).
 *
 * The router consults only its newest blocker: call this from the component that appears with the
 * work (a dialog's content), so that the topmost work is the one that asks.
 */
export function useLeaveGuard(active: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname,
  )
  const blocked = blocker.state === 'blocked'

  // the work went out while the question was open: the question has no object, and the page stays
  useEffect(() => {
    if (blocked && !active) blocker.reset?.()
  }, [blocked, active, blocker])

  useEffect(() => {
    if (!active) return
    const ask = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [active])

  return {
    blocked,
    /** answers the question with "stay": the navigation is cancelled */
    stay: () => blocker.reset?.(),
    /** answers the question with "leave": the navigation goes on */
    leave: () => blocker.proceed?.(),
  }
}
