/**
 * A build log indexed without an object per line: where each line starts (a typed array), which
 * lines are errors and warnings (a byte each), which hold escape codes, and how wide the widest is.
 * A line is parsed only when it is drawn. Pure logic: no React, no DOM.
 */

import { headerAt, parseLine, type LogLine } from './build-log-parse'

export interface LogIndex {
  readonly raw: string
  /** how many lines: the same lines as `parseLog(raw)` once `complete` (the first ones before) */
  readonly count: number
  /** where line `i` starts in `raw` */
  readonly starts: Uint32Array
  /** where the line after the last one indexed starts (`raw.length` once complete) */
  readonly indexedTo: number
  readonly complete: boolean
  /** per line: {@link ERROR}, {@link WARN}, or 0 */
  readonly marks: Uint8Array
  /** the lines that hold an escape character (ANSI codes), in order */
  readonly escaped: Int32Array
  /** characters in the longest message (near enough: its time and level left out), at most `cap` */
  readonly widest: number
}

export const WARN = 1
export const ERROR = 2

const LF = 10
const CR = 13
const ESC = '\x1b'

/** An index of a log built a slice at a time; see {@link startIndex}. */
export interface LogIndexer {
  /** indexes about `chars` more characters of the log (a line at least); true once complete */
  step(chars: number): boolean
  readonly done: boolean
  /** the index so far */
  current(): LogIndex
}

/**
 * Indexes `raw` from its first line on, a slice at a time (lines end at \r\n, \n or a lone \r; a
 * trailing newline adds no empty line): each step finds where its lines start, then the level of
 * each (a few characters read) and the escape codes in the same stretch of text. `widestCap` caps
 * {@link LogIndex.widest}: lines longer than that are all as wide.
 */
export function startIndex(raw: string, widestCap = Infinity): LogIndexer {
  let starts = new Uint32Array(1024)
  let marks = new Uint8Array(1024)
  let escaped = new Int32Array(64)
  let count = 0
  let escapedCount = 0
  // the next \n and \r at or after `at`, raw.length when there is none
  let lf = -1
  let cr = -1
  let at = 0
  let longest = { line: -1, length: -1 }
  let snapshot: LogIndex | undefined

  /** lines from `at` on, and their marks, until a line starts at or past `until` */
  function indexLines(until: number) {
    // in local variables: the loop runs once a line, a million times in a long log
    let [line, next, nextLf, nextCr] = [count, at, lf, cr]
    const length = raw.length
    while (next < length && (next < until || line === 0)) {
      if (line === starts.length) {
        starts = grown(starts, new Uint32Array(line * 2))
        marks = grown(marks, new Uint8Array(line * 2))
      }
      starts[line] = next
      const mark = markOf(raw, next)
      if (mark) marks[line] = mark
      if (nextLf < next) nextLf = indexOrEnd(raw, '\n', next)
      // a lone \r is looked for only as far as the \n: a log with none is not read to its end at once
      if (nextCr < next) nextCr = indexBefore(raw, '\r', next, nextLf)
      const end = Math.min(nextLf, nextCr)
      if (end - next > longest.length) longest = { line, length: end - next }
      next = end + (raw.charCodeAt(end) === CR && raw.charCodeAt(end + 1) === LF ? 2 : 1)
      line++
    }
    ;[count, at, lf, cr] = [line, Math.min(next, length), nextLf, nextCr]
  }

  /** the escape codes of lines [first, count), whose text is raw[from, at) */
  function scan(first: number, from: number) {
    const stretch = raw.slice(from, at)
    for (let hit = stretch.indexOf(ESC), line = first; hit !== -1;) {
      line = findLine(starts, count, from + hit, line)
      if (escapedCount === escaped.length) escaped = grown(escaped, new Int32Array(escapedCount * 2))
      escaped[escapedCount++] = line
      hit = line + 1 < count ? stretch.indexOf(ESC, (starts[line + 1] as number) - from) : -1
    }
  }

  const indexer: LogIndexer = {
    get done() {
      return at >= raw.length
    },
    step(chars) {
      const first = count
      const from = at
      indexLines(at + chars)
      if (count > first) scan(first, from)
      snapshot = undefined
      return indexer.done
    },
    current() {
      snapshot ??= {
        raw,
        count,
        starts: starts.subarray(0, count),
        indexedTo: at,
        complete: indexer.done,
        marks: marks.subarray(0, count),
        escaped: escaped.subarray(0, escapedCount),
        widest: widestOf(longest),
      }
      return snapshot
    },
  }

  function widestOf({ line, length }: { line: number; length: number }): number {
    const start = starts[line]
    if (start === undefined) return 0
    const header = headerAt(raw, start)
    return Math.min(widestCap, header ? length - (header.end - start) : length)
  }

  return indexer
}

/** The whole of `raw` indexed at once (see {@link startIndex}). */
export function indexLog(raw: string, widestCap = Infinity): LogIndex {
  const indexer = startIndex(raw, widestCap)
  while (!indexer.step(Infinity));
  return indexer.current()
}

/** Where line `line` ends in `raw` (its line break left out). */
export function lineEnd(index: LogIndex, line: number): number {
  const { raw, starts } = index
  const start = starts[line] as number
  let end = line + 1 < index.count ? (starts[line + 1] as number) : index.indexedTo
  if (end > start && raw.charCodeAt(end - 1) === LF) {
    end--
    if (end > start && raw.charCodeAt(end - 1) === CR) end--
  } else if (end > start && raw.charCodeAt(end - 1) === CR) end--
  return end
}

/** The line that holds offset `offset` of `raw` (the last line for offsets past the end). */
export function lineOf(index: LogIndex, offset: number, from = 0): number {
  return findLine(index.starts, index.count, offset, from)
}

/** Of lines [from, count), the last that starts at or before `offset`. */
function findLine(starts: Uint32Array, count: number, offset: number, from: number): number {
  let low = from
  let high = count - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** Line `line` (from 0), parsed: the same as `parseLog(raw)[line]`. */
export function readLine(index: LogIndex, line: number): LogLine | undefined {
  const start = index.starts[line]
  return start === undefined ? undefined : parseLine(index.raw, start, lineEnd(index, line), line + 1)
}

/** The lines marked `mark` ({@link ERROR} or {@link WARN}), in order. */
export function linesMarked(index: LogIndex, mark: number): number[] {
  const lines: number[] = []
  for (let line = index.marks.indexOf(mark); line !== -1; line = index.marks.indexOf(mark, line + 1))
    lines.push(line)
  return lines
}

/** The time of the first line that has one, as `parseLog(raw).find((l) => l.time !== undefined)?.time`. */
export function firstTime(index: LogIndex): number | undefined {
  for (let line = 0; line < index.count; line++) {
    const start = index.starts[line] as number
    if (!isDigit(index.raw.charCodeAt(start))) continue
    const header = headerAt(index.raw, start)
    if (header) return header.time
  }
  return undefined
}

/**
 * The mark of the line that starts at `start`: a few characters are read to find where a
 * `<time>[LEVEL]` header would put its level; only a level starting with E, F or W is read in full.
 */
function markOf(raw: string, start: number): number {
  if (!isDigit(raw.charCodeAt(start)) || raw.charCodeAt(start + 4) !== 45 /* - */) return 0
  let at = start + 19
  if (raw.charCodeAt(at) === 46 /* . */) {
    at++
    while (isDigit(raw.charCodeAt(at))) at++
  }
  at += (raw.charCodeAt(at) | 0x20) === 122 /* z */ ? 1 : 6
  const letter = raw.charCodeAt(at + 1) | 0x20
  if (
    raw.charCodeAt(at) !== 91 /* [ */ ||
    (letter !== 101 /* e */ && letter !== 102 /* f */ && letter !== 119)
  )
    return 0
  const severity = headerAt(raw, start)?.severity
  return severity === 'error' ? ERROR : severity === 'warn' ? WARN : 0
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function indexOrEnd(value: string, search: string, from: number): number {
  const index = value.indexOf(search, from)
  return index === -1 ? value.length : index
}

/** The first `search` in `value` in [from, limit), or `limit`: a stretch is read at a time. */
function indexBefore(value: string, search: string, from: number, limit: number): number {
  for (let at = from; at < limit; at += STRETCH) {
    const hit = value.slice(at, Math.min(limit, at + STRETCH)).indexOf(search)
    if (hit !== -1) return at + hit
  }
  return limit
}
const STRETCH = 65_536

/** `bigger` holding `array`'s values first */
function grown<T extends Uint32Array | Uint8Array | Int32Array>(array: T, bigger: T): T {
  bigger.set(array)
  return bigger
}
