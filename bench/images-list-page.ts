import type { Page } from '@playwright/test'

/** What `watch` keeps in the page, as `window.bench`. */
export interface Bench {
  /** each API answer once its body is in: when, and its JSON's bytes */
  api: Array<{ at: number; bytes: number; tags: boolean }>
  /** the table painted, skeleton rows included (the frame after it showed) */
  tableAt: number
  rowsAt: number
  tagsAt: number
  keystrokes: number[]
  /** keystroke → the frame after the table's rows changed (for the keystrokes that changed them) */
  redraws: number[]
}

/**
 * Runs in the page from its first script (an init script, `caption` its argument): the API answers
 * (arrival of the whole body, bytes), when the table captioned `caption…` shows, with its first rows
 * and with the drawn rows' latest tags, and each keystroke's time to paint.
 */
export function watch(caption: string) {
  const bench: Bench = { api: [], tableAt: NaN, rowsAt: NaN, tagsAt: NaN, keystrokes: [], redraws: [] }
  Object.assign(window, { bench })
  const fetch = window.fetch.bind(window)
  window.fetch = async (...args: Parameters<typeof window.fetch>) => {
    const response = await fetch(...args)
    if (/\/(iam|registry|apk|apko)\/v1\//.test(response.url)) {
      const tags = /\/registry\/v1\/tags\b/.test(response.url)
      // an answer counts once its body is in, so none is counted without its size
      void response
        .clone()
        .arrayBuffer()
        .then((body) => bench.api.push({ at: performance.now(), bytes: body.byteLength, tags }))
    }
    return response
  }
  let tableSeen = false
  const check = () => {
    const table = [...document.querySelectorAll('table')].find((element) =>
      element.querySelector('caption')?.textContent?.startsWith(caption),
    )
    if (table?.querySelector('tbody tr') && !tableSeen) {
      tableSeen = true
      requestAnimationFrame(() => (bench.tableAt = performance.now()))
    }
    const rows = table?.querySelector('tbody:not([aria-busy]) tr td')
    if (rows && Number.isNaN(bench.rowsAt)) bench.rowsAt = performance.now()
    if (rows && !table?.querySelector('.latest-pending')) bench.tagsAt = performance.now()
    if (Number.isNaN(bench.tagsAt)) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
  // keystroke → paint: from the input event to the next frame (what the key changed at once); and
  // keystroke → rows redrawn: to the frame after the table's rows first changed, however late
  let typedAt: number | undefined
  const painted = (start: number, into: number[]) =>
    requestAnimationFrame(() => setTimeout(() => into.push(performance.now() - start), 0))
  const rows = new MutationObserver(() => {
    if (typedAt !== undefined) painted(typedAt, bench.redraws)
    typedAt = undefined
  })
  document.addEventListener(
    'input',
    (event) => {
      typedAt = event.timeStamp
      painted(event.timeStamp, bench.keystrokes)
      const table = [...document.querySelectorAll('table')].find((element) =>
        element.querySelector('caption')?.textContent?.startsWith(caption),
      )
      if (table) rows.observe(table, { subtree: true, childList: true, characterData: true })
    },
    true,
  )
}

/** Waits for the drawn rows' latest tags, then reads the figures of the load. */
export async function loadFigures(page: Page) {
  await page.waitForFunction(
    () => {
      const { bench } = window as unknown as { bench: Bench }
      return !Number.isNaN(bench.tagsAt) && !Number.isNaN(bench.tableAt)
    },
    null,
    { timeout: 120_000 },
  )
  return page.evaluate(() => {
    const { bench } = window as unknown as { bench: Bench }
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.responseEnd <= bench.rowsAt,
    )
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const before = bench.api.filter((answer) => answer.at <= bench.rowsAt)
    const kB = (answers: Bench['api']) => answers.reduce((sum, answer) => sum + answer.bytes, 0) / 1000
    return {
      table: bench.tableAt,
      rows: bench.rowsAt,
      tags: bench.tagsAt,
      resourceKB:
        ((navigation?.transferSize ?? 0) + resources.reduce((sum, entry) => sum + entry.transferSize, 0)) /
        1000,
      apiKB: kB(before),
      tagsKB: kB(before.filter((answer) => answer.tags)),
      apiRequests: before.length,
      apiRequestsLoaded: bench.api.filter((answer) => answer.at <= bench.tagsAt).length,
    }
  })
}

const SEARCHED = ['l', 'i', 'b', 's', 's', 'l']
const FILTERED = ['1', '2', '.', '3', '-', 'd', 'e', 'v']
export const typedInto = (box: string) => (box === 'Search images' ? SEARCHED : FILTERED)

/** Types into the search (filter) box, erases it, and returns each keystroke's times to paint. */
export async function typeAndErase(page: Page, box: string): Promise<Pick<Bench, 'keystrokes' | 'redraws'>> {
  const input = page.getByRole('searchbox', { name: box })
  const typed = typedInto(box)
  for (const key of typed) await input.press(key, { delay: 60 })
  for (let erased = 0; erased < typed.length; erased++) await input.press('Backspace', { delay: 60 })
  return page.evaluate(() => {
    const { keystrokes, redraws } = (window as unknown as { bench: Bench }).bench
    return { keystrokes, redraws }
  })
}
