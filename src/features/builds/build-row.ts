import { isRunning } from '../../api/queries'
import type { BuildReport } from '../../api/types'
import { earlierSuccesses } from '../../domain/build-lock'
import { buildVersion } from '../../domain/build-version'
import { compareTags } from '../../domain/versions'
import { paths } from '../../routing/paths'

export type BuildState = 'running' | 'success' | 'failed'
export const STATES: Record<BuildState, string> = { running: 'Running', success: 'Success', failed: 'Failed' }

export interface BuildRow {
  report: BuildReport & { id: string }
  /** last segment of the id: what the URL and the table show */
  shortId: string
  state: BuildState
  /** the tags at the build's digest; else (failed, running, or its tags moved on) the version stream it built */
  versions: string[]
  durationMs: number | undefined
  /** the last successful build of the same version stream before this one, when the list has it */
  earlier?: BuildReport & { id: string }
}

function buildState(report: BuildReport): BuildState {
  if (isRunning(report)) return 'running'
  return report.result === 'Success' ? 'success' : 'failed'
}

export function toRow(
  report: BuildReport & { id: string },
  tagsByDigest: ReadonlyMap<string, string[]>,
): BuildRow {
  const started = Date.parse(report.startedAt ?? '')
  const completed = Date.parse(report.completedAt ?? '')
  return {
    report,
    shortId: report.id.split('/').at(-1) ?? report.id,
    state: buildState(report),
    versions: versionsOf(report, tagsByDigest),
    durationMs: Number.isNaN(started) || Number.isNaN(completed) ? undefined : completed - started,
  }
}

function versionsOf(report: BuildReport, tagsByDigest: ReadonlyMap<string, string[]>): string[] {
  const tagged = report.digest ? tagsByDigest.get(report.digest) : undefined
  if (tagged?.length) return tagged
  const stream = buildVersion(report.config)
  return stream ? [stream] : []
}

/**
 * One row per report with an id; versions are the tags that point at the build's digest, and each
 * row knows the last successful build of its stream before it.
 */
export function toRows(
  reports: readonly BuildReport[],
  tags: readonly { name?: string; digest?: string }[],
): BuildRow[] {
  const byDigest = new Map<string, string[]>()
  for (const tag of tags) {
    if (!tag.digest || !tag.name) continue
    const list = byDigest.get(tag.digest) ?? []
    list.push(tag.name)
    byDigest.set(tag.digest, list)
  }
  for (const list of byDigest.values()) list.sort(compareTags)
  const listed = reports.filter(
    (report): report is BuildReport & { id: string } => typeof report.id === 'string',
  )
  const earlier = earlierSuccesses(listed)
  return listed.map((report) => ({ ...toRow(report, byDigest), earlier: earlier.get(report.id) }))
}

/**
 * The image's Compare section from the digest the last successful build of a build's stream made
 * to the one this build made; undefined unless the build succeeded and both digests are known.
 */
export function whatChangedHref(org: string, image: string, row: BuildRow): string | undefined {
  const from = row.earlier?.digest
  const to = row.report.digest
  if (row.state !== 'success' || !from || !to) return undefined
  return `${paths.image(org, image, 'compare')}?${new URLSearchParams({ from, to }).toString()}`
}
