import { memo, useMemo, type ReactNode } from 'react'
import { ansiSpans, type AnsiSpan } from '../../domain/build-log-ansi'
import { formatOffset, type TimestampMode } from '../../domain/build-log-copy'
import type { LogLine } from '../../domain/build-log-parse'
import type { LogMatch } from '../../domain/build-log-search'
import './log-line-row.css'

/** Characters of a line drawn before "Show all"; a 1 MB line never reaches the DOM unasked. */
export const LONG_LINE = 4000

/**
 * One line of the log, drawn in the window of lines: its time in the chosen mode and its
 * text (its number is drawn in the gutter: log-gutter.tsx). Drawn again only when one of these
 * changes: scrolling draws just the lines that come into view.
 */
export const LogLineRow = memo(function LogLineRow({
  line,
  index,
  numberId,
  measureRef,
  selected,
  mode,
  start,
  matches,
  current,
  expanded,
  onExpand,
}: {
  line: LogLine
  /** the line's index in the log (its number less one) */
  index: number
  /** the id of its number in the gutter, which the line owns for assistive technology */
  numberId: string
  /** the virtualizer's measuring ref, when lines wrap and so differ in height */
  measureRef: ((element: HTMLDivElement | null) => void) | undefined
  selected: boolean
  mode: TimestampMode
  /** the time relative times count from */
  start: number | undefined
  matches: readonly LogMatch[] | undefined
  /** the current search match, when it is on this line */
  current: LogMatch | undefined
  expanded: boolean
  /** shows the whole of line `index` */
  onExpand: (index: number) => void
}) {
  return (
    <div
      data-index={index}
      aria-owns={numberId}
      ref={measureRef}
      className={`log-line sev-${line.severity}${selected ? ' selected' : ''}`}
    >
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
        matches={matches}
        current={current}
        expanded={expanded}
        onExpand={() => onExpand(index)}
      />
    </div>
  )
})

/** A line's level and message: ANSI colours as styles, search matches marked, long lines cut until asked. */
function LineText({
  line,
  matches,
  current,
  expanded,
  onExpand,
}: {
  line: LogLine
  matches: readonly LogMatch[] | undefined
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
            className={match.start === current?.start ? 'current' : undefined}
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

/** Truecolor (`#rrggbb`) has no class: it is drawn as the log gives it. */
function ansiStyle(span: AnsiSpan) {
  if (!span.fg?.startsWith('#') && !span.bg?.startsWith('#')) return undefined
  return {
    color: span.fg?.startsWith('#') ? span.fg : undefined,
    backgroundColor: span.bg?.startsWith('#') ? span.bg : undefined,
  }
}
