/**
 * Build logs: parse `<RFC 3339 time>[LEVEL]message` lines, turn ANSI colour codes into styled spans,
 * search, explain known failures and format lines for copying. Pure logic: no React, no DOM.
 */

export type LogSeverity = 'error' | 'warn' | 'info' | 'debug' | 'raw'

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

// ---------------------------------------------------------------------------------------------------------
// Parsing

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

function indexOrEnd(value: string, search: string, from: number): number {
  const index = value.indexOf(search, from)
  return index === -1 ? value.length : index
}

/** The line log[start, end). */
function parseLine(log: string, start: number, end: number, number: number): LogLine {
  HEADER.lastIndex = start
  const header = HEADER.exec(log)
  const timeText = header?.[1]
  const time = timeText === undefined ? undefined : parseTime(timeText)
  if (!header || time === undefined) {
    const message = log.slice(start, end)
    return { number, message, text: stripAnsi(message), severity: 'raw' }
  }
  const { level, severity } = levelOf(header[2] ?? '')
  const message = log.slice(HEADER.lastIndex, end)
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

// ---------------------------------------------------------------------------------------------------------
// ANSI escape sequences

export interface AnsiStyle {
  fg?: string
  bg?: string
  bold?: boolean
  dim?: boolean
  italic?: boolean
  underline?: boolean
}

export interface AnsiSpan extends AnsiStyle {
  text: string
}

/**
 * Every escape sequence: CSI (`ESC [ params intermediates final`, groups 1–3, possibly cut off at the end),
 * string sequences (OSC, DCS, SOS, PM, APC) ended by BEL, ESC \ or the next ESC, other two- or three-byte
 * escapes (`ESC 7`, `ESC ( B`) and a lone ESC.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE = /\x1b(?:\[([0-?]*)([ -/]*)([@-~]|$)|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~]|)/g
const SGR_PARAMS = /^[\d;:]*$/

/** The 16 basic colours: 30–37 / 40–47 are these, 90–97 / 100–107 their 'bright-' versions. */
const BASIC_COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white']
/** xterm's default RGB values of the 16 basic colours, for 256-colour codes 0–15. */
const XTERM_16 = [
  '#000000',
  '#cd0000',
  '#00cd00',
  '#cdcd00',
  '#0000ee',
  '#cd00cd',
  '#00cdcd',
  '#e5e5e5',
  '#7f7f7f',
  '#ff0000',
  '#00ff00',
  '#ffff00',
  '#5c5cff',
  '#ff00ff',
  '#00ffff',
  '#ffffff',
]
const CUBE_LEVELS = [0, 95, 135, 175, 215, 255]

/** The text without escape sequences; the same string when there are none, so most lines cost no memory. */
export function stripAnsi(value: string): string {
  return value.includes('\x1b') ? value.replace(ESCAPE, '') : value
}

/**
 * SGR codes become styles, every other escape sequence is dropped. The span texts joined equal
 * `stripAnsi(message)`; adjacent text with the same style is one span and no span is empty.
 */
export function ansiSpans(message: string): AnsiSpan[] {
  const spans: AnsiSpan[] = []
  let style: AnsiStyle = {}
  const add = (text: string) => {
    if (!text) return
    const last = spans.at(-1)
    if (last && sameStyle(last, style)) last.text += text
    else spans.push({ text, ...style })
  }
  let end = 0
  if (message.includes('\x1b')) {
    for (const match of message.matchAll(ESCAPE)) {
      add(message.slice(end, match.index))
      end = match.index + match[0].length
      const [, params, intermediates, final] = match
      if (final === 'm' && intermediates === '' && params !== undefined && SGR_PARAMS.test(params)) {
        style = applySgr(style, params)
      }
    }
  }
  add(message.slice(end))
  return spans
}

function sameStyle(a: AnsiStyle, b: AnsiStyle): boolean {
  return (
    a.fg === b.fg &&
    a.bg === b.bg &&
    a.bold === b.bold &&
    a.dim === b.dim &&
    a.italic === b.italic &&
    a.underline === b.underline
  )
}

/** The style after one SGR sequence (`params` is what sits between `ESC [` and `m`). */
function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  let style: AnsiStyle = { ...current }
  const codes = params.split(';')
  for (let i = 0; i < codes.length; i++) {
    const part = codes[i] ?? ''
    if (part.includes(':')) {
      applyColonForm(style, part.split(':'))
      continue
    }
    const code = Number(part) // '' is 0
    if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes.slice(i + 1))
      if (color) style[code === 38 ? 'fg' : 'bg'] = color
      i += used
    } else if (code === 0) style = {}
    else if (code === 1) style.bold = true
    else if (code === 2) style.dim = true
    else if (code === 3) style.italic = true
    else if (code === 4) style.underline = true
    else if (code === 22) {
      delete style.bold
      delete style.dim
    } else if (code === 23) delete style.italic
    else if (code === 24) delete style.underline
    else if (code === 39) delete style.fg
    else if (code === 49) delete style.bg
    else if (code >= 30 && code <= 37) style.fg = BASIC_COLORS[code - 30]
    else if (code >= 40 && code <= 47) style.bg = BASIC_COLORS[code - 40]
    else if (code >= 90 && code <= 97) style.fg = `bright-${BASIC_COLORS[code - 90]}`
    else if (code >= 100 && code <= 107) style.bg = `bright-${BASIC_COLORS[code - 100]}`
    // anything else (blink, inverse, strike-through, …) has no style here
  }
  return style
}

/** `38:5:n`, `38:2:r:g:b`, `38:2:colorspace:r:g:b` (and 48), and `4:n` underline styles. */
function applyColonForm(style: AnsiStyle, parts: string[]) {
  const [code, ...rest] = parts
  if (code === '38' || code === '48') {
    const args = rest[0] === '2' && rest.length >= 5 ? ['2', ...rest.slice(-3)] : rest
    const { color } = extendedColor(args)
    if (color) style[code === '38' ? 'fg' : 'bg'] = color
  } else if (code === '4') {
    if (Number(rest[0] ?? '1') === 0) delete style.underline
    else style.underline = true
  }
}

/** The colour after 38 or 48: `5;n` (256 colours) or `2;r;g;b` (truecolour); `used`: the args it took. */
function extendedColor(args: string[]): { color?: string; used: number } {
  const [mode, ...values] = args
  if (mode === '5') {
    const n = toByte(values[0])
    return { color: n === undefined ? undefined : color256(n), used: Math.min(2, args.length) }
  }
  if (mode === '2') {
    const [r, g, b] = values.slice(0, 3).map(toByte)
    const color = r === undefined || g === undefined || b === undefined ? undefined : hex(r, g, b)
    return { color, used: Math.min(4, args.length) }
  }
  return { used: mode === undefined ? 0 : 1 }
}

function toByte(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined
}

function color256(n: number): string {
  if (n < 16) return XTERM_16[n] ?? '#000000'
  if (n >= 232) {
    const gray = 8 + (n - 232) * 10
    return hex(gray, gray, gray)
  }
  const cube = n - 16
  const level = (index: number) => CUBE_LEVELS[index] ?? 0
  return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6))
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`
}

// ---------------------------------------------------------------------------------------------------------
// Search

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

// ---------------------------------------------------------------------------------------------------------
// Known failures

export type FailureKind = 'file-conflict' | 'package-not-found' | 'timeout'

export interface FailureExplanation {
  kind: FailureKind
  /** short headline, e.g. 'Two packages install the same file' */
  title: string
  /** what happened, naming what the log names */
  detail: string
  /** what to do */
  advice: string
  /** index into lines of the first line that shows the cause */
  line: number
  packages?: string[]
  path?: string
}

type Explanation = Omit<FailureExplanation, 'line'>

/**
 * Two packages writing one file. Group `a` is the package installed first, `b` the one that collided.
 * A pattern that starts with a word, not a fixed text, starts only after a space (`(?<!\S)`): otherwise it
 * would try every position in the word again, and a 100,000-character error line would take seconds.
 */
const FILE_CONFLICTS = [
  /installing (?<b>\S+)(?: \([^)\s]*\))?: trying to overwrite (?<path>\S+) owned by (?<a>\S+)/i,
  /unable to install (?<b>\S+): file (?<path>\S+) is already installed by (?<a>\S+)/i,
  /packages (?<a>\S+) and (?<b>\S+) conflict on (?<path>\S+)/i,
  /(?<!\S)(?<a>\S+) and (?<b>\S+) both install (?<path>\S+)/i,
]

/** A package the repository does not have; group `name` may carry a version constraint. */
const PACKAGES_NOT_FOUND = [
  /solving "(?<name>[^"\s]+)" constraint/i,
  /could not find package (?:that provides )?["'`]?(?<name>[^\s"'`]+)/i,
  /package ["'`]?(?<name>[^\s"'`]+)["'`]? (?:was )?not found/i,
  /(?<!\S)(?<name>\S+) \(no such package\)/i,
  /no such package:? ["'`]?(?<name>[^\s"'`,]+)/i,
]
/** apk names what was asked for in brackets: `required by: world[foo]`. */
const REQUIRED_BY = /required by: \S*?\[(?<name>[^\]\s]+)\]/i

/** Timeouts, with the detail to show for each. */
const TIMEOUTS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [
    /timed out after (?<after>\w[\w.]*)/i,
    (match) => `A step of the build took too long and was stopped after ${clean(match.groups?.after)}.`,
  ],
  [/build timed out/i, () => 'The build took longer than allowed and was stopped.'],
  [
    /context deadline exceeded/i,
    () => 'A step of the build took longer than allowed and was stopped (context deadline exceeded).',
  ],
  [
    /i\/o timeout/i,
    () => 'A network connection timed out (i/o timeout), for example while fetching packages.',
  ],
]

const RECOGNIZERS: Array<(text: string) => Explanation | null> = [fileConflict, packageNotFound, timeout]

/**
 * Recognizes known causes among the error lines (first match wins, scanning error lines in order; if none of
 * the error lines match, also scan warn lines; null when nothing known).
 */
export function explainFailure(lines: readonly LogLine[]): FailureExplanation | null {
  for (const severity of ['error', 'warn'] as const) {
    for (const [line, { severity: lineSeverity, text }] of lines.entries()) {
      if (lineSeverity !== severity) continue
      for (const recognize of RECOGNIZERS) {
        const explanation = recognize(text)
        if (explanation) return { ...explanation, line }
      }
    }
  }
  return null
}

function fileConflict(text: string): Explanation | null {
  for (const pattern of FILE_CONFLICTS) {
    const groups = pattern.exec(text)?.groups
    if (!groups) continue
    const [a, b, path] = [clean(groups.a), clean(groups.b), clean(groups.path)]
    return {
      kind: 'file-conflict',
      title: 'Two packages install the same file',
      detail: `${a} and ${b} both install ${path}.`,
      advice: 'Keep one of them: remove the other from the build config, then apply it again.',
      packages: [a, b],
      path,
    }
  }
  return null
}

function packageNotFound(text: string): Explanation | null {
  for (const pattern of PACKAGES_NOT_FOUND) {
    const match = pattern.exec(text)
    if (!match) continue
    const requested = text.includes('(no such package)') ? REQUIRED_BY.exec(text)?.groups?.name : undefined
    const name = packageName(requested ?? match.groups?.name)
    if (!name) continue
    return {
      kind: 'package-not-found',
      title: 'A package could not be found',
      detail: `The build needs ${name}, but no repository it uses provides it.`,
      advice:
        `${name} is not in your organization’s entitled packages. Check the name for typos, ` +
        'or remove the package from the build config, then apply it again.',
      packages: [name],
    }
  }
  return null
}

function timeout(text: string): Explanation | null {
  for (const [pattern, detail] of TIMEOUTS) {
    const match = pattern.exec(text)
    if (!match) continue
    return {
      kind: 'timeout',
      title: 'The build timed out',
      detail: detail(match),
      advice:
        'This is often temporary: the image is built again when its packages next update, or when its build config changes. ' +
        'If it keeps happening, reduce what the image installs by removing packages it does not need.',
    }
  }
  return null
}

/** A name or path as written, without surrounding quotes or trailing punctuation. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/^["'`]+|["'`.,;:]+$/g, '')
}

/** `foo>=1.2` → `foo`. */
function packageName(constraint: string | undefined): string {
  return clean(clean(constraint).split(/[<>=~]/)[0])
}

// ---------------------------------------------------------------------------------------------------------
// Copying and downloading

export type TimestampMode = 'hidden' | 'absolute' | 'relative'

/**
 * One line as text for copying or downloading, never with ANSI codes: hidden → `[LEVEL]text`,
 * absolute → `${timeText}[LEVEL]text`, relative → `+m:ss.SSS [LEVEL]text` measured from `start`
 * (the caller passes the first parsed line's time; without it the offset is +0:00.000). Raw lines are
 * their text in every mode.
 */
export function formatLine(line: LogLine, mode: TimestampMode, start?: number): string {
  if (line.level === undefined) return line.text
  const rest = `[${line.level}]${line.text}`
  if (mode === 'absolute') return `${line.timeText ?? ''}${rest}`
  if (mode === 'relative') {
    const time = line.time ?? 0
    return `${formatOffset(time - (start ?? time))} ${rest}`
  }
  return rest
}

/** `+1:02.250`: minutes (h:mm:ss.SSS from one hour), seconds 2 digits, millis 3 digits; '-' when negative. */
export function formatOffset(ms: number): string {
  if (!Number.isFinite(ms)) return ''
  const rounded = Math.round(ms)
  const sign = rounded < 0 ? '-' : '+'
  const total = Math.abs(rounded)
  const hours = Math.floor(total / 3_600_000)
  const minutes = Math.floor(total / 60_000) % 60
  const seconds = Math.floor(total / 1000) % 60
  const millis = total % 1000
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  const clock = hours > 0 ? `${hours}:${pad(minutes)}` : String(minutes)
  return `${sign}${clock}:${pad(seconds)}.${pad(millis, 3)}`
}
