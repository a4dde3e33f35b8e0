import * as db from '../../mocks/db'

/**
 * The log of the `huge-log` scenario's newest build, written by the demo backend's own code: the
 * very text the console's log drawer receives (200,000 lines, `zircon` 17 times). With `lines`,
 * the same build's log written with that many lines instead (the bench's growth curves): the
 * scenario's size is set for the moment it is written, then put back.
 */
export function hugeLogText(lines: number = db.HUGE_LOG.lines): string {
  const size = db.HUGE_LOG as { lines: number }
  const scenarioLines = size.lines
  size.lines = lines
  try {
    db.reset('huge-log')
    const org = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id
    const repo = org && db.listRepos({ childrenOf: org, name: db.HUGE_LOG.image })[0]?.id
    const [newest] = repo ? db.listBuildReports({ descendantsOf: repo, pageSize: 1 }) : []
    const log = newest?.log ?? ''
    const written = lineCount(log)
    const rare = log.split(db.HUGE_LOG.rareWord).length - 1
    if (written !== lines || rare !== db.HUGE_LOG.rareWordCount)
      throw new Error(`the huge-log build has ${written} lines, ${rare} × "${db.HUGE_LOG.rareWord}"`)
    return log
  } finally {
    size.lines = scenarioLines
  }
}

/** Lines in a log whose lines end at '\n' (without splitting it). */
export function lineCount(log: string): number {
  let count = log ? 1 : 0
  for (let at = log.indexOf('\n'); at !== -1; at = log.indexOf('\n', at + 1)) count++
  return count
}
