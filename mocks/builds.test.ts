import { describe, expect, it } from 'vitest'
import { getBuildReport } from '../src/api/build-reports'
import * as db from './db'
import { acme } from './test-lookups'

function redis() {
  const org = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
  const repo = db.listRepos({ childrenOf: org, name: 'redis' })[0]
  if (!repo?.id) throw new Error('no redis')
  return repo as typeof repo & { id: string }
}

function save(packages: string[]) {
  const repo = redis()
  db.updateRepo(repo.id, { ...repo, customOverlay: { contents: { packages } } })
  return repo.id
}

const builds = (repoId: string) => db.listBuildReports({ descendantsOf: repoId })

describe('builds in the mock registry', () => {
  it('starts one running build per tag stream when a build config is saved', () => {
    const before = db.listTags({ childrenOf: redis().id })
    const streams = new Set(before.map((tag) => tag.digest)).size
    const id = save(['curl'])
    db.clock.advance(1000) // the streams start a moment apart
    const started = builds(id)
    expect(started).toHaveLength(streams)
    expect(started.every((build) => !build.completedAt && build.result === 'Unknown')).toBe(true)
  })

  it('finishes by the mock clock: success moves the tags to the new digest', () => {
    const id = save(['curl'])
    const digestsBefore = new Set(db.listTags({ childrenOf: id }).map((tag) => tag.digest))
    db.clock.advance(10 * 60_000)
    const done = builds(id)
    expect(done.every((build) => build.result === 'Success' && build.completedAt && build.digest)).toBe(true)
    const digestsAfter = new Set(db.listTags({ childrenOf: id }).map((tag) => tag.digest))
    expect([...digestsAfter].some((digest) => digestsBefore.has(digest))).toBe(false)
    expect(done[0]?.log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z\[INFO\]/)
  })

  it.each([
    ['nodejs-20', 'nodejs-22', '/usr/bin/node'],
    ['openssl', 'libressl', '/usr/bin/openssl'],
  ])('fails when %s and %s install the same file, and the log names both and %s', (first, second, path) => {
    const id = save([first, second])
    db.clock.advance(10 * 60_000)
    const done = builds(id)
    expect(done.length).toBeGreaterThan(0)
    for (const build of done) {
      expect(build.result).toBe('Failure')
      const errors = (build.log ?? '').split('\n').filter((line) => line.includes('[ERROR]'))
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.join('\n')).toContain(`${first} and ${second} both install ${path}`)
    }
  })

  it('lists only the last 24 hours, newest first, and a build’s log only up to now', () => {
    const id = save(['curl'])
    const running = builds(id)[0]
    expect(running?.log?.split('\n').length).toBeLessThan(5)
    db.clock.advance(25 * 3600_000)
    expect(builds(id)).toEqual([])
  })
})

describe('logs of running builds', () => {
  it('grow with the clock, and once the build completes are the whole log, the same on every request', () => {
    const repo = db.listRepos({ childrenOf: acme(), name: 'redis' })[0]
    if (!repo?.id) throw new Error('no redis')
    db.updateRepo(repo.id, { ...repo, customOverlay: { contents: { packages: ['curl'] } } })
    const log = () => db.listBuildReports({ descendantsOf: repo.id })[0]?.log ?? ''
    db.clock.advance(5_000)
    const early = log()
    db.clock.advance(20_000)
    const later = log()
    expect(later.startsWith(`${early}\n`)).toBe(true)
    db.clock.advance(10 * 60_000)
    const done = log()
    expect(done.startsWith(`${later}\n`)).toBe(true)
    expect(done).toMatch(/\[INFO\]build finished: /)
    expect(log()).toBe(done)
  })

  it('come through the API as the registry holds them, while running and once completed', async () => {
    const id = save(['curl'])
    db.clock.advance(5_000)
    const build = () => builds(id)[0]
    const running = build()
    if (!running?.id) throw new Error('no build')
    expect((await getBuildReport(id, running.id))?.log).toBe(running.log)
    db.clock.advance(10 * 60_000)
    const done = build()
    expect(done?.log).not.toBe(running.log)
    expect(await getBuildReport(id, running.id)).toEqual(done)
  })
})

describe('build ids', () => {
  it('never reuse a seeded build’s id, so new builds add to the list', () => {
    const org = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
    const python = db.listRepos({ childrenOf: org, name: 'python' })[0]
    if (!python?.id) throw new Error('no python')
    const before = db.listBuildReports({ descendantsOf: python.id, startedSince: '1970-01-01T00:00:00Z' })
    db.updateRepo(python.id, { ...python, customOverlay: { contents: { packages: ['curl'] } } })
    db.clock.advance(1000)
    const after = db.listBuildReports({ descendantsOf: python.id, startedSince: '1970-01-01T00:00:00Z' })
    const ids = new Set(before.map((build) => build.id))
    const added = after.filter((build) => !ids.has(build.id))
    expect(added.length).toBeGreaterThan(0)
    expect(after.length).toBe(before.length + added.length)
  })
})

describe('build config fields beyond the document', () => {
  const beyond = {
    accounts: { runAs: '65532' },
    contents: { packages: ['curl'], runtimeRepositories: ['https://apk.example.com/os'] },
    certificates: { providers: ['system'] },
  }

  it('keeps accounts, runtime repositories and certificate providers, as the real API does', () => {
    const repo = redis()
    const saved = db.updateRepo(repo.id, { ...repo, customOverlay: beyond })
    expect(saved.customOverlay).toEqual(beyond)
  })

  it.each([
    [{ accounts: 'root' }, 'accounts: must be a map'],
    [{ contents: { runtimeRepositories: 'https://apk.example.com' } }, 'contents.runtimeRepositories'],
    [{ contents: { runtimeKeyring: [{ name: 'key.rsa.pub' }] } }, 'contents.runtimeKeyring'],
    [{ certificates: { providers: [1] } }, 'certificates.providers'],
    [{ contents: { packages: ['curl'], mirrors: [] } }, 'contents.mirrors'],
  ])('refuses %j with a message naming the field', (customOverlay: object, field) => {
    const repo = redis()
    // a body as a client could send it, whatever its types
    const body = { ...repo, customOverlay } as Parameters<typeof db.updateRepo>[1]
    expect(() => db.updateRepo(repo.id, body)).toThrow(field)
  })

  it('counts failed builds per image from its reports: not while running, and only those of the last 24 hours', () => {
    const org = db.listGroups({ name: db.ORG_NAMES.default })[0]?.id ?? ''
    const failuresOf = (filter: { startedSince?: string; startedBefore?: string } = {}) =>
      db.buildStatus({ descendantsOf: org, ...filter }).failures?.find((entry) => entry.repoId === redis().id)
        ?.total
    const id = save(['nodejs-20', 'nodejs-22'])
    db.clock.advance(1000)
    const streams = builds(id).length
    expect(failuresOf()).toBeUndefined()
    db.clock.advance(10 * 60_000)
    expect(failuresOf()).toBe(streams)
    const savedAt = Date.parse(builds(id).at(-1)?.startedAt ?? '')
    db.clock.advance(25 * 60 * 60_000)
    expect(failuresOf()).toBeUndefined()
    expect(builds(id)).toEqual([])
    // an earlier window still holds them
    const window = {
      startedSince: new Date(savedAt - 1000).toISOString(),
      startedBefore: db.clock.iso(-24 * 60 * 60_000),
    }
    expect(failuresOf(window)).toBe(streams)
    expect(
      db.listBuildReports({ descendantsOf: org, ...window }).filter((b) => b.id?.startsWith(id)),
    ).toHaveLength(streams)
  })

  it('reports a seeded build of the large organization with each package locked to the release it installed', () => {
    const org = db.listGroups({ name: db.ORG_NAMES.large })[0]?.id ?? ''
    const repo = db.listRepos({ childrenOf: org }).find((r) => r.name?.startsWith('billing-'))
    const [report] = db.listBuildReports({ descendantsOf: repo?.id, startedSince: new Date(0).toISOString() })
    const config = JSON.parse(report?.config ?? '{}') as { contents?: { packages?: string[] } }
    const locked = JSON.parse(report?.lockedConfig ?? '{}') as { contents?: { packages?: string[] } }
    expect(config.contents?.packages).toContain('curl')
    expect(locked.contents?.packages).toHaveLength(config.contents?.packages?.length ?? -1)
    expect(locked.contents?.packages).toContainEqual(expect.stringMatching(/^curl=\d[\w.]*-r\d+$/))
  })
})
