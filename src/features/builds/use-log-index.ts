import { useCallback, useMemo, useState } from 'react'
import { readLine, startIndex, type LogIndex } from '../../domain/build-log-index'
import type { LogLine } from '../../domain/build-log-parse'
import { LONG_LINE } from './log-line-row'
import { useInSlices } from './use-in-slices'

/**
 * Lines indexed before the log is first drawn (more than the tallest screen shows, so its first
 * lines are drawn before anything is done with the rest), indexed this many characters at a time;
 * and a step of the rest after.
 */
const FIRST_LINES = 200
const FIRST_CHARS = 16_000
const STEP_CHARS = 2_000_000

/** Lines parsed for drawing, kept to draw again; the least recently drawn is forgotten past this many. */
const KEPT = 2000

/**
 * The log indexed (where lines start, which are errors and warnings: a few bytes a line, found in
 * a quick pass; a very long log's first lines at once, the rest in slices), and its lines parsed
 * one by one as they are drawn.
 */
export function useLogIndex(
  text: string,
  /** a line to index up to before the log is first drawn (a permalink's), when there is one */
  upTo = 0,
): {
  index: LogIndex
  lineAt: (line: number) => LogLine | undefined
} {
  const indexer = useMemo(() => {
    const job = startIndex(text, LONG_LINE)
    while (!job.step(FIRST_CHARS) && job.current().count < Math.max(FIRST_LINES, upTo));
    return job
  }, [text, upTo])
  const index = useInSlices(indexer, STEP_CHARS).result
  // kept while the rest is indexed: a line indexed is whole, and drawn again only if it changes
  const [cache] = useState(lineCache)
  const lineAt = useCallback((line: number) => cache(index, line), [cache, index])
  return { index, lineAt }
}

/** Line `line` of the log, parsed when first drawn and kept a while (least recently drawn goes first). */
function lineCache() {
  const kept = new Map<number, LogLine>()
  let raw = ''
  return (index: LogIndex, line: number): LogLine | undefined => {
    if (index.raw !== raw) {
      kept.clear()
      raw = index.raw
    }
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
