import { createRoot } from 'react-dom/client'
import { logFile } from './sizes'
import type { Viewer } from './viewer'

/**
 * Mounts one log viewer (`?viewer=ours|patternfly|melloware`) on the `huge-log` log (or, with
 * `&lines=`, the same build's log of that many lines) and exposes `window.harness` for the bench:
 * `open()` mounts it and resolves with the time to its first lines painted; `search(word)` types the
 * word into its own search and resolves with the time to the first match painted and to the count
 * complete; `longestTask()` gives the longest task (ms) since the last call, as the browser's
 * long-task observer saw it. The log text is fetched and kept before anything is timed, so every
 * viewer starts from the same string in memory.
 */
const viewers: Record<string, () => Promise<{ viewer: Viewer }>> = {
  ours: () => import('./viewers/ours'),
  patternfly: () => import('./viewers/patternfly'),
  melloware: () => import('./viewers/melloware'),
}
const BOX = { width: 1000, height: 700 }

/** Tasks over 50 ms that kept the page from answering, longest since the last look. */
let longest = 0
const tasks = new PerformanceObserver((list) => note(list.getEntries()))
tasks.observe({ type: 'longtask' })
function note(entries: PerformanceEntryList) {
  for (const entry of entries) longest = Math.max(longest, entry.duration)
}

/**
 * Resolves with the time (from `started`) of the frame after each check first holds: the frame
 * that shows it has been produced. Each check runs once per frame until it holds.
 */
function painted(started: number, ...checks: (() => boolean)[]): Promise<number[]> {
  const times: (number | undefined)[] = checks.map(() => undefined)
  return new Promise((resolve) => {
    const frame = () => {
      const now = performance.now() - started
      checks.forEach((check, i) => {
        if (times[i] === undefined && check()) times[i] = -1
        else if (times[i] === -1) times[i] = now
      })
      if (times.every((time) => time !== undefined && time >= 0)) resolve(times as number[])
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
}

async function start() {
  const params = new URLSearchParams(location.search)
  const name = params.get('viewer') ?? 'ours'
  const load = viewers[name]
  if (!load) throw new Error(`no viewer "${name}"`)
  const [{ viewer }, text] = await Promise.all([
    load(),
    fetch(`/${logFile(Number(params.get('lines')) || undefined)}`).then((response) => response.text()),
  ])
  const element = document.getElementById('root')
  if (!element) throw new Error('no #root')
  const root = createRoot(element)

  const harness = {
    async open(): Promise<number> {
      const started = performance.now()
      root.render(viewer.render(text, BOX))
      const [ms = NaN] = await painted(started, viewer.linesShown)
      return ms
    },
    async search(word: string): Promise<{ ms: number; countedMs: number; count: string }> {
      const started = performance.now()
      const { shown, counted } = viewer.search(word)
      const [ms = NaN, countedMs = NaN] = await painted(started, shown, counted)
      return { ms, countedMs, count: viewer.matchCount() }
    },
    longestTask(): number {
      note(tasks.takeRecords()) // the tasks not yet handed to the observer
      const task = longest
      longest = 0
      return task
    },
  }
  Object.assign(window, { harness })
}

void start()
