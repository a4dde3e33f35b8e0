import { useMemo, useState } from 'react'
import type { LogIndex } from '../../domain/build-log-index'
import {
  matchAt,
  matchesOnLine,
  searchIndexedLog,
  type LogMatch,
  type LogMatches,
} from '../../domain/build-log-search'
import { useInSlices } from './use-in-slices'

export type LogSearch = ReturnType<typeof useLogSearch>

/** Characters searched as the query changes, before it is drawn (a short log whole), and a step of the rest. */
const FIRST_CHARS = 2_000_000
const STEP_CHARS = 1_000_000

/**
 * Search over every line of the log: the query, case sensitivity, the matches (packed: a
 * one-letter query finds a million), and the current one, which Enter, Shift+Enter and the arrows
 * move. A long log is searched in the raw text a slice at a time, so typing never waits: the first
 * match shows as soon as it is found, and the count grows until `searching` ends.
 */
export function useLogSearch(
  index: LogIndex,
  /** the log indexed is its start: the rest is on its way */
  arriving = false,
) {
  const [query, setQuery] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const run = useMemo(() => {
    const job = searchIndexedLog(index, query, { caseSensitive })
    job.step(FIRST_CHARS)
    return job
  }, [index, query, caseSensitive])
  const { result: matches, done } = useInSlices(run, STEP_CHARS)
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
    /** the log is still being searched: more matches may come */
    searching: !done || !index.complete || arriving,
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
