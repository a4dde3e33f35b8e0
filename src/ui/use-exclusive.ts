import { useCallback, useRef } from 'react'

/**
 * Runs an async action one at a time: a call made while the last one is still under way is ignored.
 * Two clicks can land before React re-renders a button as disabled; this keeps them to one request.
 */
export function useExclusive(): (action: () => Promise<void>) => Promise<void> {
  const busy = useRef(false)
  return useCallback(async (action) => {
    if (busy.current) return
    busy.current = true
    try {
      await action()
    } finally {
      busy.current = false
    }
  }, [])
}
