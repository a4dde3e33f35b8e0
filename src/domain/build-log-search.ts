/** Build log search: every match of a query, and the error lines to step through. Pure logic. */

import { headerAt, type LogLine } from './build-log-parse'
import { lineEnd, lineOf, readLine, type LogIndex } from './build-log-index'

export interface LogMatch {
  /** index into the lines array */
  line: number
  /** offsets in line.text */
  start: number
  end: number
}

/**
 * Every match of a search, in line order, packed in two arrays: match `i` is on line `lines[i]` and
 * starts at `starts[i]` in its text. A one-letter query finds a million matches in a long log: packed,
 * they cost no object each.
 */
export interface LogMatches {
  readonly count: number
  readonly lines: Int32Array
  readonly starts: Int32Array
  /** every match is as long as the query (UTF-16 code units) */
  readonly length: number
}

const NONE: LogMatches = { count: 0, lines: new Int32Array(0), starts: new Int32Array(0), length: 0 }

/**
 * Every occurrence of `query` in each line's `text` (not overlapping, left to right), in line order.
 * The query is used as typed (spaces included); an empty or whitespace-only query finds nothing.
 */
export function searchLog(
  lines: readonly LogLine[],
  query: string,
  options: { caseSensitive?: boolean } = {},
): LogMatches {
  if (query.trim() === '') return NONE
  const found = new MatchList(query.length)
  if (options.caseSensitive) {
    for (let line = 0; line < lines.length; line++) {
      const text = (lines[line] as LogLine).text
      for (let start = text.indexOf(query); start !== -1; start = text.indexOf(query, start + query.length)) {
        found.push(line, start)
      }
    }
  } else {
    // A case-insensitive regular expression keeps offsets right where toLowerCase() would change lengths.
    // Without the `u` flag it matches one code unit per character of the query, so every match is as long
    // as the query, and `test` (which builds no match object) gives where each one ends.
    const pattern = caseless(query)
    for (let line = 0; line < lines.length; line++) {
      const text = (lines[line] as LogLine).text
      pattern.lastIndex = 0
      while (pattern.test(text)) found.push(line, pattern.lastIndex - query.length)
    }
  }
  return found.done()
}

/** A case-insensitive search for `query` as typed (every match is as long as the query). */
function caseless(query: string): RegExp {
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
}

/** A search of an indexed log that runs a slice at a time; see {@link searchIndexedLog}. */
export interface IndexedLogSearch {
  /** searches on for about `chars` characters of the log (a line at least); true once done */
  step(chars: number): boolean
  readonly done: boolean
  /** the matches found so far (the same object until more are found) */
  current(): LogMatches
}

/**
 * The matches `searchLog(parseLog(index.raw), query, options)` gives, found in the raw text itself
 * (no line parsed, no copy of the text), from the first line on: a slice at a time, so the first
 * matches are there long before the count is complete. Lines with escape codes are searched
 * without them, as they show.
 */
export function searchIndexedLog(
  index: LogIndex,
  query: string,
  options: { caseSensitive?: boolean } = {},
): IndexedLogSearch {
  const { raw, starts, escaped, count } = index
  const found = new MatchList(query.length)
  const pattern = options.caseSensitive ? null : caseless(query)
  /** the next `query` in `text` at or after `from`, or -1 */
  const next = (text: string, from: number): number => {
    if (!pattern) return text.indexOf(query, from)
    pattern.lastIndex = from
    return pattern.test(text) ? pattern.lastIndex - query.length : -1
  }
  let line = query.trim() === '' ? count : 0
  let nextEscaped = 0

  /** lines [from, to), none of which holds an escape code, searched as one stretch of the log */
  function searchPlain(from: number, to: number) {
    const base = starts[from] as number
    const stretch = raw.slice(base, to < count ? starts[to] : index.indexedTo)
    let at = from
    let message = -1
    let end = -1
    for (let hit = next(stretch, 0); hit !== -1;) {
      const offset = base + hit
      if (offset > end) {
        at = lineOf(index, offset, at)
        message = headerAt(raw, starts[at] as number)?.end ?? (starts[at] as number)
        end = lineEnd(index, at)
      }
      const inMessage = offset >= message && offset + query.length <= end
      if (inMessage) found.push(at, offset - message)
      hit = next(stretch, hit + (inMessage ? query.length : 1))
    }
  }

  /** one line's text, without its escape codes */
  function searchText(at: number) {
    const text = readLine(index, at)?.text ?? ''
    for (let hit = next(text, 0); hit !== -1; hit = next(text, hit + query.length)) found.push(at, hit)
  }

  return {
    get done() {
      return line >= count
    },
    step(chars: number) {
      if (line >= count) return true
      const to = (starts[line] as number) + chars
      const until =
        to >= index.indexedTo ? count : Math.min(count, Math.max(line + 1, lineOf(index, to, line)))
      while (line < until) {
        const stop = Math.min(until, escaped[nextEscaped] ?? count)
        if (line < stop) {
          searchPlain(line, stop)
          line = stop
        } else {
          searchText(line++)
          nextEscaped++
        }
      }
      return line >= count
    },
    current: () => found.done(),
  }
}

/** The `index`th match (from 0), or undefined past the last. */
export function matchAt(matches: LogMatches, index: number): LogMatch | undefined {
  if (index < 0 || index >= matches.count) return undefined
  const start = matches.starts[index] as number
  return { line: matches.lines[index] as number, start, end: start + matches.length }
}

/** The matches on one line, left to right (found by halving: the matches are in line order). */
export function matchesOnLine(matches: LogMatches, line: number): LogMatch[] {
  let low = 0
  let high = matches.count
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((matches.lines[middle] as number) < line) low = middle + 1
    else high = middle
  }
  const found: LogMatch[] = []
  for (let index = low; index < matches.count && matches.lines[index] === line; index++) {
    const start = matches.starts[index] as number
    found.push({ line, start, end: start + matches.length })
  }
  return found
}

/** Indexes (into lines) of every line with severity 'error'. */
export function errorLines(lines: readonly LogLine[]): number[] {
  const indexes: number[] = []
  lines.forEach((line, index) => {
    if (line.severity === 'error') indexes.push(index)
  })
  return indexes
}

/** Matches as they are found, in arrays that double when full. */
class MatchList {
  private count = 0
  private lines: Int32Array = new Int32Array(256)
  private starts: Int32Array = new Int32Array(256)

  constructor(private readonly length: number) {}

  push(line: number, start: number) {
    if (this.count === this.lines.length) {
      this.lines = grown(this.lines)
      this.starts = grown(this.starts)
    }
    this.lines[this.count] = line
    this.starts[this.count] = start
    this.count++
  }

  private last: LogMatches | undefined

  /** the matches so far: the same object until more are found */
  done(): LogMatches {
    if (this.last?.count !== this.count)
      this.last = { count: this.count, lines: this.lines, starts: this.starts, length: this.length }
    return this.last
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
