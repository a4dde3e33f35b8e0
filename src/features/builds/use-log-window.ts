import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useState, type RefObject } from 'react'

/** Lines drawn beyond each edge of the view, so a short scroll shows lines already there. */
const OVERSCAN = 10

/** One line placed in the list: its index and where its top is (px). */
export interface PlacedLine {
  index: number
  start: number
}

/**
 * Which of `count` lines to draw in the scrolling `scroller`, and where. Unwrapped, every line is
 * `rowHeight` px tall, so the lines in view are found by arithmetic: nothing is done per line of
 * the log, and a million lines open as fast as a hundred. Wrapped lines differ in height: they are
 * measured as they are drawn (by the virtualizer, which keeps a position per line).
 */
export function useLogWindow({
  count,
  wrap,
  scroller,
  rowHeight,
}: {
  count: number
  wrap: boolean
  scroller: RefObject<HTMLDivElement | null>
  rowHeight: number
}): {
  lines: PlacedLine[]
  height: number
  scrollToIndex: (index: number, align: 'center' | 'end') => void
  measureRef: ((element: HTMLDivElement | null) => void) | undefined
} {
  // the first line in view, and how many fit: the window's height until the box is laid out
  const [first, setFirst] = useState(0)
  const [fit, setFit] = useState(() => Math.ceil(window.innerHeight / rowHeight))

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count,
    enabled: wrap,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    initialRect: { width: 900, height: 600 },
    measureElement: (element) => element.getBoundingClientRect().height,
  })

  const hasLines = count > 0
  useEffect(() => {
    const element = scroller.current
    if (wrap || !element) return
    const onScroll = () => setFirst(Math.floor(element.scrollTop / rowHeight))
    const resized = new ResizeObserver(() => setFit(Math.ceil(element.clientHeight / rowHeight) + 1))
    element.addEventListener('scroll', onScroll, { passive: true })
    resized.observe(element)
    onScroll()
    return () => {
      element.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [wrap, scroller, rowHeight, hasLines])

  const scrollToIndex = useCallback(
    (index: number, align: 'center' | 'end') => {
      if (wrap) return virtualizer.scrollToIndex(index, { align })
      const element = scroller.current
      if (!element) return
      const view = element.clientHeight
      const top = Math.max(
        0,
        Math.min(
          count * rowHeight - view,
          align === 'center' ? (index + 0.5) * rowHeight - view / 2 : (index + 1) * rowHeight - view,
        ),
      )
      element.scrollTo({ top })
      // drawn in this pass, not after the scroll event: the line is there in the next frame
      setFirst(Math.floor(top / rowHeight))
    },
    [wrap, virtualizer, scroller, rowHeight, count],
  )

  if (wrap)
    return {
      lines: virtualizer.getVirtualItems(),
      height: virtualizer.getTotalSize(),
      scrollToIndex,
      measureRef: virtualizer.measureElement,
    }
  const from = Math.max(0, first - OVERSCAN)
  const to = Math.min(count, first + fit + OVERSCAN)
  const lines: PlacedLine[] = []
  for (let index = from; index < to; index++) lines.push({ index, start: index * rowHeight })
  return { lines, height: count * rowHeight, scrollToIndex, measureRef: undefined }
}
