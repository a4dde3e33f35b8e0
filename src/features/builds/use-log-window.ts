import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { afterPaint } from './after-paint'

/**
 * Lines drawn beyond each edge of the view, so a short scroll shows lines already there: added
 * once the lines in view are painted (after opening and after a jump), never before them.
 */
const OVERSCAN = 10

/**
 * One line placed in the list: its index, where its top is and how high it is (px), and the key of
 * the row that draws it.
 */
export interface PlacedLine {
  index: number
  start: number
  size: number
  key: number
}

/** Where the window's first line is, and the line whose row is row 0 (rows are reused as the window moves). */
interface WindowAt {
  first: number
  base: number
}

/**
 * The window moved so its first line is `line`. A jump (further than the lines drawn beyond the
 * edges) moves the rows' numbering with it, so the rows drawn before take the new lines in the same
 * order and none is moved in the page.
 */
function moveTo(at: WindowAt, line: number): WindowAt {
  if (line === at.first) return at
  return { first: line, base: Math.abs(line - at.first) > OVERSCAN ? at.base + line - at.first : at.base }
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
  centerOn,
}: {
  count: number
  wrap: boolean
  scroller: RefObject<HTMLDivElement | null>
  rowHeight: number
  /**
   * A line brought to the middle of the view whenever this changes (a search match: its line and
   * where on it), drawn there in the same pass as what changed it.
   */
  centerOn?: readonly [line: number, at: number]
}): {
  lines: PlacedLine[]
  height: number
  scrollToIndex: (index: number, align: 'center' | 'end') => void
  measureRef: ((element: HTMLDivElement | null) => void) | undefined
  /** this pass moved the window to a new line to center: React draws it again at once, with the lines there */
  moving: boolean
} {
  // the first line in view, and the box's height once it is laid out and seen
  const [at, setAt] = useState<WindowAt>({ first: 0, base: 0 })
  const { first } = at
  const [seenView, setView] = useState<number>()
  const view = seenView ?? window.innerHeight
  const [overscan, setOverscan] = useState(0)
  useEffect(() => {
    if (overscan) return
    return afterPaint(() => setOverscan(OVERSCAN))
  }, [overscan])
  // where the box is scrolled to, as last set or seen (read from the page, it would lay it out again)
  const scrolledTo = useRef(0)

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
    const onScroll = () => {
      scrolledTo.current = element.scrollTop
      setAt((at) => moveTo(at, Math.floor(element.scrollTop / rowHeight)))
    }
    const resized = new ResizeObserver(([entry]) =>
      setView(entry?.contentRect.height ?? element.clientHeight),
    )
    element.addEventListener('scroll', onScroll, { passive: true })
    resized.observe(element)
    onScroll()
    setView(element.clientHeight)
    return () => {
      element.removeEventListener('scroll', onScroll)
      resized.disconnect()
    }
  }, [wrap, scroller, rowHeight, hasLines])

  /** where the box is scrolled to show line `index`, in a box `view` px high */
  const topFor = useCallback(
    (index: number, align: 'center' | 'end', view: number) =>
      Math.max(
        0,
        Math.min(
          count * rowHeight - view,
          align === 'center' ? (index + 0.5) * rowHeight - view / 2 : (index + 1) * rowHeight - view,
        ),
      ),
    [count, rowHeight],
  )

  const scrollToIndex = useCallback(
    (index: number, align: 'center' | 'end') => {
      if (wrap) return virtualizer.scrollToIndex(index, { align })
      const top = topFor(index, align, seenView ?? scroller.current?.clientHeight ?? view)
      // a jump draws the lines in view first, the lines around them after
      if (Math.abs(top - scrolledTo.current) > OVERSCAN * rowHeight) setOverscan(0)
      scrolledTo.current = top
      scroller.current?.scrollTo({ top })
      // drawn in this pass, not after the scroll event: the line is there in the next frame
      setAt((at) => moveTo(at, Math.floor(top / rowHeight)))
    },
    [wrap, virtualizer, scroller, rowHeight, topFor, seenView, view],
  )

  // a new line to center is drawn in place at once (not first where the box was, then moved); the
  // box is scrolled to it before the frame is painted
  const [centered, setCentered] = useState(centerOn)
  const moving = centerOn !== centered
  if (moving) {
    setCentered(centerOn)
    if (centerOn && !wrap) {
      const line = Math.floor(topFor(centerOn[0], 'center', view) / rowHeight)
      if (Math.abs(line - first) > OVERSCAN) setOverscan(0)
      setAt(moveTo(at, line))
    }
  }
  useLayoutEffect(() => {
    if (centerOn) scrollToIndex(centerOn[0], 'center')
  }, [centerOn, scrollToIndex])

  if (wrap)
    return {
      lines: virtualizer
        .getVirtualItems()
        .map(({ index, start, size }) => ({ index, start, size, key: index })),
      height: virtualizer.getTotalSize(),
      scrollToIndex,
      measureRef: virtualizer.measureElement,
      moving,
    }
  const fit = Math.ceil(view / rowHeight) + 1
  const from = Math.max(0, first - overscan)
  const to = Math.min(count, first + fit + overscan)
  // a row draws line after line as the window moves: lines coming into view take the rows of the
  // lines leaving it, so a scroll or a jump changes the rows' text instead of making new rows
  const rows = fit + 2 * OVERSCAN
  const lines: PlacedLine[] = []
  for (let index = from; index < to; index++)
    lines.push({
      index,
      start: index * rowHeight,
      size: rowHeight,
      key: (((index - at.base) % rows) + rows) % rows,
    })
  return { lines, height: count * rowHeight, scrollToIndex, measureRef: undefined, moving }
}
