/**
 * A build log indexed without an object per line: where each line starts (a typed array), which
 * lines are errors and warnings (a byte each), which hold escape codes, and how wide the widest is.
 * A line is parsed only when it is drawn. Pure logic: no React, no DOM.
 */

import { headerAt, parseLogChunk, type LogLine } from './build-log-parse'

export interface LogIndex {
  readonly raw: string
  /** how many lines: the same lines as `parseLog(raw)` */
  readonly count: number
  /** where line `i` starts in `raw` */
  readonly starts: Uint32Array
  /** per line: {@link ERROR}, {@link WARN}, or 0 */
  readonly marks: Uint8Array
  /** the lines that hold an escape character (ANSI codes), in order */
  readonly escaped: Int32Array
  /** characters in the longest message (time and level left out), at most `cap` when indexed */
  readonly widest: number
}

export const WARN = 1
export const ERROR = 2

const LF = 10
const CR = 13
const ESC = '\x1b'

/**
 * Indexes `raw` in one pass (lines end at \r\n, \n or a lone \r; a trailing newline adds no empty
 * line). `widestCap` caps {@link LogIndex.widest}: lines longer than that are all as wide.
 */
export function indexLog(raw: string, widestCap = Infinity): LogIndex {
  let starts: Uint32Array = new Uint32Array(1024)
  let count = 0
  // the next \n and \r at or after `at`, raw.length when there is none
  let lf = -1
  let cr = -1
  let at = 0
  while (at < raw.length) {
    if (count === starts.length) starts = grown(starts)
    starts[count++] = at
    if (lf < at) lf = indexOrEnd(raw, '\n', at)
    if (cr < at) cr = indexOrEnd(raw, '\r', at)
    const end = Math.min(lf, cr)
    at = end + (raw.charCodeAt(end) === CR && raw.charCodeAt(end + 1) === LF ? 2 : 1)
  }
  starts = starts.slice(0, count)
  const marks = new Uint8Array(count)
  let widest = 0
  for (let line = 0; line < count; line++) {
    const start = starts[line] as number
    const end = endOf(raw, starts, count, line)
    const { message, mark } = scanHeader(raw, start, end)
    if (mark) marks[line] = mark
    widest = Math.max(widest, Math.min(widestCap, end - message))
  }
  return { raw, count, starts, marks, escaped: escapedLines(raw, starts), widest }
}

/** Where line `line` ends in `raw` (its line break left out). */
export function lineEnd(index: LogIndex, line: number): number {
  return endOf(index.raw, index.starts, index.count, line)
}

/** The line that holds offset `offset` of `raw` (the last line for offsets past the end). */
export function lineOf(index: LogIndex, offset: number, from = 0): number {
  return findLine(index.starts, offset, from)
}

/** The last line at or after `from` that starts at or before `offset`. */
function findLine(starts: Uint32Array, offset: number, from: number): number {
  let low = from
  let high = starts.length - 1
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
  return start === undefined ? undefined : parseLogChunk(index.raw, start, 1, line + 1).lines[0]
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

function endOf(raw: string, starts: Uint32Array, count: number, line: number): number {
  const start = starts[line] as number
  let end = line + 1 < count ? (starts[line + 1] as number) : raw.length
  if (end > start && raw.charCodeAt(end - 1) === LF) {
    end--
    if (end > start && raw.charCodeAt(end - 1) === CR) end--
  } else if (end > start && raw.charCodeAt(end - 1) === CR) end--
  return end
}

/**
 * Where a line's message starts, looking only at the shape of `<time>[LEVEL]` (a few characters
 * read, no string made), and its mark: a line whose level starts with E, F or W is read in full
 * ({@link headerAt}), so marks are exact; `message` may miss an invalid time (a raw line).
 */
function scanHeader(raw: string, start: number, end: number): { message: number; mark: number } {
  const none = { message: start, mark: 0 }
  if (!isDigit(raw.charCodeAt(start)) || raw.charCodeAt(start + 4) !== 45 /* - */) return none
  let at = start + 19
  if (raw.charCodeAt(at) === 46 /* . */) {
    at++
    while (isDigit(raw.charCodeAt(at))) at++
  }
  const zone = raw.charCodeAt(at) | 0x20
  at += zone === 122 /* z */ ? 1 : 6
  if (at >= end || raw.charCodeAt(at) !== 91 /* [ */) return none
  const letter = raw.charCodeAt(at + 1) | 0x20
  const close = raw.indexOf(']', at)
  const message = close === -1 || close >= end ? start : close + 1
  if (letter !== 101 /* e */ && letter !== 102 /* f */ && letter !== 119 /* w */) return { message, mark: 0 }
  const severity = headerAt(raw, start)?.severity
  return { message, mark: severity === 'error' ? ERROR : severity === 'warn' ? WARN : 0 }
}

function escapedLines(raw: string, starts: Uint32Array): Int32Array {
  const lines: number[] = []
  for (let at = raw.indexOf(ESC); at !== -1;) {
    const line = findLine(starts, at, lines.at(-1) ?? 0)
    lines.push(line)
    const next = starts[line + 1]
    at = next === undefined ? -1 : raw.indexOf(ESC, next)
  }
  return Int32Array.from(lines)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function indexOrEnd(value: string, search: string, from: number): number {
  const index = value.indexOf(search, from)
  return index === -1 ? value.length : index
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
