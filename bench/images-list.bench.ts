import { test, type Browser, type Page } from '@playwright/test'
import { heapMB, reportComparison, RUNS, summarize, type Comparison } from './figures'

/**
 * Organization Images of an organization of real size next to the default one, and the Versions
 * section of its 3,000-tag image next to an ordinary image's, each visit in a fresh browser context
 * (an empty cache, as a first visit): navigation → first rows painted, → the drawn rows' latest tags
 * shown, the bytes that came before the first rows (every resource's transferSize, plus the JSON of
 * the API answers, which in demo mode never cross the network), the search (filter) keystroke →
 * paint, and the JS heap after load. Subjects take turns within each run, so a busy machine weighs
 * on all of them alike: read the ratios.
 *
 * Demo mode by default: the production build Playwright serves, on the `full-catalogue` scenario
 * with no simulated latency (its demo backend runs in the page, so the heap includes it). Set
 * `BENCH_CONSOLE_URL` to a real-mode console (e.g. `VITE_API_URL=http://localhost:8787 npm start`
 * on `npm run mock-api` with `MOCK_SCENARIO=full-catalogue`) and `BENCH_API_TOKEN` to its token to
 * measure over HTTP instead.
 */
const CONSOLE_URL = process.env.BENCH_CONSOLE_URL
const API_TOKEN = process.env.BENCH_API_TOKEN ?? ''
const MODE = CONSOLE_URL ? 'real mode over HTTP' : 'demo mode, ?scenario=full-catalogue&latency=0'
const QUERY = CONSOLE_URL ? '' : '?scenario=full-catalogue&latency=0'
const TOKEN_KEY = 'assembly-console.token'

const ORGS = { 'acme.com': 'acme.com (21 images)', 'umbrella.corp': 'umbrella.corp (1,800 images)' }
const VERSIONS = {
  'acme.com/node': 'acme.com node (default data)',
  'umbrella.corp/node': 'umbrella.corp node (3,000 tags)',
}
const SEARCHED = ['l', 'i', 'b', 's', 's', 'l']
const FILTERED = ['1', '2', '.', '3', '-', 'd', 'e', 'v']

interface Visit {
  rows: number
  tags: number
  resourceKB: number
  apiKB: number
  tagsKB: number
  apiRequests: number
  apiRequestsLoaded: number
  heap: number
  keystrokes: number[]
}

/** Watches the page from its first script: the API answers (arrival time, bytes) and when the rows show. */
function watch(caption: string) {
  const api: Array<{ at: number; bytes: number; tags: boolean }> = []
  const bench = { api, rowsAt: NaN, tagsAt: NaN, keystrokes: [] as number[] }
  Object.assign(window, { bench })
  const fetch = window.fetch.bind(window)
  window.fetch = async (...args: Parameters<typeof window.fetch>) => {
    const response = await fetch(...args)
    if (/\/(iam|registry|apk|apko)\/v1\//.test(response.url)) {
      const entry = { at: performance.now(), bytes: NaN, tags: /\/registry\/v1\/tags\b/.test(response.url) }
      api.push(entry)
      void response
        .clone()
        .arrayBuffer()
        .then((body) => (entry.bytes = body.byteLength))
    }
    return response
  }
  const check = () => {
    const table = [...document.querySelectorAll('table')].find((element) =>
      element.querySelector('caption')?.textContent?.startsWith(caption),
    )
    const rows = table?.querySelector('tbody:not([aria-busy]) tr td')
    if (rows && Number.isNaN(bench.rowsAt)) bench.rowsAt = performance.now()
    if (rows && !table?.querySelector('.latest-pending')) bench.tagsAt = performance.now()
    if (Number.isNaN(bench.tagsAt)) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
  // keystroke → paint: from the input event to the frame after React rendered what it filtered
  document.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp
      requestAnimationFrame(() => setTimeout(() => bench.keystrokes.push(performance.now() - start), 0))
    },
    true,
  )
}

interface Bench {
  api: Array<{ at: number; bytes: number; tags: boolean }>
  rowsAt: number
  tagsAt: number
  keystrokes: number[]
}

async function visit(browser: Browser, baseURL: string, path: string, caption: string, box: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  if (API_TOKEN) {
    await context.addInitScript(
      ([key, token]) => sessionStorage.setItem(key ?? '', token ?? ''),
      [TOKEN_KEY, API_TOKEN],
    )
  }
  await context.addInitScript(watch, caption)
  const page = await context.newPage()
  const client = await context.newCDPSession(page)
  await client.send('Performance.enable')
  await page.goto(`${path}${QUERY}`)
  await page.waitForFunction(
    () => !Number.isNaN((window as unknown as { bench: Bench }).bench.tagsAt),
    null,
    {
      timeout: 120_000,
    },
  )
  const loaded = await page.evaluate(() => {
    const { bench } = window as unknown as { bench: Bench }
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.responseEnd <= bench.rowsAt,
    )
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const before = bench.api.filter((answer) => answer.at <= bench.rowsAt)
    return {
      rows: bench.rowsAt,
      tags: bench.tagsAt,
      resourceKB:
        ((navigation?.transferSize ?? 0) + resources.reduce((sum, entry) => sum + entry.transferSize, 0)) /
        1000,
      apiKB: before.reduce((sum, answer) => sum + answer.bytes, 0) / 1000,
      tagsKB: before.filter((answer) => answer.tags).reduce((sum, answer) => sum + answer.bytes, 0) / 1000,
      apiRequests: before.length,
      apiRequestsLoaded: bench.api.filter((answer) => answer.at <= bench.tagsAt).length,
    }
  })
  const heap = await heapMB(client)
  const keystrokes = await type(page, box)
  await context.close()
  return { ...loaded, heap, keystrokes } satisfies Visit
}

async function type(page: Page, box: string): Promise<number[]> {
  const input = page.getByRole('searchbox', { name: box })
  const typed = box === 'Search images' ? SEARCHED : FILTERED
  for (const key of typed) await input.press(key, { delay: 60 })
  for (let erased = 0; erased < typed.length; erased++) await input.press('Backspace', { delay: 60 })
  return page.evaluate(() => (window as unknown as { bench: Bench }).bench.keystrokes)
}

/** Demo mode: the size of the read the images list made before, every tag of the organization. */
async function replacedRead(browser: Browser, baseURL: string): Promise<string[]> {
  const context = await browser.newContext({ baseURL })
  const page = await context.newPage()
  await page.goto(`/acme.com/images${QUERY}`)
  await page.waitForFunction(() => 'assemblyMocks' in window)
  const sizes = await page.evaluate((orgs) => {
    interface Db {
      listGroups(filter: { name: string }): Array<{ id?: string }>
      listTags(filter: { descendantsOf?: string }): unknown[]
    }
    const { db } = (window as unknown as { assemblyMocks: { db: Db } }).assemblyMocks
    return orgs.map((org) => {
      const items = db.listTags({ descendantsOf: db.listGroups({ name: org })[0]?.id })
      return `${org}: ${items.length} tags, ${(JSON.stringify({ items }).length / 1e6).toFixed(2)} MB`
    })
  }, Object.keys(ORGS))
  await context.close()
  return [
    `the read it replaces, GET /registry/v1/tags?uidp.descendantsOf=<org> (every tag): ${sizes.join('; ')}`,
  ]
}

type Measure = [name: string, unit: string, pick: (visit: Visit) => number[], p95?: boolean]
const FIRST_ROWS: Measure = ['navigation → first rows painted', 'ms', (visit) => [visit.rows]]
const API_JSON: Measure = ['API JSON received before the first rows', 'kB', (visit) => [visit.apiKB]]
const HEAP: Measure = ['JS heap after load (after GC)', 'MB', (visit) => [visit.heap]]
const keystroke = (box: string, typed: string[]): Measure => [
  `${box} keystroke → paint ("${typed.join('')}", then erased)`,
  'ms',
  (visit) => visit.keystrokes,
  true,
]

function rows(visits: Record<string, Visit[]>, measures: Measure[]): Comparison[] {
  return measures.map(([name, unit, pick, p95]) => ({
    name,
    unit,
    by: Object.fromEntries(
      Object.entries<Visit[]>(visits).map(([subject, runs]) => [
        subject,
        summarize(name, unit, runs.flatMap(pick), p95),
      ]),
    ),
  }))
}

test('images list and versions of an organization of real size', async ({ browser, baseURL }) => {
  test.setTimeout(60 * 60_000)
  const base = CONSOLE_URL ?? baseURL ?? ''
  const lists = { [ORGS['acme.com']]: [] as Visit[], [ORGS['umbrella.corp']]: [] as Visit[] }
  const versions = {
    [VERSIONS['acme.com/node']]: [] as Visit[],
    [VERSIONS['umbrella.corp/node']]: [] as Visit[],
  }
  for (let run = 0; run < RUNS; run++) {
    for (const [org, label] of Object.entries(ORGS)) {
      lists[label]?.push(await visit(browser, base, `/${org}/images`, 'Images of', 'Search images'))
    }
    for (const [image, label] of Object.entries(VERSIONS)) {
      const [org, name] = image.split('/')
      versions[label]?.push(
        await visit(browser, base, `/${org}/images/${name}`, 'Versions of', 'Filter versions'),
      )
    }
  }
  const notes = [
    ...(CONSOLE_URL ? [] : await replacedRead(browser, base)),
    `${MODE}; 1280 × 800 viewport; each visit in a fresh browser context (empty cache)`,
    'resources: the transferSize of the document and every resource that ended before the first rows ' +
      '(JS, CSS, the mock worker; in real mode the API answers too); API JSON: the bytes of the API answers ' +
      'the page had received by then (in demo mode the API answers never cross the network)',
    'JS heap: in demo mode every page holds the same demo backend (the whole scenario), so the difference ' +
      'between subjects is the console’s',
  ]
  const sections: Array<[title: string, subjects: string[], visits: Record<string, Visit[]>, Measure[]]> = [
    [
      'Organization Images at real size (first visit)',
      Object.values(ORGS),
      lists,
      [
        FIRST_ROWS,
        ['navigation → the drawn rows’ latest tags shown', 'ms', (visit) => [visit.tags]],
        ['resources transferred before the first rows', 'kB', (visit) => [visit.resourceKB]],
        API_JSON,
        ['… of which tags (GET /registry/v1/tags)', 'kB', (visit) => [visit.tagsKB]],
        ['API requests before the first rows', 'requests', (visit) => [visit.apiRequests]],
        ['API requests until the latest tags show', 'requests', (visit) => [visit.apiRequestsLoaded]],
        HEAP,
        keystroke('search', SEARCHED),
      ],
    ],
    [
      'Versions at real size (first visit)',
      Object.values(VERSIONS),
      versions,
      [FIRST_ROWS, API_JSON, HEAP, keystroke('filter', FILTERED)],
    ],
  ]
  for (const [title, subjects, visits, measures] of sections) {
    reportComparison(title, subjects, rows(visits, measures), notes)
  }
})
