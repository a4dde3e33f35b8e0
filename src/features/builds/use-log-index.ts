import { useMemo } from 'react'
import { indexLog, readLine, type LogIndex } from '../../domain/build-log-index'
import type { LogLine } from '../../domain/build-log-parse'
import { LONG_LINE } from './log-line-row'

/** Lines parsed for drawing, kept to draw again; the least recently drawn is forgotten past this many. */
const KEPT = 2000

/**
 * The log indexed (where lines start, which are errors and warnings: a few bytes a line, found in
 * one quick pass), and its lines parsed one by one as they are drawn.
 */
export function useLogIndex(text: string): {
  index: LogIndex
  lineAt: (line: number) => LogLine | undefined
} {
  const index = useMemo(() => indexLog(text, LONG_LINE), [text])
  const lineAt = useMemo(() => lineCache(index), [index])
  return { index, lineAt }
}

/** Line `line` of the log, parsed when first drawn and kept a while (least recently drawn goes first). */
function lineCache(index: LogIndex) {
  const kept = new Map<number, LogLine>()
  return (line: number): LogLine | undefined => {
    const known = kept.get(line)
    if (known) {
      kept.delete(line)
      kept.set(line, known)
      return known
    }
    const parsed = readLine(index, line)
    if (!parsed) return undefined
    kept.set(line, parsed)
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as number)
    return parsed
  }
}
