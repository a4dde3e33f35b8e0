import { useMemo } from 'react'
import { readLine, startIndex, type LogIndex } from '../../domain/build-log-index'
import type { LogLine } from '../../domain/build-log-parse'
import { LONG_LINE } from './log-line-row'
import { useInSlices } from './use-in-slices'

/**
 * Characters indexed before the log is first drawn (a 200,000-line log whole, so a link to any of
 * its lines opens on it at once), and a step of the rest after.
 */
const FIRST_CHARS = 32_000_000
const STEP_CHARS = 2_000_000

/** Lines parsed for drawing, kept to draw again; the least recently drawn is forgotten past this many. */
const KEPT = 2000

/**
 * The log indexed (where lines start, which are errors and warnings: a few bytes a line, found in
 * a quick pass; a very long log's first lines at once, the rest in slices), and its lines parsed
 * one by one as they are drawn.
 */
export function useLogIndex(text: string): {
  index: LogIndex
  lineAt: (line: number) => LogLine | undefined
} {
  const indexer = useMemo(() => {
    const job = startIndex(text, LONG_LINE)
    job.step(FIRST_CHARS)
    return job
  }, [text])
  const index = useInSlices(indexer, STEP_CHARS).result
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
