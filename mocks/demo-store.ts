/**
 * Demo data that stays: every change the console makes to the demo backend (a build config saved,
 * an image created, renamed or deleted) is kept in localStorage, per scenario, and made again on the
 * next start, at the time of the mock clock it was first made, so the same builds, ids and tags come
 * back after a reload and in every tab of the browser. A change made in another tab is made here as
 * soon as it is kept. `POST /__demo/reset` forgets them all and starts the scenario over.
 */
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import * as db from './db'
import { handlers, mockSettings } from './handlers'

/** A change the console made, as it was asked. */
interface Change {
  /** the mock clock's time when it was made */
  at: number
  method: string
  /** path and query */
  url: string
  body: string
  type: string
}

const KEY_PREFIX = 'assembly-console.demo.'
/** the reads (and the read-only POST of apko) are not kept */
const KEPT = /^[^?]*\/registry\/v1\//
/** the most changes kept; the oldest go first */
const MOST = 500

const keyOf = (scenario: string) => `${KEY_PREFIX}${scenario}`

function read(scenario: string): Change[] {
  try {
    const changes: unknown = JSON.parse(localStorage.getItem(keyOf(scenario)) ?? '[]')
    return Array.isArray(changes) ? (changes as Change[]) : []
  } catch {
    return []
  }
}

let applied = 0
let replaying = false

/** Makes `changes` again, each at the mock clock's time it was first made; then the clock is back to now. */
async function replay(changes: readonly Change[]): Promise<void> {
  const latency = mockSettings.latencyMs
  mockSettings.latencyMs = [0, 0]
  replaying = true
  let shifted = 0
  try {
    for (const change of changes) {
      const shift = change.at - db.clock.now()
      db.clock.advance(shift)
      shifted += shift
      const request = new Request(new URL(change.url, location.origin), {
        method: change.method,
        headers: change.type ? { 'Content-Type': change.type } : {},
        body: change.body || undefined,
      })
      await getResponse(handlers, request)
      applied++
    }
  } finally {
    db.clock.advance(-shifted)
    replaying = false
    mockSettings.latencyMs = latency
  }
}

/** The changes asked of the backend, by request, until their answers say whether they were made. */
const asked = new Map<string, Change>()

/**
 * Handlers for the demo worker, before the backend's own: one notes each change asked (and lets it
 * through), one starts the demo over.
 */
export const demoStoreHandlers: RequestHandler[] = [
  http.all(KEPT, async ({ request, requestId }) => {
    if (replaying || request.method === 'GET' || request.method === 'HEAD') return undefined
    const url = new URL(request.url)
    asked.set(requestId, {
      at: db.clock.now(),
      method: request.method,
      url: `${url.pathname}${url.search}`,
      body: await request.clone().text(),
      type: request.headers.get('Content-Type') ?? '',
    })
    return undefined
  }),
  http.post('/__demo/reset', () => {
    localStorage.removeItem(keyOf(db.currentScenario()))
    db.reset(db.currentScenario())
    applied = 0
    return new HttpResponse(null, { status: 204 })
  }),
]

/** Keeps a change once the backend has made it (its answer is a success). */
export function keepIfMade(requestId: string, response: Response): void {
  const change = asked.get(requestId)
  asked.delete(requestId)
  if (!change || !response.ok) return
  const scenario = db.currentScenario()
  const changes = [...read(scenario), change].slice(-MOST)
  try {
    localStorage.setItem(keyOf(scenario), JSON.stringify(changes))
    applied = changes.length
  } catch {
    // storage full or refused: the change lives as long as the page, as before
  }
}

/** Makes the scenario's kept changes again, and from now on those another tab keeps. */
export async function restoreDemoData(): Promise<void> {
  await replay(read(db.currentScenario()))
  window.addEventListener('storage', (event) => {
    const scenario = db.currentScenario()
    if (event.key !== keyOf(scenario)) return
    if (event.newValue === null) {
      db.reset(scenario)
      applied = 0
      return
    }
    void replay(read(scenario).slice(applied))
  })
}
