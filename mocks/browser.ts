import { setupWorker } from 'msw/browser'
import * as db from './db'
import { demoStoreHandlers, keepIfMade, restoreDemoData } from './demo-store'
import { handlers, mockSettings } from './handlers'

const SCENARIO_KEY = 'assembly-console.scenario'
/** The demo's simulated network delay: each answer waits between these many milliseconds. */
const DEMO_LATENCY_MS: [min: number, max: number] = [120, 380]
/** How long the `server-errors` scenario keeps a request waiting in the demo before failing it. */
const DEMO_SLOW_FAILURE_MS = 1500

/**
 * Starts the demo backend in the browser. The scenario comes from `?scenario=` (kept for the tab's
 * session, so reloads stay in it), with the changes this browser made to it (demo-store.ts);
 * `?latency=0` turns the demo's simulated network delay off.
 */
export async function startMockWorker(): Promise<void> {
  const search = new URLSearchParams(location.search)
  const asked = search.get('scenario')
  if (db.isScenario(asked)) sessionStorage.setItem(SCENARIO_KEY, asked)
  const scenario = sessionStorage.getItem(SCENARIO_KEY)
  db.reset(db.isScenario(scenario) ? scenario : 'default')
  await restoreDemoData()

  const latency = search.get('latency')
  mockSettings.latencyMs = latency === '0' ? [0, 0] : [...DEMO_LATENCY_MS]
  mockSettings.slowMs = latency === '0' ? 0 : DEMO_SLOW_FAILURE_MS

  // A handle for tests and the curious: move the mock clock, inject faults, switch scenario.
  Object.assign(window, { assemblyMocks: { db, clock: db.clock, settings: mockSettings } })

  const worker = setupWorker(...demoStoreHandlers, ...handlers)
  worker.events.on('response:mocked', ({ response, requestId }) => keepIfMade(requestId, response))
  window.addEventListener('unhandledrejection', ignoreRaceOnReload)
  await onPageHideForBeforeUnload(() =>
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    }),
  )
}

/**
 * MSW asks the browser to update its worker's registration and does not wait for the answer
 * (mswjs/msw#2006). On a reload, the page going away may just have unregistered that worker (it does
 * so when its last page closes), and the update fails with "Not found" while the worker goes on
 * answering this page. That failure is no fault of the demo's, and not worth an error in the console.
 */
function ignoreRaceOnReload(event: PromiseRejectionEvent): void {
  const reason: unknown = event.reason
  if (
    reason instanceof TypeError &&
    reason.message.startsWith('Failed to update a ServiceWorker') &&
    reason.message.includes('/mockServiceWorker.js')
  )
    event.preventDefault()
}

/**
 * MSW tells its worker that the page has gone on beforeunload, and the worker answers it no more.
 * But the console asks there before a reload or a close drops work not yet applied, and the user
 * may stay: the demo would then be left without a backend. While MSW starts, a beforeunload listener
 * it adds listens to pagehide instead, which comes only when the page really goes.
 */
async function onPageHideForBeforeUnload(start: () => Promise<unknown>): Promise<void> {
  const add = window.addEventListener
  window.addEventListener = function (
    this: Window,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type === 'beforeunload' ? 'pagehide' : type, listener, options)
  } as typeof window.addEventListener
  try {
    await start()
  } finally {
    window.addEventListener = add
  }
}
