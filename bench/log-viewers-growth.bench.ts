import { test } from '@playwright/test'
import { reportTable, RUNS, type Figure, type Missing } from './figures'
import { GROWTH_SIZES } from './harness/sizes'
import {
  figureOf,
  inTurn,
  measure,
  viewerHeap,
  VIEWERS,
  type Run,
  type ViewerName,
} from './log-viewers-measure'

/**
 * The log viewers as the log grows: the `huge-log` build's log written with 10,000, 50,000, 200,000
 * and 1,000,000 lines (bench/harness/sizes.ts), each viewer opened and searched as in the
 * side-by-side bench, with the cost per 100,000 lines at each size (a viewer that grows linearly
 * costs the same per 100,000 lines at every size) and the longest task that kept the page from
 * answering. A viewer that takes over 60 s to paint or to find at one size is not tried at larger ones.
 */
const LIMIT_MS = 60_000
/** fewer runs than the other figures: the largest log alone takes a while to open in some viewers */
const GROWTH_RUNS = Math.min(RUNS, 3)

/** each measure, and whether it is a cost that grows with the log (a task's length is not) */
const MEASURES: [name: string, unit: string, pick: (run: Run) => number | Missing, perLines: boolean][] = [
  ['mount → first lines painted', 'ms', (run) => run.open, true],
  ['search → first match painted', 'ms', (run) => run.search, true],
  ['search → match count complete', 'ms', (run) => run.counted, true],
  ['JS heap of the viewer (after GC)', 'MB', viewerHeap, true],
  ['longest task, mount to count complete', 'ms', (run) => run.longestTask, false],
]

test('log viewers as the log grows', async ({ context }) => {
  test.setTimeout(3 * 60 * 60_000)
  const runs = new Map<string, Run[]>()
  const key = (viewer: ViewerName, lines: number) => `${viewer} ${lines}`
  const gaveUp = new Map<ViewerName, string>()
  for (const lines of GROWTH_SIZES) {
    for (let run = 0; run < GROWTH_RUNS; run++) {
      for (const viewer of inTurn(run)) {
        if (gaveUp.has(viewer)) continue
        const result = await measure(context, viewer, { lines, limit: LIMIT_MS })
        const missing = [result.open, result.search, result.counted].find((x) => typeof x !== 'number')
        if (missing) gaveUp.set(viewer, `${lines.toLocaleString('en')} lines: ${(missing as Missing).na}`)
        else runs.set(key(viewer, lines), [...(runs.get(key(viewer, lines)) ?? []), result])
      }
    }
  }

  const cell = (figure: Figure | Missing, perLines: boolean, lines: number) => {
    if ('na' in figure) return 'n/a'
    return perLines
      ? `${figure.median} · ${round((figure.median * 100_000) / lines)}/100k`
      : `${figure.median}`
  }
  const medians = new Map<string, number>()
  const rows: Record<string, Record<string, string>> = {}
  for (const viewer of VIEWERS) {
    for (const [name, unit, pick, perLines] of MEASURES) {
      const columns: Record<string, string> = { unit }
      for (const lines of GROWTH_SIZES) {
        const samples = runs.get(key(viewer, lines))
        const figure = samples?.length ? figureOf(name, unit, samples.map(pick)) : { na: 'not run' }
        columns[lines.toLocaleString('en')] = cell(figure, perLines, lines)
        if (!('na' in figure)) medians.set(`${viewer} ${name} ${lines}`, figure.median)
      }
      rows[`${viewer}: ${name}`] = columns
    }
  }
  // PatternFly's time and heap over ours, at each size
  for (const [name, unit] of MEASURES.slice(0, 4)) {
    const columns: Record<string, string> = { unit: '×' }
    for (const lines of GROWTH_SIZES) {
      const ours = medians.get(`ours ${name} ${lines}`)
      const theirs = medians.get(`patternfly ${name} ${lines}`)
      columns[lines.toLocaleString('en')] = ours && theirs ? `${(theirs / ours).toFixed(2)}×` : 'n/a'
    }
    rows[`patternfly / ours: ${name} (${unit})`] = columns
  }
  reportTable('Log viewers as the log grows (huge-log build, 10,000 to 1,000,000 lines)', rows, [
    `median of ${GROWTH_RUNS} runs per size; "· n/100k": the cost per 100,000 lines at that size`,
    'longest task: the longest the page could not answer (tasks over 50 ms; 0 when none)',
    ...[...gaveUp].map(([viewer, why]) => `${viewer}: not tried at larger sizes after ${why}`),
  ])
})

function round(value: number): number {
  return Math.round(value * 10) / 10
}
