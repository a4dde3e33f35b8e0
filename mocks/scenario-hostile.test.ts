import { beforeEach, describe, expect, it } from 'vitest'
import { getBuildReport, listBuildReports } from '../src/api/build-reports'
import * as db from './db'
import {
  HOSTILE_IMAGES,
  HOSTILE_LOG_LINES,
  HTML_PROBE,
  LONG_LINE_END,
  LONG_LINE_LENGTH,
  SCRIPT_PROBE,
  hostilePackages,
} from './seed/hostile'
import { acme, buildsOf, linesOf, LOG_LINE, repoId } from './test-lookups'

describe('the hostile scenario', () => {
  beforeEach(() => db.reset('hostile'))

  const { markup, rtl, script } = HOSTILE_IMAGES

  it('adds to acme.com images named with markup, a script element, and RTL, Hebrew, Arabic and emoji', () => {
    const names = db.listRepos({ childrenOf: acme() }).map((repo) => repo.name)
    expect(names).toContain(markup.name)
    expect(names).toContain(script.name)
    expect(names).toContain(rtl.name)
    expect(names).toContain('node')
    expect(db.listRepos({ childrenOf: acme(), name: markup.name })[0]?.description).toContain(SCRIPT_PROBE)
  })

  it('gives the markup image tags, annotations and environment values that carry markup', () => {
    const repo = db.listRepos({ childrenOf: acme(), name: markup.name })[0]
    expect(repo?.customOverlay?.annotations?.['com.example.html']).toBe(HTML_PROBE)
    expect(repo?.customOverlay?.environment?.NOTE).toBe(SCRIPT_PROBE)
    const tags = db.listTags({ childrenOf: repo?.id }).map((tag) => tag.name)
    expect(tags).toEqual(expect.arrayContaining([...markup.tags, 'latest']))
  })

  it('offers packages whose descriptions carry markup, ANSI escapes and RTL text', () => {
    const found = db.listPackageSummaries({ descendantsOf: acme(), query: 'hostile-' }).items
    expect(found.map((pkg) => pkg.packageName)).toEqual(hostilePackages.map((pkg) => pkg.name))
    expect(found.map((pkg) => pkg.description).join('\n')).toContain(HTML_PROBE)
    // the default scenario does not have them
    db.reset('default')
    expect(db.listPackageSummaries({ descendantsOf: acme(), query: 'hostile-' }).items).toEqual([])
  })

  it('writes builds whose logs carry every hostile line, a 1 MB line among them, at ordered times', () => {
    const [newest] = buildsOf(markup.name)
    const lines = linesOf(newest)
    expect(newest?.result).toBe('Success')
    for (const [level, message] of HOSTILE_LOG_LINES) {
      if (level) expect(lines.some((line) => line.endsWith(`[${level}]${message}`))).toBe(true)
      else expect(lines).toContain(message)
    }
    const long = lines.find((line) => line.endsWith(LONG_LINE_END))
    expect(long?.length).toBeGreaterThan(LONG_LINE_LENGTH)
    const times = lines.filter((line) => LOG_LINE.test(line)).map((line) => Date.parse(line.slice(0, 24)))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(lines.at(-1)).toContain('[INFO]build finished: ')
  })

  it('answers those logs and the reports around them through the API character for character', async () => {
    const repo = repoId(markup.name)
    const [newest] = buildsOf(markup.name)
    if (!newest?.id) throw new Error('no build')
    expect(await getBuildReport(repo, newest.id)).toEqual(newest)
    const { log: _, ...withoutLog } = newest
    expect((await listBuildReports(repo))[0]).toEqual(withoutLog)
  })
})
