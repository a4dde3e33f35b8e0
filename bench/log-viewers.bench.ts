import { test, type CDPSession, type Page } from '@playwright/test'
import {
  heapMB,
  reportComparison,
  RUNS,
  summarize,
  type Comparison,
  type Figure,
  type Missing,
} from './figures'
import { HARNESS_PORT } from './harness/port'

/**
 * The console's log viewer next to two open-source ones, on the same 200,000-line log (the
 * `huge-log` scenario's, written by the mocks' own code at harness build time), each mounted alone
 * in the harness page (bench/harness) in a 1000 × 700 px box: time from mounting to the first lines
 * painted, time from typing a word into the viewer's own search to the first match counted and
 * painted, and JS heap after that. The viewers take turns within each run, so a busy machine
 * weighs on all of them alike.
 */
const VIEWERS = ['ours', 'patternfly', 'melloware'] as const
type ViewerName = (typeof VIEWERS)[number]
const WORD = 'zircon'
/** a viewer that has not painted or found within this long is given up on for the run */
const LIMIT_MS = 180_000

interface Harness {
  lines: number
  open(): Promise<number>
  search(word: string): Promise<{ ms: number; count: string }>
}

/** Runs a harness step, or says why it gave no figure. */
async function step<T>(run: (limit: number) => Promise<T>): Promise<T | Missing> {
  try {
    return await run(LIMIT_MS)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { na: /no \w+ painted within \d+ s/.exec(message)?.[0] ?? message.split('\n')[0] ?? 'failed' }
  }
}

interface Run {
  open: number | Missing
  search: number | Missing
  count: string
  heap: number | Missing
  baseline: number
}

async function measure(page: Page, client: CDPSession, viewer: ViewerName): Promise<Run> {
  await page.goto(`http://localhost:${HARNESS_PORT}/?viewer=${viewer}`)
  await page.waitForFunction(() => 'harness' in window, null, { timeout: 60_000 })
  const baseline = await heapMB(client)
  const open = await step((limit) =>
    page.evaluate(
      (limit) =>
        Promise.race([
          (window as unknown as { harness: Harness }).harness.open(),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error(`no lines painted within ${limit / 1000} s`)), limit),
          ),
        ]),
      limit,
    ),
  )
  if (typeof open !== 'number') return { open, search: open, count: '', heap: open, baseline }
  // let each viewer finish what it does after its first paint (ours parses the rest of the log)
  await page.waitForTimeout(1500)
  const searched = await step((limit) =>
    page.evaluate(
      ({ word, limit }) =>
        Promise.race([
          (window as unknown as { harness: Harness }).harness.search(word),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error(`no match painted within ${limit / 1000} s`)), limit),
          ),
        ]),
      { word: WORD, limit },
    ),
  )
  const heap = await heapMB(client)
  return 'na' in searched
    ? { open, search: searched, count: '', heap, baseline }
    : { open, search: searched.ms, count: searched.count, heap, baseline }
}

function figureOf(name: string, unit: string, samples: (number | Missing)[]): Figure | Missing {
  const missing = samples.find((sample): sample is Missing => typeof sample !== 'number')
  return missing ?? summarize(name, unit, samples as number[])
}

test('log viewers side by side, 200,000 lines', async ({ page }) => {
  test.setTimeout(60 * 60_000)
  const client = await page.context().newCDPSession(page)
  await client.send('Performance.enable')
  const runs = Object.fromEntries(VIEWERS.map((viewer) => [viewer, [] as Run[]])) as Record<ViewerName, Run[]>
  for (let run = 0; run < RUNS; run++) {
    for (const viewer of VIEWERS) runs[viewer].push(await measure(page, client, viewer))
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
      row(`search "${WORD}" → first match counted and painted`, 'ms', (run) => run.search),
      row('JS heap after opening and searching (after GC)', 'MB', (run) => run.heap),
      row('… of which the viewer (minus the page holding the text)', 'MB', (run) =>
        typeof run.heap === 'number' ? run.heap - run.baseline : run.heap,
      ),
    ],
    [
      `match counts shown: ${counts.join('; ')}`,
      'ours: "Search the log" (typing finds, counts and scrolls to the first match); patternfly: LogViewerSearch ' +
        'in the viewer toolbar (typing finds and scrolls); melloware: enableSearch (typing counts, Enter scrolls ' +
        'to the first match, so the figure includes the Enter). All case-insensitive, lines not wrapped.',
    ],
  )
})
