import { describe, expect, it } from 'vitest'
import { sourceName } from '../src/domain/image'
import { parentOf } from '../src/domain/uidp'
import * as db from './db'
import { PUBLIC_GROUP } from './public-catalogue'
import { state } from './state'
import { acme, refusal, repoId } from './test-lookups'

const publicGroup = () => db.listGroups({ name: PUBLIC_GROUP })[0]?.id ?? ''
const publicRepo = (name: string) => db.listRepos({ childrenOf: publicGroup(), name })[0]

const packagesOf = (id: string, digest: string) =>
  (db.getSbom(id, digest).graph?.nodes ?? []).map((node) => `${node.package?.name} ${node.package?.version}`)

/**
 * Every image with a build config, with each of its tags a build made (and the source has; `latest`
 * always): the public source's version of that tag holds the same packages at the same releases,
 * and the image has those and added ones only.
 */
function expectSourcesDifferByWhatWasAdded() {
  const customized = [...state.repos.values()].filter(
    (record) => record.repo.customOverlay?.contents?.packages?.length,
  )
  const built = new Set([...state.builds.values()].map((build) => build.report.digest))
  expect(customized.length).toBeGreaterThan(0)
  let compared = 0
  for (const { repo } of customized) {
    const source = publicRepo(sourceName(repo) ?? '')
    expect(source?.id, `${repo.name}'s source`).toBeDefined()
    const sourceTags = new Map(
      db.listTags({ childrenOf: source?.id ?? '' }).map((tag) => [tag.name, tag.digest]),
    )
    expect(sourceTags.has('latest'), `${repo.name}'s source has latest`).toBe(true)
    const added = new Set(repo.customOverlay?.contents?.packages)
    for (const tag of db.listTags({ childrenOf: repo.id })) {
      const sourceDigest = sourceTags.get(tag.name)
      if (!tag.digest || !built.has(tag.digest) || !sourceDigest) continue
      const own = packagesOf(repo.id, tag.digest)
      const base = packagesOf(source?.id ?? '', sourceDigest)
      expect(own, `${repo.name}:${tag.name}`).toEqual(expect.arrayContaining(base))
      const more = own.filter((pkg) => !base.includes(pkg)).map((pkg) => pkg.split(' ')[0] ?? '')
      expect(
        more.filter((pkg) => !added.has(pkg)),
        `${repo.name}:${tag.name}`,
      ).toEqual([])
      compared++
    }
  }
  expect(compared).toBeGreaterThan(customized.length)
}

describe('the public images customized images are built from', () => {
  it('are in a group the user can find by name or id but is not listed among their organizations', () => {
    const id = publicGroup()
    expect(id).not.toBe('')
    expect(db.listGroups({ id })).toHaveLength(1)
    for (const filter of [{ inRoot: true }, {}]) {
      expect(db.listGroups(filter).map((group) => group.name)).not.toContain(PUBLIC_GROUP)
    }
    expect(db.listGroups({ inRoot: true }).map((group) => group.id)).toContain(acme())
  })

  it('refuse every change with 403 and say why', () => {
    const node = publicRepo('node')
    if (!node?.id) throw new Error('no chainguard/node')
    const changes = [
      () =>
        db.createRepo(
          publicGroup(),
          { name: 'mine', sync_config: { source: 'chainguard/node' } },
          { preventExisting: true },
        ),
      () => db.updateRepo(node.id ?? '', { ...node, customOverlay: { contents: { packages: ['curl'] } } }),
      () => db.deleteRepo(node.id ?? ''),
    ]
    for (const change of changes) {
      const { status, message } = refusal(change)
      expect(status).toBe(403)
      expect(message).toMatch(/^chainguard holds the registry's public images: .* not changed\.$/)
    }
    expect(publicRepo('node')).toEqual(node)
    // the organization's own copy stays the user's to change
    expect(
      db.updateRepo(repoId('node'), { ...db.listRepos({ id: repoId('node') })[0], customOverlay: {} }).id,
    ).toBe(repoId('node'))
  })

  it.each(['default', 'empty-org', 'build-fails', 'hostile'] as const)(
    'hold, in the %s scenario, each customized image’s tags with its packages less the added ones',
    (scenario) => {
      db.reset(scenario)
      expectSourcesDifferByWhatWasAdded()
    },
  )

  it('hold the sources of the full-catalogue organization’s customized images too', () => {
    db.reset('full-catalogue')
    expectSourcesDifferByWhatWasAdded()
    const umbrella = db.listGroups({ name: db.FULL_CATALOGUE.org })[0]?.id
    const built = [...state.repos.values()].find(
      (record) => record.orgId === umbrella && record.repo.customOverlay?.contents?.packages?.length,
    )
    expect(parentOf(publicRepo(built?.source.name ?? '')?.id ?? '')).toBe(publicGroup())
  })
})
