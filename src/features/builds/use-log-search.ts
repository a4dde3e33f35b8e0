import { useDeferredValue, useMemo, useState } from 'react'
import type { LogLine } from '../../domain/build-log-parse'
import { searchLog, type LogMatch } from '../../domain/build-log-search'

export type LogSearch = ReturnType<typeof useLogSearch>

/**
 * Search over every line of the log: the query (matched once typing pauses), case sensitivity,
 * the matches grouped by line, and the current one, which Enter, Shift+Enter and the arrows move.
 */
export function useLogSearch(lines: readonly LogLine[]) {
  const [query, setQuery] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const deferredQuery = useDeferredValue(query)
  const matches = useMemo(
    () => searchLog(lines, deferredQuery, { caseSensitive }),
    [lines, deferredQuery, caseSensitive],
  )
  const [matchIndex, setMatchIndex] = useState(0)
  const current: LogMatch | undefined = matches[Math.min(matchIndex, matches.length - 1)]

  const matchesByLine = useMemo(() => {
    const map = new Map<number, LogMatch[]>()
    for (const match of matches) {
      const list = map.get(match.line)
      if (list) list.push(match)
      else map.set(match.line, [match])
    }
    return map
  }, [matches])

  return {
    query,
    deferredQuery,
    caseSensitive,
    matches,
    matchIndex,
    current,
    matchesByLine,
    setQuery(value: string) {
      setQuery(value)
      setMatchIndex(0)
    },
    toggleCaseSensitive() {
      setCaseSensitive(!caseSensitive)
      setMatchIndex(0)
    },
    previous() {
      setMatchIndex((index) => (index - 1 + matches.length) % matches.length)
    },
    next() {
      setMatchIndex((index) => (index + 1) % matches.length)
    },
    /** Enter and Shift+Enter in the search box: from the current match, round the end. */
    step(step: 1 | -1) {
      setMatchIndex((index) => (Math.min(index, matches.length - 1) + step + matches.length) % matches.length)
    },
  }
}
