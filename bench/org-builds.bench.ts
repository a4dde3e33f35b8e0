import { test, type Browser } from '@playwright/test'
import { compareVisits, heapMB, reportComparison, RUNS, type Measure } from './figures'
import { loadFigures, typeAndErase, watch } from './images-list-page'

/**
 * The organization's Builds page of the full-catalogue organization (builds across 200 images) next
 * to the default organization's, in demo mode, each visit in a fresh browser context: navigation →
 * first rows painted, the API JSON before them (the window's reports, without logs), the rows the
 * list holds and draws, JS heap, the version filter's keystroke → paint and → its rows painted, and
 * "Older builds" → the day before added. Subjects take turns within each run: read the ratios.
 */
const SUBJECTS = {
  'acme.com': 'acme.com (default data)',
  'umbrella.corp': 'umbrella.corp (200 built images)',
}
const QUERY = '?scenario=full-catalogue&latency=0'

async function visit(browser: Browser, baseURL: string, org: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  await context.addInitScript(watch, 'Builds of')
  const page = await context.newPage()
  const client = await context.newCDPSession(page)
  await client.send('Performance.enable')
  await page.goto(`/${org}/builds${QUERY}`)
  const loaded = await loadFigures(page)
  const table = page.getByRole('table', { name: `Builds of ${org}` })
  const rowCount = await table.getAttribute('aria-rowcount')
  const listed = rowCount ? Number(rowCount) - 1 : await table.locator('tbody tr').count()
  const drawn = await table.locator('tbody tr:not(.rows-left-out)').count()
  const heap = await heapMB(client)
  const typed = await typeAndErase(page, 'Filter by version')
  // the window shown moves a day back once the day before is in (whether or not it held builds)
  const shown = page.getByText(/Builds from .+ to now/)
  const before = await shown.textContent()
  const clicked = await page.evaluate(() => performance.now())
  await page.getByRole('button', { name: 'Older builds' }).click()
  await page.waitForFunction(
    (text) =>
      [...document.querySelectorAll('p')].some(
        (p) => /Builds from .+ to now/.test(p.textContent ?? '') && p.textContent !== text,
      ),
    before,
    { timeout: 120_000 },
  )
  const older = (await page.evaluate(() => performance.now())) - clicked
  await context.close()
  return { ...loaded, heap, listed, drawn, older, ...typed }
}

type Visit = Awaited<ReturnType<typeof visit>>
const MEASURES: Measure<Visit>[] = [
  ['navigation → first rows painted (first visit, empty cache)', 'ms', (v) => [v.rows]],
  ['API JSON received before the first rows', 'kB', (v) => [v.apiKB]],
  ['builds listed (last 24 hours)', 'rows', (v) => [v.listed]],
  ['rows drawn in the page', 'rows', (v) => [v.drawn]],
  ['JS heap after load (after GC)', 'MB', (v) => [v.heap]],
  ['filter keystroke → paint ("12.3-dev", then erased)', 'ms', (v) => v.keystrokes, true],
  ['filter keystroke → its rows painted', 'ms', (v) => v.redraws, true],
  ['"Older builds" → the day before added', 'ms', (v) => [v.older]],
]

test('the organization’s builds at real size', async ({ browser, baseURL }) => {
  test.setTimeout(30 * 60_000)
  const visits: Record<string, Visit[]> = Object.fromEntries(
    Object.values(SUBJECTS).map((label) => [label, []]),
  )
  for (let run = 0; run < RUNS; run++) {
    for (const [org, label] of Object.entries(SUBJECTS))
      visits[label]?.push(await visit(browser, baseURL ?? '', org))
  }
  reportComparison(
    'Organization Builds at real size (first visit, demo mode)',
    Object.values(SUBJECTS),
    compareVisits(MEASURES, visits),
    [
      `demo mode, scenario full-catalogue, no added latency; 1280 × 800 viewport; each visit in a fresh browser ` +
        'context; the organizations take turns within each run',
    ],
  )
})
