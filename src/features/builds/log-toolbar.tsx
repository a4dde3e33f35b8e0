import { AlertTriangle, CaseSensitive, ChevronDown, ChevronUp, Copy, WrapText } from 'lucide-react'
import { useEffect, useState, type RefObject } from 'react'
import { formatLine, type TimestampMode } from '../../domain/build-log-copy'
import type { LogLine } from '../../domain/build-log-parse'
import type { LineRange } from '../../routing/paths'
import { useSingleKeyShortcuts } from '../../ui/shortcuts'
import type { LogSearch } from './use-log-search'
import './log-toolbar.css'

/** The tools' icons, made once: the toolbar is drawn again as a search counts, its icons need not be. */
const icons = {
  matchCase: <CaseSensitive size={16} aria-hidden />,
  up: <ChevronUp size={16} aria-hidden />,
  down: <ChevronDown size={16} aria-hidden />,
  error: <AlertTriangle size={14} aria-hidden />,
  wrap: <WrapText size={14} aria-hidden />,
  copy: <Copy size={14} aria-hidden />,
}

/**
 * The log's tools: search (with its count and arrows), the errors (first, previous, next, and
 * which one is selected), the timestamp mode, wrapping, and copying the log as shown.
 */
export function LogToolbar({
  search,
  searchBox,
  errors,
  selection,
  onGoToLine,
  lineCount,
  allLines,
  mode,
  onModeChange,
  start,
  wrap,
  onToggleWrap,
}: {
  search: LogSearch
  searchBox: RefObject<HTMLInputElement | null>
  /** indexes of the error lines */
  errors: readonly number[]
  selection: LineRange | undefined
  onGoToLine: (index: number) => void
  lineCount: number
  /** every line of the log, for copying (parsed then, when the log is not yet) */
  allLines: () => readonly LogLine[]
  mode: TimestampMode
  onModeChange: (mode: TimestampMode) => void
  /** the time relative times count from */
  start: number | undefined
  wrap: boolean
  onToggleWrap: () => void
}) {
  const { count: matchCount, matchIndex } = search

  function stepError(step: 1 | -1) {
    const here = selection ? selection.from - 1 : -1
    const target =
      step === 1
        ? (errors.find((index) => index > here) ?? errors[0])
        : (errors.findLast((index) => index < here) ?? errors.at(-1))
    if (target !== undefined) onGoToLine(target)
  }

  const errorPosition = selection ? errors.indexOf(selection.from - 1) : -1
  const more = search.searching ? '…' : ''
  const count = search.query.trim()
    ? matchCount
      ? `${Math.min(matchIndex, matchCount - 1) + 1} of ${matchCount}${more}`
      : search.searching
        ? 'Searching…'
        : 'No matches'
    : ''

  const singleKeys = useSingleKeyShortcuts()
  return (
    <div className="log-toolbar" role="toolbar" aria-label="Log tools">
      <div className="log-search">
        {/* the count sits inside the box, so the toolbar does not grow while one searches */}
        <div className={`log-search-field${count ? ' counting' : ''}`}>
          <input
            ref={searchBox}
            type="search"
            className="input"
            aria-label="Search the log"
            placeholder={singleKeys ? 'Search the log ( / )' : 'Search the log'}
            aria-keyshortcuts={singleKeys ? '/ Control+F' : 'Control+F'}
            value={search.query}
            onChange={(event) => search.setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || matchCount === 0) return
              event.preventDefault()
              search.step(event.shiftKey ? -1 : 1)
            }}
          />
          <span className="log-count" role="status" aria-live="polite">
            {count}
          </span>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-pressed={search.caseSensitive}
          aria-label="Match case"
          title="Match case"
          onClick={search.toggleCaseSensitive}
        >
          {icons.matchCase}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Previous match"
          disabled={matchCount === 0}
          onClick={search.previous}
        >
          {icons.up}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Next match"
          disabled={matchCount === 0}
          onClick={search.next}
        >
          {icons.down}
        </button>
      </div>
      {errors.length > 0 && (
        <div className="log-errors">
          <button type="button" className="button small danger" onClick={() => onGoToLine(errors[0] ?? 0)}>
            {icons.error} Jump to first error
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Previous error"
            onClick={() => stepError(-1)}
          >
            {icons.up}
          </button>
          <button type="button" className="icon-button" aria-label="Next error" onClick={() => stepError(1)}>
            {icons.down}
          </button>
          {/* as wide as its longest wording, so choosing an error does not move the tools after it */}
          <span className="muted nowrap log-error-position">
            <span>
              {errorPosition >= 0
                ? `Error ${errorPosition + 1} of ${errors.length}`
                : `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`}
            </span>
            <span aria-hidden className="log-reserve">
              Error {errors.length} of {errors.length}
            </span>
          </span>
        </div>
      )}
      <label className="log-option">
        <span className="muted">Times</span>
        <select
          className="input select small"
          value={mode}
          onChange={(event) => onModeChange(event.target.value as TimestampMode)}
          title="Show or hide times (T)"
        >
          <option value="absolute">Absolute</option>
          <option value="relative">From start</option>
          <option value="hidden">Hidden</option>
        </select>
      </label>
      <button type="button" className="button small" aria-pressed={wrap} onClick={onToggleWrap}>
        {icons.wrap} Wrap lines
      </button>
      <CopyLog
        text={() =>
          allLines()
            .map((line) => formatLine(line, mode, start))
            .join('\n')
        }
        disabled={lineCount === 0}
      />
    </div>
  )
}

/** Copies the log as shown (times in the chosen mode, no colours), and says whether that worked. */
function CopyLog({ text, disabled }: { text: () => string; disabled: boolean }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (copied === 'idle') return
    const timer = setTimeout(() => setCopied('idle'), 1800)
    return () => clearTimeout(timer)
  }, [copied])

  async function copy() {
    try {
      await navigator.clipboard.writeText(text())
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }

  return (
    <>
      <button type="button" className="button small" onClick={copy} disabled={disabled}>
        {icons.copy} {copied === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className="visually-hidden">
        {copied === 'copied'
          ? 'Copied the log'
          : copied === 'failed'
            ? 'Copying failed: select the text and copy it'
            : ''}
      </span>
    </>
  )
}
