import type { RefObject } from 'react'
import { useShortcuts } from '../../ui/shortcuts'

/** `/` or Ctrl+F search the log, `T` shows or hides times (the viewer lives in a modal drawer). */
export function useLogShortcuts({
  searchBox,
  onToggleTimes,
}: {
  searchBox: RefObject<HTMLInputElement | null>
  onToggleTimes: () => void
}) {
  const search = () => {
    searchBox.current?.focus()
    searchBox.current?.select()
  }
  useShortcuts('Build log', [
    { key: '/', description: 'Search the log', run: search },
    { key: 'f', withCtrl: true, description: 'Search the log', run: search },
    { key: 't', description: 'Show or hide times', run: onToggleTimes },
  ])
}
