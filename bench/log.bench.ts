import { test, type Page } from '@playwright/test'
import { report, RUNS, summarize } from './figures'

/**
 * The log drawer on the `huge-log` scenario's 200,000-line build: time from the click to the first
 * lines painted, time from typing a word to its first match counted and painted, and JS heap after opening.
 */
const BUILDS = '/acme.com/images/node/builds?scenario=huge-log&latency=0'
const WORD = 'zircon'

/**
 * Click → first lines painted (the log's start, shown while the rest arrives), and click → the
 * whole log in the viewer (its answer come and parsed: "Download" enabled, nothing more arriving).
 */
async function openLog(page: Page): Promise<{ first: number; whole: number }> {
  await page.goto(BUILDS)
  const link = page
    .getByRole('table', { name: 'Builds of node' })
    .getByRole('row')
    .nth(1)
    .getByRole('link')
    .first()
  await link.waitFor()
  await page.waitForTimeout(300)
  return page.evaluate(
    () =>
      new Promise<{ first: number; whole: number }>((resolve) => {
        const start = performance.now()
        let first = NaN
        ;(document.querySelector('table tbody tr a') as HTMLAnchorElement).click()
        const check = () => {
          const drawn = document.querySelector('[role="log"] .log-line')
          const download = [...document.querySelectorAll('button')].find(
            (button) => button.textContent?.trim() === 'Download',
          )
          const whole = drawn && download && !download.disabled && !document.querySelector('.log-arriving')
          if (drawn && Number.isNaN(first)) {
            requestAnimationFrame(() => {
              first = performance.now() - start
              if (whole) resolve({ first, whole: first })
              else requestAnimationFrame(check)
            })
          } else if (whole) {
            requestAnimationFrame(() => resolve({ first, whole: performance.now() - start }))
          } else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

async function searchWord(page: Page): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search the log' })
  await box.fill('')
  await page.waitForTimeout(200)
  return page.evaluate(
    (word) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector('input[aria-label="Search the log"]') as HTMLInputElement
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
        const start = performance.now()
        setValue?.call(input, word)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        const check = () => {
          const count = document.querySelector('.log-count')?.textContent ?? ''
          if (/^1 of \d+$/.test(count) && document.querySelector('[role="log"] mark.current'))
            requestAnimationFrame(() => resolve(performance.now() - start))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    WORD,
  )
}

test('log drawer, 200,000 lines', async ({ page }) => {
  const open: number[] = []
  const whole: number[] = []
  const search: number[] = []
  const heap: number[] = []
  const client = await page.context().newCDPSession(page)
  await client.send('Performance.enable')
  for (let run = 0; run < RUNS; run++) {
    const opened = await openLog(page)
    open.push(opened.first)
    whole.push(opened.whole)
    search.push(await searchWord(page))
    await client.send('HeapProfiler.collectGarbage')
    const { metrics } = await client.send('Performance.getMetrics')
    heap.push((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024)
  }
  report('Log drawer (huge-log scenario, 200,000 lines)', [
    summarize('click → first lines painted (the log’s start, while the rest arrives)', 'ms', open),
    summarize('click → whole log in the viewer (answer come and parsed)', 'ms', whole),
    summarize(`search "${WORD}" → first match counted and painted`, 'ms', search),
    summarize('JS heap after opening (after GC)', 'MB', heap),
  ])
})
