import { test, type Page } from '@playwright/test'
import { report, RUNS, summarize } from './figures'

/**
 * The log drawer on the `huge-log` scenario's 200,000-line build: time from the click to the first
 * lines painted, time from typing a word to its first match counted and painted, and JS heap after opening.
 */
const BUILDS = '/acme.com/images/node/builds?scenario=huge-log&latency=0'
const WORD = 'zircon'

/** Click → first lines painted, and (the console's own share) log body received → first lines painted. */
async function openLog(page: Page): Promise<{ total: number; afterBody: number }> {
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
      new Promise<{ total: number; afterBody: number }>((resolve) => {
        let bodyAt = NaN
        const fetch = window.fetch
        window.fetch = async (...args) => {
          const response = await fetch(...args)
          if (!String(args[0]).includes('uidp.ids')) return response
          const text = response.text.bind(response)
          response.text = async () => {
            const body = await text()
            bodyAt = performance.now()
            return body
          }
          return response
        }
        const start = performance.now()
        ;(document.querySelector('table tbody tr a') as HTMLAnchorElement).click()
        const check = () => {
          if (document.querySelector('[role="log"] .log-line'))
            requestAnimationFrame(() => {
              const now = performance.now()
              window.fetch = fetch
              resolve({ total: now - start, afterBody: now - bodyAt })
            })
          else requestAnimationFrame(check)
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
  const afterBody: number[] = []
  const search: number[] = []
  const heap: number[] = []
  const client = await page.context().newCDPSession(page)
  await client.send('Performance.enable')
  for (let run = 0; run < RUNS; run++) {
    const opened = await openLog(page)
    open.push(opened.total)
    afterBody.push(opened.afterBody)
    search.push(await searchWord(page))
    await client.send('HeapProfiler.collectGarbage')
    const { metrics } = await client.send('Performance.getMetrics')
    heap.push((metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024)
  }
  report('Log drawer (huge-log scenario, 200,000 lines)', [
    summarize('click → first lines painted (demo backend, transfer, parse, render)', 'ms', open),
    summarize('log body received → first lines painted (the console’s share)', 'ms', afterBody),
    summarize(`search "${WORD}" → first match counted and painted`, 'ms', search),
    summarize('JS heap after opening (after GC)', 'MB', heap),
  ])
})
