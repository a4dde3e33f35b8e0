import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useShortcuts } from '../../ui/shortcuts'

/**
 * `/` or Ctrl+F search the log, `T` shows or hides times (the viewer lives in a modal drawer). From
 * another part of the drawer, where the log is kept but `hidden`, searching first shows the log
 * (`reveal`), and its search box takes the focus as soon as it is drawn. `reveal` draws it at once
 * (`flushSync`): a key typed right after `/` would otherwise reach whatever held the focus before.
 */
export function useLogShortcuts({
  searchBox,
  onToggleTimes,
  hidden = false,
  reveal,
}: {
  searchBox: RefObject<HTMLInputElement | null>
  onToggleTimes: () => void
  hidden?: boolean
  reveal?: () => void
}) {
  const searchWhenShown = useRef(false)
  const search = () => {
    if (!hidden || !reveal) return focusSearch(searchBox.current)
    searchWhenShown.current = true
    reveal()
  }
  // once shown, before the drawer's parts move the focus to the part shown
  useLayoutEffect(() => {
    if (hidden || !searchWhenShown.current) return
    searchWhenShown.current = false
    focusSearch(searchBox.current)
  }, [hidden, searchBox])
  useShortcuts('Build log', [
    { key: '/', description: 'Search the log', run: search },
    { key: 'f', withCtrl: true, description: 'Search the log', run: search },
    { key: 't', description: 'Show or hide times', run: onToggleTimes },
  ])
}

function focusSearch(box: HTMLInputElement | null) {
  box?.focus()
  box?.select()
}
