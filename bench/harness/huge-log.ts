import * as db from '../../mocks/db'

/**
 * The log of the `huge-log` scenario's newest build, written by the demo backend's own code: the
 * very text the console's log drawer receives (200,000 lines, `zircon` 17 times).
 */
export function hugeLogText(): string {
  db.reset('huge-log')
  const org = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id
  const repo = org && db.listRepos({ childrenOf: org, name: db.HUGE_LOG.image })[0]?.id
  const [newest] = repo ? db.listBuildReports({ descendantsOf: repo, pageSize: 1 }) : []
  const log = newest?.log ?? ''
  const lines = log.split('\n').length
  const rare = log.split(db.HUGE_LOG.rareWord).length - 1
  if (lines !== db.HUGE_LOG.lines || rare !== db.HUGE_LOG.rareWordCount)
    throw new Error(`the huge-log build has ${lines} lines, ${rare} × "${db.HUGE_LOG.rareWord}"`)
  return log
}
