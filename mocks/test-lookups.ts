/** Lookups the mocks' own tests share: acme.com, its images, their builds and log lines, refusals. */
import type { BuildReport } from '../src/api/types'
import * as db from './db'

/** a build log line: `<RFC 3339 time>[LEVEL]` and the message */
export const LOG_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\[(INFO|WARN|ERROR)\]/

export function acme(): string {
  const id = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id
  if (!id) throw new Error('no acme.com')
  return id
}

export function repoId(name: string): string {
  const id = db.listRepos({ childrenOf: acme(), name })[0]?.id
  if (!id) throw new Error(`no ${name} in acme.com`)
  return id
}

/** the image's builds of the last 24 hours, newest first, with their logs */
export const buildsOf = (name: string) => db.listBuildReports({ descendantsOf: repoId(name) })
export const linesOf = (report: BuildReport | undefined) => (report?.log ?? '').split('\n')
export const levelLines = (report: BuildReport | undefined, level: string) =>
  linesOf(report).filter((line) => line.includes(`[${level}]`))

/** The status and message a db call is refused with; fails when it is not refused. */
export function refusal(act: () => unknown): { status: number; message: string } {
  try {
    act()
  } catch (error) {
    if (error instanceof db.HttpError) return { status: error.status, message: error.message }
    throw error
  }
  throw new Error('not refused')
}
