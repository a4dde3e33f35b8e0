import { useVirtualizer } from '@tanstack/react-virtual'
import {
  AlertTriangle,
  ArrowDownToLine,
  CaseSensitive,
  ChevronDown,
  ChevronUp,
  Copy,
  Lightbulb,
  WrapText,
} from 'lucide-react'
import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useLocation, useNavigate } from 'react-router'
import { ansiSpans, type AnsiSpan } from '../../domain/build-log-ansi'
import { formatLine, formatOffset, type TimestampMode } from '../../domain/build-log-copy'
import { explainFailure } from '../../domain/build-log-failures'
import { parseLog, parseLogChunk, type LogLine } from '../../domain/build-log-parse'
import { errorLines, searchLog, type LogMatch } from '../../domain/build-log-search'
import { lineHash, parseLineHash, type LineRange } from '../../routing/paths'
import { isTyping } from '../../ui/is-typing'

const ROW_HEIGHT = 20
/** Characters of a line drawn before "Show all"; a 1 MB line never reaches the DOM unasked. */
const LONG_LINE = 4000
/** Width of the line-number and time columns, in `ch`. */
const GUTTER_CH = 8

/**
 * A build log: parsed lines with levels and times, ANSI colours, line permalinks, error navigation
 * with an explanation of known causes, search over every line, wrap and timestamp modes, and
 * follow-the-end for running builds. Virtualized, so 200,000 lines open and scroll smoothly.
 */
export function LogViewer({
  text,
  label,
  startedAt,
  running = false,
  focusOnOpen = false,
}: {
  text: string
  label: string
  /** the build's start, for relative timestamps (else the first line's time) */
  startedAt?: number
  running?: boolean
  /** move focus into the log region once it has lines (the drawer opens on it) */
  focusOnOpen?: boolean
}) {
  const { lines, complete } = useParsedLog(text)
  const errors = useMemo(() => errorLines(lines), [lines])
  const explanation = useMemo(() => (errors.length ? explainFailure(lines) : null), [lines, errors])
  const start = startedAt ?? lines.find((line) => line.time !== undefined)?.time

  const [mode, setMode] = useState<TimestampMode>('absolute')
  const [lastShownMode, setLastShownMode] = useState<Exclude<TimestampMode, 'hidden'>>('absolute')
  const [wrap, setWrap] = useState(false)
  const [query, setQuery] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const deferredQuery = useDeferredValue(query)
  const matches = useMemo(
    () => searchLog(lines, deferredQuery, { caseSensitive }),
    [lines, deferredQuery, caseSensitive],
  )
  const [matchIndex, setMatchIndex] = useState(0)
  const current: LogMatch | undefined = matches[Math.min(matchIndex, matches.length - 1)]
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set())
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')

  const location = useLocation()
  const navigate = useNavigate()
  const selection = parseLineHash(location.hash)

  const scroller = useRef<HTMLDivElement>(null)
  const searchBox = useRef<HTMLInputElement>(null)
  const [atBottom, setAtBottom] = useState(true)

  const matchesByLine = useMemo(() => {
    const map = new Map<number, LogMatch[]>()
    for (const match of matches) {
      const list = map.get(match.line)
      if (list) list.push(match)
      else map.set(match.line, [match])
    }
    return map
  }, [matches])

  // widest line drawn (capped), so the no-wrap view scrolls sideways to the end of every line
  const widthCh = useMemo(() => {
    let widest = 0
    for (const line of lines) widest = Math.max(widest, Math.min(line.text.length, LONG_LINE))
    return widest + GUTTER_CH * 2 + 12
  }, [lines])

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own state
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    initialRect: { width: 900, height: 600 },
    measureElement: wrap ? (element) => element.getBoundingClientRect().height : undefined,
  })

  function scrollToLine(index: number) {
    virtualizer.scrollToIndex(index, { align: 'center' })
  }

  function select(range: LineRange) {
    void navigate(
      { pathname: location.pathname, search: location.search, hash: lineHash(range) },
      { replace: true, state: location.state },
    )
  }

  function goToLine(index: number) {
    select({ from: index + 1, to: index + 1 })
    scrollToLine(index)
  }

  const focused = useRef(false)
  useEffect(() => {
    if (!focusOnOpen || focused.current || lines.length === 0) return
    focused.current = true
    scroller.current?.focus({ preventScroll: true })
  }, [focusOnOpen, lines.length])

  // a permalink scrolls to its line once the log is there
  const scrolledToHash = useRef(false)
  useLayoutEffect(() => {
    if (scrolledToHash.current || !selection || !complete) return
    scrolledToHash.current = true
    virtualizer.scrollToIndex(Math.min(selection.from, lines.length) - 1, { align: 'center' })
  }, [selection, complete, lines.length, virtualizer])

  // the current match is brought into view, sideways too
  useEffect(() => {
    if (!current) return
    virtualizer.scrollToIndex(current.line, { align: 'center' })
    const frame = requestAnimationFrame(() =>
      scroller.current
        ?.querySelector('mark.current')
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    )
    return () => cancelAnimationFrame(frame)
  }, [current, virtualizer])

  // a running build's new lines are followed while the reader sits at the bottom
  useEffect(() => {
    if (running && atBottom && lines.length) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' })
  }, [running, atBottom, lines.length, virtualizer])

  useEffect(() => {
    if (copied === 'idle') return
    const timer = setTimeout(() => setCopied('idle'), 1800)
    return () => clearTimeout(timer)
  }, [copied])

  // `/` or Ctrl+F search the log, `T` shows or hides times (the viewer lives in a modal drawer)
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      const typing = isTyping(event.target)
      if ((event.key === 'f' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault()
        searchBox.current?.focus()
        searchBox.current?.select()
      } else if ((event.key === 't' || event.key === 'T') && !typing && !event.ctrlKey && !event.metaKey) {
        setMode((previous) => (previous === 'hidden' ? lastShownMode : 'hidden'))
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [lastShownMode])

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || matches.length === 0) return
    event.preventDefault()
    const step = event.shiftKey ? -1 : 1
    setMatchIndex((index) => (Math.min(index, matches.length - 1) + step + matches.length) % matches.length)
  }

  function stepError(step: 1 | -1) {
    const here = selection ? selection.from - 1 : -1
    const target =
      step === 1
        ? (errors.find((index) => index > here) ?? errors[0])
        : (errors.findLast((index) => index < here) ?? errors.at(-1))
    if (target !== undefined) goToLine(target)
  }

  async function copyLog() {
    try {
      await navigator.clipboard.writeText(lines.map((line) => formatLine(line, mode, start)).join('\n'))
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }

  const errorPosition = selection ? errors.indexOf(selection.from - 1) : -1

  return (
    <div className="log-viewer">
      {explanation && (
        <section className="log-explanation" aria-label="What went wrong">
          <Lightbulb size={18} aria-hidden className="log-explanation-icon" />
          <div>
            <h3>{explanation.title}</h3>
            <p>{explanation.detail}</p>
            <p className="muted">{explanation.advice}</p>
          </div>
          <button type="button" className="button small" onClick={() => goToLine(explanation.line)}>
            Show in log
          </button>
        </section>
      )}
      <div className="log-toolbar" role="toolbar" aria-label="Log tools">
        <div className="log-search">
          <input
            ref={searchBox}
            type="search"
            className="input"
            aria-label="Search the log"
            placeholder="Search the log ( / )"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value)
              setMatchIndex(0)
            }}
            onKeyDown={onSearchKey}
          />
          <button
            type="button"
            className="icon-button"
            aria-pressed={caseSensitive}
            aria-label="Match case"
            title="Match case"
            onClick={() => {
              setCaseSensitive(!caseSensitive)
              setMatchIndex(0)
            }}
          >
            <CaseSensitive size={16} aria-hidden />
          </button>
          <span className="log-count" role="status" aria-live="polite">
            {deferredQuery.trim()
              ? matches.length
                ? `${Math.min(matchIndex, matches.length - 1) + 1} of ${matches.length}`
                : 'No matches'
              : ''}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Previous match"
            disabled={matches.length === 0}
            onClick={() => setMatchIndex((index) => (index - 1 + matches.length) % matches.length)}
          >
            <ChevronUp size={16} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next match"
            disabled={matches.length === 0}
            onClick={() => setMatchIndex((index) => (index + 1) % matches.length)}
          >
            <ChevronDown size={16} aria-hidden />
          </button>
        </div>
        {errors.length > 0 && (
          <div className="log-errors">
            <button type="button" className="button small danger" onClick={() => goToLine(errors[0] ?? 0)}>
              <AlertTriangle size={14} aria-hidden /> Jump to first error
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Previous error"
              onClick={() => stepError(-1)}
            >
              <ChevronUp size={16} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Next error"
              onClick={() => stepError(1)}
            >
              <ChevronDown size={16} aria-hidden />
            </button>
            <span className="muted nowrap">
              {errorPosition >= 0
                ? `Error ${errorPosition + 1} of ${errors.length}`
                : `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`}
            </span>
          </div>
        )}
        <span className="topbar-spacer" />
        <label className="log-option">
          <span className="muted">Times</span>
          <select
            className="input select small"
            value={mode}
            onChange={(event) => {
              const next = event.target.value as TimestampMode
              setMode(next)
              if (next !== 'hidden') setLastShownMode(next)
            }}
            title="Show or hide times (T)"
          >
            <option value="absolute">Absolute</option>
            <option value="relative">From start</option>
            <option value="hidden">Hidden</option>
          </select>
        </label>
        <button
          type="button"
          className="button small"
          aria-pressed={wrap}
          onClick={() => {
            setWrap(!wrap)
            virtualizer.measure()
          }}
        >
          <WrapText size={14} aria-hidden /> Wrap lines
        </button>
        <button type="button" className="button small" onClick={copyLog} disabled={lines.length === 0}>
          <Copy size={14} aria-hidden /> {copied === 'copied' ? 'Copied' : 'Copy'}
        </button>
        <span role="status" className="visually-hidden">
          {copied === 'copied'
            ? 'Copied the log'
            : copied === 'failed'
              ? 'Copying failed: select the text and copy it'
              : ''}
        </span>
      </div>

      {lines.length === 0 ? (
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
          onScroll={(event) => {
            const element = event.currentTarget
            setAtBottom(element.scrollHeight - element.scrollTop - element.clientHeight < ROW_HEIGHT * 2)
          }}
        >
          <div
            style={{
              height: virtualizer.getTotalSize(),
              position: 'relative',
              minWidth: wrap ? undefined : `${widthCh}ch`,
            }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const line = lines[item.index]
              if (!line) return null
              const selected = selection && line.number >= selection.from && line.number <= selection.to
              const isCurrent = current?.line === item.index
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={wrap ? virtualizer.measureElement : undefined}
                  className={`log-line sev-${line.severity}${selected ? ' selected' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: wrap ? undefined : ROW_HEIGHT }}
                >
                  <a
                    className="log-number"
                    href={`#L${line.number}`}
                    aria-label={`Line ${line.number}`}
                    onClick={(event) => {
                      event.preventDefault()
                      select(
                        event.shiftKey && selection
                          ? {
                              from: Math.min(selection.from, line.number),
                              to: Math.max(selection.to, line.number),
                            }
                          : { from: line.number, to: line.number },
                      )
                    }}
                  >
                    {line.number}
                  </a>
                  {mode !== 'hidden' && (
                    <span className="log-time">
                      {line.time === undefined
                        ? ''
                        : mode === 'absolute'
                          ? (line.timeText ?? '')
                          : formatOffset(line.time - (start ?? line.time))}
                    </span>
                  )}
                  <LineText
                    line={line}
                    matches={matchesByLine.get(item.index)}
                    current={isCurrent ? current : undefined}
                    expanded={expanded.has(item.index) || (isCurrent && (current?.end ?? 0) > LONG_LINE)}
                    onExpand={() => setExpanded(new Set(expanded).add(item.index))}
                  />
                </div>
              )
            })}
          </div>
        </div>
      )}
      {running && !atBottom && (
        <button
          type="button"
          className="button small log-latest"
          onClick={() => {
            setAtBottom(true)
            virtualizer.scrollToIndex(lines.length - 1, { align: 'end' })
          }}
        >
          <ArrowDownToLine size={14} aria-hidden /> Jump to latest
        </button>
      )}
    </div>
  )
}

/** Lines drawn before the whole log is parsed: a big log shows its start at once. */
const HEAD_LINES = 2000

/**
 * The parsed log. A long log is parsed in two steps: its first lines at once (so they paint
 * without waiting), then the whole of it right after. While a growing log is parsed again, the
 * previous parse stays on screen.
 */
function useParsedLog(text: string): { lines: LogLine[]; complete: boolean } {
  const [parsed, setParsed] = useState<{ text: string; lines: LogLine[] } | null>(null)
  const quick = useMemo(
    () => (parsed?.text === text ? null : quickParse(text, parsed !== null)),
    [text, parsed],
  )

  useEffect(() => {
    if (parsed?.text === text || quick?.complete) return
    // The rest is parsed once the head is painted (a timer set in a frame callback runs after that
    // frame), in slices of a few milliseconds, so that scrolling and typing never wait for it.
    const lines: LogLine[] = []
    let start = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const slice = () => {
      const until = performance.now() + SLICE_MS
      while (start < text.length && performance.now() < until) {
        const chunk = parseLogChunk(text, start, SLICE_LINES, lines.length + 1)
        for (const line of chunk.lines) lines.push(line)
        start = chunk.next
      }
      if (start < text.length) timer = setTimeout(slice, 0)
      else setParsed({ text, lines })
    }
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(slice, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [text, parsed, quick])

  if (parsed?.text === text) return { lines: parsed.lines, complete: true }
  return quick ?? { lines: parsed?.lines ?? [], complete: false }
}

/** How long one slice of the background parse may take, and the lines it parses between clock checks. */
const SLICE_MS = 40
const SLICE_LINES = 2000

/** A short log whole; a long one's head (unless an earlier parse is on screen); else null. */
function quickParse(text: string, hasEarlierParse: boolean): { lines: LogLine[]; complete: boolean } | null {
  let end = -1
  for (let count = 0; count < HEAD_LINES; count++) {
    end = text.indexOf('\n', end + 1)
    if (end === -1) return { lines: parseLog(text), complete: true }
  }
  return hasEarlierParse ? null : { lines: parseLog(text.slice(0, end)), complete: false }
}

/** A line's level and message: ANSI colours as styles, search matches marked, long lines cut until asked. */
function LineText({
  line,
  matches,
  current,
  expanded,
  onExpand,
}: {
  line: LogLine
  matches: LogMatch[] | undefined
  current: LogMatch | undefined
  expanded: boolean
  onExpand: () => void
}) {
  const cut = !expanded && line.text.length > LONG_LINE
  const spans = useMemo(() => ansiSpans(line.message), [line.message])
  return (
    <span className="log-text">
      {line.level && <span className={`log-level level-${line.severity}`}>{line.level}</span>}
      {renderSpans(spans, matches ?? [], current, cut ? LONG_LINE : Infinity)}
      {cut && (
        <button type="button" className="link-button log-more" onClick={onExpand}>
          … show all {line.text.length.toLocaleString('en')} characters
        </button>
      )}
    </span>
  )
}

/** Splits styled spans at match boundaries; offsets are in the line's plain text. */
function renderSpans(
  spans: readonly AnsiSpan[],
  matches: readonly LogMatch[],
  current: LogMatch | undefined,
  limit: number,
): ReactNode[] {
  const out: ReactNode[] = []
  let offset = 0
  let m = 0
  for (const span of spans) {
    if (offset >= limit) break
    const text = span.text.slice(0, Math.max(0, limit - offset))
    const end = offset + text.length
    let position = offset
    while (position < end) {
      while (m < matches.length && (matches[m] as LogMatch).end <= position) m++
      const match = matches[m]
      if (match && match.start <= position) {
        const stop = Math.min(end, match.end)
        out.push(
          <mark
            key={out.length}
            className={match === current ? 'current' : undefined}
            style={ansiStyle(span)}
          >
            {text.slice(position - offset, stop - offset)}
          </mark>,
        )
        position = stop
      } else {
        const stop = Math.min(end, match ? match.start : end)
        out.push(
          <span key={out.length} className={ansiClass(span)} style={ansiStyle(span)}>
            {text.slice(position - offset, stop - offset)}
          </span>,
        )
        position = stop
      }
    }
    offset = offset + span.text.length
  }
  return out
}

function ansiClass(span: AnsiSpan): string | undefined {
  const classes: string[] = []
  if (span.fg && !span.fg.startsWith('#')) classes.push(`ansi-${span.fg}`)
  if (span.bg && !span.bg.startsWith('#')) classes.push(`ansi-bg-${span.bg}`)
  if (span.bold) classes.push('ansi-bold')
  if (span.dim) classes.push('ansi-dim')
  if (span.italic) classes.push('ansi-italic')
  if (span.underline) classes.push('ansi-underline')
  return classes.length ? classes.join(' ') : undefined
}

function ansiStyle(span: AnsiSpan) {
  if (!span.fg?.startsWith('#') && !span.bg?.startsWith('#')) return undefined
  return {
    color: span.fg?.startsWith('#') ? span.fg : undefined,
    backgroundColor: span.bg?.startsWith('#') ? span.bg : undefined,
  }
}
