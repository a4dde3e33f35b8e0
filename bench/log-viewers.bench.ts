import { test } from '@playwright/test'
import { reportComparison, RUNS, type Comparison, type Missing } from './figures'
import {
  figureOf,
  inTurn,
  measure,
  viewerHeap,
  VIEWERS,
  WORD,
  type Run,
  type ViewerName,
} from './log-viewers-measure'

/**
 * The console's log viewer next to two open-source ones, on the same 200,000-line log (the
 * `huge-log` scenario's, written by the mocks' own code at harness build time), each mounted alone
 * in the harness page (bench/harness) in a 1000 × 700 px box: time from mounting to the first lines
 * painted, time from typing a word into the viewer's own search to the first match painted and to
 * the complete count (each to the end of the rendering of the frame that shows it; also, as
 * measured before, to the start of the frame after it, which adds up to a frame of idle time), JS heap after that, and the longest task that kept the page from answering.
 * The viewers take turns within each run, each run starting with the next one, so a busy machine
 * weighs on all of them alike.
 */
/** a viewer that has not painted or found within this long is given up on for the run */
const LIMIT_MS = 180_000

test('log viewers side by side, 200,000 lines', async ({ context }) => {
  test.setTimeout(60 * 60_000)
  const runs = Object.fromEntries(VIEWERS.map((viewer) => [viewer, [] as Run[]])) as Record<ViewerName, Run[]>
  for (let run = 0; run < RUNS; run++) {
    for (const viewer of inTurn(run)) runs[viewer].push(await measure(context, viewer, { limit: LIMIT_MS }))
  }

  const row = (name: string, unit: string, pick: (run: Run) => number | Missing): Comparison => ({
    name,
    unit,
    by: Object.fromEntries(VIEWERS.map((viewer) => [viewer, figureOf(name, unit, runs[viewer].map(pick))])),
  })
  const counts = VIEWERS.map(
    (viewer) => `${viewer} "${[...new Set(runs[viewer].map((r) => r.count))].join('", "')}"`,
  )
  reportComparison(
    'Log viewers on the huge-log log (200,000 lines), each alone in the harness',
    [...VIEWERS],
    [
      row('mount → first lines painted', 'ms', (run) => run.open),
      row(`search "${WORD}" → first match painted`, 'ms', (run) => run.search),
      row(`search "${WORD}" → match count complete`, 'ms', (run) => run.counted),
      row('mount → the frame after the first lines', 'ms', (run) => run.openNextFrame),
      row(`search "${WORD}" → the frame after the first match`, 'ms', (run) => run.searchNextFrame),
      row('JS heap after opening and searching (after GC)', 'MB', (run) => run.heap),
      row('… of which the viewer (minus the page holding the text)', 'MB', viewerHeap),
      row('longest task, mount to count complete (0: none over 50 ms)', 'ms', (run) => run.longestTask),
    ],
    [
      `match counts shown: ${counts.join('; ')}`,
      'ours: "Search the log" (typing shows the first match as soon as it is found; the count completes ' +
        'after); patternfly: LogViewerSearch in the viewer toolbar (typing counts, finds and scrolls); ' +
        'melloware: enableSearch (typing counts, Enter scrolls to the first match, so its first match ' +
        'includes the Enter). All case-insensitive, lines not wrapped.',
    ],
  )
})
