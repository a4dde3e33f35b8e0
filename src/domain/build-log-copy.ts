/** Build log lines as plain text for copying and downloading, with the chosen timestamps. Pure logic. */

import type { LogLine } from './build-log-parse'

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
