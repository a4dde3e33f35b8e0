import { useEffect, useMemo, useState } from 'react'
import { lineStarts, parseLog, parseLogChunk, type LogLine } from '../../domain/build-log-parse'

/** Lines parsed before the whole log is: a big log's search and errors start with its head. */
const HEAD_LINES = 2000

/** How long one slice of the background parse may take, and the lines it parses between clock checks. */
const SLICE_MS = 40
const SLICE_LINES = 2000

/** Lines parsed on demand, kept for drawing them again; forgotten past this many. */
const ON_DEMAND_KEPT = 10_000

export interface ParsedLog {
  /** how many lines the log has, known at once (finding where lines start is quick) */
  count: number
  /** line `index` (from 0) of the log, parsed when first asked for: any line draws at once */
  lineAt: (index: number) => LogLine | undefined
  /** the lines parsed so far, from the first (a long log's head at first): all of them once complete */
  lines: LogLine[]
  complete: boolean
}

/**
 * The parsed log. Any line can be drawn at once, parsed on its own; the lines that search, errors
 * and copying need are parsed in two steps for a long log: its first lines at once, then the whole
 * of it in the background. While a growing log is parsed again, the previous parse serves those.
 */
export function useParsedLog(text: string): ParsedLog {
  const [parsed, setParsed] = useState<{ text: string; lines: LogLine[] } | null>(null)
  const quick = useMemo(
    () => (parsed?.text === text ? null : quickParse(text, parsed !== null)),
    [text, parsed],
  )
  const starts = useMemo(() => lineStarts(text), [text])

  useEffect(() => {
    if (parsed?.text === text || quick?.complete) return
    // The rest is parsed once the head is painted (a timer set in a frame callback runs after that
    // frame), in slices of a few milliseconds, so that scrolling and typing never wait for it.
    const lines: LogLine[] = []
    let start = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const slice = () => {
      const until = performance.now() + SLICE_MS
      while (start < text.length && performance.now() < until) {
        const chunk = parseLogChunk(text, start, SLICE_LINES, lines.length + 1)
        for (const line of chunk.lines) lines.push(line)
        start = chunk.next
      }
      if (start < text.length) timer = setTimeout(slice, 0)
      else setParsed({ text, lines })
    }
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(slice, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [text, parsed, quick])

  // lines parsed from this very text (an earlier parse of a growing log may end differently)
  const own = parsed?.text === text ? parsed.lines : quick?.lines
  const lineAt = useMemo(() => lineReader(text, starts, own), [text, starts, own])

  const progress =
    parsed?.text === text
      ? { lines: parsed.lines, complete: true }
      : (quick ?? { lines: parsed?.lines ?? [], complete: false })
  return { ...progress, count: starts.length, lineAt }
}

/** Line `index` of `text`: from the lines already parsed, else parsed on its own and kept a while. */
function lineReader(text: string, starts: readonly number[], parsed: readonly LogLine[] | undefined) {
  const onDemand = new Map<number, LogLine>()
  return (index: number): LogLine | undefined => {
    const start = starts[index]
    if (start === undefined) return undefined
    const known = parsed?.[index] ?? onDemand.get(index)
    if (known) return known
    const line = parseLogChunk(text, start, 1, index + 1).lines[0]
    if (onDemand.size >= ON_DEMAND_KEPT) onDemand.clear()
    if (line) onDemand.set(index, line)
    return line
  }
}

/** A short log whole; a long one's head (unless an earlier parse is on screen); else null. */
function quickParse(text: string, hasEarlierParse: boolean): { lines: LogLine[]; complete: boolean } | null {
  let end = -1
  for (let count = 0; count < HEAD_LINES; count++) {
    end = text.indexOf('\n', end + 1)
    if (end === -1) return { lines: parseLog(text), complete: true }
  }
  return hasEarlierParse ? null : { lines: parseLog(text.slice(0, end)), complete: false }
}
