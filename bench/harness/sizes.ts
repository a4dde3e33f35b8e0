/** The log sizes the harness serves (`huge-log-<lines>.txt`) for the bench's growth curves. */
export const GROWTH_SIZES = [10_000, 50_000, 200_000, 1_000_000] as const

/** Where the harness serves the log of `lines` lines (the scenario's own size is `huge-log.txt`). */
export function logFile(lines?: number): string {
  return lines ? `huge-log-${lines}.txt` : 'huge-log.txt'
}
