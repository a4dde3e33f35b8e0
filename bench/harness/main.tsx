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
 * Runs `task` once the frame being produced is rendered: queued from the frame's callback, ahead of
 * the page's own tasks (a viewer's deferred work must not count as painting).
 */
function afterFrame(task: () => void) {
  const { scheduler } = window as unknown as {
    scheduler?: { postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void> }
  }
  if (scheduler) void scheduler.postTask(task, { priority: 'user-blocking' })
  else setTimeout(task, 0)
}

/** When a check held: the frame that showed it rendered, and the next frame begun. */
export interface Painted {
  /** the end of the rendering (style, layout, paint) of the first frame in which it held */
  ms: number
  /** the start of the frame after that one: the earlier yardstick, up to a frame's idle time later */
  nextFrameMs: number
}

/**
 * Times each check (from `started`): each runs once per frame, before the frame is rendered, until
 * it holds; the frame it first holds in shows it. Timed when that frame's style, layout and paint
 * are done (a task queued from the frame's callback runs after them), and at the start of the next
 * frame.
 */
function painted(started: number, ...checks: (() => boolean)[]): Promise<Painted[]> {
  const held = checks.map(() => false)
  const times: Partial<Painted>[] = checks.map(() => ({}))
  const since = () => performance.now() - started
  return new Promise((resolve) => {
    const frame = () => {
      checks.forEach((check, i) => {
        const time = times[i] as Partial<Painted>
        if (held[i]) time.nextFrameMs ??= since()
        else if (check()) {
          held[i] = true
          afterFrame(() => (time.ms = since()))
        }
      })
      if (times.every((time) => time.ms !== undefined && time.nextFrameMs !== undefined))
        resolve(times.map(({ ms = NaN, nextFrameMs = NaN }) => ({ ms, nextFrameMs })))
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
    async open(): Promise<Painted> {
      const started = performance.now()
      root.render(viewer.render(text, BOX))
      const [shown] = await painted(started, viewer.linesShown)
      return shown as Painted
    },
    async search(word: string): Promise<{ shown: Painted; counted: Painted; count: string }> {
      const started = performance.now()
      const checks = viewer.search(word)
      const [shown, counted] = (await painted(started, checks.shown, checks.counted)) as [Painted, Painted]
      return { shown, counted, count: viewer.matchCount() }
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
