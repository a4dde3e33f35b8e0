import { beforeEach, describe, expect, it } from 'vitest'
import { HOUR } from './clock'
import * as db from './db'
import { acme, buildsOf, levelLines, linesOf, LOG_LINE } from './test-lookups'

describe('the build-fails scenario', () => {
  beforeEach(() => db.reset('build-fails'))

  const { conflict, notFound, timeout } = db.FAILED_BUILDS

  it.each([
    [conflict.image, conflict.hoursAgo],
    [notFound.image, notFound.hoursAgo],
    [timeout.image, timeout.hoursAgo],
  ])('fails the newest round of builds of %s, %i hour(s) ago, completed', (name, hoursAgo) => {
    const all = buildsOf(name)
    const newest = all[0]
    expect(newest?.result).toBe('Failure')
    expect(newest?.completedAt).toBeDefined()
    expect(newest?.digest).toBeUndefined()
    const started = Date.parse(newest?.startedAt ?? '')
    expect(db.clock.now() - started).toBeLessThan(24 * HOUR)
    expect(db.clock.now() - started).toBeGreaterThanOrEqual(hoursAgo * HOUR - 10 * 60_000)
    // every stream of that round failed for the same cause
    const round = all.filter((build) => Date.parse(build.startedAt ?? '') >= started - 10 * 60_000)
    expect(round.length).toBeGreaterThan(1)
    expect(round.every((build) => build.result === 'Failure')).toBe(true)
    for (const build of round) {
      expect(linesOf(build).every((line) => LOG_LINE.test(line))).toBe(true)
      expect(linesOf(build).at(-1)).toContain('[ERROR]')
    }
  })

  it('keeps python’s earlier successful builds below the failed ones', () => {
    const all = buildsOf(conflict.image)
    const firstSuccess = all.findIndex((build) => build.result === 'Success')
    expect(firstSuccess).toBeGreaterThan(0)
    expect(all.slice(0, firstSuccess).every((build) => build.result === 'Failure')).toBe(true)
  })

  it('writes the file conflict on python, naming both packages and the file', () => {
    const newest = buildsOf(conflict.image)[0]
    const [first, second] = conflict.packages
    expect(JSON.parse(newest?.config ?? '{}').contents.packages).toContain(conflict.added)
    const errors = levelLines(newest, 'ERROR').join('\n')
    expect(errors).toContain(`trying to overwrite ${conflict.path} owned by ${second}`)
    expect(errors).toContain(`${first} and ${second} both install ${conflict.path}`)
    const warning = 'package py3.12-requests is deprecated'
    expect(levelLines(newest, 'WARN').some((line) => line.includes(`[WARN]${warning}`))).toBe(true)
    expect(newest?.warnings?.some((text) => text.startsWith(warning))).toBe(true)
  })

  it('writes the package go cannot resolve the way apko does', () => {
    const newest = buildsOf(notFound.image)[0]
    const name = notFound.package
    expect(JSON.parse(newest?.config ?? '{}').contents.packages).toContain(name)
    const errors = levelLines(newest, 'ERROR')
    expect(
      errors.some((line) =>
        line.endsWith(
          `[ERROR][x86_64] solving "${name}" constraint: could not find package that provides ${name}`,
        ),
      ),
    ).toBe(true)
    expect(
      errors.some((line) =>
        line.endsWith(
          `[ERROR]unable to select packages: ${name} (no such package): required by: world[${name}]`,
        ),
      ),
    ).toBe(true)
    // nothing was fetched: solving fails first
    expect(linesOf(newest).some((line) => line.includes(' fetching '))).toBe(false)
    // a withdrawn package: the catalogue no longer has it
    const found = db.listPackageSummaries({ descendantsOf: acme(), query: name }).items
    expect(found.map((pkg) => pkg.packageName)).not.toContain(name)
  })

  it('writes jdk’s stalled fetch: WARN retries, then a deadline and the 30-minute timeout', () => {
    const newest = buildsOf(timeout.image)[0]
    const warnings = levelLines(newest, 'WARN')
    expect(warnings.length).toBeGreaterThanOrEqual(2)
    expect(
      warnings.every((line) => line.includes(`retrying fetch of `) && line.includes(`/${timeout.package}-`)),
    ).toBe(true)
    const errors = levelLines(newest, 'ERROR')
    expect(errors.some((line) => line.includes('context deadline exceeded'))).toBe(true)
    expect(errors.at(-1)).toMatch(/\[ERROR\]build timed out after 30m0s$/)
    const took = Date.parse(newest?.completedAt ?? '') - Date.parse(newest?.startedAt ?? '')
    expect(took).toBeGreaterThanOrEqual(30 * 60_000)
    // the stall takes the time: the retries are minutes apart
    const times = warnings.map((line) => Date.parse(line.slice(0, 24)))
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThan(5 * 60_000)
  })

  it('moves no tags: acme.com’s tags are those of the default scenario, now and later', () => {
    const now = Date.UTC(2026, 10, 23, 12)
    db.reset('default', { now })
    const expected = db.listTags({ descendantsOf: acme() })
    db.reset('build-fails', { now })
    expect(db.listTags({ descendantsOf: acme() })).toEqual(expected)
    db.clock.advance(3 * HOUR)
    expect(db.listTags({ descendantsOf: acme() })).toEqual(expected)
  })

  it('is deterministic: the same clock gives the same ids and logs', () => {
    const now = Date.UTC(2026, 10, 23, 12)
    db.reset('build-fails', { now })
    const first = buildsOf(timeout.image)
    db.reset('build-fails', { now })
    expect(buildsOf(timeout.image)).toEqual(first)
  })
})
