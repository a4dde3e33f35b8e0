/**
 * Build logs: parse `<RFC 3339 time>[LEVEL]message` lines into numbered lines with a level, a severity and a
 * time. Pure logic: no React, no DOM.
 */

import { stripAnsi } from './build-log-ansi'

type LogSeverity = 'error' | 'warn' | 'info' | 'debug' | 'raw'

export interface LogLine {
  /** 1-based line number */
  number: number
  /** ms since epoch when the line starts with a valid RFC 3339 time followed by [LEVEL] */
  time?: number
  /** the time exactly as written */
  timeText?: string
  /** the level as written, upper-cased (e.g. 'ERROR', 'TRACE'); undefined for raw lines */
  level?: string
  /** the message after time and level (whole line for raw lines), ANSI codes kept */
  message: string
  /** the message with every escape sequence removed: what search, copy and download-as-text use */
  text: string
  /**
   * ERROR/FATAL → 'error', WARN/WARNING → 'warn', DEBUG → 'debug', INFO and unknown levels → 'info',
   * raw lines → 'raw'
   */
  severity: LogSeverity
}

/**
 * A time that looks like RFC 3339, then `[LEVEL]`, matched where a line starts (sticky: `lastIndex` is set to
 * the line's start); the time is validated separately. It cannot match across a line break.
 */
const HEADER = /(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d))\[([A-Za-z]+)\]/y

const SEVERITIES = new Map<string, LogSeverity>([
  ['ERROR', 'error'],
  ['FATAL', 'error'],
  ['WARN', 'warn'],
  ['WARNING', 'warn'],
  ['INFO', 'info'],
  ['DEBUG', 'debug'],
])

/**
 * Splits on \r\n, \n or lone \r; a single trailing newline does not add an empty last line; '' → [].
 * Reads each line where it stands in the log: splitting first, or replacing \r\n first, was slower.
 */
export function parseLog(raw: string): LogLine[] {
  return parseLogChunk(raw, 0, Infinity, 1).lines
}

/**
 * Up to `maxLines` lines of `raw` from offset `start` (a line's start), numbered from `firstNumber`,
 * and the offset where the next line starts (`raw.length` at the end). Parsing a long log chunk by
 * chunk gives the same lines as {@link parseLog}.
 */
export function parseLogChunk(
  raw: string,
  start: number,
  maxLines: number,
  firstNumber: number,
): { lines: LogLine[]; next: number } {
  const lines: LogLine[] = []
  // the next \n and \r at or after `at`, raw.length when there is none
  let lf = -1
  let cr = -1
  let at = start
  while (at < raw.length && lines.length < maxLines) {
    if (lf < at) lf = indexOrEnd(raw, '\n', at)
    if (cr < at) cr = indexOrEnd(raw, '\r', at)
    const end = Math.min(lf, cr)
    lines.push(parseLine(raw, at, end, firstNumber + lines.length))
    at = end + (raw.startsWith('\r\n', end) ? 2 : 1)
  }
  return { lines, next: Math.min(at, raw.length) }
}

/**
 * Where each line of `raw` starts, for the same lines as {@link parseLog}: found far quicker than the
 * lines are parsed, so a long log's length is known at once and any line can be parsed on its own
 * (`parseLogChunk(raw, starts[i], 1, i + 1)`).
 */
export function lineStarts(raw: string): number[] {
  const starts: number[] = []
  let lf = -1
  let cr = -1
  let at = 0
  while (at < raw.length) {
    starts.push(at)
    if (lf < at) lf = indexOrEnd(raw, '\n', at)
    if (cr < at) cr = indexOrEnd(raw, '\r', at)
    const end = Math.min(lf, cr)
    at = end + (raw.startsWith('\r\n', end) ? 2 : 1)
  }
  return starts
}

function indexOrEnd(value: string, search: string, from: number): number {
  const index = value.indexOf(search, from)
  return index === -1 ? value.length : index
}

/** What a line's `<time>[LEVEL]` header says, and `end`: where its message starts. */
export interface LogHeader {
  time: number
  timeText: string
  level: string
  severity: LogSeverity
  end: number
}

/** The header of the line that starts at `start`, or undefined for a raw line (no header, or an invalid time). */
export function headerAt(log: string, start: number): LogHeader | undefined {
  HEADER.lastIndex = start
  const header = HEADER.exec(log)
  const timeText = header?.[1]
  const time = timeText === undefined ? undefined : parseTime(timeText)
  if (!header || timeText === undefined || time === undefined) return undefined
  const { level, severity } = levelOf(header[2] ?? '')
  return { time, timeText, level, severity, end: start + header[0].length }
}

/** The line log[start, end) (no line break in it), numbered `number`. */
export function parseLine(log: string, start: number, end: number, number: number): LogLine {
  const header = headerAt(log, start)
  if (!header) {
    const message = log.slice(start, end)
    return { number, message, text: stripAnsi(message), severity: 'raw' }
  }
  const { time, timeText, level, severity } = header
  const message = log.slice(header.end, end)
  return { number, time, timeText, level, message, text: stripAnsi(message), severity }
}

/** Level as written → upper-cased level and severity; cached, as a log uses a few levels many times. */
const LEVELS = new Map<string, { level: string; severity: LogSeverity }>()

function levelOf(written: string): { level: string; severity: LogSeverity } {
  const cached = LEVELS.get(written)
  if (cached) return cached
  const level = written.toUpperCase()
  const found = { level, severity: SEVERITIES.get(level) ?? 'info' }
  if (LEVELS.size < 100) LEVELS.set(written, found)
  return found
}

/**
 * Milliseconds since the epoch of a time HEADER matched (so the shape is right: `YYYY-MM-DDTHH:MM:SS`, an
 * optional fraction, then Z or ±HH:MM), or undefined when a field is out of range. Reads digits by position
 * and counts days itself: a second regular expression and Date objects made parsing twice as slow.
 */
function parseTime(value: string): number | undefined {
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 7)
  const day = digits(value, 8, 10)
  const hour = digits(value, 11, 13)
  const minute = digits(value, 14, 16)
  const second = digits(value, 17, 19)
  const last = value.charAt(value.length - 1)
  const zulu = last === 'Z' || last === 'z'
  const zone = zulu ? value.length - 1 : value.length - 6
  // the fraction: ".250" → 250, ".1" → 100, ".123456" → 123
  const fractionEnd = Math.min(zone, 23)
  const millis = fractionEnd > 20 ? digits(value, 20, fractionEnd) * 10 ** (23 - fractionEnd) : 0
  const offsetHour = zulu ? 0 : digits(value, zone + 1, zone + 3)
  const offsetMinute = zulu ? 0 : digits(value, zone + 4, zone + 6)
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60 && // a leap second
    offsetHour <= 23 &&
    offsetMinute <= 59
  if (!valid) return undefined
  const offset = (value.charAt(zone) === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute)
  const minutes = (daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute - offset
  return (minutes * 60 + second) * 1000 + millis
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The number written with the ASCII digits value[from, to). */
function digits(value: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + value.charCodeAt(i) - 48
  return n
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}
