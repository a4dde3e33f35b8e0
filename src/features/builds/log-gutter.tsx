import type { MouseEvent } from 'react'
import type { LogLine } from '../../domain/build-log-parse'
import type { LineRange } from '../../routing/paths'
import './log-gutter.css'

/**
 * A line drawn in the window: its index, where its top is and how high it is (px), whether it is
 * selected, and the id its number takes (the line owns it).
 */
interface GutterLine {
  index: number
  /** the key of the row drawing it (rows are reused as the window moves) */
  key: number
  start: number
  size: number
  line: Pick<LogLine, 'severity'>
  selected: boolean
  numberId: string
}

/**
 * The numbers of the lines drawn, in one column beside them that stays in view when they scroll
 * sideways. Each number is a permalink to its line; shift-click extends the selection to it. Each
 * line owns its number (`aria-owns`), so a screen reader reads the number with the line, not a
 * column of numbers before all the lines.
 */
export function LogGutter({
  lines,
  wrap,
  selection,
  onSelect,
}: {
  /** the lines drawn, in order, one right under another */
  lines: readonly GutterLine[]
  /** lines wrap, so each number is as high as its line */
  wrap: boolean
  selection: LineRange | undefined
  onSelect: (range: LineRange) => void
}) {
  function select(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.log-number')
    if (!link) return
    event.preventDefault()
    const number = Number(link.dataset.line)
    onSelect(
      event.shiftKey && selection
        ? { from: Math.min(selection.from, number), to: Math.max(selection.to, number) }
        : { from: number, to: number },
    )
  }
  return (
    // the links' clicks, handled once for the column
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div
      className="log-gutter"
      style={{ transform: `translateY(${lines[0]?.start ?? 0}px)` }}
      onClick={select}
    >
      {lines.map(({ index, key, size, line, selected, numberId }) => {
        const number = index + 1
        return (
          <a
            key={key}
            id={numberId}
            className={`log-number sev-${line.severity}${selected ? ' selected' : ''}`}
            href={`#L${number}`}
            aria-label={`Line ${number}`}
            data-line={number}
            style={wrap ? { height: size } : undefined}
          >
            {number}
          </a>
        )
      })}
    </div>
  )
}
