/** Build log search: every match of a query, and the error lines to step through. Pure logic. */

import type { LogLine } from './build-log-parse'

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
    const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
    for (let line = 0; line < lines.length; line++) {
      const text = (lines[line] as LogLine).text
      pattern.lastIndex = 0
      while (pattern.test(text)) found.push(line, pattern.lastIndex - query.length)
    }
  }
  return found.done()
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

  done(): LogMatches {
    return { count: this.count, lines: this.lines, starts: this.starts, length: this.length }
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
