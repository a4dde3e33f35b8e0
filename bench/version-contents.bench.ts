import { test, type Browser } from '@playwright/test'
import { compareVisits, reportComparison, RUNS, type Measure } from './figures'
import { droppedFrames, keystrokeSamples, recordKeystrokes } from './page-measures'

/**
 * Packages and Vulnerabilities of a long version next to an ordinary one: `initech.dev`'s node with
 * its build config adding `ADDED` packages of the organization's 20,000 (built, pushed and scanned
 * before the page asks), against acme.com's node as it is seeded. Each visit in a fresh context,
 * from the images list: link → first rows painted, the filter keystroke → paint, and frames dropped while the
 * window scrolls through the list.
 */
/** packages added: a thousand for its package list; the whole catalogue for a scan of a thousand or more findings */
const ADDED = { packages: 1_000, vulnerabilities: 20_000 } as const
const QUERY = '?latency=0'
/** the second package of each pair that installs the same file: left out, so the build succeeds */
const CLASHING = new Set([
  'coreutils',
  'libressl',
  'nodejs-22',
  'python-3.13',
  'openjdk-21-default-jvm',
  'mysql-8.4-client',
  'nginx-stable',
  'valkey-8.1-compat',
])
const TYPED = ['l', 'i', 'b', '-', '2']

/** In the page, once the demo backend is up: node gets a long build config, built and scanned. */
function customize([added, clashing]: [number, string[]]) {
  interface Db {
    listGroups(filter: { name: string }): Array<{ id?: string }>
    listRepos(filter: { childrenOf: string; name: string }): Array<{ id?: string }>
    listPackageSummaries(filter: { descendantsOf: string; pageSize: number; pageToken: string }): {
      items: Array<{ packageName?: string }>
      nextPageToken?: string
    }
    updateRepo(id: string, repo: unknown): void
    clock: { advance(ms: number): void }
  }
  const { db } = (window as unknown as { assemblyMocks: { db: Db } }).assemblyMocks
  const org = db.listGroups({ name: 'initech.dev' })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: org, name: 'node' })[0]
  // the catalogue in the registry's pages, the clashing packages left out
  const names: string[] = []
  let pageToken = ''
  do {
    const page = db.listPackageSummaries({ descendantsOf: org, pageSize: 1000, pageToken })
    for (const item of page.items)
      if (!clashing.includes(item.packageName ?? '')) names.push(item.packageName ?? '')
    pageToken = page.nextPageToken ?? ''
  } while (pageToken && names.length < added)
  names.length = Math.min(names.length, added)
  db.updateRepo(repo?.id ?? '', { ...repo, customOverlay: { contents: { packages: names } } })
  db.clock.advance(60 * 60_000)
}

/**
 * Opens `path` in the page (as a link would: the demo backend keeps what was customized) and
 * watches for the section's first rows.
 */
function open(path: string) {
  const start = performance.now()
  const bench = { rowsAt: NaN, rows: 0 }
  Object.assign(window, { bench })
  history.pushState(null, '', path)
  dispatchEvent(new PopStateEvent('popstate'))
  const check = () => {
    const table = document.querySelector('.version-section table')
    const count = Number(table?.getAttribute('aria-rowcount') ?? 0) - 1
    if (table?.querySelector('tbody:not([aria-busy]) tr td')) {
      bench.rowsAt = performance.now() - start
      bench.rows = count > 0 ? count : (table.querySelectorAll('tbody tr').length ?? 0)
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

interface Visit {
  rows: number
  firstRows: number
  keystrokes: number[]
  dropped: number
}

async function visit(browser: Browser, baseURL: string, path: string, added: number): Promise<Visit> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`/${path.split('/')[1]}/images${QUERY}`)
  await page.locator('table tbody tr td a').first().waitFor()
  if (added) await page.evaluate(customize, [added, [...CLASHING]] as [number, string[]])
  await page.evaluate(recordKeystrokes)
  await page.evaluate(open, `${path}${QUERY}`)
  await page.waitForFunction(
    () => !Number.isNaN((window as unknown as { bench: Visit & { rowsAt: number } }).bench.rowsAt),
    null,
    {
      timeout: 120_000,
    },
  )
  const { rowsAt, rows } = await page.evaluate(
    () => (window as unknown as { bench: { rowsAt: number; rows: number } }).bench,
  )
  const box = page.getByRole('searchbox', { name: /^Filter/ })
  for (const key of TYPED) await box.press(key, { delay: 60 })
  for (let erased = 0; erased < TYPED.length; erased++) await box.press('Backspace', { delay: 60 })
  const keystrokes = await keystrokeSamples(page)
  const dropped = await page.evaluate(droppedFrames, null)
  await context.close()
  return { rows, firstRows: rowsAt, keystrokes, dropped }
}

const SECTIONS = [
  ['packages', 'Packages of a version (first visit)'],
  ['vulnerabilities', 'Vulnerabilities of a version (first visit)'],
] as const

test('packages and vulnerabilities of a long version', async ({ browser, baseURL }) => {
  test.setTimeout(600_000)
  for (const [section, title] of SECTIONS) {
    const subjects = {
      'acme.com node (as seeded)': { path: `/acme.com/images/node/${section}`, added: 0 },
      [`initech.dev node (+${ADDED[section].toLocaleString('en')} packages)`]: {
        path: `/initech.dev/images/node/${section}`,
        added: ADDED[section],
      },
    }
    const visits: Record<string, Visit[]> = Object.fromEntries(
      Object.keys(subjects).map((name) => [name, []]),
    )
    for (let run = 0; run < RUNS; run++) {
      for (const [name, subject] of Object.entries(subjects)) {
        visits[name]?.push(await visit(browser, baseURL ?? '', subject.path, subject.added))
      }
    }
    const measures: Measure<Visit>[] = [
      ['rows listed', 'rows', (v) => [v.rows]],
      ['link → first rows painted', 'ms', (v) => [v.firstRows]],
      ['filter keystroke → paint', 'ms', (v) => v.keystrokes, true],
      ['dropped frames over 120 scrolled frames', 'frames', (v) => [v.dropped]],
    ]
    const rows = compareVisits(measures, visits)
    reportComparison(title, Object.keys(subjects), rows, [
      'demo mode, ?latency=0; 1280 × 800 viewport; each visit in a fresh browser context',
    ])
  }
})
