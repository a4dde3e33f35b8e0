import { test, type Browser } from '@playwright/test'
import { heapMB, reportComparison, RUNS, summarize, type Comparison } from './figures'
import { loadFigures, typeAndErase, typedInto, watch } from './images-list-page'
import { startRealConsole, type RealConsole } from './real-console'

/**
 * Organization Images of an organization of real size next to the default one, and the Versions
 * section of its 3,000-tag image next to an ordinary image's, each visit in a fresh browser context
 * (an empty cache, as a first visit): navigation → the images table painted, → first rows painted,
 * → the drawn rows' latest tags shown, the bytes that came before the first rows (every resource's
 * transferSize, plus the JSON of the API answers), the search (filter) keystroke → next paint and → its rows painted, and the JS
 * heap after load. Subjects take turns within each run, so a busy machine weighs on all of them
 * alike: read the ratios.
 *
 * Two modes, each its own tables: real mode over HTTP, the real-mode build (`npm run build:real`)
 * signed in to its own `npm run mock-api` (`full-catalogue`, no added latency) through
 * `vite preview`'s proxy, as `e2e/real` runs it; and demo mode, the production build Playwright
 * serves with the demo backend in the page (so its heap includes the backend). `BENCH_MODES=real`
 * (or `demo`) measures one; `BENCH_CONSOLE_URL` and `BENCH_API_TOKEN` point real mode at a console
 * already running instead.
 */
const TOKEN_KEY = 'assembly-console.token'
const SCENARIO = 'full-catalogue'

interface Mode {
  name: string
  url: string
  query: string
  token?: string
}

const ORGS = { 'acme.com': 'acme.com (21 images)', 'umbrella.corp': 'umbrella.corp (1,800 images)' }
const VERSIONS = {
  'acme.com/node': 'acme.com node (default data)',
  'umbrella.corp/node': 'umbrella.corp node (3,000 tags)',
}

type Visit = Awaited<ReturnType<typeof loadFigures>> &
  Awaited<ReturnType<typeof typeAndErase>> & { heap: number }

async function visit(browser: Browser, mode: Mode, path: string, caption: string, box: string) {
  const context = await browser.newContext({ baseURL: mode.url, viewport: { width: 1280, height: 800 } })
  if (mode.token) {
    // signed in as the sign-in form leaves it: the token in the tab's sessionStorage
    await context.addInitScript(
      ([key = '', token = '']) => sessionStorage.setItem(key, token),
      [TOKEN_KEY, mode.token],
    )
  }
  await context.addInitScript(watch, caption)
  const page = await context.newPage()
  const client = await context.newCDPSession(page)
  await client.send('Performance.enable')
  await page.goto(`${path}${mode.query}`)
  const loaded = await loadFigures(page)
  const heap = await heapMB(client)
  const typed = await typeAndErase(page, box)
  await context.close()
  return { ...loaded, heap, ...typed } satisfies Visit
}

/** Demo mode: the size of the read the images list made before, every tag of the organization. */
async function replacedRead(browser: Browser, mode: Mode): Promise<string> {
  const context = await browser.newContext({ baseURL: mode.url })
  const page = await context.newPage()
  await page.goto(`/acme.com/images${mode.query}`)
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
  return `the read it replaces, GET /registry/v1/tags?uidp.descendantsOf=<org> (every tag): ${sizes.join('; ')}`
}

type Measure = [name: string, unit: string, pick: (visit: Visit) => number[], p95?: boolean]
const FIRST_ROWS: Measure = ['navigation → first rows painted', 'ms', (visit) => [visit.rows]]
const API_JSON: Measure = ['API JSON received before the first rows', 'kB', (visit) => [visit.apiKB]]
const HEAP: Measure = ['JS heap after load (after GC)', 'MB', (visit) => [visit.heap]]
const keystroke = (box: string): Measure[] => {
  const typed = `${box === 'Search images' ? 'search' : 'filter'} keystroke`
  return [
    [`${typed} → paint ("${typedInto(box).join('')}", then erased)`, 'ms', (visit) => visit.keystrokes, true],
    [`${typed} → its rows painted (the keystrokes that change them)`, 'ms', (visit) => visit.redraws, true],
  ]
}
const LIST_MEASURES: Measure[] = [
  ['navigation → images table painted (first visit, empty cache)', 'ms', (visit) => [visit.table]],
  FIRST_ROWS,
  ['navigation → the drawn rows’ latest tags shown', 'ms', (visit) => [visit.tags]],
  ['resources transferred before the first rows', 'kB', (visit) => [visit.resourceKB]],
  API_JSON,
  ['… of which tags (GET /registry/v1/tags)', 'kB', (visit) => [visit.tagsKB]],
  ['API requests before the first rows', 'requests', (visit) => [visit.apiRequests]],
  ['API requests until the latest tags show', 'requests', (visit) => [visit.apiRequestsLoaded]],
  HEAP,
  ...keystroke('Search images'),
]
const VERSIONS_MEASURES: Measure[] = [FIRST_ROWS, API_JSON, HEAP, ...keystroke('Filter versions')]

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

/** The modes `BENCH_MODES` asks for (both by default), real mode on its own servers unless given one. */
async function openModes(baseURL: string, started: RealConsole[]): Promise<Mode[]> {
  const asked = (process.env.BENCH_MODES ?? 'real,demo').split(',').map((name) => name.trim())
  const modes: Mode[] = []
  if (asked.includes('real')) {
    const given = process.env.BENCH_CONSOLE_URL
    const real = given ? undefined : await startRealConsole(SCENARIO)
    if (real) started.push(real)
    modes.push({
      name: given ? `real mode over HTTP, ${given}` : 'real mode over HTTP (mock API, vite preview’s proxy)',
      url: given ?? real?.url ?? '',
      query: '',
      token: given ? process.env.BENCH_API_TOKEN : real?.token,
    })
  }
  if (asked.includes('demo')) {
    modes.push({ name: 'demo mode', url: baseURL, query: `?scenario=${SCENARIO}&latency=0` })
  }
  return modes
}

test('images list and versions of an organization of real size', async ({ browser, baseURL }) => {
  test.setTimeout(60 * 60_000)
  const started: RealConsole[] = []
  try {
    const modes = await openModes(baseURL ?? '', started)
    const lists = modes.map(() => ({
      [ORGS['acme.com']]: [] as Visit[],
      [ORGS['umbrella.corp']]: [] as Visit[],
    }))
    const versions = modes.map(() => ({
      [VERSIONS['acme.com/node']]: [] as Visit[],
      [VERSIONS['umbrella.corp/node']]: [] as Visit[],
    }))
    for (let run = 0; run < RUNS; run++) {
      for (const [index, mode] of modes.entries()) {
        for (const [org, label] of Object.entries(ORGS)) {
          lists[index]?.[label]?.push(
            await visit(browser, mode, `/${org}/images`, 'Images of', 'Search images'),
          )
        }
        for (const [image, label] of Object.entries(VERSIONS)) {
          const [org, name] = image.split('/')
          versions[index]?.[label]?.push(
            await visit(browser, mode, `/${org}/images/${name}`, 'Versions of', 'Filter versions'),
          )
        }
      }
    }
    for (const [index, mode] of modes.entries()) {
      const notes = [
        `${mode.name}, scenario ${SCENARIO}, no added latency; 1280 × 800 viewport; each visit in a fresh ` +
          'browser context (empty cache); the modes take turns within each run',
        'resources: the transferSize of the document and every resource that ended before the first rows ' +
          '(JS, CSS, the mock worker; in real mode the API answers too); API JSON: the bytes of the API ' +
          'answers whose whole body the page had by then (in demo mode they never cross the network)',
        ...(mode.token === undefined
          ? ['JS heap: every demo page holds the same demo backend, so the difference is the console’s']
          : []),
      ]
      reportComparison(
        `Organization Images at real size (first visit, ${mode.name})`,
        Object.values(ORGS),
        rows(lists[index] ?? {}, LIST_MEASURES),
        mode.token === undefined ? [await replacedRead(browser, mode), ...notes] : notes,
      )
      reportComparison(
        `Versions at real size (first visit, ${mode.name})`,
        Object.values(VERSIONS),
        rows(versions[index] ?? {}, VERSIONS_MEASURES),
        notes,
      )
    }
  } finally {
    for (const real of started) await real.stop()
  }
})
