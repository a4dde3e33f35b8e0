import { useEffect, useMemo, useState } from 'react'
import { parseLog, parseLogChunk, type LogLine } from '../../domain/build-log-parse'

/** Lines drawn before the whole log is parsed: a big log shows its start at once. */
const HEAD_LINES = 2000

/** How long one slice of the background parse may take, and the lines it parses between clock checks. */
const SLICE_MS = 40
const SLICE_LINES = 2000

/**
 * The parsed log. A long log is parsed in two steps: its first lines at once (so they paint
 * without waiting), then the whole of it right after. While a growing log is parsed again, the
 * previous parse stays on screen.
 */
export function useParsedLog(text: string): { lines: LogLine[]; complete: boolean } {
  const [parsed, setParsed] = useState<{ text: string; lines: LogLine[] } | null>(null)
  const quick = useMemo(
    () => (parsed?.text === text ? null : quickParse(text, parsed !== null)),
    [text, parsed],
  )

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

  if (parsed?.text === text) return { lines: parsed.lines, complete: true }
  return quick ?? { lines: parsed?.lines ?? [], complete: false }
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
