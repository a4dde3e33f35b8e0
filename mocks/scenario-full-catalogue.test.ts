import { beforeEach, describe, expect, it } from 'vitest'
import { parentOf } from '../src/domain/uidp'
import { DAY, HOUR } from './clock'
import * as db from './db'
import { images } from './seed/images'

const { FULL_CATALOGUE } = db

function org(): string {
  const id = db.listGroups({ name: FULL_CATALOGUE.org })[0]?.id
  if (!id) throw new Error(`no ${FULL_CATALOGUE.org}`)
  return id
}
const repos = () => db.listRepos({ childrenOf: org() }).map((repo) => ({ ...repo, id: repo.id ?? '' }))
const summaryOf = (name: string) => {
  const repo = repos().find((candidate) => candidate.name === name)
  if (!repo) throw new Error(`no ${name}`)
  return db.getRepoTagsSummary(repo.id)
}

describe('the full-catalogue scenario', () => {
  beforeEach(() => db.reset('full-catalogue'))

  it(`gives ${FULL_CATALOGUE.org} its images, each under its own name, beside the default organizations`, () => {
    const names = repos().map((repo) => repo.name)
    expect(names).toHaveLength(FULL_CATALOGUE.images)
    expect(new Set(names).size).toBe(FULL_CATALOGUE.images)
    expect(db.listGroups({}).map((group) => group.name)).toEqual(
      expect.arrayContaining([...Object.values(db.ORG_NAMES), FULL_CATALOGUE.org]),
    )
    expect(db.listRepos({ childrenOf: db.listGroups({ name: db.ORG_NAMES.default })[0]?.id })).toHaveLength(
      21,
    )
  })

  it('holds its tags in all, the busiest image alone with the most', () => {
    const counts = repos().map((repo) => ({
      name: repo.name,
      count: Number(db.getRepoTagsSummary(repo.id).tagCount),
    }))
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(FULL_CATALOGUE.tags)
    const busiest = counts.filter(({ count }) => count === FULL_CATALOGUE.busiestTags)
    expect(busiest.map(({ name }) => name)).toEqual([FULL_CATALOGUE.busiest])
    expect(
      Math.max(...counts.filter(({ name }) => name !== FULL_CATALOGUE.busiest).map(({ count }) => count)),
    ).toBeLessThan(FULL_CATALOGUE.busiestTags)
  })

  it('lists an image’s tags as its summary counts them: streams, -dev twins and older releases at older digests', () => {
    const summary = summaryOf(FULL_CATALOGUE.busiest)
    const tags = db.listTags({ childrenOf: summary.id })
    expect(tags).toHaveLength(FULL_CATALOGUE.busiestTags)
    expect(new Set(tags.map((tag) => tag.name)).size).toBe(tags.length)
    expect(tags.filter((tag) => tag.name?.endsWith('-dev')).length).toBeGreaterThan(tags.length / 3)
    expect(new Set(tags.map((tag) => tag.digest)).size).toBeGreaterThan(tags.length / 3)
    const oldest = tags.reduce((a, b) => ((a.lastUpdated ?? '') < (b.lastUpdated ?? '') ? a : b))
    expect(db.clock.now() - Date.parse(oldest.lastUpdated ?? '')).toBeGreaterThan(365 * DAY)
    // the summary's latest version is the longest other name on latest's digest
    const latest = tags.find((tag) => tag.name === 'latest')
    expect(summary.latestTag).toEqual(latest)
    const sameDigest = tags.filter((tag) => tag.digest === latest?.digest).map((tag) => tag.name)
    expect(sameDigest).toContain(summary.latestVersion)
    expect(summary.latestVersion).toMatch(/^\d+\.\d+\.\d+$/)
    // answers stay the same from one read to the next
    expect(db.listTags({ childrenOf: summary.id })).toEqual(tags)
  })

  it('answers one `latest` per image to an organization-wide read by name, the same as each image’s own', () => {
    const latest = db.listTags({ descendantsOf: org(), name: 'latest', excludeReferrers: true })
    expect(latest).toHaveLength(FULL_CATALOGUE.images)
    const ids = new Set(repos().map((repo) => repo.id))
    expect(new Set(latest.map((tag) => parentOf(tag.id ?? ''))).size).toBe(FULL_CATALOGUE.images)
    expect(latest.every((tag) => ids.has(parentOf(tag.id ?? '') ?? ''))).toBe(true)
    for (const tag of latest.slice(0, 50)) {
      expect(db.getRepoTagsSummary(parentOf(tag.id ?? '') ?? '').latestTag).toEqual(tag)
    }
  })

  it(`has builds of the last 24 hours over ${FULL_CATALOGUE.builtImages} images, whose tags they moved`, () => {
    const builds = db.listBuildReports({ descendantsOf: org(), excludeLogs: true })
    const built = new Set(builds.map((build) => parentOf(build.id ?? '')))
    expect(built.size).toBe(FULL_CATALOGUE.builtImages)
    const since = db.clock.now() - DAY
    expect(builds.every((build) => Date.parse(build.startedAt ?? '') >= since)).toBe(true)
    // a successful build's digest is where its image's tags now point
    const success = builds.find((build) => build.result === 'Success')
    const repoId = parentOf(success?.id ?? '') ?? ''
    const moved = db.listTags({ childrenOf: repoId, digest: success?.digest })
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.every((tag) => db.clock.now() - Date.parse(tag.lastUpdated ?? '') < DAY)).toBe(true)
    // an image nobody built keeps the tags its history gave it, the newest over an hour old
    const untouched = repos().find((repo) => !built.has(repo.id))
    expect(
      db.clock.now() - Date.parse(db.getRepoTagsSummary(untouched?.id ?? '').lastUpdated ?? ''),
    ).toBeGreaterThanOrEqual(HOUR)
  })
})

describe('the full-catalogue organization, changed', () => {
  beforeEach(() => db.reset('full-catalogue'))

  it('makes a new image from one of its catalogue images, built with that image’s streams', () => {
    const id = db.listGroups({ name: FULL_CATALOGUE.org })[0]?.id ?? ''
    // an image of the catalogue, not one of the seeded images every organization may make images from
    const source = db
      .listRepos({ childrenOf: id })
      .find((repo) => !images.some((image) => image.name === repo.name))
    const name = source?.name ?? ''
    const created = db.createRepo(
      id,
      {
        name: `${name}-with-curl`,
        sync_config: { source: `chainguard/${name}` },
        customOverlay: { contents: { packages: ['curl'] } },
      },
      { preventExisting: true },
    )
    expect(created.sync_config?.source).toBe(`chainguard/${name}`)
    db.clock.advance(10 * 60_000)
    const tags = db.listTags({ childrenOf: created.id }).map((tag) => tag.name)
    expect(tags).toEqual(expect.arrayContaining(source?.activeTags ?? ['none']))
  })

  it('knows what every version of a long history holds: its SBOM, scan and size, older ones included', () => {
    const node = repos().find((repo) => repo.name === FULL_CATALOGUE.busiest)
    const source = images.find((image) => image.name === FULL_CATALOGUE.busiest)
    if (!node || !source) throw new Error('no node')
    const tags = db.listTags({ childrenOf: node.id })
    // the oldest releases: no build has moved their tags
    const oldest = tags.filter((tag) => !tag.name?.endsWith('-dev')).at(-1)
    const dev = tags.filter((tag) => tag.name?.endsWith('-dev')).at(-1)
    const names = (digest: string) =>
      (db.getSbom(node.id, digest).graph?.nodes ?? []).map((item) => item.package?.name).sort()

    expect(names(oldest?.digest ?? '')).toEqual([...new Set(source.basePackages)].sort())
    expect(names(dev?.digest ?? '')).toEqual(
      [...new Set([...source.basePackages, ...source.devPackages])].sort(),
    )
    expect(db.getSize(node.id, oldest?.digest ?? '').size).toMatch(/^\d+$/)
    db.clock.advance(DAY)
    expect(db.getVulnReport(node.id, oldest?.digest ?? '').reportGeneration).toBeDefined()
    expect(() => db.getSbom(node.id, `sha256:${'0'.repeat(64)}`)).toThrow(
      expect.objectContaining({ status: 404 }),
    )
  })
})
