import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useShortcuts } from '../../ui/shortcuts'

/**
 * `/` or Ctrl+F search the log, `T` shows or hides times (the viewer lives in a modal drawer). From
 * another part of the drawer, where the log is kept but `hidden`, searching first shows the log
 * (`reveal`), and its search box takes the focus as soon as it is drawn.
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
  const focusSearch = () => {
    searchBox.current?.focus()
    searchBox.current?.select()
  }
  const search = () => {
    if (!hidden || !reveal) return focusSearch()
    searchWhenShown.current = true
    reveal()
  }
  // before the drawer's parts move the focus to the part shown
  useLayoutEffect(() => {
    if (hidden || !searchWhenShown.current) return
    searchWhenShown.current = false
    focusSearch()
  })
  useShortcuts('Build log', [
    { key: '/', description: 'Search the log', run: search },
    { key: 'f', withCtrl: true, description: 'Search the log', run: search },
    { key: 't', description: 'Show or hide times', run: onToggleTimes },
  ])
}
