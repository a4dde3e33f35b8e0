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
 * Every occurrence of `query` in each line's `text` (not overlapping, left to right), in line order.
 * The query is used as typed (spaces included); an empty or whitespace-only query finds nothing.
 */
export function searchLog(
  lines: readonly LogLine[],
  query: string,
  options: { caseSensitive?: boolean } = {},
): LogMatch[] {
  const matches: LogMatch[] = []
  if (query.trim() === '') return matches
  if (options.caseSensitive) {
    lines.forEach(({ text }, line) => {
      for (let start = text.indexOf(query); start !== -1; start = text.indexOf(query, start + query.length)) {
        matches.push({ line, start, end: start + query.length })
      }
    })
  } else {
    // A case-insensitive regular expression keeps offsets right where toLowerCase() would change lengths.
    const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')
    lines.forEach(({ text }, line) => {
      pattern.lastIndex = 0
      for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
        matches.push({ line, start: found.index, end: found.index + found[0].length })
      }
    })
  }
  return matches
}

/** Indexes (into lines) of every line with severity 'error'. */
export function errorLines(lines: readonly LogLine[]): number[] {
  const indexes: number[] = []
  lines.forEach((line, index) => {
    if (line.severity === 'error') indexes.push(index)
  })
  return indexes
}
