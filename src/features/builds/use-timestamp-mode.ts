import { useCallback, useState } from 'react'
import type { TimestampMode } from '../../domain/build-log-copy'

/** How times show (absolute, from start, hidden); hiding and showing again returns to the last shown mode. */
export function useTimestampMode() {
  const [mode, setMode] = useState<TimestampMode>('absolute')
  const [lastShownMode, setLastShownMode] = useState<Exclude<TimestampMode, 'hidden'>>('absolute')

  const choose = useCallback((next: TimestampMode) => {
    setMode(next)
    if (next !== 'hidden') setLastShownMode(next)
  }, [])
  const toggle = useCallback(
    () => setMode((previous) => (previous === 'hidden' ? lastShownMode : 'hidden')),
    [lastShownMode],
  )
  return { mode, choose, toggle }
}
