import { useDeferredValue, useMemo, useState } from 'react'
import type { LogLine } from '../../domain/build-log-parse'
import {
  matchAt,
  matchesOnLine,
  searchLog,
  type LogMatch,
  type LogMatches,
} from '../../domain/build-log-search'

export type LogSearch = ReturnType<typeof useLogSearch>

/**
 * Search over every line of the log: the query (matched once typing pauses), case sensitivity,
 * the matches (packed: a one-letter query finds a million), and the current one, which Enter,
 * Shift+Enter and the arrows move.
 */
export function useLogSearch(lines: readonly LogLine[]) {
  const [query, setQuery] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const deferredQuery = useDeferredValue(query)
  const matches = useMemo(
    () => searchLog(lines, deferredQuery, { caseSensitive }),
    [lines, deferredQuery, caseSensitive],
  )
  const count = matches.count
  const [matchIndex, setMatchIndex] = useState(0)
  const current: LogMatch | undefined = useMemo(
    () => matchAt(matches, Math.min(matchIndex, count - 1)),
    [matches, matchIndex, count],
  )
  /** the matches on one line, for drawing it */
  const matchesOn = useMemo(() => lineMatches(matches), [matches])

  return {
    query,
    deferredQuery,
    caseSensitive,
    count,
    matchIndex,
    current,
    matchesOn,
    setQuery(value: string) {
      setQuery(value)
      setMatchIndex(0)
    },
    toggleCaseSensitive() {
      setCaseSensitive(!caseSensitive)
      setMatchIndex(0)
    },
    previous() {
      setMatchIndex((index) => (index - 1 + count) % count)
    },
    next() {
      setMatchIndex((index) => (index + 1) % count)
    },
    /** Enter and Shift+Enter in the search box: from the current match, round the end. */
    step(step: 1 | -1) {
      setMatchIndex((index) => (Math.min(index, count - 1) + step + count) % count)
    },
  }
}

/** Lines with matches kept, so a line's matches are the same array each time it is drawn. */
const LINES_KEPT = 5000

/** The matches of a line (undefined when it has none), the same array each time it is asked for. */
function lineMatches(matches: LogMatches) {
  const kept = new Map<number, readonly LogMatch[]>()
  return (line: number): readonly LogMatch[] | undefined => {
    if (matches.count === 0) return undefined
    const known = kept.get(line)
    if (known) return known
    const found = matchesOnLine(matches, line)
    if (found.length === 0) return undefined
    if (kept.size >= LINES_KEPT) kept.clear()
    kept.set(line, found)
    return found
  }
}
