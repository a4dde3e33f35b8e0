import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { test, type Browser } from '@playwright/test'
import { build } from 'vite'
import { report, reportChecks, RUNS, summarize } from './figures'

/**
 * The first screen, `/:org/images`, of the production build: what it loads and how soon its table
 * shows. Entry = what index.html names (the module script, its modulepreloads, the stylesheet);
 * sizes are the built files', gzip computed here with zlib's default level, kB = 1000 bytes.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = join(ROOT, 'dist')
const REAL_MODE_DIST = join(ROOT, 'dist-real-mode-bench')
const PAGE = '/acme.com/images?latency=0'

interface Size {
  raw: number
  gzip: number
}

function sizeOf(dist: string, files: string[]): Size {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(dist, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { raw: raw / 1000, gzip: gzip / 1000 }
}

/** The files index.html loads before any code runs: `{ js, css }`, as paths under the dist folder. */
function entryOf(dist: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1]
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  const js: string[] = []
  const css: string[] = []
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) js.push(attribute(tag, 'src') ?? '')
    else if (/rel="modulepreload"/.test(tag)) js.push(attribute(tag, 'href') ?? '')
    else if (/rel="stylesheet"/.test(tag)) css.push(attribute(tag, 'href') ?? '')
  }
  const local = (paths: string[]) => paths.filter(Boolean).map((path) => path.replace(/^\//, ''))
  return { js: local(js), css: local(css) }
}

/** The source files a built chunk was made of (from its source map; none for a map-less runtime stub). */
function sourcesOf(dist: string, file: string): string[] {
  const map = join(dist, `${file}.map`)
  if (!existsSync(map)) return []
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources
}

const MARKERS = {
  Monaco: /node_modules\/(monaco-editor|@monaco-editor)\//,
  MSW: /node_modules\/(msw|@mswjs)\//,
  'mock code (mocks/)': /(^|\/)mocks\//,
}

function contains(dist: string, files: string[], marker: RegExp): boolean {
  return files.some((file) => sourcesOf(dist, file).some((source) => marker.test(source)))
}

/** One visit: navigation → first contentful paint and → images table painted, and the JS/CSS fetched by then. */
async function visit(browser: Browser, baseURL: string, reload: boolean) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  await context.addInitScript(() => {
    const check = () => {
      const caption = [...document.querySelectorAll('table caption')].find((element) =>
        element.textContent?.startsWith('Images of'),
      )
      if (caption?.closest('table')?.querySelector('tbody tr'))
        requestAnimationFrame(() => Object.assign(window, { imagesTableShownAt: performance.now() }))
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  const page = await context.newPage()
  await page.goto(PAGE)
  if (reload) {
    await page.waitForFunction(() => 'imagesTableShownAt' in window, null, { timeout: 60_000 })
    await page.reload()
  }
  await page.waitForFunction(() => 'imagesTableShownAt' in window, null, { timeout: 60_000 })
  const result = await page.evaluate(() => {
    const shownAt = (window as unknown as { imagesTableShownAt: number }).imagesTableShownAt
    const files = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= shownAt)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /^\/assets\/.+\.(js|css)$/.test(path))
    return {
      shownAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      files: [...new Set(files)].map((path) => path.slice(1)),
    }
  })
  await context.close()
  return result
}

test('first screen: entry size and time to the images table', async ({ browser, baseURL }) => {
  test.setTimeout(600_000)
  const entry = entryOf(DIST)
  const entryJs = sizeOf(DIST, entry.js)
  const entryCss = sizeOf(DIST, entry.css)

  const cold: number[] = []
  const coldFcp: number[] = []
  const warm: number[] = []
  const loaded: string[][] = []
  for (let run = 0; run < RUNS; run++) {
    const first = await visit(browser, baseURL ?? '', false)
    cold.push(first.shownAt)
    coldFcp.push(first.fcp)
    loaded.push(first.files)
    warm.push((await visit(browser, baseURL ?? '', true)).shownAt)
  }
  const js = (files: string[]) => files.filter((file) => file.endsWith('.js'))
  const css = (files: string[]) => files.filter((file) => file.endsWith('.css'))
  const loadedJs = loaded.map((files) => sizeOf(DIST, js(files)))
  const loadedJsRaw = loadedJs.map((size) => size.raw)
  const loadedJsGzip = loadedJs.map((size) => size.gzip)
  const loadedCssGzip = loaded.map((files) => sizeOf(DIST, css(files)).gzip)
  const isDemoBackend = (file: string) =>
    contains(DIST, [file], MARKERS.MSW) || contains(DIST, [file], MARKERS['mock code (mocks/)'])
  const demoBackend = loaded.map((files) => sizeOf(DIST, files.filter(isDemoBackend)).gzip)
  const kB = (name: string, values: number[]) => summarize(name, 'kB', values)

  // the same console built for real mode (VITE_API_URL set), entry only: its first screen needs a real API
  process.env.VITE_API_URL = 'https://registry-api.example.test'
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: REAL_MODE_DIST, emptyOutDir: true },
    })
  } finally {
    delete process.env.VITE_API_URL
  }
  const realEntry = entryOf(REAL_MODE_DIST)
  const realJs = sizeOf(REAL_MODE_DIST, realEntry.js)
  const realCss = sizeOf(REAL_MODE_DIST, realEntry.css)
  const realChecks = Object.fromEntries(
    Object.entries(MARKERS).map(([what, marker]) => [
      `real-mode build: ${what} not in the entry chunk`,
      !contains(REAL_MODE_DIST, realEntry.js, marker),
    ]),
  )
  rmSync(REAL_MODE_DIST, { recursive: true, force: true })

  const files = loaded[0] ?? []
  report(
    'First screen (/acme.com/images, production build, demo mode)',
    [
      kB(`entry JS, raw (${entry.js.length} files)`, [entryJs.raw]),
      kB('entry JS, gzip', [entryJs.gzip]),
      kB(`entry CSS, raw (${entry.css.length} file)`, [entryCss.raw]),
      kB('entry CSS, gzip', [entryCss.gzip]),
      kB(`JS loaded before the table shows, raw (${js(files).length} files)`, loadedJsRaw),
      kB('JS loaded before the table shows, gzip', loadedJsGzip),
      kB('… of which the demo backend (chunks with MSW or mocks/ code), gzip', demoBackend),
      kB('CSS loaded before the table shows, gzip', loadedCssGzip),
      summarize('navigation → first contentful paint (first visit)', 'ms', coldFcp),
      summarize('navigation → images table painted (first visit, empty cache)', 'ms', cold),
      summarize('navigation → images table painted (reload)', 'ms', warm),
      kB(`real-mode build: entry JS, raw (${realEntry.js.length} files)`, [realJs.raw]),
      kB('real-mode build: entry JS, gzip', [realJs.gzip]),
      kB('real-mode build: entry CSS, gzip', [realCss.gzip]),
    ],
    [
      `entry: ${[...entry.js, ...entry.css].join(', ')}`,
      `loaded before the table: ${files.join(', ')}`,
      'the demo backend answers with no simulated latency (?latency=0); demo mode starts the mock worker beside the first render, and API requests wait for it',
    ],
  )
  reportChecks('First screen: what stays out of the entry chunk', {
    ...Object.fromEntries(
      Object.entries(MARKERS).map(([what, marker]) => [
        `${what} not in the entry chunk`,
        !contains(DIST, entry.js, marker),
      ]),
    ),
    'demo mode: the demo backend (MSW, mocks/) loads before the images table shows': loaded.every((run) =>
      run.some(isDemoBackend),
    ),
    'Monaco not loaded before the images table shows': loaded.every(
      (run) => !contains(DIST, run, MARKERS.Monaco),
    ),
    ...realChecks,
    'the compared log viewers (@patternfly, @melloware) in no chunk of the console': !contains(
      DIST,
      readdirSync(join(DIST, 'assets'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `assets/${file}`),
      /node_modules\/(@patternfly|@melloware)\//,
    ),
  })
})
