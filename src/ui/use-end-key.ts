import { useEffect } from 'react'
import { isTyping } from './is-typing'

/** How long the page stays still before its scroll counts as over. */
const STILL_MS = 150
/** How many times, at most, the page is taken to its end again after one press. */
const ROUNDS = 5

/**
 * The End key takes the page to its end, even when a windowed table lengthens it on the way.
 *
 * The browser scrolls to where the page ended when the key was pressed; the table draws its rows as
 * they come into view, and rows taller than their estimate make the page longer, so the key's scroll
 * stops short of the last row. On a busy machine the key's scroll may also start late, take seconds,
 * or not move the page at all (the browser's scroll thread had not yet seen the page grow). So once
 * the page has been still for a moment after the key, wherever its scroll got to, the page is taken
 * to its end, until it stays there. The reader's next move (a wheel, a touch, a click, another key)
 * ends this at once.
 */
export function useEndKey(): void {
  useEffect(() => {
    let rounds = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = () => {
      rounds = 0
      clearTimeout(timer)
    }
    const toEndOnceStill = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const end = document.documentElement.scrollHeight - window.innerHeight
        if (window.scrollY >= end - 1) return stop()
        rounds--
        window.scrollTo({ top: end })
      }, STILL_MS)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      stop()
      if (event.key !== 'End' || event.defaultPrevented || event.altKey || event.shiftKey || event.metaKey)
        return
      if (isTyping(event.target)) return
      rounds = ROUNDS
      toEndOnceStill()
    }
    const onScroll = () => {
      if (rounds > 0) toEndOnceStill()
    }
    const moves = ['wheel', 'touchstart', 'pointerdown'] as const
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('scroll', onScroll, { passive: true })
    for (const move of moves) window.addEventListener(move, stop, { passive: true })
    return () => {
      stop()
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('scroll', onScroll)
      for (const move of moves) window.removeEventListener(move, stop)
    }
  }, [])
}
