/** The log writer: build log lines with their mock-clock times, written fast even by the hundred thousand. */

/**
 * A planned build log: all its lines, written at once, with the mock-clock time of each (a running
 * build shows the lines up to now, see {@link logUpTo}). Kept as one string and one array of times,
 * not an object per line, so that even a 200,000-line log is cheap to write and to keep.
 */
export interface PlannedLog {
  /** `<RFC 3339 time>[LEVEL]message` lines joined with '\n' */
  text: string
  /** each line's time (ms), in order */
  times: Float64Array
}

/** The log as it stands at `now`: the lines written by then; the very same string once all are. */
export function logUpTo(log: PlannedLog, now: number): string {
  const { text, times } = log
  if (!times.length || (times[times.length - 1] ?? 0) <= now) return text
  let written = 0
  let high = times.length
  while (written < high) {
    const middle = (written + high) >>> 1
    if ((times[middle] ?? Infinity) <= now) written = middle + 1
    else high = middle
  }
  let end = -1
  for (let i = 0; i < written; i++) end = text.indexOf('\n', end + 1)
  return written ? text.slice(0, end) : ''
}

type Level = 'INFO' | 'WARN' | 'ERROR'

const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** how much text is gathered before it is encoded */
const CHUNK = 32_768
/** the end of a line's time, `.000Z` to `.999Z`, by millisecond */
const MILLIS = Array.from({ length: 1000 }, (_, ms) => flat(String(ms).padStart(3, '0'), 'Z'))
const LEVELS: Record<Level, string> = { INFO: '[INFO]', WARN: '[WARN]', ERROR: '[ERROR]' }

interface Timing {
  startedAt: number
  /** time between two lines (besides pauses) */
  step: number
  lines: number
  /** given the log's first lines once there are {@link CHUNK} characters of them (a long log's start, to send first) */
  onStart?: (start: string) => void
}

/**
 * Writes `<RFC 3339 time>[LEVEL]message` lines, spread evenly over the build's time but for pauses
 * (a pause, in ms, lengthens the gap before its line). Without a timing it only counts, so a plan
 * is written twice: once to count its lines, once for real (see {@link timed}). Lines are gathered
 * in chunks and encoded into one growing byte buffer, so a long log leaves no string per line
 * behind for the garbage collector, and its text comes out as one flat string.
 */
export class LogWriter {
  /** lines written, and the time their pauses take */
  length = 0
  pausedMs = 0
  private readonly times: Float64Array
  private bytes = new Uint8Array(0)
  private used = 0
  private pending = ''
  private second = Number.NaN
  /** `2026-11-23T10:55:20.` for the current second */
  private secondText = ''

  constructor(private readonly timing?: Timing) {
    this.times = new Float64Array(timing?.lines ?? 0)
    if (timing) this.bytes = new Uint8Array(Math.max(16_384, timing.lines * 128))
  }

  info(text: string, pause = 0): void {
    this.write('INFO', text, pause)
  }

  warn(text: string, pause = 0): void {
    this.write('WARN', text, pause)
  }

  error(text: string, pause = 0): void {
    this.write('ERROR', text, pause)
  }

  finish(): PlannedLog {
    this.flush()
    if (this.length !== this.times.length)
      throw new Error(`planned ${this.times.length} lines, wrote ${this.length}`)
    // the last line has no newline after it
    return { text: decoder.decode(this.bytes.subarray(0, Math.max(0, this.used - 1))), times: this.times }
  }

  private write(level: Level, text: string, pause: number): void {
    this.pausedMs += pause
    const timing = this.timing
    if (timing) {
      const at = Math.round(timing.startedAt + this.length * timing.step + this.pausedMs)
      this.times[this.length] = at
      const s = Math.floor(at / 1000)
      if (s !== this.second) {
        this.second = s
        this.secondText = new Date(s * 1000).toISOString().slice(0, 20)
      }
      this.pending += this.secondText + (MILLIS[at - s * 1000] ?? '') + LEVELS[level] + text + '\n'
      if (this.pending.length >= CHUNK) {
        if (!this.used) timing.onStart?.(this.pending)
        this.flush()
      }
    }
    this.length += 1
  }

  private flush(): void {
    const pending = this.pending
    if (!pending) return
    const needed = this.used + pending.length * 3 // UTF-8 takes at most 3 bytes per UTF-16 unit
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2))
      grown.set(this.bytes.subarray(0, this.used))
      this.bytes = grown
    }
    this.used += encoder.encodeInto(pending, this.bytes.subarray(this.used)).written
    this.pending = ''
  }
}

/** Writes a plan twice: to count its lines, then with each line's time. */
export function timed(startedAt: number, durationMs: number, write: (log: LogWriter) => void): PlannedLog {
  const counted = new LogWriter()
  write(counted)
  const step = Math.max(0, durationMs - counted.pausedMs) / Math.max(1, counted.length)
  const log = new LogWriter({ startedAt, step, lines: counted.length })
  write(log)
  return log.finish()
}

/**
 * Its parts joined into one flat string. (V8 keeps a concatenation as a tree of its parts until it
 * is read; a line built from flat parts is far cheaper to encode than one from a deep tree.)
 */
export function flat(...parts: string[]): string {
  return parts.join('')
}
