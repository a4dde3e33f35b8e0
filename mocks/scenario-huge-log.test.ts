import { beforeEach, describe, expect, it } from 'vitest'
import { getBuildReport } from '../src/api/build-reports'
import type { BuildReport } from '../src/api/types'
import { HOUR } from './clock'
import * as db from './db'
import { LOG_LINE, repoId } from './test-lookups'

describe('the huge-log scenario', () => {
  beforeEach(() => db.reset('huge-log'))

  const newest = () => {
    const [build] = db.listBuildReports({ descendantsOf: repoId(db.HUGE_LOG.image), excludeLogs: true })
    if (!build?.id) throw new Error('no build')
    return build as BuildReport & { id: string }
  }
  const logOf = (id: string) =>
    db.listBuildReports({ descendantsOf: repoId(db.HUGE_LOG.image), ids: [id] })[0]?.log ?? ''

  it('lists a completed, successful newest build of node from the last 24 hours', () => {
    const build = newest()
    expect(build.result).toBe('Success')
    expect(build.completedAt).toBeDefined()
    expect(db.clock.now() - Date.parse(build.startedAt ?? '')).toBe(db.HUGE_LOG.hoursAgo * HOUR)
  })

  it('answers its log with the documented lines, rare word, long lines, colours and no ERROR', () => {
    const build = newest()
    const log = logOf(build.id)
    const lines = log.split('\n')
    expect(lines).toHaveLength(db.HUGE_LOG.lines)
    const rare = db.HUGE_LOG.rareWord
    expect(log.split(rare)).toHaveLength(db.HUGE_LOG.rareWordCount + 1)
    const rareAt = lines.flatMap((line, index) => (line.includes(rare) ? [index] : []))
    expect(rareAt).toHaveLength(db.HUGE_LOG.rareWordCount)
    expect((rareAt.at(-1) ?? 0) - (rareAt[0] ?? 0)).toBeGreaterThan(lines.length * 0.8)

    expect(lines.filter((line) => line.includes('[ERROR]'))).toEqual([])
    expect(lines.filter((line) => LOG_LINE.exec(line)?.[1] === 'WARN').length).toBeGreaterThan(10)
    const coloured = lines.filter((line) => line.includes('\u001b[')).length
    expect(coloured).toBeGreaterThan(lines.length / 1000)
    expect(coloured).toBeLessThan(lines.length / 250)
    expect(lines.filter((line) => line.includes('\u001b[1;31m')).length).toBeGreaterThan(0)
    const long = lines.filter((line) => line.length >= 1000)
    expect(long).toHaveLength(db.HUGE_LOG.longLines)
    expect(long.every((line) => line.length >= 4000 && line.length <= 7000)).toBe(true)

    let previous = 0
    const started = Date.parse(build.startedAt ?? '')
    const completed = Date.parse(build.completedAt ?? '')
    for (const line of lines) {
      const at = Date.parse(line.slice(0, 24))
      if (!LOG_LINE.test(line) || at < previous || at < started || at > completed)
        throw new Error(`not a line in time order: ${line.slice(0, 80)}`)
      previous = at
    }
    expect(lines.at(-1)).toContain('[INFO]build finished: ')
  })

  it('writes the log on the first request and answers the kept string after that', () => {
    const { id } = newest()
    let start = performance.now()
    const first = logOf(id)
    const firstMs = performance.now() - start
    start = performance.now()
    const second = logOf(id)
    const secondMs = performance.now() - start
    expect(second).toBe(first)
    // typically 150–250 ms and under a millisecond; the bounds only catch a regression
    expect(firstMs).toBeLessThan(1500)
    expect(secondMs).toBeLessThan(50)
  })

  it('serves the whole log through the API', async () => {
    const { id } = newest()
    const report = await getBuildReport(repoId(db.HUGE_LOG.image), id)
    expect(report?.log?.split('\n')).toHaveLength(db.HUGE_LOG.lines)
  })
})
