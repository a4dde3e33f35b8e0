import { useEffect, type RefObject } from 'react'
import { isTyping } from '../../ui/is-typing'

/** `/` or Ctrl+F search the log, `T` shows or hides times (the viewer lives in a modal drawer). */
export function useLogShortcuts({
  searchBox,
  onToggleTimes,
}: {
  searchBox: RefObject<HTMLInputElement | null>
  onToggleTimes: () => void
}) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const typing = isTyping(event.target)
      if ((event.key === 'f' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault()
        searchBox.current?.focus()
        searchBox.current?.select()
      } else if ((event.key === 't' || event.key === 'T') && !typing && !event.ctrlKey && !event.metaKey) {
        onToggleTimes()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [searchBox, onToggleTimes])
}
