import { ArrowDownToLine, Loader2 } from 'lucide-react'
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useLocation, useNavigate } from 'react-router'
import { explainLines, type FailureExplanation } from '../../domain/build-log-failures'
import { ERROR, firstTime, linesMarked, readLine, WARN } from '../../domain/build-log-index'
import { parseLog } from '../../domain/build-log-parse'
import { lineHash, parseLineHash, type LineRange } from '../../routing/paths'
import { LogExplanation } from './log-explanation'
import { LogGutter } from './log-gutter'
import { LogLineRow, LONG_LINE } from './log-line-row'
import { LogToolbar } from './log-toolbar'
import { missingLineNotice } from './missing-line'
import { useLogIndex } from './use-log-index'
import { useLogSearch } from './use-log-search'
import { useLogShortcuts } from './use-log-shortcuts'
import { useLogWindow } from './use-log-window'
import { useTimestampMode } from './use-timestamp-mode'
import './log-viewer.css'

/** A line's height when lines do not wrap (the `.log-line` height in the stylesheet). */
const ROW_HEIGHT = 20
/** Width of the line-number and time columns, in `ch`. */
const GUTTER_CH = 8

/**
 * A build log: lines with levels and times, ANSI colours, line permalinks, error navigation with an
 * explanation of known causes, search over every line, wrap and timestamp modes, and follow-the-end
 * for running builds. Virtualized, and only the lines drawn are parsed (the log itself is indexed:
 * a few bytes a line), so a million lines open and scroll smoothly.
 */
export function LogViewer({
  text,
  label,
  startedAt,
  running = false,
  arriving = false,
  focusOnOpen = false,
  explanationNote,
  hidden,
  reveal,
}: {
  text: string
  label: string
  /** the build's start, for relative timestamps (else the first line's time) */
  startedAt?: number
  running?: boolean
  /** `text` is the log's start: the rest is on its way */
  arriving?: boolean
  /** move focus into the log region once it has lines (the drawer opens on it) */
  focusOnOpen?: boolean
  /** added to the explanation of a known cause */
  explanationNote?: (explanation: FailureExplanation) => ReactNode
  /** the log is kept but not shown (the drawer's other parts) */
  hidden?: boolean
  /** shows the log where it is `hidden`: its search shortcuts call it */
  reveal?: () => void
}) {
  const location = useLocation()
  const navigate = useNavigate()
  const selection = useMemo(() => parseLineHash(location.hash), [location.hash])
  // the log is opened on its linked line, if any: indexed that far at once
  const [linked] = useState(() => selection?.to ?? 0)
  const { index, lineAt } = useLogIndex(text, linked)
  const { count } = index
  const errors = useMemo(() => linesMarked(index, ERROR), [index])
  const explanation = useMemo(
    () =>
      errors.length
        ? explainLines(errors, linesMarked(index, WARN), (line) => readLine(index, line)?.text)
        : null,
    [index, errors],
  )
  const firstLineTime = useMemo(
    () => (startedAt === undefined ? firstTime(index) : undefined),
    [index, startedAt],
  )
  const start = startedAt ?? firstLineTime

  const times = useTimestampMode()
  const [wrap, setWrap] = useState(false)
  const search = useLogSearch(index, arriving)
  const { current } = search
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set())

  // a line past the lines indexed so far may yet come
  const whole = index.complete && !arriving
  const missing = whole ? missingLineNotice(location.hash, selection, count, running) : undefined

  const scroller = useRef<HTMLDivElement>(null)
  /** the ids of the lines' numbers: each line owns its number for assistive technology */
  const numberIds = useId()
  const searchBox = useRef<HTMLInputElement>(null)
  const [atBottom, setAtBottom] = useState(true)

  // widest line (capped), so the no-wrap view scrolls sideways to the end of every line
  const widthCh = index.widest + GUTTER_CH * 2 + 12

  // the current match is drawn in the middle of the view at once
  const currentLine = current?.line
  const currentStart = current?.start
  const centerOn = useMemo(
    () => (currentLine === undefined ? undefined : ([currentLine, currentStart ?? 0] as const)),
    [currentLine, currentStart],
  )
  const { lines, height, scrollToIndex, measureRef, moving } = useLogWindow({
    count,
    wrap,
    scroller,
    rowHeight: ROW_HEIGHT,
    centerOn,
  })

  const select = useCallback(
    (range: LineRange) =>
      void navigate(
        { pathname: location.pathname, search: location.search, hash: lineHash(range) },
        { replace: true, state: location.state },
      ),
    [navigate, location.pathname, location.search, location.state],
  )
  const expand = useCallback((index: number) => setExpanded((shown) => new Set(shown).add(index)), [])

  /** In a short or zoomed window the drawer scrolls: the log comes into view, whole if it can. */
  function bringLogIntoView() {
    scroller.current?.scrollIntoView({ block: 'nearest' })
  }

  function goToLine(index: number) {
    select({ from: index + 1, to: index + 1 })
    scrollToIndex(index, 'center')
    bringLogIntoView()
  }

  const focused = useRef(false)
  useEffect(() => {
    if (!focusOnOpen || focused.current || count === 0) return
    focused.current = true
    scroller.current?.focus({ preventScroll: true })
  }, [focusOnOpen, count])

  // a permalink scrolls to its line once the log is there
  const scrolledToHash = useRef(false)
  useLayoutEffect(() => {
    if (scrolledToHash.current || !selection || count === 0) return
    if (selection.from > count && !whole) return
    scrolledToHash.current = true
    if (selection.from > count) return
    scrollToIndex(selection.from - 1, 'center')
    scroller.current?.scrollIntoView({ block: 'nearest' })
  }, [selection, count, whole, scrollToIndex])

  // … and brought into view sideways too (once: more matches found leave it be)
  useLayoutEffect(() => {
    if (!centerOn) return
    const frame = requestAnimationFrame(() =>
      scroller.current
        ?.querySelector('mark.current')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    )
    return () => cancelAnimationFrame(frame)
  }, [centerOn])

  // a running build's new lines are followed while the reader sits at the bottom
  useEffect(() => {
    if (running && atBottom && count) scrollToIndex(count - 1, 'end')
  }, [running, atBottom, count, scrollToIndex])

  useLogShortcuts({ searchBox, onToggleTimes: times.toggle, hidden, reveal })

  // the window moves to a new match: this pass is drawn again at once, so its lines are not made
  if (moving) return null
  // every line in the window is indexed: the window is as long as the lines indexed so far
  const drawn = lines.flatMap((placed) => {
    const line = lineAt(placed.index)
    const number = placed.index + 1
    const selected = selection !== undefined && number >= selection.from && number <= selection.to
    return line ? [{ ...placed, line, selected, numberId: `${numberIds}L${number}` }] : []
  })

  return (
    <div className="log-viewer">
      {explanation && (
        <LogExplanation
          explanation={explanation}
          onShowLine={goToLine}
          note={explanationNote?.(explanation)}
        />
      )}
      <LogToolbar
        search={search}
        searchBox={searchBox}
        errors={errors}
        selection={selection}
        onGoToLine={goToLine}
        lineCount={count}
        allLines={() => parseLog(text)}
        mode={times.mode}
        onModeChange={times.choose}
        start={start}
        wrap={wrap}
        onToggleWrap={() => setWrap(!wrap)}
      />
      {missing && (
        <p className="log-notice" role="status">
          {missing}
        </p>
      )}

      {count === 0 ? (
        <p className="log-empty muted">
          {running ? 'Waiting for the first lines…' : 'This build wrote no log.'}
        </p>
      ) : (
        <div
          ref={scroller}
          className={`log-lines${wrap ? ' wrap' : ''}`}
          role="log"
          aria-label={label}
          // a scrolling region must be reachable by keyboard, to scroll it with the arrow keys
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          // only a running build's log is followed: a finished one is not drawn again as it scrolls
          onScroll={
            running
              ? (event) => {
                  const element = event.currentTarget
                  setAtBottom(
                    element.scrollHeight - element.scrollTop - element.clientHeight < ROW_HEIGHT * 2,
                  )
                }
              : undefined
          }
        >
          <div className="log-rows" style={{ height, minWidth: wrap ? undefined : `${widthCh}ch` }}>
            <LogGutter lines={drawn} wrap={wrap} selection={selection} onSelect={select} />
            {/* the lines drawn, one under another, the window placed at the first one's top */}
            <div className="log-window" style={{ transform: `translateY(${drawn[0]?.start ?? 0}px)` }}>
              {drawn.map(({ index, key, line, selected, numberId }) => {
                const isCurrent = current?.line === index
                return (
                  <LogLineRow
                    key={key}
                    line={line}
                    index={index}
                    numberId={numberId}
                    measureRef={measureRef}
                    selected={selected}
                    mode={times.mode}
                    start={start}
                    matches={search.matchesOn(index)}
                    current={isCurrent ? current : undefined}
                    expanded={expanded.has(index) || (isCurrent && (current?.end ?? 0) > LONG_LINE)}
                    onExpand={expand}
                  />
                )
              })}
            </div>
          </div>
        </div>
      )}
      {arriving && count > 0 && (
        <p className="log-arriving" role="status">
          <Loader2 size={14} className="spin" aria-hidden /> Loading the rest of the log…
        </p>
      )}
      {running && !atBottom && (
        <button
          type="button"
          className="button small log-latest"
          onClick={() => {
            setAtBottom(true)
            scrollToIndex(count - 1, 'end')
          }}
        >
          <ArrowDownToLine size={14} aria-hidden /> Jump to latest
        </button>
      )}
    </div>
  )
}
