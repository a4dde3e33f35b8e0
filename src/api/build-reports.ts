import { apiFetch } from './client'
import { decode } from './decode'
import { readJsonString } from './json-string-reader'
import { buildReportList, buildStatus } from './shapes'
import type { BuildReport } from './types'

/** A span of build start times: from `since`, before `before` (to now when absent). RFC 3339 times. */
export interface BuildWindow {
  since: string
  before?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The last 24 hours, from now on (the registry's own window, with its start written out). */
export function latestWindow(now: number = Date.now()): BuildWindow {
  return { since: new Date(now - DAY_MS).toISOString() }
}

/** The 24 hours before `window`. */
export function earlierWindow(window: BuildWindow): BuildWindow {
  const end = Date.parse(window.since)
  return { since: new Date(end - DAY_MS).toISOString(), before: window.since }
}

/**
 * The builds of an image or of a whole organization (`scopeId`), without their logs: those of the
 * last 24 hours (the API's default window), or those started in `window`.
 */
export async function listBuildReports(
  scopeId: string,
  options: { signal?: AbortSignal; window?: BuildWindow } = {},
): Promise<BuildReport[]> {
  const { window } = options
  const answer = await apiFetch('/registry/v1/buildreports', {
    query: {
      'uidp.descendantsOf': scopeId,
      excludeLogs: true,
      startedSince: window?.since,
      startedBefore: window?.before,
    },
    signal: options.signal,
  })
  const list = decode('list builds', buildReportList, answer)
  return list.reports ?? []
}

/** The log's first characters: more lines than the tallest screen shows. */
const FIRST_LOG_CHARS = 32_000

/**
 * One build with its log; null when the registry does not list it (unknown, or older than 24 hours).
 * When the log is long, `onLog` is given its first lines while the rest of the answer is still
 * arriving (a long log is megabytes): once, and nothing more is done with the answer until it has
 * come whole, so that a page which answers for the registry (demo mode) is free to send the rest.
 */
export async function getBuildReport(
  repoId: string,
  buildId: string,
  options: { signal?: AbortSignal; onLog?: (logStart: string) => void } = {},
): Promise<BuildReport | null> {
  const { onLog } = options
  let log = onLog && readJsonString(['reports', 0, 'log'])
  const answer = await apiFetch('/registry/v1/buildreports', {
    query: { 'uidp.descendantsOf': repoId, 'uidp.ids': [buildId] },
    signal: options.signal,
    onText:
      onLog &&
      ((piece) => {
        if (!log) return
        log.push(piece)
        if (log.pending < FIRST_LOG_CHARS && !log.done && !log.failed) return
        const start = log.done ? undefined : log.value()
        log = undefined
        if (start !== undefined) onLog(start)
      }),
  })
  const list = decode('get a build with its log', buildReportList, answer)
  return list.reports?.find((report) => report.id === buildId) ?? null
}

/** How many builds failed in the last 24 hours, per image of the organization (images with none left out). */
export async function getBuildFailures(
  orgId: string,
  options: { signal?: AbortSignal } = {},
): Promise<Map<string, number>> {
  const answer = await apiFetch('/registry/v1/buildstatus', {
    query: { 'uidp.descendantsOf': orgId },
    signal: options.signal,
  })
  const status = decode('count failed builds', buildStatus, answer)
  const failures = new Map<string, number>()
  for (const { repoId, total } of status.failures ?? []) {
    // a count below zero counts for nothing
    if (repoId && total !== undefined && total > 0) failures.set(repoId, (failures.get(repoId) ?? 0) + total)
  }
  return failures
}
