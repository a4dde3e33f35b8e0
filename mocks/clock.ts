/**
 * The mock backend's own clock. In the browser it follows real time (so a build runs for a few
 * seconds); in tests it stands still until a test moves it, so nothing ever sleeps.
 */
export interface MockClock {
  now(): number
  iso(offsetMs?: number): string
  advance(ms: number): void
  /** stop following real time (tests) */
  freeze(at?: number): void
}

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

function createClock(mode: 'real' | 'frozen', start: number = Date.now()): MockClock {
  let frozenAt: number | null = mode === 'frozen' ? start : null
  let offset = 0
  const clock: MockClock = {
    now: () => (frozenAt ?? Date.now()) + offset,
    iso: (offsetMs = 0) => new Date(clock.now() + offsetMs).toISOString(),
    advance(ms) {
      offset += ms
    },
    freeze(at) {
      frozenAt = at ?? clock.now()
      offset = 0
    },
  }
  return clock
}

/** Whether the mocks run under Vitest (their clock frozen, their builds a minute long). */
export function isTestRun(): boolean {
  return typeof process !== 'undefined' && Boolean(process.env?.VITEST)
}

/** The mock backend's clock: follows real time in the browser; stands still under Vitest until a test advances it. */
export const clock: MockClock = createClock(isTestRun() ? 'frozen' : 'real')
