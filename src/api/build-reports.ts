import { apiFetch } from './client'
import { decode } from './decode'
import { buildReportList } from './shapes'
import type { BuildReport } from './types'

/** The image's builds of the last 24 hours (the API's default window), without their logs. */
export async function listBuildReports(
  repoId: string,
  options: { signal?: AbortSignal } = {},
): Promise<BuildReport[]> {
  const answer = await apiFetch('/registry/v1/buildreports', {
    query: { 'uidp.descendantsOf': repoId, excludeLogs: true },
    signal: options.signal,
  })
  const list = decode('list builds', buildReportList, answer)
  return list.reports ?? []
}

/** One build with its log; null when the registry does not list it (unknown, or older than 24 hours). */
export async function getBuildReport(
  repoId: string,
  buildId: string,
  options: { signal?: AbortSignal } = {},
): Promise<BuildReport | null> {
  const answer = await apiFetch('/registry/v1/buildreports', {
    query: { 'uidp.descendantsOf': repoId, 'uidp.ids': [buildId] },
    signal: options.signal,
  })
  const list = decode('get a build with its log', buildReportList, answer)
  return list.reports?.find((report) => report.id === buildId) ?? null
}
