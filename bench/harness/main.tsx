import { createRoot } from 'react-dom/client'
import type { Viewer } from './viewer'

/**
 * Mounts one log viewer (`?viewer=ours|patternfly|melloware`) on the `huge-log` log and exposes
 * `window.harness` for the bench: `open()` mounts it and resolves with the time to its first lines
 * painted; `search(word)` types the word into its own search and resolves with the time to the
 * first match counted and painted. The log text is fetched and kept before anything is timed, so
 * every viewer starts from the same string in memory.
 */
const viewers: Record<string, () => Promise<{ viewer: Viewer }>> = {
  ours: () => import('./viewers/ours'),
  patternfly: () => import('./viewers/patternfly'),
  melloware: () => import('./viewers/melloware'),
}
const BOX = { width: 1000, height: 700 }

/** Resolves in the frame after `done()` first holds: the frame that shows it has been produced. */
function painted(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (done()) requestAnimationFrame(() => resolve())
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

async function start() {
  const name = new URLSearchParams(location.search).get('viewer') ?? 'ours'
  const load = viewers[name]
  if (!load) throw new Error(`no viewer "${name}"`)
  const [{ viewer }, text] = await Promise.all([
    load(),
    fetch('/huge-log.txt').then((response) => response.text()),
  ])
  const element = document.getElementById('root')
  if (!element) throw new Error('no #root')
  const root = createRoot(element)

  const harness = {
    lines: text.split('\n').length,
    async open(): Promise<number> {
      const started = performance.now()
      root.render(viewer.render(text, BOX))
      await painted(viewer.linesShown)
      return performance.now() - started
    },
    async search(word: string): Promise<{ ms: number; count: string }> {
      const started = performance.now()
      await painted(viewer.search(word))
      return { ms: performance.now() - started, count: viewer.matchCount() }
    },
  }
  Object.assign(window, { harness })
}

void start()
